import csv
import io

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
