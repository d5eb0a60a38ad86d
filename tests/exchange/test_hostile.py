"""Files from strangers: every import path decides every file (exit 0 or 2), never a traceback,
never a hang, and a refused file changes nothing."""

from __future__ import annotations

import json
import shutil
import time

import pytest
from openpyxl import load_workbook

from lak_desktop.operations.commune import export_submission
from lak_desktop.operations.plans import export_plan
from tests import hostile
from tests.cli.test_cli import lak
from tests.exchange.conftest import NOW
from tests.helpers import db_dump

SECONDS = 10  # each file is decided within this


@pytest.fixture
def good_submission(commune, tmp_path):
    return export_submission(commune, "NAMKA", 2022, 3, tmp_path / "usb", now=NOW).path


def decided(db, *args):
    started = time.monotonic()
    proc = lak(db, *args)
    took = time.monotonic() - started
    assert proc.returncode in (0, 2), proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    assert took < SECONDS, f"took {took:.1f} s"
    return proc


@pytest.mark.parametrize(
    "name",
    ["mismatch", "version", "col", "dimension", "number", "far_row", "entities", "xxe"],
)
def test_hostile_submission_is_refused_quickly_and_changes_nothing(
    name, good_submission, office_path, tmp_path
):
    data = good_submission.read_bytes()
    edits = {
        "mismatch": lambda d: hostile.edit_member(d, "sheet2", hostile.mismatched_tag),
        "version": hostile.version_99,
        "col": lambda d: hostile.edit_member(d, "sheet1", hostile.empty_col),
        "dimension": lambda d: hostile.edit_member(d, "sheet1", hostile.set_dimension),
        "number": lambda d: hostile.edit_member(
            d, "sheet2", lambda x: x.replace(b"<v>1000</v>", b"<v>" + b"9" * 5000 + b"</v>")
        ),
        "far_row": lambda d: hostile.edit_member(d, "sheet1", hostile.far_row),
        "entities": lambda d: hostile.edit_member(d, "sheet2", hostile.entity_payload),
        "xxe": lambda d: hostile.edit_member(d, "sheet2", hostile.xxe),
    }
    path = hostile.write(tmp_path / f"{name}.xlsx", edits[name](data))
    before = db_dump(office_path)
    proc = decided(office_path, "submission", "import", path, "--json")
    [result] = json.loads(proc.stdout)["files"]
    if name == "dimension":  # a false claim of size is not trusted, and hides nothing
        assert result["outcome"] == "accepted"
        return
    assert result["outcome"] == "refused" and path.name in result["reason"]
    assert db_dump(office_path) == before


def test_a_folder_of_good_and_hostile_files_decides_every_one(
    good_submission, office_path, tmp_path
):
    folder = tmp_path / "inbox"
    (folder / "a").mkdir(parents=True)
    data = good_submission.read_bytes()
    hostile.write(folder / "a" / "1-broken.xlsx", hostile.version_99(data))
    hostile.write(folder / "2-far.xlsx", hostile.edit_member(data, "sheet1", hostile.far_row))
    shutil.copy(good_submission, folder / "3-good.xlsx")
    proc = decided(office_path, "submission", "import", folder, "--json")
    assert proc.returncode == 2
    outcomes = [f["outcome"] for f in json.loads(proc.stdout)["files"]]
    assert sorted(outcomes) == ["accepted", "refused", "refused"]


def test_hidden_figures_changed_with_a_recomputed_digest_are_refused(
    good_submission, office_path, tmp_path, plan
):
    """The printed sheet and the data must agree, digest or signature or not: here the data is
    changed, both digests recomputed and the file signed again, the printed sheet left alone."""
    from lak_desktop.exchange.signing import Signer

    forged = hostile.forge_submission(
        good_submission,
        tmp_path / "forged.xlsx",
        plan,
        figure=(1, "received_total", 1100),
        signer=Signer(b"f" * 32),
        redraw=False,
    )
    before = db_dump(office_path)
    proc = decided(office_path, "submission", "import", forged, "--json")
    [result] = json.loads(proc.stdout)["files"]
    assert result["outcome"] == "refused"
    assert "«Báo cáo»" in result["reason"] and "1000" in result["reason"]
    assert "1100" in result["reason"]
    assert db_dump(office_path) == before


