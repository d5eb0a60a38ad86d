import csv
import io
import json
from dataclasses import replace
from fractions import Fraction

import pytest
from openpyxl import Workbook, load_workbook

from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.exchange.limits import FileRefused
from lak_desktop.exchange.machine_sheet import SHEET
from lak_desktop.exchange.plan_file import VISIBLE_SHEET, parse_percent
from lak_desktop.operations.common import InputError
from lak_desktop.operations.plans import export_plan, import_plan
from lak_desktop.storage import StorageError, open_repository
from tests.exchange.conftest import libreoffice_csv
from tests.helpers import db_dump

SEED_HEADER = [
    "STT",
    "Cơ quan, đơn vị",
    "Số lượng TTHC mức độ 3, mức độ 4 (theo Quyết định số 629/QĐ-UBND ngày 15/3/2022 của "
    "UBND tỉnh)",
    "Giao chỉ tiêu số hóa hồ sơ kết quả giải quyết TTHC (theo QĐ số 3478/QĐ-UBND ngày 10/12/2021)",
    "Tỷ lệ hồ sơ trực tuyến phát sinh/ tổng số hồ sơ giải quyết TTHC năm 2021 (Trích xuất trên "
    "Hệ thống iGate từ ngày 01/01/2021 đến 31/12/2021)",
    "Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến phát sinh/ tổng số hồ sơ tiếp nhận TTHC năm 2022",
]


def seed_table(path, plan, year_text="năm 2022", rows=None):
    """The seed's appendix as an office would type it in Excel."""
    wb = Workbook()
    ws = wb.active
    ws.append(["BIỂU MỨC GIAO"])
    ws.append(
        [f"Chỉ tiêu số hóa hồ sơ ... cho các xã, thị trấn {year_text} trên địa bàn huyện Lắk"]
    )
    ws.append(SEED_HEADER)
    if rows is None:
        rows = []
        for n, unit in enumerate(plan.units, start=1):
            online = "60%" if unit.code == "LIENSON" else 0.4  # typed text, or a percent cell
            rows.append([n, unit.name, 102, "40%", "0%", online])
    for row in rows:
        ws.append(row)
    ws.append(["Ghi chú: Tỷ lệ % được xác định theo số lượng hồ sơ ..."])
    wb.save(path)
    return path


