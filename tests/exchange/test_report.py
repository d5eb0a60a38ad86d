import csv
import io
from fractions import Fraction

import pytest
from openpyxl import load_workbook

from lak_desktop.exchange.report import SHEET
from lak_desktop.operations.common import InputError
from lak_desktop.operations.commune import export_submission
from lak_desktop.operations.office import import_submissions, write_report
from tests.exchange.conftest import NOW, libreoffice_csv, month


@pytest.fixture
def filled_office(commune, office, tmp_path):
    usb = tmp_path / "usb"
    commune.save_figures([month("EARBIN", 1, 10, 1, 10, 1)], "t")
    paths = [
        export_submission(commune, "NAMKA", 2022, 3, usb, now=NOW).path,
        export_submission(commune, "EARBIN", 2022, 1, usb, now=NOW).path,
    ]
    assert [o.outcome for o in import_submissions(office, paths, now=NOW)] == [
        "accepted",
        "accepted",
    ]
    return office


def rows_of(path):
    return [list(r) for r in load_workbook(path)[SHEET].iter_rows(values_only=True)]


def test_report_has_units_totals_ranking_and_completeness(filled_office, tmp_path):
    path = write_report(filled_office, 2022, 3, tmp_path / "tong-hop.xlsx")
    rows = rows_of(path)
    flat = [c for r in rows for c in r if c is not None]
    assert "BÁO CÁO TỔNG HỢP" in flat and "PHÒNG VĂN HÓA VÀ THÔNG TIN" in flat
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in flat
    namka = next(r for r in rows if r[1] == "UBND xã Nam Ka")
    # rank, name, four year-to-date sums, then rate/target/status/shortfall per indicator, score
    assert namka[:7] == [1, "UBND xã Nam Ka", 1210, 850, 1080, 430, 0.702]
    assert namka[7:14] == [0.4, "Đạt", 0, 0.398, 0.4, "Chưa đạt", 2]
    earbin = next(r for r in rows if r[1] == "UBND xã Ea R'bin")
    assert earbin[0] == 2 and earbin[2:6] == [10, 1, 10, 1]
    assert earbin[7:10] == [0.4, "Chưa đạt", 3]
    krong = next(r for r in rows if r[1] == "UBND xã Krông Nô")
    assert krong[0] == "—" and krong[8] == "Chưa có số liệu" and krong[9] is None
    assert krong[2:6] == [None] * 4  # nothing entered: blank cells, not zeros
    total = next(r for r in rows if r[1] == "Tổng cộng")
    assert total[2:7] == [1220, 851, 1090, 431, 0.697]
    # II: the latest file, the months sent late (with the days) and the months not sent.
    sent = [r for r in rows if r[1] in ("UBND xã Nam Ka", "UBND xã Ea R'bin")][2:]
    assert [c for c in sent[0] if c is not None][2:] == [
        "Đến tháng 3, lần 1, nhận 03/04/2022",
        "1 (57 ngày), 2 (29 ngày)",
    ]
    assert [c for c in sent[1] if c is not None][2:] == [
        "Đến tháng 1, lần 1, nhận 03/04/2022",
        "1 (57 ngày)",
        "2, 3",
    ]
    never = [c for c in [r for r in rows if r[1] == "UBND xã Krông Nô"][1] if c is not None]
    assert never[2:] == ["Chưa gửi", "1, 2, 3"]
    # Earlier figures than the report month are marked, and the Decree 30 parts are there.
    assert earbin[-1] == "Số liệu đến tháng 1; thiếu tháng 2, 3"
    assert "Số:       /BC-" in flat and "Nơi nhận:" in flat and "THỦ TRƯỞNG CƠ QUAN" in flat
    ws = load_workbook(path)[SHEET]
    assert ws.page_setup.orientation == "landscape"
    assert ws.cell(row=2, column=1).font.name == "Times New Roman"


def test_report_refuses_to_overwrite_and_bad_names(filled_office, tmp_path):
    path = write_report(filled_office, 2022, 3, tmp_path / "r.xlsx")
    with pytest.raises(InputError, match="đã có"):
        write_report(filled_office, 2022, 3, path)
    with pytest.raises(InputError, match=r"\.xlsx"):
        write_report(filled_office, 2022, 3, tmp_path / "r.pdf")


def test_libreoffice_shows_the_report(filled_office, tmp_path):
    path = write_report(filled_office, 2022, 3, tmp_path / "tong-hop.xlsx")
    rows = list(csv.reader(io.StringIO(libreoffice_csv(path, tmp_path / "lo"))))
    namka = next(r for r in rows if len(r) > 1 and r[1] == "UBND xã Nam Ka")
    assert namka[:10] == [
        "1",
        "UBND xã Nam Ka",
        "1.210",
        "850",
        "1.080",
        "430",
        "70,2%",
        "40%",
        "Đạt",
        "0",
    ]
    total = next(r for r in rows if len(r) > 1 and r[1] == "Tổng cộng")
    assert total[2:7] == ["1.220", "851", "1.090", "431", "69,7%"]


