"""The office's commands on the demo office: eleven communes' files over half a year."""

import json

from openpyxl import load_workbook

from tests.cli.test_cli import lak
from tests.helpers import db_dump


def test_status_json_says_on_time_late_missing_and_not_due(office_demo):
    out = lak(
        office_demo, "status", "--year", 2022, "--as-of", "2022-07-10", "--json", check_code=0
    ).stdout
    data = json.loads(out)
    assert data["year"] == 2022 and data["as_of"] == "2022-07-10"
    units = {u["code"]: u for u in data["units"]}

    def state(code, month):
        return units[code]["months"][month - 1]["state"]

    assert state("LIENSON", 1) == "on_time"
    assert state("BONGKRANG", 3) == "late"  # a week late
    assert units["BONGKRANG"]["months"][2]["received_at"] == "2022-04-12"
    assert state("BUONTRIA", 3) == "late"  # skipped; April's file covered it
    assert state("DAKNUE", 3) == "late"  # its March file came after April's
    assert state("DAKPHOI", 5) == "missing"  # stopped after April
    assert state("EARBIN", 6) == "missing"  # June's file was refused
    assert state("BUONTRIA", 6) == "missing"  # June's file, from a new PC, is held
    assert state("KRONGNO", 1) == "missing"  # never sent
    assert state("LIENSON", 7) == "not_due"
    assert units["YANGTAO"]["months"][3]["revision"] == 1  # the first file that covered it
    june = data["months"][5]
    assert june == {
        "month": 6,
        "due": "2022-07-05",
        "expected": 11,
        "received": 7,
        "on_time": 7,
        "rate": 7 / 11,
        "on_time_rate": 7 / 11,
    }


def test_status_writes_the_list_of_units_to_call(office_demo, tmp_path):
    out = tmp_path / "goi.xlsx"
    lak(
        office_demo,
        "status",
        "--year",
        2022,
        "--as-of",
        "2022-07-10",
        "--month",
        6,
        "--out",
        out,
        check_code=0,
    )
    rows = [r for r in load_workbook(out).active.iter_rows(values_only=True)]
    names = [r[1] for r in rows if isinstance(r[0], int)]
    assert names == [
        "UBND xã Đăk Phoi",
        "UBND xã Buôn Tría",  # its June file is held
        "UBND xã Krông Nô",
        "UBND xã Ea R'bin",
    ]
    flat = [c for r in rows for c in r if c]
    assert "DANH SÁCH ĐƠN VỊ CẦN ĐÔN ĐỐC GỬI BÁO CÁO" in flat
    assert "Chưa gửi, quá hạn 5 ngày" in flat
    bad = lak(office_demo, "status", "--year", 2022, "--month", 6, check_code=2)
    assert "--out" in bad.stderr


def test_history_lists_every_file_and_saves_the_original(office_demo, tmp_path):
    data = json.loads(
        lak(
            office_demo, "submission", "history", "--unit", "YANGTAO", "--json", check_code=0
        ).stdout
    )
    files = data["files"]
    assert [(f["through_month"], f["revision"], f["outcome"]) for f in files[:3]] == [
        (6, 1, "accepted"),
        (5, 1, "accepted"),
        (4, 2, "replaced"),
    ]
    april = json.loads(
        lak(
            office_demo,
            "submission",
            "history",
            "--unit",
            "DAKNUE",
            "--month",
            3,
            "--json",
            check_code=0,
        ).stdout
    )["files"]
    assert [f["outcome"] for f in april] == ["ignored"]
    text = lak(office_demo, "submission", "history", "--unit", "YANGTAO", check_code=0).stdout
    assert "Thay bản cũ" in text and "06/05/2022" in text
    copy = tmp_path / "copy.xlsx"
    lak(office_demo, "submission", "save", "--id", files[0]["id"], "--out", copy, check_code=0)
    import hashlib

    assert hashlib.sha256(copy.read_bytes()).hexdigest() == files[0]["sha256"]
    lak(
        office_demo, "submission", "save", "--id", 99999, "--out", tmp_path / "x.xlsx", check_code=2
    )


def test_a_data_file_copied_without_its_received_files_says_so_and_keeps_the_figures(
    office_demo, tmp_path
):
    """The received files are kept in the folder beside the data file. Copied alone, the data
    file still has every figure; asking for an original says what is missing and what to do,
    and a held file whose key is trusted stays held until its file is back."""
    import shutil

    files = json.loads(
        lak(
            office_demo, "submission", "history", "--unit", "BUONTRIA", "--json", check_code=0
        ).stdout
    )["files"]
    ranking = lak(
        office_demo, "attainment", "--year", 2022, "--through", 6, "--json", check_code=0
    ).stdout
    aside = tmp_path / "received-aside"
    shutil.move(office_demo.parent / "received", aside)
    assert (
        lak(
            office_demo, "attainment", "--year", 2022, "--through", 6, "--json", check_code=0
        ).stdout
        == ranking
    )
    out = tmp_path / "copy.xlsx"
    said = lak(
        office_demo, "submission", "save", "--id", files[0]["id"], "--out", out, check_code=2
    )
    assert "Không còn tệp gốc" in said.stderr and "received" in said.stderr
    assert not out.exists()
    held = next(f for f in files if f["outcome"] == "held")
    trust = ["keys", "trust", "--unit", "BUONTRIA", "--fingerprint", held["signer"]]
    said = lak(office_demo, *trust, check_code=0).stdout
    assert "Không còn tệp gốc" in said and "giữ lại 1" in said
    shutil.move(aside, office_demo.parent / "received")  # put back: the file is taken in
    said = lak(office_demo, *trust, check_code=0).stdout
    assert "nhận 1" in said