def test_export_writes_the_appendix_and_the_whole_plan(repo, plan, tmp_path):
    path = export_plan(repo, 2022, tmp_path / "ke-hoach.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == [VISIBLE_SHEET, SHEET]
    assert wb[SHEET].sheet_state == "veryHidden"
    values = [r for r in wb[VISIBLE_SHEET].iter_rows(values_only=True)]
    flat = [c for r in values for c in r if c is not None]
    assert "BIỂU MỨC GIAO" in flat and "UBND HUYỆN LẮK" in flat
    lien = next(r for r in values if r[2] == "UBND thị trấn Liên Sơn")
    assert lien[:7] == (1, "LIENSON", "UBND thị trấn Liên Sơn", 102, 0, 0.6, 0.4)
    with pytest.raises(InputError, match="đã có"):
        export_plan(repo, 2022, path)


def test_plan_file_round_trip_into_a_new_database(repo, plan, tmp_path):
    path = export_plan(repo, 2022, tmp_path / "ke-hoach.xlsx")
    commune = open_repository(tmp_path / "commune.sqlite")
    imported = import_plan(commune, path)
    assert imported == plan and imported.digest() == plan.digest()
    assert commune.load_plan(2022) == plan
    commune.close()


def test_libreoffice_shows_the_appendix(repo, tmp_path):
    path = export_plan(repo, 2022, tmp_path / "ke-hoach.xlsx")
    rows = list(csv.reader(io.StringIO(libreoffice_csv(path, tmp_path / "lo"))))
    lien = next(r for r in rows if len(r) > 2 and r[2] == "UBND thị trấn Liên Sơn")
    assert lien[:7] == ["1", "LIENSON", "UBND thị trấn Liên Sơn", "102", "0%", "60%", "40%"]
    ea = next(r for r in rows if len(r) > 2 and r[2] == "UBND xã Ea R'bin")
    assert ea[:7] == ["11", "EARBIN", "UBND xã Ea R'bin", "102", "0%", "40%", "40%"]


def test_plain_seed_table_typed_by_hand(plan, tmp_path):
    path = seed_table(tmp_path / "bieu-muc-giao.xlsx", plan)
    fresh = open_repository(tmp_path / "fresh.sqlite")
    imported = import_plan(fresh, path)
    fresh.close()
    assert imported.year == 2022
    assert [u.code for u in imported.units] == [u.code for u in plan.units]
    assert imported.targets == plan.targets
    assert [u.baselines for u in imported.units] == [u.baselines for u in plan.units]
    assert imported.unit("LIENSON").kind == "thị trấn"


def test_plain_table_as_csv_with_year_given(plan, tmp_path):
    path = tmp_path / "bieu.csv"
    lines = [
        ",".join(
            f'"{h}"'
            for h in [
                "STT",
                "Đơn vị",
                "Số lượng TTHC",
                "Giao chỉ tiêu số hóa",
                "Tỷ lệ trực tuyến năm trước",
                "Giao chỉ tiêu tỷ lệ trực tuyến",
            ]
        )
    ]
    lines += ['1,UBND xã Liên Sơn Lắk,150,"45%","35,5%","55%"', "2,UBND xã Krông Nô,80,40%,0%,45%"]
    path.write_text("\n".join(lines), encoding="utf-8")
    fresh = open_repository(tmp_path / "fresh.sqlite")
    imported = import_plan(fresh, path, year=2026)
    fresh.close()
    assert imported.year == 2026 and [u.code for u in imported.units] == ["LIENSONLAK", "KRONGNO"]
    assert imported.target("LIENSONLAK", "online_rate") == Fraction(11, 20)
    assert imported.unit("LIENSONLAK").baselines["online_rate"] == Fraction(71, 200)
    assert imported.issuer.decision_number == ""


def test_plain_table_problems_are_listed_and_nothing_saved(plan, tmp_path):
    rows = [[1, "UBND xã A", 10, "bốn mươi", "0%", "40%"], [2, "UBND xã B", 10, "40%", "0%", None]]
    path = seed_table(tmp_path / "bad.xlsx", plan, rows=rows)
    db = tmp_path / "fresh.sqlite"
    fresh = open_repository(db)
    fresh.save_plan(plan)
    before = db_dump(db)
    with pytest.raises(FileRefused) as info:
        import_plan(fresh, path)
    text = str(info.value)
    assert "dòng 4, UBND xã A: «bốn mươi» không phải là tỷ lệ" in text
    assert "dòng 5, UBND xã B: thiếu chỉ tiêu giao" in text
    assert db_dump(db) == before
    fresh.close()


def test_plain_table_without_year(plan, tmp_path):
    path = seed_table(tmp_path / "no-year.xlsx", plan, year_text="")
    wb = load_workbook(path)
    wb.active["F3"] = "Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến"
    wb.save(path)
    fresh = open_repository(tmp_path / "fresh.sqlite")
    with pytest.raises(FileRefused, match="Không xác định được năm"):
        import_plan(fresh, path)
    fresh.close()


def test_reimport_keeps_figures_and_refuses_dropping_a_unit_with_figures(repo, plan, tmp_path):
    repo.save_figures([MonthlyFigures("EARBIN", 2022, 1, {"received_total": 7})], "t")
    targets = dict(plan.targets)
    targets[("NAMKA", "online_rate")] = Fraction(1, 2)
    changed = replace(plan, targets=targets)
    src = open_repository(tmp_path / "src.sqlite")
    src.save_plan(changed)
    path = export_plan(src, 2022, tmp_path / "changed.xlsx")
    src.close()
    assert import_plan(repo, path).target("NAMKA", "online_rate") == Fraction(1, 2)
    assert repo.month_figures("EARBIN", 2022, 1).values == {"received_total": 7}
    smaller = seed_table(
        tmp_path / "smaller.xlsx", plan, rows=[[1, "UBND xã Nam Ka", 102, "40%", "0%", "40%"]]
    )
    with pytest.raises(StorageError, match="EARBIN"):
        import_plan(repo, smaller)
    assert len(repo.load_plan(2022).units) == 11


def test_edited_or_newer_plan_files_are_refused(repo, tmp_path):
    path = export_plan(repo, 2022, tmp_path / "ke-hoach.xlsx")
    wb = load_workbook(path)
    ws = wb[SHEET]
    for row in ws.iter_rows():
        if row[0].value == "plan_json":
            row[1].value = row[1].value.replace('"2/5"', '"1/5"', 1)
    wb.save(tmp_path / "edited.xlsx")
    with pytest.raises(FileRefused, match="mã kiểm tra không khớp"):
        import_plan(repo, tmp_path / "edited.xlsx")
    for row in ws.iter_rows():
        if row[0].value == "format_version":
            row[1].value = 9
    wb.save(tmp_path / "newer.xlsx")
    with pytest.raises(FileRefused, match="phiên bản mới hơn"):
        import_plan(repo, tmp_path / "newer.xlsx")


def test_submission_given_as_plan(repo, tmp_path):
    from lak_desktop.operations.commune import export_submission

    repo.save_figures([MonthlyFigures("NAMKA", 2022, 1, {"received_total": 7})], "t")
    path = export_submission(repo, "NAMKA", 2022, 1, tmp_path, allow_incomplete=True).path
    with pytest.raises(FileRefused, match="là tệp báo cáo"):
        import_plan(repo, path)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("40%", Fraction(2, 5)),
        ("40,5%", Fraction(81, 200)),
        (0.4, Fraction(2, 5)),
        (40, Fraction(2, 5)),
        ("60", Fraction(3, 5)),
        (1, Fraction(1)),
        (None, None),
    ],
)
def test_parse_percent(raw, expected):
    assert parse_percent(raw) == expected


