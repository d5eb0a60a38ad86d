import csv
import io
import json
import zipfile
from dataclasses import replace
from fractions import Fraction

import pytest
from openpyxl import load_workbook

from lak_desktop.commands import attainment_json
from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.core.plan import Unit
from lak_desktop.exchange.machine_sheet import SHEET
from lak_desktop.exchange.submission import VISIBLE_SHEET, file_name
from lak_desktop.operations.common import InputError
from lak_desktop.operations.commune import export_submission
from lak_desktop.operations.office import attainment_report, import_submissions
from lak_desktop.operations.plans import export_plan, import_plan
from lak_desktop.storage import open_repository
from tests.exchange.conftest import NOW, libreoffice_csv, month
from tests.helpers import db_dump


def export(repo, out, m=3, unit="NAMKA", now=NOW):
    return export_submission(repo, unit, 2022, m, out, now=now).path


def test_file_name_is_ascii_and_safe(plan):
    assert file_name(plan, "DAKLIENG", 3, 2) == "LAK_2022-03_DAKLIENG_dak-lieng_r2.xlsx"
    assert file_name(plan, "EARBIN", 12, 1) == "LAK_2022-12_EARBIN_ea-r-bin_r1.xlsx"


def test_written_file_reopens_with_every_value(commune, tmp_path):
    path = export(commune, tmp_path / "usb")
    assert path.name == "LAK_2022-03_NAMKA_nam-ka_r1.xlsx"
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left behind
    wb = load_workbook(path)
    assert wb.sheetnames == [VISIBLE_SHEET, SHEET]
    assert wb[SHEET].sheet_state == "veryHidden"
    machine = {r[0]: r[1] for r in wb[SHEET].iter_rows(values_only=True) if r[0]}
    assert machine["unit_code"] == "NAMKA"
    assert machine["through_month"] == 3 and machine["revision"] == 1
    assert machine["plan_year"] == 2022 and len(machine["figures_sha256"]) == 64
    rows = list(wb[SHEET].iter_rows(values_only=True))
    header_at = next(i for i, r in enumerate(rows) if r[0] == "month")
    assert rows[header_at][:6] == (
        "month",
        "received_total",
        "received_online",
        "resolved_total",
        "results_digitized",
        "note",
    )
    assert rows[header_at + 1][:6] == (1, 1000, 800, 900, 360, "Tháng 1")
    assert rows[header_at + 3][5] == "=chú ý"  # a note stays text, never a formula
    visible = [[c for c in r] for r in wb[VISIBLE_SHEET].iter_rows(values_only=True)]
    flat = [c for r in visible for c in r if c is not None]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in flat
    assert "Độc lập - Tự do - Hạnh phúc" in flat
    assert "UBND XÃ NAM KA" in flat
    assert "Nam Ka, ngày 03 tháng 04 năm 2022" in flat
    total = next(r for r in visible if r[0] == "Lũy kế")
    assert total[3:7] == [1210, 850, 1080, 430]
    online = next(r for r in visible if r[0] == "Tỷ lệ hồ sơ trực tuyến")
    assert online[2:8] == [850, 1210, 0.702, 0.4, "Đạt", 0]
    assert wb[VISIBLE_SHEET].cell(row=1, column=1).font.name == "Times New Roman"
    ws = wb[VISIBLE_SHEET]
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert round(ws.page_margins.left * 25.4) == 30 and round(ws.page_margins.right * 25.4) == 15


def test_round_trip_office_attainment_equals_the_communes(commune, office, tmp_path):
    path = export(commune, tmp_path / "usb")
    [result] = import_submissions(office, [path])
    assert (result.outcome, result.unit, result.through_month, result.revision) == (
        "accepted",
        "NAMKA",
        3,
        1,
    )
    mine = attainment_json(attainment_report(commune, 2022, 3))
    theirs = attainment_json(attainment_report(office, 2022, 3))
    assert next(u for u in theirs["units"] if u["code"] == "NAMKA") == next(
        u for u in mine["units"] if u["code"] == "NAMKA"
    )
    assert office.month_figures("NAMKA", 2022, 3).note == "=chú ý"
    [kept] = office.submissions(2022)
    assert kept.file_name == path.name and kept.revision == 1 and kept.outcome == "accepted"
    assert office.submission_content(kept.id) == (path.name, path.read_bytes())
    # kept beside the data file, named by what it holds; the data file holds its history only
    assert office.received.path_of(kept.file_sha256).read_bytes() == path.read_bytes()
    assert office.received.folder == office.path.parent / "received"