def test_received_at_dates_the_files_and_refuses_the_future(office_demo, tmp_path):
    # The demo's files were imported with the day each arrived (status: BONGKRANG, 12/04).
    # A date in the future or written another way is refused before any file is read.
    before = db_dump(office_demo)
    future = lak(office_demo, "submission", "import", tmp_path, "--received-at", "2999-01-01")
    assert future.returncode == 2 and "tương lai" in future.stderr
    assert db_dump(office_demo) == before
    bad = lak(office_demo, "submission", "import", tmp_path, "--received-at", "05/04/2022")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_attainment_marks_data_through_ties_and_complete_only(office_demo):
    data = json.loads(
        lak(
            office_demo, "attainment", "--year", 2022, "--through", 6, "--json", check_code=0
        ).stdout
    )
    units = {u["code"]: u for u in data["units"]}
    assert units["DAKPHOI"]["data_through"] == 4 and not units["DAKPHOI"]["complete"]
    assert units["KRONGNO"]["data_through"] is None and units["KRONGNO"]["rank"] is None
    tied = [u for u in data["units"] if u["tie_break"] is not None]
    assert len(tied) >= 2 and all(u["score"] == 1.0 for u in tied)
    assert [u["tie_break"] for u in tied] == sorted((u["tie_break"] for u in tied), reverse=True)
    only = json.loads(
        lak(
            office_demo,
            "attainment",
            "--year",
            2022,
            "--through",
            6,
            "--complete-only",
            "--json",
            check_code=0,
        ).stdout
    )
    ranked = {u["code"] for u in only["units"] if u["rank"] is not None}
    assert "DAKPHOI" not in ranked and "EARBIN" not in ranked and "NAMKA" in ranked
    assert only["complete_only"] is True


def test_setup_does_what_the_first_start_dialog_does(tmp_path):
    db = tmp_path / "office.sqlite"
    lak(
        db,
        "setup",
        "--role",
        "office",
        "--signer-name",
        "Nguyễn Văn An",
        "--signer-title",
        "Trưởng phòng",
        "--place",
        "Lắk",
        "--report-number",
        "15/BC-VHTT",
        "--recipients",
        "- UBND huyện;|- Lưu: VT.",
        check_code=0,
    )
    import sqlite3

    con = sqlite3.connect(db)
    settings = dict(con.execute("SELECT key, value FROM settings"))
    con.close()
    assert settings["role"] == "office" and settings["signer_name"] == "Nguyễn Văn An"
    assert settings["recipients"] == "- UBND huyện;\n- Lưu: VT."
    commune = tmp_path / "commune.sqlite"
    assert "--unit" in lak(commune, "setup", "--role", "commune", check_code=2).stderr
    assert "XYZ" in lak(commune, "setup", "--role", "commune", "--unit", "XYZ", check_code=2).stderr
    lak(commune, "setup", "--role", "commune", "--unit", "NAMKA", check_code=0)


def test_report_complete_only_and_signer(office_demo, tmp_path):
    out = tmp_path / "r.xlsx"
    lak(
        office_demo,
        "report",
        "--year",
        2022,
        "--through",
        6,
        "--complete-only",
        "--out",
        out,
        check_code=0,
    )
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    flat = [c for r in rows for c in r if c]
    assert "TRƯỞNG PHÒNG" in flat and "Nguyễn Văn An" in flat and "- Lưu: VT." in flat
    dakphoi = next(r for r in rows if r[1] == "UBND xã Đăk Phoi")
    assert dakphoi[0] == "—" and "không xếp hạng" in dakphoi[-1]


def test_a_closed_pipe_ends_quietly(office_demo):
    import subprocess
    import sys

    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "lak_desktop.cli",
            "--db",
            str(office_demo),
            "submission",
            "history",
            "--json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.read(10)
    proc.stdout.close()  # as `| head -c 10` does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and b"Traceback" not in err and b"Broken" not in err


def test_the_demos_held_file_is_imported_once_its_key_is_trusted(office_demo):
    """Buôn Tría's June file came from a new PC: held, listed with its signer; trusting the
    new key by its fingerprint imports it."""
    files = json.loads(
        lak(
            office_demo, "submission", "history", "--unit", "BUONTRIA", "--json", check_code=0
        ).stdout
    )["files"]
    held = [f for f in files if f["outcome"] == "held"]
    assert [f["through_month"] for f in held] == [6]
    keys = json.loads(lak(office_demo, "keys", "list", "--json", check_code=0).stdout)["keys"]
    assert len({k["fingerprint"] for k in keys}) == len(keys) == 10  # one PC each
    out = lak(
        office_demo,
        "keys",
        "trust",
        "--unit",
        "BUONTRIA",
        "--fingerprint",
        held[0]["signer"],
        check_code=0,
    ).stdout
    assert "Nhận" in out
    data = json.loads(
        lak(office_demo, "status", "--year", 2022, "--as-of", "2022-07-10", "--json").stdout
    )
    buontria = next(u for u in data["units"] if u["code"] == "BUONTRIA")
    assert buontria["months"][5]["state"] == "on_time"