def edit_sheet(path, out, change):
    """What an office clerk does in Excel: change cells of the printed sheet and save."""
    wb = load_workbook(path)
    ws = wb[VISIBLE_SHEET]
    for row in ws.iter_rows():
        for cell in row:
            new = change(cell.value)
            if new is not None:
                cell.value = new
    wb.save(out)
    return out


def test_an_edited_plan_file_is_never_silently_ignored(repo, tmp_path):
    """The issue's steps: export the 2022 plan, change the year to 2023 and every target to
    50% in Excel, import it: the differences are listed and nothing is saved; with
    --accept-edits the plan of 2023 is saved as the sheet shows it."""
    from lak_desktop.operations.plans import PlanEdited

    path = export_plan(repo, 2022, tmp_path / "ke-hoach.xlsx")

    def change(value):
        if isinstance(value, str) and "2022" in value and "2021" not in value:
            return value.replace("2022", "2023")
        if isinstance(value, float) and value in (0.4, 0.6):
            return 0.5
        return None

    edited = edit_sheet(path, tmp_path / "ke-hoach-2023.xlsx", change)
    other = open_repository(tmp_path / "other.sqlite")
    try:
        with pytest.raises(PlanEdited) as caught:
            import_plan(other, edited)
        message = str(caught.value)
        assert "Năm của kế hoạch: 2022 → 2023" in message
        assert "UBND thị trấn Liên Sơn (LIENSON)" in message and "«60%» → «50%»" in message
        assert other.plan_years() == [2022]  # the built-in plan only: nothing was saved
        assert other.load_plan(2023) is None
        plan = import_plan(other, edited, accept_edits=True)
        assert plan.year == 2023 and other.load_plan(2023) == plan
        assert set(plan.targets.values()) == {Fraction(1, 2)}
        assert other.load_plan(2022).target("LIENSON", "online_rate") == Fraction(3, 5)
    finally:
        other.close()