def test_revisions_replace_and_older_ones_are_ignored(commune, office, tmp_path):
    usb = tmp_path / "usb"
    first = export(commune, usb)
    commune.save_figures([month("NAMKA", 3, 90, 25, 80, 50)], "fix")
    second = export(commune, usb)
    assert second.name.endswith("_r2.xlsx")
    outcomes = import_submissions(office, [second, first])
    assert [o.outcome for o in outcomes] == ["accepted", "ignored"]
    assert "lần 2" in outcomes[1].reason
    assert office.month_figures("NAMKA", 2022, 3).values["received_online"] == 25
    commune.save_figures([month("NAMKA", 3, 90, 26, 80, 50)], "fix")
    third = export(commune, usb)
    [o] = import_submissions(office, [third])
    assert o.outcome == "replaced" and "lần 2" in o.reason
    assert office.month_figures("NAMKA", 2022, 3).values["received_online"] == 26
    assert [s.outcome for s in office.submissions(2022)] == ["accepted", "ignored", "replaced"]


def test_an_earlier_month_file_does_not_overwrite_newer_figures(commune, office, tmp_path):
    usb = tmp_path / "usb"
    feb = export(commune, usb, m=2, now=NOW.replace(day=1))
    mar = export(commune, usb, m=3, now=NOW.replace(day=2))
    outcomes = import_submissions(office, [mar, feb])
    assert [o.outcome for o in outcomes] == ["accepted", "ignored"]
    assert "tháng 3" in outcomes[1].reason


def test_a_folder_imports_every_xlsx_in_it(commune, office, tmp_path):
    usb = tmp_path / "usb"
    export(commune, usb, m=1)
    export(commune, usb, m=2)
    (usb / "readme.txt").write_text("x")
    outcomes = import_submissions(office, [usb])
    assert sorted(o.through_month for o in outcomes) == [1, 2]


def test_a_received_file_is_saved_again_byte_for_byte(commune, office, tmp_path):
    from lak_desktop.operations.office import history, save_original

    sent = export(commune, tmp_path / "usb", m=1)
    import_submissions(office, [sent])
    record = history(office)[0]
    (tmp_path / "copies").mkdir()
    copy = save_original(office, record.id, tmp_path / "copies")
    assert copy == tmp_path / "copies" / sent.name  # into a folder: under its own name
    assert copy.read_bytes() == sent.read_bytes()
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]  # no temporary left
    with pytest.raises(InputError, match="đã có"):
        save_original(office, record.id, copy)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="đã có tệp trùng tên"):  # not a folder: said plainly
        save_original(office, record.id, blocker / "copy.xlsx")