def test_a_libreoffice_round_trip_is_still_accepted(good_submission, office_path, tmp_path):
    import os
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed: `make test` installs libreoffice-calc-nogui"
    env = dict(os.environ, HOME=str(tmp_path / "lo-home"))
    subprocess.run(
        [
            soffice,
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(tmp_path / "lo"),
            str(good_submission),
        ],
        check=True,
        env=env,
        capture_output=True,
        timeout=180,
    )
    resaved = tmp_path / "lo" / good_submission.name
    assert resaved.read_bytes() != good_submission.read_bytes()
    proc = decided(office_path, "submission", "import", resaved, "--json")
    assert json.loads(proc.stdout)["files"][0]["outcome"] == "accepted"


@pytest.mark.parametrize("target", ["Infinity", "NaN", "1e400", "1e999999999", "-40%", "40%%"])
def test_plan_tables_with_impossible_targets_are_refused(target, repo, db_path, tmp_path):
    repo.close()
    table = tmp_path / "ke-hoach.csv"
    table.write_text(
        "Giao chỉ tiêu năm 2023\n"
        "STT,Cơ quan/đơn vị,Số lượng TTHC,Giao chỉ tiêu số hóa,"
        "Tỷ lệ trực tuyến năm trước,Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến\n"
        f"1,UBND xã Nam Ka,102,40%,0%,{target}\n",
        encoding="utf-8",
    )
    before = db_dump(db_path)
    proc = decided(db_path, "plan", "import", table)
    assert proc.returncode == 2 and "tỷ lệ" in proc.stderr
    assert db_dump(db_path) == before


@pytest.mark.parametrize("payload", ["[" * 1000 + "]" * 1000, '{"format": NaN}', "1e999999999"])
def test_plan_files_with_hostile_json_are_refused(payload, repo, db_path, tmp_path):
    from lak_desktop.exchange.machine_sheet import SHEET

    path = export_plan(repo, 2022, tmp_path / "plan.xlsx")
    repo.close()
    wb = load_workbook(path)
    for row in wb[SHEET].iter_rows():
        if row[0].value == "plan_json":
            row[1].value = payload
    wb.save(path)
    before = db_dump(db_path)
    proc = decided(db_path, "plan", "import", path)
    assert proc.returncode == 2 and path.name in proc.stderr
    assert db_dump(db_path) == before


@pytest.mark.parametrize("edit", ["dimension", "number", "far_row", "version"])
def test_hostile_figure_tables_are_refused(edit, repo, db_path, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["unit_code", "year", "month", "received_total", "received_online"])
    ws.append(["NAMKA", 2022, 1, 100, 40])
    good = tmp_path / "good.xlsx"
    wb.save(good)
    repo.close()
    data = good.read_bytes()
    edits = {
        "dimension": lambda d: hostile.edit_member(d, "sheet1", hostile.set_dimension),
        "number": lambda d: hostile.edit_member(
            d, "sheet1", lambda x: x.replace(b"<v>100</v>", b"<v>" + b"9" * 5000 + b"</v>")
        ),
        "far_row": lambda d: hostile.edit_member(d, "sheet1", hostile.far_row),
        "version": hostile.version_99,
    }
    path = hostile.write(tmp_path / "bad.xlsx", edits[edit](data))
    before = db_dump(db_path)
    proc = decided(db_path, "figures", "import", path)
    if edit == "dimension":  # a wrong claim of size alone hides nothing: the rows are read
        assert proc.returncode == 0
    else:
        assert proc.returncode == 2
        assert db_dump(db_path) == before
