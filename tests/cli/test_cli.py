"""The command line end to end, in a subprocess, as a user would run it."""

import json
import os
import subprocess
import sys

import pytest
from openpyxl import Workbook

from tests.conftest import FIXTURES
from tests.helpers import db_dump

HEADER = "unit_code,year,month,received_total,received_online,resolved_total,results_digitized"


def lak(db, *args, check_code=None):
    env = dict(os.environ)
    proc = subprocess.run(
        [sys.executable, "-m", "lak_desktop.cli", "--db", str(db), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if check_code is not None:
        assert proc.returncode == check_code, proc.stdout + proc.stderr
    return proc


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.sqlite"
    lak(path, "plan", "show", check_code=0)
    return path


def test_plan_show_text_and_json(db):
    out = lak(db, "plan", "show", check_code=0).stdout
    assert "UBND thị trấn Liên Sơn" in out and "60%" in out
    data = json.loads(lak(db, "plan", "show", "--json", check_code=0).stdout)
    assert data["year"] == 2022 and len(data["units"]) == 11
    assert len(data["digest"]) == 64


def test_import_set_and_attainment_json(db):
    lak(db, "figures", "import", FIXTURES / "figures-good.csv", check_code=0)
    lak(
        db,
        "figures",
        "set",
        "--unit",
        "NAMKA",
        "--year",
        2022,
        "--month",
        3,
        "received_total=80",
        "received_online=0",
        check_code=0,
    )
    data = json.loads(lak(db, "attainment", "--year", 2022, "--json", check_code=0).stdout)
    assert data["year"] == 2022 and data["through_month"] == 3
    namka = next(u for u in data["units"] if u["code"] == "NAMKA")
    online = namka["indicators"]["online_rate"]
    assert online == {
        "numerator": 850,
        "denominator": 1200,
        "rate": 850 / 1200,
        "target": 0.4,
        "status": "met",
        "shortfall": 0,
        "incomplete_months": [],
    }
    digit = namka["indicators"]["result_digitization_rate"]
    assert digit["rate"] == 0.4 and digit["status"] == "met"
    assert namka["rank"] == 1 and namka["score"] == 1.0
    lien = next(u for u in data["units"] if u["code"] == "LIENSON")
    assert lien["indicators"]["online_rate"]["status"] == "met"  # 130/200 = 65% >= 60%
    empty = next(u for u in data["units"] if u["code"] == "EARBIN")
    assert empty["rank"] is None and empty["indicators"]["online_rate"]["rate"] is None
    # Nothing entered: its sums and shortfall are null, not 0 (a blank is not a zero).
    blank = empty["indicators"]["online_rate"]
    assert blank["numerator"] is blank["denominator"] is blank["shortfall"] is None
    assert data["units"][-1]["rank"] is None


def test_attainment_text_is_vietnamese(db):
    lak(db, "figures", "import", FIXTURES / "figures-good.csv", check_code=0)
    out = lak(db, "attainment", "--year", 2022, "--through", 1, check_code=0).stdout
    assert "lũy kế tháng 1–1 (01/01/2022 – 31/01/2022)" in out
    assert "80% (800/1.000)" in out
    assert "Chưa có số liệu" in out


def test_demo_then_attainment(tmp_path):
    db = tmp_path / "demo.sqlite"
    assert "100 tháng" in lak(db, "demo", check_code=0).stdout
    data = json.loads(lak(db, "attainment", "--year", 2022, "--json", check_code=0).stdout)
    assert [u["rank"] for u in data["units"]][:1] == [1]
    second = lak(db, "demo", check_code=2)
    assert "đã có số liệu" in second.stderr


def write_csv(path, *lines):
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


BAD_FILES = {
    "non_numeric": ("NAMKA,2022,1,abc,1,1,1", "«abc» không phải là số"),
    "negative": ("NAMKA,2022,1,-5,0,0,0", "số âm"),
    "online_above_received": ("NAMKA,2022,1,10,11,0,0", "không được lớn hơn"),
    "unknown_unit": ("GHOST,2022,1,10,1,0,0", "«GHOST» không có trong kế hoạch"),
    "wrong_year": ("NAMKA,2031,1,10,1,0,0", "chưa có kế hoạch năm 2031"),
    "bad_month": ("NAMKA,2022,13,10,1,0,0", "tháng phải từ 1 đến 12"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_import_lists_the_problem_exits_2_and_changes_nothing(db, tmp_path, case):
    lak(db, "figures", "import", FIXTURES / "figures-good.csv", check_code=0)
    before = db_dump(db)
    line, words = BAD_FILES[case]
    # A good row first: the whole file is refused, not just the bad row.
    path = write_csv(tmp_path / f"{case}.csv", "KRONGNO,2022,1,10,5,10,5", line)
    proc = lak(db, "figures", "import", path, check_code=2)
    assert words in proc.stderr
    assert "dòng 3" in proc.stderr
    assert db_dump(db) == before


def test_duplicate_row_and_every_problem_listed(db, tmp_path):
    before = db_dump(db)
    path = write_csv(
        tmp_path / "dup.csv",
        "NAMKA,2022,1,10,5,10,5",
        "NAMKA,2022,1,10,5,10,5",
        "NAMKA,2022,2,x,5,10,5",
    )
    proc = lak(db, "figures", "import", path, check_code=2)
    assert "trùng" in proc.stderr and "dòng 3" in proc.stderr
    assert "«x» không phải là số" in proc.stderr and "dòng 4" in proc.stderr
    assert db_dump(db) == before


def test_missing_file_and_wrong_kind(db, tmp_path):
    before = db_dump(db)
    proc = lak(db, "figures", "import", tmp_path / "nope.csv", check_code=2)
    assert "Không tìm thấy tệp" in proc.stderr
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    proc = lak(db, "figures", "import", fake, check_code=2)
    assert "không phải là tệp Excel" in proc.stderr
    assert db_dump(db) == before


def test_xlsx_import_and_formulas_are_refused(db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER.split(","))
    ws.append(["NAMKA", 2022, 1, 100, 40, 50, 20])
    good = tmp_path / "good.xlsx"
    wb.save(good)
    lak(db, "figures", "import", good, check_code=0)
    before = db_dump(db)
    ws.append(["NAMKA", 2022, 2, "=10*2", 1, 1, 1])
    ws.append(["NAMKA", 2022, 3, "mười", 1, 1, 1])
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    proc = lak(db, "figures", "import", bad, check_code=2)
    assert "công thức" in proc.stderr and "«mười» không phải là số" in proc.stderr
    assert db_dump(db) == before


@pytest.mark.parametrize(
    "args, words",
    [
        (["received_online=5"], "không được lớn hơn"),
        (["received_total=abc"], "không phải là số"),
        (["received_total=-1"], "âm"),
        (["received_total"], "MÃ_CHỈ_SỐ=GIÁ_TRỊ"),
        (["bogus=1"], "bogus"),
    ],
)
def test_bad_set_exits_2_and_changes_nothing(db, args, words):
    before = db_dump(db)
    proc = lak(
        db, "figures", "set", "--unit", "NAMKA", "--year", 2022, "--month", 1, *args, check_code=2
    )
    assert words in proc.stderr
    assert db_dump(db) == before


@pytest.mark.parametrize(
    "args, words",
    [
        (["--unit", "GHOST", "--year", "2022", "--month", "1"], "«GHOST» không có trong kế hoạch"),
        (["--unit", "NAMKA", "--year", "2031", "--month", "1"], "Chưa có kế hoạch năm 2031"),
        (["--unit", "NAMKA", "--year", "2022", "--month", "13"], "tháng phải từ 1 đến 12"),
    ],
)
def test_set_for_unknown_unit_year_or_month(db, args, words):
    before = db_dump(db)
    proc = lak(db, "figures", "set", *args, "received_total=1", check_code=2)
    assert words in proc.stderr
    assert db_dump(db) == before


def test_bad_command_line_and_bad_attainment(db):
    assert lak(db, "attainment", check_code=2).stderr.startswith("usage")
    assert "Chưa có kế hoạch năm 1999" in lak(db, "attainment", "--year", 1999, check_code=2).stderr
    assert (
        "Tháng phải từ 1 đến 12"
        in lak(db, "attainment", "--year", 2022, "--through", 0, check_code=2).stderr
    )


def test_an_unexpected_fault_is_logged_said_in_vietnamese_and_exits_1(
    db, monkeypatch, capsys, caplog
):
    """A fault no message foresaw: its traceback for the person who supports the office, a
    plain sentence for the user, the log, and exit 1; `lak --help` never loads logging."""
    from lak_desktop import cli, commands

    def broken(repo, args):
        raise RuntimeError("a fault nobody foresaw")

    monkeypatch.setattr(commands, "run", broken)
    assert cli.main(["--db", str(db), "plan", "show"]) == cli.EXIT_UNEXPECTED
    err = capsys.readouterr().err
    assert "RuntimeError: a fault nobody foresaw" in err
    assert "Lỗi không mong đợi. Dữ liệu đã lưu trước đó không bị ảnh hưởng." in err
    assert any(r.exc_info and r.getMessage() == "unexpected error" for r in caplog.records)
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import runpy, sys; sys.argv = ['lak', '--help']\n"
            "try:\n    runpy.run_module('lak_desktop.cli', run_name='__main__')\n"
            "except SystemExit:\n    pass\nprint('logging' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()[-1]
    assert loaded == "False"


def test_damaged_database_exits_2(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 1000)
    assert "bị hỏng" in lak(bad, "plan", "show", check_code=2).stderr


def test_a_file_of_an_earlier_version_is_updated_by_the_first_command_which_says_so(tmp_path):
    import shutil

    old = tmp_path / "lak.sqlite"
    shutil.copy(FIXTURES / "db-m008.sqlite", old)
    first = lak(old, "submission", "history", "--year", 2022, "--json", check_code=0)
    assert "Đang cập nhật tệp dữ liệu" in first.stderr
    assert len(json.loads(first.stdout)["files"]) == 57
    again = lak(old, "submission", "history", "--year", 2022, "--json", check_code=0)
    assert again.stderr == "" and again.stdout == first.stdout
    new = lak(tmp_path / "new.sqlite", "plan", "show", check_code=None)
    assert "Đang cập nhật" not in new.stderr  # a new file has nothing to update


def test_the_printed_pages_as_pdf(office_demo, tmp_path):
    """Every job of the window from the command line: its PDF pages too, without a display."""
    env_without_display = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env_without_display.pop("QT_QPA_PLATFORM", None)  # the command starts Qt off screen itself

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "lak_desktop.cli", "--db", str(office_demo), *map(str, args)],
            capture_output=True,
            text=True,
            env=env_without_display,
            timeout=120,
        )

    report, chase = tmp_path / "bao-cao.pdf", tmp_path / "don-doc.pdf"
    done = run("report", "--year", 2022, "--through", 6, "--out", report)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(report) and report.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True).stdout
    assert "BÁO CÁO TỔNG HỢP" in text and "UBND xã Nam Ka" in text and "Tổng cộng" in text
    done = run("status", "--year", 2022, "--month", 6, "--as-of", "2022-07-20", "--out", chase)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(chase), "-"], capture_output=True, text=True).stdout
    assert "ĐÔN ĐỐC" in text and "UBND xã Krông Nô" in text
    again = run("report", "--year", 2022, "--through", 6, "--out", report)
    assert again.returncode == 2 and "đã có" in again.stderr and "Traceback" not in again.stderr
    # A unit's own report, as the commune's window prints it, its words in Vietnamese.
    unit = tmp_path / "nam-ka.pdf"
    done = run("figures", "print", "--unit", "NAMKA", "--year", 2022, "--through", 6, "--out", unit)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(unit), "-"], capture_output=True, text=True).stdout
    assert "UBND XÃ NAM KA" in text and "I. SỐ LIỆU TỪNG THÁNG" in text
    assert "lũy kế từ ngày 01/01/2022 đến ngày 30/06/2022" in text  # translated, not English
    other = tmp_path / "xx.pdf"
    wrong = run("figures", "print", "--unit", "XX", "--year", 2022, "--through", 6, "--out", other)
    assert wrong.returncode == 2 and "«XX» không có trong kế hoạch" in wrong.stderr
    assert not other.exists()