def test_never_overwrites_an_existing_file(commune, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    squatter = usb / "LAK_2022-03_NAMKA_nam-ka_r1.xlsx"
    squatter.write_bytes(b"someone else's file")
    path = export(commune, usb)
    assert path.name == "LAK_2022-03_NAMKA_nam-ka_r2.xlsx"
    assert squatter.read_bytes() == b"someone else's file"


def test_empty_and_half_filled_months_are_refused_unless_allowed(commune, tmp_path):
    """A blank is not a zero: a file never passes an empty or half-filled month silently."""
    commune.save_figures([MonthlyFigures("NAMKA", 2022, 5, {"received_total": 40})], "t")
    with pytest.raises(InputError) as caught:
        export_submission(commune, "NAMKA", 2022, 5, tmp_path, now=NOW)
    text = str(caught.value)
    assert "Tháng 4: chưa có số liệu" in text
    assert "Tháng 5: chưa đủ số liệu" in text and "«Tiếp nhận trực tuyến»" in text
    assert not list(tmp_path.glob("*.xlsx"))
    result = export_submission(commune, "NAMKA", 2022, 5, tmp_path, now=NOW, allow_incomplete=True)
    assert result.empty_months == (4,) and result.incomplete_months == (5,)
    cells = [
        c for r in load_workbook(result.path)["Báo cáo"].iter_rows(values_only=True) for c in r if c
    ]
    assert "(chưa có số liệu)" in cells
    assert any(str(c).startswith("(chưa đủ số liệu: Tiếp nhận trực tuyến") for c in cells)


def test_a_figure_never_entered_is_blank_in_the_file_not_zero(commune, tmp_path):
    """The year to date of an element never entered is blank, and so are the sums of an
    indicator that no month counts toward (and its shortfall): the office reads the machine
    sheet, a person reads these."""
    commune.save_figures(
        [MonthlyFigures("LIENSON", 2022, 1, {"received_total": 40, "received_online": 10})], "t"
    )
    result = export_submission(
        commune, "LIENSON", 2022, 1, tmp_path, now=NOW, allow_incomplete=True
    )
    rows = list(load_workbook(result.path)[VISIBLE_SHEET].iter_rows(values_only=True))
    total = next(r for r in rows if r[0] == "Lũy kế")
    assert total[3:7] == (40, 10, None, None)
    online = next(r for r in rows if r[0] == "Tỷ lệ hồ sơ trực tuyến")
    digitized = next(r for r in rows if r[0] == "Tỷ lệ số hóa kết quả")
    assert online[2:4] == (10, 40) and online[7] == 14  # 60% of 40, less 10: counted
    assert digitized[2:4] == (None, None) and digitized[7] is None  # nothing counted: blank
    # The month's note names what it lacks, wrapped in its column, its row tall enough.
    ws = load_workbook(result.path)[VISIBLE_SHEET]
    january = next(r for r in ws.iter_rows() if r[0].value == 1)
    note = next(c for c in january if str(c.value or "").startswith("(chưa đủ số liệu"))
    assert note.alignment.wrap_text and ws.row_dimensions[note.row].height >= 2 * 11


# Bad files -------------------------------------------------------------------------


def refused(office, office_path, path, words):
    before = db_dump(office_path)
    [o] = import_submissions(office, [path])
    assert o.outcome == "refused", o
    assert words in o.reason, o.reason
    assert db_dump(office_path) == before
    return o


def edit(path, sheet, coord, value, out):
    wb = load_workbook(path)
    wb[sheet][coord] = value
    wb.save(out)
    return out


def machine_cell(path, key):
    wb = load_workbook(path)
    for row in wb[SHEET].iter_rows():
        if row[0].value == key:
            return row[1].coordinate
    raise KeyError(key)


def figure_cell(path, m, code):
    wb = load_workbook(path)
    rows = list(wb[SHEET].iter_rows())
    header = next(i for i, r in enumerate(rows) if r[0].value == "month")
    col = [c.value for c in rows[header]].index(code)
    return rows[header + m][col].coordinate


def test_renamed_text_file(office, office_path, tmp_path):
    fake = tmp_path / "LAK_2022-03_NAMKA_nam-ka_r1.xlsx"
    fake.write_text("Báo cáo tháng 3: 1000 hồ sơ", encoding="utf-8")
    refused(office, office_path, fake, "không phải là tệp Excel")


def test_truncated_file(commune, office, office_path, tmp_path):
    path = export(commune, tmp_path / "usb")
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    refused(office, office_path, cut, "bị cắt ngắn")


def test_plan_file_given_as_submission(office, office_path, tmp_path):
    plan_file = export_plan(office, 2022, tmp_path / "plan.xlsx")
    refused(office, office_path, plan_file, "là tệp kế hoạch")


def test_any_other_workbook(office, office_path, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = 5
    wb.save(tmp_path / "other.xlsx")
    refused(office, office_path, tmp_path / "other.xlsx", "không phải là tệp báo cáo")


def test_visible_sheet_edited_in_excel(commune, office, office_path, tmp_path):
    path = export(commune, tmp_path / "usb")
    wb = load_workbook(path)
    ws = wb[VISIBLE_SHEET]
    cell = next(c for r in ws.iter_rows() for c in r if c.value == 1000)
    cell.value = 1500
    wb.save(tmp_path / "edited.xlsx")
    refused(office, office_path, tmp_path / "edited.xlsx", "đã bị sửa sau khi xuất")


def test_hidden_sheet_edited(commune, office, office_path, tmp_path):
    path = export(commune, tmp_path / "usb")
    out = edit(path, SHEET, figure_cell(path, 1, "received_online"), 999, tmp_path / "h.xlsx")
    refused(office, office_path, out, "mã kiểm tra số liệu không khớp")


def test_hidden_unit_code_edited(commune, office, office_path, tmp_path):
    path = export(commune, tmp_path / "usb")
    out = edit(path, SHEET, machine_cell(path, "unit_code"), "EARBIN", tmp_path / "u.xlsx")
    refused(office, office_path, out, "không khớp")


def test_newer_format_version(commune, office, office_path, tmp_path):
    path = export(commune, tmp_path / "usb")
    out = edit(path, SHEET, machine_cell(path, "format_version"), 3, tmp_path / "v.xlsx")
    refused(office, office_path, out, "cập nhật chương trình")


@pytest.mark.parametrize("value, words", [("=10*2", "công thức"), ("nhiều", "chữ")])
def test_formulas_or_text_where_numbers_belong(
    commune, office, office_path, tmp_path, value, words
):
    path = export(commune, tmp_path / "usb")
    out = edit(path, SHEET, figure_cell(path, 2, "received_total"), value, tmp_path / "f.xlsx")
    refused(office, office_path, out, words)


def test_another_year(tmp_path, plan, office, office_path):
    other = open_repository(tmp_path / "c2023.sqlite")
    other.save_plan(replace(plan, year=2023))
    other.save_figures([MonthlyFigures("NAMKA", 2023, 1, {"received_total": 10})], "t")
    path = export_submission(
        other, "NAMKA", 2023, 1, tmp_path / "usb", now=NOW, allow_incomplete=True
    ).path
    other.close()
    refused(office, office_path, path, "chưa có kế hoạch năm 2023")


def test_unknown_unit(tmp_path, plan, office, office_path):
    other = open_repository(tmp_path / "new-unit.sqlite")
    extra = Unit("DAKNONG", "UBND xã Đắk Nông", "xã", 90)
    targets = dict(plan.targets)
    targets[("DAKNONG", "online_rate")] = Fraction(1, 2)
    targets[("DAKNONG", "result_digitization_rate")] = Fraction(1, 2)
    other.save_plan(replace(plan, units=(*plan.units, extra), targets=targets))
    path = export_submission(
        other, "DAKNONG", 2022, 1, tmp_path / "usb", now=NOW, allow_incomplete=True
    ).path
    other.close()
    refused(office, office_path, path, "«DAKNONG», không có trong kế hoạch")


def test_a_revised_target_does_not_stop_a_commune_on_the_earlier_revision(
    tmp_path, plan, commune, office
):
    """The office revised Nam Ka's online target (revision 2); Nam Ka, still on revision 1,
    sends its file: accepted, the outcome names both revisions, and the office measures the
    figures against its own plan."""
    from lak_desktop.operations.office import attainment_report, history

    targets = dict(plan.targets)
    targets[("NAMKA", "online_rate")] = Fraction(1, 2)
    office.save_plan(replace(plan, targets=targets, revision=2))
    path = export_submission(commune, "NAMKA", 2022, 3, tmp_path / "usb", now=NOW).path
    [o] = import_submissions(office, [path])
    assert o.outcome == "accepted"
    assert "bản lần 1, cũ hơn bản lần 2" in o.reason
    [record] = history(office, 2022, "NAMKA")
    assert record.plan_revision == 1
    report = attainment_report(office, 2022, 3)
    namka = next(r for r in report.ranked if r.attainment.unit.code == "NAMKA")
    assert namka.attainment.indicators["online_rate"].target == Fraction(1, 2)
    from lak_desktop.commands import status_json
    from lak_desktop.operations.office import status_report

    units = {u["code"]: u for u in status_json(status_report(office, 2022))["units"]}
    assert units["NAMKA"]["plan_revision"] == 1  # the status screen marks it: still on r1
    assert units["LIENSON"]["plan_revision"] is None  # no file yet


def test_a_file_with_figures_the_office_plan_does_not_collect_is_refused(
    tmp_path, plan, office, office_path
):
    from lak_desktop.core.plan import DataElement

    other = open_repository(tmp_path / "other-plan.sqlite")
    other.save_plan(replace(plan, elements=(*plan.elements, DataElement("extra", "Thêm"))))
    path = export_submission(
        other, "NAMKA", 2022, 1, tmp_path / "usb", now=NOW, allow_incomplete=True
    ).path
    other.close()
    refused(office, office_path, path, "extra")


def test_huge_file_is_refused_by_size_before_parsing(office, office_path, tmp_path):
    big = tmp_path / "big.xlsx"
    with big.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    refused(office, office_path, big, "quá lớn")


def test_zip_bomb_is_refused_before_parsing(office, office_path, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(150):
                member.write(chunk)
    assert bomb.stat().st_size < 1024 * 1024
    refused(office, office_path, bomb, "giải nén ra quá lớn")


def test_refused_and_good_files_together(commune, office, office_path, tmp_path):
    usb = tmp_path / "usb"
    good = export(commune, usb)
    (usb / "junk.xlsx").write_text("nope")
    outcomes = {o.path.name: o.outcome for o in import_submissions(office, [usb])}
    assert outcomes == {good.name: "accepted", "junk.xlsx": "refused"}


def test_an_import_keeps_its_files_a_batch_at_a_time_and_an_error_loses_one_batch(
    commune, office, tmp_path, monkeypatch
):
    """Files are recorded a batch at a time, one commit each; progress is told of a file once
    it is kept. A failure while recording loses the batch it is in, whole, and none before."""
    from lak_desktop.operations import office as jobs
    from lak_desktop.storage import StorageError
    from lak_desktop.storage.repository import Repository

    usb = tmp_path / "usb"
    for m in (1, 2, 3):
        export(commune, usb, m=m, now=NOW.replace(day=m))
    (usb / "junk.xlsx").write_text("nope")  # sorted last
    monkeypatch.setattr(jobs, "BATCH_FILES", 2)
    real = Repository.record_submission
    calls = []

    def record(self, record, *args, **kw):
        calls.append(record.through_month)
        if len(calls) == 3:
            raise StorageError("Ổ đĩa đã đầy.", kind="full")
        return real(self, record, *args, **kw)

    monkeypatch.setattr(Repository, "record_submission", record)
    told = []
    commits = office._commits
    with pytest.raises(StorageError):
        import_submissions(office, [usb], progress=lambda done, total, o: told.append(done))
    assert told == [1, 2] and office._commits == commits + 1  # the first batch, in one commit
    assert [s.through_month for s in office.submissions(2022)] == [1, 2]
    assert office.month_figures("NAMKA", 2022, 3).values == {}  # the second batch: none of it
    assert not office.db.in_transaction
    monkeypatch.setattr(Repository, "record_submission", real)
    outcomes = import_submissions(office, [usb], progress=lambda done, total, o: told.append(done))
    assert [o.outcome for o in outcomes] == ["ignored", "ignored", "accepted", "refused"]
    assert told[2:] == [1, 2, 3, 4] and office._commits == commits + 3
    assert office.month_figures("NAMKA", 2022, 3).values["received_online"] == 20


# The real client -------------------------------------------------------------------


def test_libreoffice_shows_the_numbers(commune, tmp_path):
    path = export(commune, tmp_path / "usb")
    rows = list(csv.reader(io.StringIO(libreoffice_csv(path, tmp_path / "lo"))))
    flat = [c for r in rows for c in r]
    assert "UBND XÃ NAM KA" in flat
    jan = next(r for r in rows if r[0] == "1")
    assert jan[1:7] == ["01/01/2022", "31/01/2022", "1.000", "800", "900", "360"]
    total = next(r for r in rows if r[0] == "Lũy kế")
    assert total[3:7] == ["1.210", "850", "1.080", "430"]
    online = next(r for r in rows if r[0] == "Tỷ lệ hồ sơ trực tuyến")
    assert online[2:8] == ["850", "1.210", "70,2%", "40%", "Đạt", "0"]


def test_cli_submission_round_trip(commune, tmp_path, office_path):
    import subprocess
    import sys

    commune.close()
    usb = tmp_path / "usb"
    run = [sys.executable, "-m", "lak_desktop.cli"]
    out = subprocess.run(
        [
            *run,
            "--db",
            str(tmp_path / "commune.sqlite"),
            "submission",
            "export",
            "--unit",
            "NAMKA",
            "--year",
            "2022",
            "--month",
            "3",
            "--out",
            str(usb),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert out.endswith("LAK_2022-03_NAMKA_nam-ka_r1.xlsx")
    proc = subprocess.run(
        [*run, "--db", str(office_path), "submission", "import", str(usb), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    [entry] = json.loads(proc.stdout)["files"]
    assert entry["outcome"] == "accepted" and entry["unit"] == "NAMKA"
    assert set(entry) == {
        "path",
        "outcome",
        "unit",
        "through_month",
        "revision",
        "reason",
        "signer",
    }
    (usb / "bad.xlsx").write_text("x")
    proc = subprocess.run(
        [*run, "--db", str(office_path), "submission", "import", str(usb)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert "[Từ chối] bad.xlsx" in proc.stdout and "[Bỏ qua]" in proc.stdout


def test_plan_import_roundtrip_via_module(office, tmp_path):
    path = export_plan(office, 2022, tmp_path / "plan.xlsx")
    fresh = open_repository(tmp_path / "fresh.sqlite")
    assert import_plan(fresh, path).digest() == office.load_plan(2022).digest()
    fresh.close()