def test_the_cycle_collector_waits_for_the_workbook_and_comes_back(filled_office, tmp_path):
    """A national report's cells are all alive until it is saved: the collector is off while it
    is written, on again after (also when writing fails), and stays off if it was off."""
    import gc

    from lak_desktop.exchange import layout

    seen = []
    real = layout.table_row

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    layout.table_row, saved = spy, layout.table_row
    try:
        write_report(filled_office, 2022, 3, tmp_path / "a.xlsx")
        assert seen and not any(seen) and gc.isenabled()
        gc.disable()
        write_report(filled_office, 2022, 3, tmp_path / "b.xlsx")
        assert not gc.isenabled()
    finally:
        gc.enable()
        layout.table_row = saved
    from lak_desktop.collector import many_objects

    with pytest.raises(RuntimeError), many_objects():
        raise RuntimeError("a fault while writing")
    assert gc.isenabled()


def test_report_totals_leave_blanks_blank_and_count_each_figure_once(plan, tmp_path):
    """The sums of a unit that entered nothing are blank, not 0; the total row adds up the units
    listed (a commune merged away is not listed: its months are in the commune formed from it),
    and its rates count only the months that have both figures, as each unit's do."""
    from datetime import date

    from lak_desktop.core.attainment import totals, year_attainment
    from lak_desktop.core.figures import MonthlyFigures
    from lak_desktop.core.ranking import rank_units
    from lak_desktop.core.timeliness import status_table
    from lak_desktop.exchange.report import ConsolidatedReport, ReportSettings
    from lak_desktop.exchange.report import write_report as write
    from tests.exchange.test_golden import merged_plan

    merged = merged_plan(plan)  # 2025: Nam Ka and Ea R'bin until June, the new Nam Ka from July

    def figures(unit, m, **values):
        return MonthlyFigures(unit, 2025, m, values)

    entered = [
        figures("NAMKA", 3, received_total=100, received_online=50),  # counted in NAMKA-2025
        figures("NAMKA-2025", 8, received_total=10, received_online=5),
        figures("NAMKA-2025", 8 - 1, resolved_total=8, results_digitized=4),
        figures("LIENSON", 7, received_total=30),  # its online count not entered: incomplete
        figures("LIENSON", 8, received_total=20, received_online=10),
    ]
    report = ConsolidatedReport(
        plan=merged,
        through_month=8,
        ranked=rank_units(merged, year_attainment(merged, entered, 8)),
        sums=totals(merged, entered, 8),
        status=status_table(merged, [], date(2025, 9, 20)),
        settings=ReportSettings(),
        complete_only=False,
        today=date(2025, 9, 20),
    )
    assert report.sums["LIENSON"] == {
        "received_total": 50,
        "received_online": 10,
        "resolved_total": None,
        "results_digitized": None,
    }
    assert set(report.sums["KRONGNO"].values()) == {None}
    # Nam Ka's March is counted once, in the new Nam Ka: 110 + 50, not 100 + 110 + 50.
    assert report.grand_totals() == {
        "received_total": 160,
        "received_online": 65,
        "resolved_total": 8,
        "results_digitized": 4,
    }
    # Lien Son's July has no online count: 65 of 130, not of 160.
    assert report.grand_rate("online_rate") == Fraction(1, 2)
    assert report.grand_rate("result_digitization_rate") == Fraction(1, 2)

    rows = rows_of(write(report, tmp_path / "r.xlsx"))
    by_name: dict = {}
    for r in rows:  # section I's row of each unit, before section II's
        by_name.setdefault(r[1], r)
    assert by_name["UBND xã Krông Nô"][2:6] == [None] * 4
    assert by_name["UBND thị trấn Liên Sơn"][2:6] == [50, 10, None, None]
    assert by_name["Tổng cộng"][2:7] == [160, 65, 8, 4, 0.5]
    section_one = [r[1] for r in rows[: rows.index(by_name["Tổng cộng"])]]
    assert section_one.count("UBND xã Nam Ka") == 1 and "UBND xã Ea R'bin" not in section_one


def test_wrapped_text_gets_the_rows_it_needs(filled_office, tmp_path):
    """A spreadsheet does not grow a row for wrapped text when it prints: a long list of late
    months would run over the rows below. The row is made tall enough; a short one is not."""
    from openpyxl import Workbook

    from lak_desktop.exchange import layout
    from lak_desktop.exchange.report import _spanned_row

    assert layout.text_lines("1, 2, 3", 20, 11) == 1
    late = ", ".join(f"{m} ({1700 - 30 * m} ngày)" for m in range(1, 11))
    assert layout.text_lines(late, 36, 11) >= len(late) / (36 * 1.4)  # never fewer than set
    ws = Workbook().active
    layout.column_widths(ws, [6, 24, 20, 36, 36])
    _spanned_row(ws, 1, [1, "UBND xã Nam Ka", "Đến tháng 10", late, ""], [1, 1, 1, 1, 1])
    _spanned_row(ws, 2, [2, "UBND xã Ea R'bin", "Chưa gửi", "", "1, 2, 3"], [1, 1, 1, 1, 1])
    assert ws.row_dimensions[1].height >= 3 * 11  # three lines at least, at 11 pt
    assert ws.row_dimensions[2].height is None  # one line: as the spreadsheet makes it
    # In the report: Ea R'bin's note wraps to two lines.
    path = write_report(filled_office, 2022, 3, tmp_path / "r.xlsx")
    ws = load_workbook(path)[SHEET]
    row = next(r[0].row for r in ws.iter_rows() if r[1].value == "UBND xã Ea R'bin")
    assert ws.row_dimensions[row].height >= 2 * 10