def test_plan_import_lists_the_edits_and_exits_2_unless_accepted(repo, tmp_path):
    from tests.cli.test_cli import lak

    path = export_plan(repo, 2022, tmp_path / "ke-hoach.xlsx")

    def change(value):
        return "UBND xã Nam Ka mới" if value == "UBND xã Nam Ka" else None

    edited = edit_sheet(path, tmp_path / "edited.xlsx", change)
    db = tmp_path / "cli.sqlite"
    proc = lak(db, "plan", "import", edited, check_code=2)
    assert "«UBND xã Nam Ka» → «UBND xã Nam Ka mới»" in proc.stderr
    assert "--accept-edits" in proc.stderr
    lak(db, "plan", "import", edited, "--accept-edits", check_code=0)
    shown = json.loads(lak(db, "plan", "show", "--year", 2022, "--json").stdout)
    assert next(u for u in shown["units"] if u["code"] == "NAMKA")["name"] == "UBND xã Nam Ka mới"
    assert shown["revision"] == 2  # a change made here: the next revision of 2022


def test_a_libreoffice_round_trip_of_a_plan_file_is_not_an_edit(repo, tmp_path):
    import os
    import shutil
    import subprocess

    path = export_plan(repo, 2022, tmp_path / "ke-hoach.xlsx")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    out = tmp_path / "lo"
    subprocess.run(
        [soffice, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
         str(out), str(path)],
        check=True, capture_output=True, timeout=180,
        env=dict(os.environ, HOME=str(tmp_path / "lo-home")),
    )  # fmt: skip
    fresh = open_repository(tmp_path / "fresh.sqlite")
    try:
        assert import_plan(fresh, out / path.name).digest() == repo.load_plan(2022).digest()
    finally:
        fresh.close()


def test_a_typed_table_may_repeat_names_and_give_codes(plan, tmp_path):
    """Two communes named Tân Lập are two units (codes made unique); a "Mã đơn vị" column gives
    codes, as a merged commune that keeps a predecessor's name needs."""
    rows = [
        [1, "UBND xã Tân Lập", 50, "40%", "0%", "40%"],
        [2, "UBND xã Tân Lập", 60, "40%", "0%", "45%"],
    ]
    same_names = imported(
        tmp_path / "a.sqlite", seed_table(tmp_path / "t.xlsx", plan, "năm 2026", rows)
    )
    assert [(u.code, u.name) for u in same_names.units] == [
        ("TANLAP", "UBND xã Tân Lập"),
        ("TANLAP-2", "UBND xã Tân Lập"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.append(["Giao chỉ tiêu năm 2025"])
    ws.append(["STT", "Mã đơn vị", *SEED_HEADER[1:]])
    ws.append([1, "NAMKA-2025", "UBND xã Nam Ka", 120, "40%", "0%", "50%"])
    ws.append([2, "namka-2025", "UBND xã Nam Ka", 120, "40%", "0%", "50%"])
    wb.save(tmp_path / "codes.xlsx")
    with pytest.raises(FileRefused, match="mã đơn vị NAMKA-2025 bị trùng"):
        imported(tmp_path / "b.sqlite", tmp_path / "codes.xlsx")
    ws.delete_rows(4)
    wb.save(tmp_path / "codes.xlsx")
    given = imported(tmp_path / "c.sqlite", tmp_path / "codes.xlsx")
    assert [(u.code, u.name) for u in given.units] == [("NAMKA-2025", "UBND xã Nam Ka")]


def imported(db, path):
    """The plan `path` imported into a new database."""
    repo = open_repository(db)
    try:
        return import_plan(repo, path)
    finally:
        repo.close()
