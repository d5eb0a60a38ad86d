"""The receiving office's window on the demo office, driven as a person would."""

from __future__ import annotations

import itertools
import shutil
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFont, QFontMetrics

from lak_desktop.operations.common import plan_for
from lak_desktop.storage import open_repository
from tests.helpers import assert_plan_unreadable_is_said, db_dump


@pytest.fixture
def office_window(qtbot, office_demo):
    from lak_desktop.ui.office.window import OfficeWindow

    repo = open_repository(office_demo)
    win = OfficeWindow(repo, plan_for(repo), office_demo)
    qtbot.addWidget(win)
    win.show()
    win.status.as_of.setDate(QDate(2022, 7, 10))
    yield win
    win.close()
    repo.close()


def demo_files(office_demo: Path) -> Path:
    return office_demo.parent.parent / "office-demo0" / "files"


def office_of_many_units(tmp_path: Path, count: int, name: str):
    """An office's file with the built-in plan's columns for `count` units named `name` 0, 1, …
    (targets 40%), and its units."""
    from dataclasses import replace

    from lak_desktop.core.builtin import builtin_plan

    base = builtin_plan()
    units = tuple(
        replace(base.units[0], code=f"U{i:03d}", name=f"{name} {i}") for i in range(count)
    )
    plan = replace(
        base,
        units=units,
        targets={(u.code, i.code): Fraction(2, 5) for u in units for i in base.indicators},
    )
    repo = open_repository(tmp_path / "national.sqlite", daily_backup=False)
    repo.save_plan(plan)
    return repo, units


def column_texts(model, column):
    return [model.cell_text(r, column) for r in range(model.rowCount())]


def test_office_role_opens_the_office_window_in_vietnamese(qtbot, office_demo):
    from lak_desktop.ui.app import main_window

    repo = open_repository(office_demo)
    try:
        win = main_window(repo, office_demo, None)
        qtbot.addWidget(win)
        tabs = [win.tabs.tabText(i).replace("&", "") for i in range(win.tabs.count())]
        assert tabs == [
            "Nhận tệp",
            "Tình hình gửi báo cáo",
            "Tổng hợp và xếp hạng",
            "Biểu đồ",
            "Báo cáo",
            "Kế hoạch",
        ]
        assert "Cơ quan nhận báo cáo" in win.windowTitle()
    finally:
        repo.close()


def test_status_matrix_marks_late_missing_and_counts(office_window):
    tab = office_window.status
    units = column_texts(tab.matrix, 0)
    row = {name: i for i, name in enumerate(units)}
    march = [tab.matrix.cell_text(row[n], 3) for n in ("UBND xã Bông Krang", "UBND xã Nam Ka")]
    assert march == ["+7", "✓"]
    assert tab.matrix.cell_text(row["UBND xã Krông Nô"], 1) == "✗"
    assert tab.matrix.cell_text(row["UBND xã Đăk Phoi"], 5) == "✗"
    assert tab.matrix.cell_text(row["UBND xã Nam Ka"], 7) == "·"
    tip = tab.matrix.index(row["UBND xã Bông Krang"], 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "12/04/2022" in tip and "05/04/2022" in tip
    assert column_texts(tab.summary, 6)[:3] == ["11", "7", "7"]  # June: expected, received
    # The list of units to call opens on June, the last month past its deadline.
    assert tab.chase_month.value() == 6
    assert column_texts(tab.chase, 1) == [
        "UBND xã Đăk Phoi",
        "UBND xã Buôn Tría",  # its June file is held
        "UBND xã Krông Nô",
        "UBND xã Ea R'bin",
    ]
    tab.chase_month.setValue(3)
    assert column_texts(tab.chase, 1) == ["UBND xã Krông Nô"]


def test_the_units_table_keeps_its_room_on_a_small_screen(qtbot, office_window):
    """On a 1366×768 screen at 150% (911×512 points), the units × months table shows several
    units: the list of units to call and the months' totals take turns below it (stacked, the
    three left the table five rows here and two on a real screen, with its title bar and fonts)."""
    office_window.resize(911, 512)
    office_window.show_screen("status")
    status = office_window.status
    qtbot.waitUntil(lambda: status.matrix_view.isVisible())
    rows = status.matrix_view.verticalHeader().defaultSectionSize()
    assert status.matrix_view.viewport().height() >= 7 * rows
    assert [status.below.tabText(i) for i in range(2)] == ["Cần đôn đốc", "Tổng hợp theo tháng"]
    assert status.chase_view.isVisible() and not status.summary_view.isVisible()
    status.below.setCurrentIndex(1)
    assert status.summary_view.isVisible()


def test_status_saves_and_prints_the_list_of_units_to_call(
    qtbot, office_window, tmp_path, monkeypatch
):
    from PySide6.QtPrintSupport import QPrinter

    tab = office_window.status
    path = tmp_path / "goi.xlsx"
    assert not tab.chase_message.isVisibleTo(tab)  # no empty line above the list
    finished(qtbot, tab.save_chase_list(str(path)))  # off the window's thread
    assert path.exists() and tab.chase_message.text() == f"Đã lưu: {path}"
    assert tab.chase_message.isVisibleTo(tab)
    html = tab.chase_html()
    assert "Krông Nô" in html and "ĐÔN ĐỐC" in html
    # Printed off the window's thread too (here to a PDF printer, as the print dialog would).
    printed = tmp_path / "goi.pdf"

    class Dialog:
        def __init__(self, printer, parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))

        def exec(self):
            return True

    monkeypatch.setattr("PySide6.QtPrintSupport.QPrintDialog", Dialog)
    finished(qtbot, tab.print_chase_list())
    assert printed.read_bytes().startswith(b"%PDF")
    assert tab.chase_message.text() == "Đã gửi ra máy in."


def test_consolidated_sorts_marks_and_opens_a_unit(qtbot, office_window):
    tab = office_window.consolidated
    assert tab.through.value() == 6
    model = tab.model
    # Shown in rank order, marked as sorted by the rank column.
    assert tab.view.horizontalHeader().sortIndicatorSection() == 0
    ranks = [int(t) for t in column_texts(model, 0) if t != "—"]
    assert ranks == sorted(ranks) and ranks[0] == 1
    names = column_texts(model, 1)
    dakphoi = names.index("UBND xã Đăk Phoi")
    assert "Số liệu đến tháng 4" in model.cell_text(dakphoi, model.columnCount() - 1)
    tied = [model.cell_text(r, model.columnCount() - 1) for r in range(model.rowCount())]
    assert sum("xét mức vượt" in t for t in tied) >= 2
    tab.complete_only.setChecked(True)
    names = column_texts(model, 1)
    assert model.cell_text(names.index("UBND xã Đăk Phoi"), 0) == "—"
    # Sort by the score column, highest first, through the view as a click would.
    score_col = model.columnCount() - 2
    tab.view.sortByColumn(score_col, Qt.SortOrder.DescendingOrder)
    proxy = tab.view.model()
    scores = [proxy.index(r, score_col).data() for r in range(3)]
    assert scores[0] == "100%"
    first = proxy.index(0, 1)
    dialog = tab.open_unit(first)
    qtbot.addWidget(dialog)
    assert dialog.months.rowCount() == 12 and dialog.files.rowCount() >= 6
    assert dialog.months.cell_text(0, 2) != ""  # January's figures, read-only
    assert "Key in use" in dialog.keys.text() or "Khóa đang dùng" in dialog.keys.text()


def test_a_unit_is_found_in_the_ranking_and_the_status_by_part_of_its_name(qtbot, office_window):
    """Among 3,321 units, scrolling to one is a chore: typing part of its name or code, accents
    or not, leaves only its rows; sorting, another month and clearing the box keep to it."""
    tab = office_window.consolidated
    model = tab.model
    qtbot.keyClicks(tab.find.line, "buon tri")
    assert set(column_texts(model, 1)) == {"UBND xã Buôn Tría", "UBND xã Buôn Triết"}
    assert tab.find.count.text() == "2 / 11 đơn vị" and model.total == 11
    ranks = [int(t) for t in column_texts(model, 0)]
    assert ranks == sorted(ranks)  # in rank order still
    tab.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [int(t) for t in column_texts(model, 0)] == sorted(ranks, reverse=True)
    dialog = tab.open_unit(model.index(0, 1))  # the row shown, not the row given at its place
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == model.cell_text(0, 1)
    tab.through.setValue(5)  # worked out again: the box still applies
    assert set(column_texts(model, 1)) == {"UBND xã Buôn Tría", "UBND xã Buôn Triết"}
    tab.find.line.clear()
    assert model.rowCount() == 11 and tab.find.count.text() == ""
    qtbot.keyClicks(tab.find.line, "DAKNUE")  # a code
    assert column_texts(model, 1) == ["UBND xã Đăk Nuê"]
    status = office_window.status
    qtbot.keyClicks(status.find.line, "dak")
    assert column_texts(status.matrix, 0) == [
        "UBND xã Đăk Liêng",
        "UBND xã Đăk Phoi",
        "UBND xã Đăk Nuê",
    ]
    assert status.find.count.text() == "3 / 11 đơn vị"


def test_charts_load_on_first_use(office_window):
    assert office_window.charts is None
    office_window.show_screen("charts")
    charts = office_window.charts
    assert charts is not None
    bars = charts.units_view.chart().series()[0].barSets()[0]
    assert bars.count() == 10  # Krông Nô has no rate
    values = [bars.at(i) for i in range(bars.count())]
    assert values == sorted(values, reverse=True)
    assert not office_window.grab().isNull()
    # The months' chart is drawn when it is chosen: every unit's month added up, month by month.
    assert charts.months_view.chart() is None or not charts.months_view.chart().series()
    charts.kind.setCurrentIndex(1)
    assert charts.stack.currentWidget() is charts.months_view
    line = charts.months_view.chart().series()[0]
    repo, plan = office_window.repo, office_window.plan
    ind = plan.indicators[0]
    sums = repo.monthly_pair_sums(plan.year, ind.numerator, ind.denominator)
    expected = [100 * sums[m][0] / sums[m][1] for m in sorted(sums) if sums[m][1]]
    assert [round(line.at(i).y(), 6) for i in range(line.count())] == [
        round(v, 6) for v in expected
    ]
    # Another indicator: the chart shown is drawn again for it.
    charts.indicator.setCurrentIndex(1)
    second = plan.indicators[1]
    sums = repo.monthly_pair_sums(plan.year, second.numerator, second.denominator)
    first_month = min(m for m in sums if sums[m][1])
    assert round(charts.months_view.chart().series()[0].at(0).y(), 6) == round(
        100 * sums[first_month][0] / sums[first_month][1], 6
    )


def finished(qtbot, job):
    """Waits for a job of the window's to end (it may have ended already: a job that fails
    at once), and for its last signals, queued to the window's thread; returns it."""
    from PySide6.QtWidgets import QApplication

    assert job is not None
    qtbot.waitUntil(job.isFinished, timeout=60_000)
    QApplication.processEvents()
    return job


def test_the_reports_preview_works_out_the_timeliness_of_the_units_it_shows_only(
    office_window, monkeypatch
):
    """Section II of the preview lists the plan's first units: their files are all it reads,
    and it reads as the whole report's first rows do (a national table's timeliness is
    60-100 ms that a first look at the report need not wait for)."""
    import lak_desktop.operations.office as office
    from lak_desktop.ui.office.report_html import consolidated_html

    tab = office_window.report
    whole = consolidated_html(tab.content(), 3)
    asked = []
    first_files = office_window.repo.first_files

    def counted(year, units=None):
        asked.append(units)
        return first_files(year, units)

    monkeypatch.setattr(office_window.repo, "first_files", counted)
    monkeypatch.setattr(office, "_status", lambda *a: pytest.fail("the whole table was made"))
    assert consolidated_html(tab.content(3), 3) == whole
    assert asked == [["LIENSON", "BONGKRANG", "YANGTAO"]]
    assert "LIENSON" in office_window.repo.first_files(2022, ["LIENSON"])


def test_report_tab_saves_xlsx_and_pdf_with_our_lines(qtbot, office_window, tmp_path, monkeypatch):
    """Saved as a workbook and as a PDF off the window's thread (a national report takes
    seconds, and the window keeps answering): the buttons wait for the job, the progress shows
    the pages, and the message names the file saved."""
    from PySide6.QtCore import QThread

    import lak_desktop.ui.office.report_tab as report_tab
    import lak_desktop.ui.printing as printing

    tab = office_window.report
    tab.number.setText("21/BC-VHTT")
    tab.signer_name.setText("Trần Thị Bình")
    tab.store_details()
    assert "21/BC-VHTT" in tab.html() and "Trần Thị Bình" in tab.html()
    window_thread = QThread.currentThread()
    threads, pages = [], []

    def watched(write):
        def run(*args, **kwargs):
            threads.append(QThread.currentThread() is not window_thread)
            return write(*args, **kwargs)

        return run

    monkeypatch.setattr(report_tab, "save_report", watched(report_tab.save_report))
    monkeypatch.setattr(printing, "save_pdf", watched(printing.save_pdf))
    xlsx, pdf = tmp_path / "r.xlsx", tmp_path / "r.pdf"
    job = tab.save_xlsx(str(xlsx))
    assert not any(b.isEnabled() for b in tab.job_buttons)  # one job at a time
    finished(qtbot, job)
    assert all(b.isEnabled() for b in tab.job_buttons) and not tab.progress.isVisible()
    assert xlsx.exists() and tab.message.text() == f"Đã lưu: {xlsx}"
    job = tab.save_pdf(str(pdf))
    job.progressed.connect(lambda done, total: pages.append((done, total)))
    finished(qtbot, job)
    assert pdf.read_bytes().startswith(b"%PDF") and tab.message.text() == f"Đã lưu: {pdf}"
    assert threads == [True, True]  # both written off the window's thread
    assert pages and pages[-1][0] == pages[-1][1]  # told page by page, to the last
    warnings = []
    monkeypatch.setattr(
        "lak_desktop.ui.background.QMessageBox.warning",
        lambda parent, title, text: warnings.append(text),
    )
    finished(qtbot, tab.save_xlsx(str(xlsx)))  # never overwrites, and says why
    assert "đã có" in warnings[0] and "Đã lưu" not in tab.message.text()


def test_a_report_being_written_is_finished_before_the_window_closes(
    qtbot, office_window, tmp_path, monkeypatch
):
    import threading

    import lak_desktop.ui.office.report_tab as report_tab

    release = threading.Event()
    real = report_tab.save_report

    def slow(content, out):
        release.wait(10)
        return real(content, out)

    monkeypatch.setattr(report_tab, "save_report", slow)
    tab = office_window.report
    job = tab.save_xlsx(str(tmp_path / "r.xlsx"))
    assert job.isRunning()
    threading.Timer(0.3, release.set).start()
    office_window.close()
    assert not job.isRunning() and (tmp_path / "r.xlsx").exists()


def test_a_pdf_or_a_print_that_cannot_be_made_is_said_and_leaves_nothing(
    qtbot, office_window, tmp_path, monkeypatch
):
    """A PDF is written beside its name and renamed: one whose folder is gone says so, in
    Vietnamese, and is not called saved; one that is saved leaves no temporary file. A printer
    that does not start says what to do."""
    from PySide6.QtPrintSupport import QPrinter

    from lak_desktop.operations.common import InputError
    from lak_desktop.ui.printing import print_html

    tab = office_window.report
    warnings = []
    monkeypatch.setattr(
        "lak_desktop.ui.background.QMessageBox.warning",
        lambda parent, title, text: warnings.append((title, text)),
    )
    finished(qtbot, tab.save_pdf(str(tmp_path / "gone" / "r.pdf")))
    assert warnings and warnings[0][0] == "Chưa lưu" and "Không ghi được tệp" in warnings[0][1]
    assert "thư mục không còn" in warnings[0][1]  # why, in Vietnamese
    assert "Đã lưu" not in tab.message.text()
    folder = tmp_path / "pdf"
    folder.mkdir()
    finished(qtbot, tab.save_pdf(str(folder / "r.pdf")))
    assert (folder / "r.pdf").read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["r.pdf"]  # no temporary file left
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "gone" / "printed.pdf"))
    with pytest.raises(InputError, match="Máy in chưa khởi động được"):
        print_html(tab.html(), printer, landscape=True)


def test_a_fault_of_the_program_while_writing_the_report_shows_the_crash_dialog(
    qtbot, office_window, tmp_path, monkeypatch
):
    import sys

    import lak_desktop.ui.office.report_tab as report_tab

    def broken(content, out):
        raise RuntimeError("a fault of the program")

    monkeypatch.setattr(report_tab, "save_report", broken)
    shown = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: shown.append(value))
    tab = office_window.report
    finished(qtbot, tab.save_xlsx(str(tmp_path / "r.xlsx")))
    assert [type(e) for e in shown] == [RuntimeError]
    assert all(b.isEnabled() for b in tab.job_buttons)


def test_a_long_report_is_cut_into_pages_between_whole_rows_each_under_its_titles(qtbot, tmp_path):
    """A report of many units runs onto many pages: each page holds whole rows (a unit's two
    lines never part), a page that continues a table repeats its title rows, every page fits
    the paper, and nothing is left out or shown twice."""
    import subprocess
    from itertools import pairwise

    from PySide6.QtGui import QTextTable

    from lak_desktop.core.figures import MonthlyFigures
    from lak_desktop.operations.office import consolidated_report
    from lak_desktop.ui.office.report_html import consolidated_html
    from lak_desktop.ui.printing import LINE_ROOM, document, page_size, pages, save_pdf

    repo, units = office_of_many_units(tmp_path, 90, "UBND xã Thử Nghiệm Dài Tên")
    repo.save_figures(
        [
            MonthlyFigures(u.code, 2022, m, {"received_total": 40 + n, "received_online": n % 30})
            for n, u in enumerate(units)
            for m in range(1, 13)
        ],
        "test",
    )
    html = consolidated_html(consolidated_report(repo, 2022, 12))
    repo.close()
    doc = document(html, landscape=True)
    height = page_size(landscape=True).height()
    cut = pages(doc, height)
    assert len(cut) > 4
    assert cut[0].top == 0 and cut[-1].bottom == doc.size().height()
    layout = doc.documentLayout()
    cells = []
    for table in doc.rootFrame().childFrames():
        if isinstance(table, QTextTable):
            for r in range(table.rows()):
                for c in range(table.columns()):
                    block = table.cellAt(r, c).firstCursorPosition().block()
                    cells.append(layout.blockBoundingRect(block))
    assert all(page.bottom == following.top for page, following in pairwise(cut))
    for page in cut:
        titles = page.titles[1] - page.titles[0] if page.titles else 0
        assert LINE_ROOM + titles + page.bottom - page.top <= height  # it fits the paper
        assert not [c for c in cells if c.top() < page.bottom < c.bottom()]  # no row cut
    continued = [page for page in cut[1:] if page.titles]
    assert len(continued) >= len(cut) - 3  # the units' table and the files' table go on
    pdf = save_pdf(html, tmp_path / "long.pdf", landscape=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert f"Pages:           {len(cut)}" in info
    second = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    assert "Hạng" in second and "Đơn vị" in second  # the table's titles, repeated
    assert "KẾT QUẢ THỰC HIỆN" not in second  # nor hidden under the clip: a search finds it once
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    assert "KẾT QUẢ THỰC HIỆN" in first


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page(qtbot):
    """Wherever the text before it ends, the line above a table (II. TÌNH HÌNH GỬI BÁO CÁO)
    starts the page the table starts on."""
    from PySide6.QtGui import QTextTable

    from lak_desktop.ui.office.report_html import TABLE
    from lak_desktop.ui.printing import document, page_size, pages

    height = page_size(landscape=True).height()
    rows = "".join(f"<tr><td>{n}</td><td>UBND xã {n}</td></tr>" for n in range(40))
    moved = 0
    for lines in range(10, 40):
        html = (
            "".join(f"<p>Dòng {n}</p>" for n in range(lines))
            + "<p><b>II. TÌNH HÌNH GỬI BÁO CÁO</b></p>"
            + f"{TABLE}<thead><tr><th>STT</th><th>Đơn vị</th></tr></thead>{rows}</table>"
        )
        doc = document(html, landscape=True)
        layout = doc.documentLayout()
        heading = doc.findBlock(doc.toPlainText().index("II. TÌNH HÌNH"))
        table = next(f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable))
        heading_top = layout.blockBoundingRect(heading).top()
        table_top = layout.frameBoundingRect(table).top()
        page = next(p for p in pages(doc, height) if p.top <= heading_top < p.bottom)
        assert table_top < page.bottom, lines
        moved += page.top == heading_top  # the heading went over with its table
    assert moved  # some of these put the heading at a page's foot: it was moved over


def test_plan_tab_shows_the_plan_and_exports_it(office_window, tmp_path):
    tab = office_window.plan_tab
    assert tab.model.rowCount() == 11
    assert tab.model.index(0, 1).data() == "UBND thị trấn Liên Sơn"
    assert tab.export(str(tmp_path / "ke-hoach.xlsx")).exists()


def target_column(tab, code="online_rate"):
    return tab.model.columns.index(("target", code))


def test_the_plan_editor_checks_each_value_and_saves_a_revision(office_window):
    """A target typed wrong is refused at the cell with the reason; a good one, a column pasted
    from Excel and a target for every unit make the draft, saved as revision 2, which every
    screen then uses."""
    tab = office_window.plan_tab
    model, column = tab.model, target_column(tab)
    cell = model.index(0, column)
    assert not model.setData(cell, "150%")
    assert "không quá 100%" in tab.message.text() and cell.data() == "60%"
    assert not model.setData(cell, "năm mươi")
    assert "không phải là tỷ lệ" in tab.message.text()
    assert model.setData(cell, "55%") and cell.data() == "55%"
    assert tab.dirty and not tab.add_button.isEnabled()
    tab.view.setCurrentIndex(model.index(1, column))
    assert tab.view.paste("45%\r\n47,5%\r\n") == 2
    assert [model.index(r, column).data() for r in (1, 2)] == ["45%", "47,5%"]
    tab.deadline.setValue(7)
    saved = tab.save()
    assert saved.revision == 2 and saved.deadline_days == 7
    assert saved.target("LIENSON", "online_rate") == Fraction(11, 20)
    assert saved.target("YANGTAO", "online_rate") == Fraction(19, 40)
    assert office_window.plan is saved
    assert office_window.consolidated.plan.revision == 2  # made again with the new plan
    tab.all_indicator.setCurrentIndex(1)
    tab.all_value.setText("50%")
    assert tab.target_for_all()
    assert tab.save().targets[("KRONGNO", "result_digitization_rate")] == Fraction(1, 2)


def test_a_pasted_column_is_taken_whole_or_not_at_all_and_checked_once(office_window, monkeypatch):
    """A column pasted from Excel with one value wrong changes nothing and says which; a good
    one makes the draft once (a national plan's 3,321 values made it 3,321 times: half a
    minute), as does a target given to every unit."""
    import lak_desktop.core.plan as plan_module

    tab = office_window.plan_tab
    model, column = tab.model, target_column(tab)
    before = [model.index(r, column).data() for r in range(model.rowCount())]
    tab.view.setCurrentIndex(model.index(0, column))
    assert tab.view.paste("45%\n150%\n47,5%\nabc\n") == 0
    assert [model.index(r, column).data() for r in range(model.rowCount())] == before
    message = tab.message.text()
    assert "không quá 100%" in message and "1 giá trị khác cũng không nhận được" in message
    assert "Chưa thay đổi gì" in message
    assert not tab.dirty
    checks = []
    check = plan_module.check_plan
    monkeypatch.setattr(plan_module, "check_plan", lambda plan: checks.append(1) or check(plan))
    rows = model.rowCount()
    assert tab.view.paste("\n".join(f"{40 + r},5%" for r in range(rows))) == rows
    assert [model.index(r, column).data() for r in range(rows)] == [
        f"{40 + r},5%" for r in range(rows)
    ]
    assert tab.dirty and checks == [1]
    tab.all_value.setText("52%")
    assert tab.target_for_all() and len(checks) == 2
    assert {model.index(r, column).data() for r in range(rows)} == {"52%"}


def test_a_province_of_new_targets_is_asked_about_in_a_box_that_fits_the_screen(qtbot, tmp_path):
    """A plan file of 102 communes whose every target was changed in Excel: the box that asks
    listed all 102 changes, 1,542 pixels tall on a 768-pixel screen, its buttons below it. It
    shows the first changes and what to do, the whole list under «Xem chi tiết...», and the
    clerk's answer imports the file."""
    from openpyxl import load_workbook
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from lak_desktop.operations.plans import export_plan
    from lak_desktop.ui.office.plan_tab import PlanTab
    from lak_desktop.ui.plan_import import SHOWN_LINES

    repo, units = office_of_many_units(tmp_path, 102, "UBND xã Thử Nghiệm")
    path = export_plan(repo, 2022, tmp_path / "ke-hoach.xlsx")
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == 0.4:
                cell.value = 0.45
    workbook.save(path)
    tab = PlanTab(repo, repo.load_plan(2022))
    qtbot.addWidget(tab)
    seen = {}

    def answer():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        seen["text"], seen["details"] = box.text(), box.detailedText()
        seen["height"] = box.sizeHint().height()
        box.buttons()[0].click()  # «Đã kiểm tra: nhập»

    QTimer.singleShot(0, answer)
    plan = tab.import_file(str(path))
    lines = seen["text"].split("\n")
    assert len(lines) == SHOWN_LINES + 2
    assert "UBND xã Thử Nghiệm 0 (U000), ô " in lines[1] and "«40%» → «45%»" in lines[1]
    assert lines[-2].startswith("… và ") and "Xem chi tiết" in lines[-2]
    assert lines[-1] == (
        "Nếu những thay đổi này là đúng, chọn «Đã kiểm tra: nhập»; nếu không, chọn «Không nhập» "
        "và dùng tệp gốc."
    )
    assert all(f"({u.code})" in seen["details"] for u in units)
    assert seen["height"] < 600
    assert plan is not None and plan.revision == 2
    assert {plan.target(u.code, "online_rate") for u in units} == {Fraction(9, 20)}
    repo.close()


def test_a_unit_is_found_by_part_of_its_name_in_the_history_and_among_the_merged(
    qtbot, office_window
):
    """A national office finds a unit among 3,321 by typing part of its name, accents or not:
    the history's unit filter, and the units a new commune is formed from."""
    from lak_desktop.ui.office.plan_tab import AddUnitDialog

    inbox = office_window.inbox
    line = inbox.unit_filter.lineEdit()
    line.setFocus()
    line.clear()
    qtbot.keyClicks(line, "bong kr")
    assert line.text() == "bong kr"
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert inbox.unit_filter.currentData() == "BONGKRANG"
    assert line.text() == "UBND xã Bông Krang"
    assert set(column_texts(inbox.history, 2)) == {"UBND xã Bông Krang"}
    dialog = AddUnitDialog(office_window.plan)
    qtbot.addWidget(dialog)
    dialog.formed_from.item(0).setSelected(True)  # Liên Sơn, chosen before looking further
    qtbot.keyClicks(dialog.find, "dak")
    shown = [
        dialog.formed_from.item(r).text()
        for r in range(dialog.formed_from.count())
        if not dialog.formed_from.item(r).isHidden()
    ]
    assert shown == [
        "DAKLIENG — UBND xã Đăk Liêng",
        "DAKPHOI — UBND xã Đăk Phoi",
        "DAKNUE — UBND xã Đăk Nuê",
    ]
    dialog.formed_from.item(3).setSelected(True)
    dialog.find.clear()
    assert not any(dialog.formed_from.item(r).isHidden() for r in range(11))
    assert dialog.answers()["formed_from"] == ("LIENSON", "DAKLIENG")


def test_the_plan_editor_goes_to_a_unit_found_by_part_of_its_name(qtbot, office_window):
    """A national plan has 3,321 lines: typing part of a name goes to the first unit that
    holds it, in the column the clerk was in; Enter goes on to the next."""
    tab = office_window.plan_tab
    model, column = tab.model, target_column(tab)
    tab.view.setCurrentIndex(model.index(0, column))
    qtbot.keyClicks(tab.seeker.line, "dak")
    current = tab.view.currentIndex()
    assert model.plan.units[current.row()].code == "DAKLIENG" and current.column() == column
    assert tab.seeker.count.text() == "1 / 3"
    qtbot.keyClick(tab.seeker.line, Qt.Key.Key_Return)
    assert model.plan.units[tab.view.currentIndex().row()].code == "DAKPHOI"
    assert tab.seeker.count.text() == "2 / 3"
    assert model.setData(tab.view.currentIndex(), "55%")
    assert tab.draft().target("DAKPHOI", "online_rate") == Fraction(11, 20)
    tab.seeker.line.clear()
    qtbot.keyClicks(tab.seeker.line, "zz")
    assert tab.seeker.count.text() == "không thấy"
    assert model.plan.units[tab.view.currentIndex().row()].code == "DAKPHOI"  # stays


def test_a_plan_file_that_cannot_be_read_is_said_in_a_box(office_window, tmp_path, monkeypatch):
    """A file that is not a plan: the box says why, titled in Vietnamese, and nothing changes."""
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def exec_(box):
        shown.append((box.windowTitle(), box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    bad = tmp_path / "ke-hoach.xlsx"
    bad.write_bytes(b"not a workbook" * 50)
    tab = office_window.plan_tab
    revision = tab.plan.revision
    assert tab.import_file(str(bad)) is None
    assert len(shown) == 1
    title, text, details = shown[0]
    assert title == "Chưa nhập được tệp kế hoạch" and "ke-hoach.xlsx" in text and details == ""
    assert office_window.plan.revision == revision


def test_the_plan_editor_adds_a_merged_unit_and_starts_a_new_year(office_window):
    tab = office_window.plan_tab
    tab.view.setCurrentIndex(tab.model.index(10, 1))  # Ea R'bin
    answers = {
        "code": "NAMKA",
        "name": "UBND xã Nam Ka",
        "procedures": 0,
        "formed_from": ("NAMKA", "EARBIN"),
        "from_month": 7,
    }
    assert tab.add_unit(answers) is None
    assert "không bao giờ được dùng lại" in tab.message.text()
    plan = tab.add_unit(dict(answers, code="NAMKA-2022"))
    assert plan.unit("NAMKA-2022").formed_from == ("NAMKA", "EARBIN")
    assert plan.unit("EARBIN").until_month == 6
    assert "từ tháng 7" in tab.model.index(11, tab.model.columnCount() - 1).data()
    made = tab.new_year(2023)
    assert made.year == 2023 and "2023" in office_window.windowTitle()
    assert {u.code for u in made.units} >= {"NAMKA-2022", "KRONGNO"}
    assert "EARBIN" not in {u.code for u in made.units}  # merged the year before


def test_inbox_imports_a_folder_in_a_worker_and_refuses_the_edited_file(
    qtbot, office_window, office_demo, tmp_path
):
    inbox = office_window.inbox
    # A new office receives the demo's files, subfolders and all.
    inbox.received.setDate(QDate(2022, 7, 8))
    folder = tmp_path / "inbox"
    shutil.copytree(demo_files(office_demo), folder)
    with qtbot.waitSignal(inbox.imported, timeout=60_000):
        assert inbox.start([folder])
    outcomes = {o.outcome for o in inbox.outcomes}
    # All known already, the edited one refused, and Buôn Tría's June file from its new PC is
    # held again: the office has not trusted that key.
    assert outcomes == {"ignored", "refused", "held"}
    refused = [r for r in range(inbox.results.rowCount()) if "✗" in inbox.results.cell_text(r, 4)]
    assert len(refused) == 1 and "EARBIN" in inbox.results.cell_text(refused[0], 0)
    assert "đã bị sửa" in inbox.results.cell_text(refused[0], 5)
    assert "từ chối 1" in inbox.summary.text()


def test_the_files_decided_are_added_to_the_list_not_listed_anew_for_each_file(
    qtbot, office_window, office_demo, tmp_path
):
    """A list made anew for each file decided made a batch of 1,000 take twice as long in the
    window as from the command line: each file now costs the window one row."""
    inbox = office_window.inbox
    resets, added = [], []
    inbox.results.modelReset.connect(lambda: resets.append(1))
    inbox.results.rowsInserted.connect(lambda parent, first, last: added.append((first, last)))
    folder = tmp_path / "inbox"
    shutil.copytree(demo_files(office_demo), folder)
    with qtbot.waitSignal(inbox.imported, timeout=60_000):
        assert inbox.start([folder])
    count = len(inbox.outcomes)
    assert count > 5
    assert resets == [1]  # emptied once, as the batch starts
    # The rows come in runs, each below the last, together every file once and in order.
    assert added[0][0] == 0 and added[-1][1] == count - 1
    assert all(b[0] == a[1] + 1 for a, b in itertools.pairwise(added))
    assert column_texts(inbox.results, 0) == [o.path.name for o in inbox.outcomes]
    view = inbox.results_view
    names = column_texts(inbox.results, 1)
    assert view.columnWidth(1) > view.fontMetrics().horizontalAdvance(max(names, key=len))
    # A held file's outcome stands out in bold, and is not cut short for it.
    held = [r for r in range(count) if inbox.results.index(r, 4).data(Qt.ItemDataRole.FontRole)]
    assert held
    bold = QFont(view.font())
    bold.setBold(True)
    for r in held:
        text = inbox.results.cell_text(r, 4)
        assert view.columnWidth(4) > QFontMetrics(bold).horizontalAdvance(text), text


def test_rows_added_to_a_table_come_below_and_sort_with_the_others(qtbot):
    from lak_desktop.ui.office.table import KEY_ROLE, Cell, RowsModel, table_view

    model = RowsModel(["A"])
    model.set_rows([[Cell(t)] for t in ("b", "d")], ["b", "d"])
    view = table_view(model, sortable=True)
    qtbot.addWidget(view)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, 0) == ["d", "b"]
    model.append_rows([[Cell("c")], [Cell("a")]], ["c", "a"])
    assert column_texts(model, 0) == ["d", "b", "c", "a"]
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the same column: sorted again
    assert column_texts(model, 0) == ["d", "c", "b", "a"]
    assert [model.index(r, 0).data(KEY_ROLE) for r in range(4)] == ["d", "c", "b", "a"]
    lazy = RowsModel(["A"])
    lazy.set_lazy(1, lambda i: [Cell("x")], None, lambda column: ["x"])
    with pytest.raises(ValueError):
        lazy.append_rows([[Cell("y")]])


def test_a_fault_of_the_program_while_importing_shows_the_crash_dialog(
    qtbot, office_window, office_demo, monkeypatch
):
    """Not a Python exception's name in the summary: the window's own dialog for a fault of
    the program, which says what to do and where the log is."""
    import sys

    import lak_desktop.operations.office as office

    def broken(*args, **kwargs):
        raise RuntimeError("a fault of the program")

    monkeypatch.setattr(office, "import_submissions", broken)
    shown = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: shown.append(value))
    inbox = office_window.inbox
    assert inbox.start([demo_files(office_demo)])
    qtbot.waitUntil(lambda: inbox.worker is None, timeout=30_000)
    assert [type(e) for e in shown] == [RuntimeError]
    assert "RuntimeError" not in inbox.summary.text()
    assert inbox.summary.text() == "Chưa nhập được các tệp."
    assert inbox.files_button.isEnabled()


def test_a_data_file_the_import_cannot_open_is_said_plainly(
    qtbot, office_window, office_demo, tmp_path, monkeypatch
):
    """The import's own connection meets a damaged data file: the clerk reads what is wrong and
    what to do, in a warning and in the summary, and the buttons come back."""
    warnings = []
    monkeypatch.setattr(
        "lak_desktop.ui.office.inbox.QMessageBox.warning",
        lambda parent, title, text: warnings.append((title, text)),
    )
    inbox = office_window.inbox
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"not a database at all" * 100)
    inbox.db_path = damaged
    assert inbox.start([demo_files(office_demo)])
    qtbot.waitUntil(lambda: inbox.worker is None, timeout=30_000)
    assert warnings and warnings[0][0] == "Chưa nhập được các tệp"
    assert "bị hỏng" in warnings[0][1] and inbox.summary.text() == warnings[0][1]
    assert inbox.files_button.isEnabled() and not inbox.outcomes


def test_inbox_cancel_keeps_the_files_already_decided(qtbot, tmp_path, office_demo):
    from lak_desktop.operations.office import import_submissions

    repo = open_repository(tmp_path / "new.sqlite")
    seen = []
    asked = iter(range(100))  # the cancel button pressed while the third file is read
    outcomes = import_submissions(
        repo,
        [demo_files(office_demo)],
        received_on=date(2022, 7, 8),
        progress=lambda done, total, o: seen.append(done),
        want_cancel=lambda: next(asked) >= 3,
    )
    assert len(outcomes) == 3 and len(repo.submissions()) == 3 and seen == [1, 2, 3]
    repo.close()


def test_files_dropped_on_the_window_go_to_the_inbox(qtbot, office_window, office_demo):
    before = db_dump(office_demo)
    file = next(demo_files(office_demo).glob("NAMKA/*.xlsx"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(file))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(office_window.inbox.imported, timeout=30_000):
        office_window.dropEvent(event)
    assert office_window.current_screen() is office_window.inbox
    assert [o.outcome for o in office_window.inbox.outcomes] == ["ignored"]
    after = db_dump(office_demo)
    assert len(after["submissions"]) == len(before["submissions"]) + 1
    history = office_window.inbox.history
    assert history.rowCount() == len(after["submissions"])


def test_a_held_file_is_taken_in_once_its_key_is_trusted(qtbot, office_window):
    """The history marks Buôn Tría's June file as held, with its key; after the clerk confirms
    the key, the file is imported and the other screens reload."""
    inbox = office_window.inbox
    held_rows = [r for r in range(inbox.history.rowCount()) if "⚠" in inbox.history.cell_text(r, 6)]
    assert len(held_rows) == 1
    row = held_rows[0]
    key = inbox.history.cell_text(row, 7)
    assert len(key) == 19 and key.count("-") == 3
    assert not inbox.trust_button.isEnabled()
    view = inbox.history_view
    view.setCurrentIndex(inbox.history.index(row, 0))
    assert inbox.trust_button.isEnabled()
    asked = []
    assert inbox.trust_selected(confirm=lambda *a: asked.append(a) or False) is None
    assert asked and asked[0][1] == "UBND xã Buôn Tría" and asked[0][2] == key
    with qtbot.waitSignal(inbox.imported):
        outcomes = inbox.trust_selected(confirm=lambda *a: True)
    assert [(o.through_month, o.outcome) for o in outcomes] == [(6, "accepted")]
    texts = [inbox.history.cell_text(r, 6) for r in range(inbox.history.rowCount())]
    assert not any("⚠" in t for t in texts)
    assert "BUONTRIA" not in {u.code for u in office_window.repo.held_submissions()}


def test_a_copy_of_an_original_is_saved_or_its_absence_said(office_window, tmp_path, monkeypatch):
    """The history saves a received file byte for byte; when the received files' folder was
    not copied with the data file, a plain warning says so and nothing is written."""
    from PySide6.QtWidgets import QMessageBox

    inbox = office_window.inbox
    repo = office_window.repo
    inbox.history_view.setCurrentIndex(inbox.history.index(0, 0))
    record = next(s for s in repo.submissions() if s.id == inbox.selected_history_id())
    out = tmp_path / "copy.xlsx"
    assert inbox.save_copy(str(out)) == out
    assert out.read_bytes() == repo.submission_content(record.id)[1]
    shutil.move(repo.received.folder, tmp_path / "aside")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert inbox.save_copy(str(tmp_path / "again.xlsx")) is None
    assert not (tmp_path / "again.xlsx").exists()
    assert len(warned) == 1 and "Không còn tệp gốc" in warned[0] and record.file_name in warned[0]


def test_the_plan_editor_adds_an_indicator_from_the_plans_elements(office_window):
    tab = office_window.plan_tab
    answers = {
        "code": "digitized_of_received",
        "name": "Tỷ lệ số hóa trên hồ sơ tiếp nhận",
        "numerator": "results_digitized",
        "denominator": "received_total",
        "target": "150%",
    }
    assert tab.add_indicator(answers) is None
    assert "không phải là tỷ lệ" in tab.message.text()
    plan = tab.add_indicator(dict(answers, target="30%"))
    assert [i.code for i in plan.indicators][-1] == "digitized_of_received"
    assert plan.target("NAMKA", "digitized_of_received") == Fraction(3, 10)
    assert ("target", "digitized_of_received") in tab.model.columns
    assert tab.all_indicator.count() == 3
    assert office_window.consolidated.plan.indicators[-1].code == "digitized_of_received"


def test_the_office_imports_an_edited_plan_file_after_seeing_the_edits(office_window, tmp_path):
    """The issue's case in the window: the year and the targets changed in Excel are listed,
    and taken only when the clerk says so; the window then shows the 2023 plan."""
    from openpyxl import load_workbook

    tab = office_window.plan_tab
    path = tab.export(str(tmp_path / "ke-hoach.xlsx"))
    wb = load_workbook(path)
    for row in wb.worksheets[0].iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and "2022" in cell.value and "2021" not in cell.value:
                cell.value = cell.value.replace("2022", "2023")
            elif cell.value == 0.4:
                cell.value = 0.5
    wb.save(tmp_path / "ke-hoach-2023.xlsx")
    asked = []
    assert tab.import_file(str(tmp_path / "ke-hoach-2023.xlsx"), lambda m: asked.append(m)) is None
    assert "2022 → 2023" in asked[0] and office_window.repo.load_plan(2023) is None
    assert "«Đã kiểm tra: nhập»" in asked[0] and "dòng lệnh" not in asked[0]
    plan = tab.import_file(str(tmp_path / "ke-hoach-2023.xlsx"), lambda m: True)
    assert plan.year == 2023 and plan.target("NAMKA", "online_rate") == Fraction(1, 2)
    assert office_window.plan.year == 2023 and "2023" in office_window.windowTitle()


def test_a_long_history_reads_only_the_rows_shown_and_sorts_by_any_column(qtbot, repo, db_path):
    """A national office keeps 40,000 files a year: the inbox reads the details of the rows it
    shows, and a column's values when it is sorted, and shows the same as reading them all."""
    import random

    from lak_desktop.ui.office.inbox import InboxTab

    plan = repo.load_plan(2022)
    rng = random.Random(3)
    with repo.transaction() as db:
        for n in range(1500):
            db.execute(
                "INSERT INTO submissions(year, unit_code, through_month, revision, created_at, "
                "received_at, file_name, file_sha256, outcome, figures, plan_revision) "
                "VALUES (2022, ?, ?, 1, '', ?, ?, '', ?, '[]', 1)",
                [
                    rng.choice(plan.units).code,
                    rng.randint(1, 12),
                    f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    f"file-{n:04d}.xlsx",
                    rng.choice(["accepted", "replaced", "ignored"]),
                ],
            )
    tab = InboxTab(repo, plan, db_path)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    model = tab.history
    assert model.rowCount() == 1500
    assert len(tab._records) < 200  # only the rows shown, and the ones next to them
    every = repo.submissions(2022)
    assert column_texts(model, 0)[:3] == [str(r.id) for r in reversed(every)][:3]  # newest first
    tab.history_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by unit
    names = column_texts(model, 2)
    assert names == sorted(plan.unit(r.unit_code).name for r in every)
    # A file recorded after the list was made (an import running meanwhile) is not mixed in.
    with repo.transaction() as db:
        db.execute(
            "INSERT INTO submissions(year, unit_code, through_month, revision, created_at, "
            "received_at, file_name, file_sha256, outcome, figures, plan_revision) "
            "VALUES (2022, ?, 1, 1, '', '2099-01-01', 'late.xlsx', '', 'accepted', '[]', 1)",
            [plan.units[0].code],
        )
    tab.history_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by the day received
    days = [model.row_cells(r)[1].sort for r in range(model.rowCount())]
    assert days == sorted((r.received_at for r in every), reverse=True)
    shown = [model.cell_text(r, 0) for r in range(model.rowCount())]
    by_day = sorted(every, key=lambda r: r.received_at, reverse=True)
    assert [r.received_at for r in by_day] == days and len(shown) == len(every)
    unit = plan.units[3]
    tab.unit_filter.setCurrentIndex(tab.unit_filter.findData(unit.code))
    assert model.rowCount() == sum(r.unit_code == unit.code for r in every)
    assert set(column_texts(model, 2)) == {unit.name}


def test_a_national_chart_shows_the_units_furthest_behind(qtbot, tmp_path):
    """A bar for each of thousands of units reads as nothing: past MAX_BARS the chart shows the
    units with the lowest rates, and its title says how many of how many."""
    from lak_desktop.core.figures import MonthlyFigures
    from lak_desktop.ui.office.charts import MAX_BARS, OfficeCharts

    repo, units = office_of_many_units(tmp_path, 150, "UBND xã Thử")
    repo.save_figures(
        [
            MonthlyFigures(u.code, 2022, 1, {"received_total": 150, "received_online": n})
            for n, u in enumerate(units)
        ],
        "test",
    )
    charts = OfficeCharts(repo, repo.load_plan(2022), lambda: 1)
    qtbot.addWidget(charts)
    chart = charts.units_view.chart()
    bars = chart.series()[0].barSets()[0]
    assert bars.count() == MAX_BARS == 40
    values = [bars.at(i) for i in range(bars.count())]
    assert values == sorted(values, reverse=True)
    assert values[-1] == 0.0 and round(values[0], 6) == round(39 / 150 * 100, 6)  # the lowest
    assert "40 đơn vị có tỷ lệ thấp nhất trong 150" in chart.title()
    # Each bar is named, in full: the axis shows the units' names, none cut short.
    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories()[-1] == "Thử 0" and not axis.truncateLabels()
    repo.close()


def test_a_long_name_far_down_a_national_table_is_not_cut(qtbot, tmp_path):
    """Columns fit the rows around the visible ones (a national table measures a few, not
    thousands), and the unit's column also fits the longest name, wherever its row is."""
    from dataclasses import replace

    from lak_desktop.core.figures import MonthlyFigures
    from lak_desktop.ui.office.consolidated import ConsolidatedTab
    from lak_desktop.ui.office.plan_tab import PlanTab

    repo, units = office_of_many_units(tmp_path, 300, "Xã")
    plan = repo.load_plan(2022)
    long_name = "Phường Tân Lập thuộc tỉnh Đắk Lắk mới sau khi hợp nhất các đơn vị hành chính"
    units = (*units[:-1], replace(units[-1], name=long_name))
    repo.save_plan(replace(plan, units=units, revision=plan.revision + 1))
    plan = repo.load_plan(2022)
    repo.save_figures(  # the long name ranks last; the first unit, without figures, after it
        [
            MonthlyFigures(u.code, 2022, 1, {"received_total": 1000, "received_online": 999 - n})
            for n, u in enumerate(units)
            if n
        ],
        "test",
    )
    consolidated, plan_tab = ConsolidatedTab(repo, plan), PlanTab(repo, plan)
    metrics = consolidated.view.fontMetrics()
    for tab, view, row in ((consolidated, consolidated.view, 298), (plan_tab, plan_tab.view, 299)):
        qtbot.addWidget(tab)
        model = view.model()
        names = [model.index(r, 1).data() for r in range(model.rowCount())]
        assert names.index(long_name) == row
        assert view.columnWidth(1) > metrics.horizontalAdvance(long_name)
    # The unit without figures, in the last row, says so in full in each status column.
    no_data = "Chưa có số liệu"
    for column in (4, 8):
        assert consolidated.model.cell_text(299, column) == no_data
        assert consolidated.view.columnWidth(column) > metrics.horizontalAdvance(no_data)
    repo.close()


def test_a_click_on_a_column_sorts_the_rows_once(qtbot):
    """Qt asks the model to sort twice for one click: the rows are sorted once, and again only
    for another column, another order or other rows."""
    from lak_desktop.ui.office.table import Cell, RowsModel, table_view

    asked: list[int] = []
    model = RowsModel(["A", "B"])
    rows = [[Cell(str(n)), Cell(str(-n), sort=-n)] for n in range(5)]

    def values(column):
        asked.append(column)
        return [r[column].sort if r[column].sort is not None else r[column].text for r in rows]

    model.set_lazy(len(rows), rows.__getitem__, list(range(5)), values)
    view = table_view(model, sortable=True)
    qtbot.addWidget(view)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert asked == [1]
    assert [model.cell_text(r, 0) for r in range(5)] == ["4", "3", "2", "1", "0"]
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert asked == [1, 1]
    assert [model.cell_text(r, 0) for r in range(5)] == ["0", "1", "2", "3", "4"]
    model.set_lazy(len(rows), rows.__getitem__, list(range(5)), values)  # other rows
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert asked == [1, 1, 1]


def test_the_window_works_out_the_ranking_while_it_waits_for_its_user(
    qtbot, office_demo, monkeypatch
):
    """Once on the screen, the window works out the ranking, sums and status its other screens
    open on; they open on them without working anything out again, until the data changes."""
    from lak_desktop.core.figures import MonthlyFigures
    from lak_desktop.operations import office
    from lak_desktop.ui.office.window import OfficeWindow

    made: list[int] = []
    real = office._unit_attainments
    monkeypatch.setattr(
        office, "_unit_attainments", lambda *a, **k: made.append(1) or real(*a, **k)
    )
    repo = open_repository(office_demo)
    win = OfficeWindow(repo, plan_for(repo), office_demo)
    qtbot.addWidget(win)
    try:
        win.show()
        qtbot.waitUntil(lambda: made == [1], timeout=5_000)
        for name in ("consolidated", "charts", "report"):
            win.show_screen(name)
        assert win.consolidated.model.rowCount() == len(win.plan.units)
        qtbot.waitUntil(lambda: "Tổng cộng" in win.report.preview.toPlainText())
        assert made == [1]
        # Another program changes a figure; files come in here: worked out once more.
        other = open_repository(office_demo)
        unit = win.plan.units[0].code
        other.save_figures([MonthlyFigures(unit, win.plan.year, 1, {"received_total": 999})], "t")
        other.close()
        win.reload()
        qtbot.wait(600)
        assert made == [1, 1]
    finally:
        win.close()
        repo.close()


def test_the_printed_report_keeps_every_total_on_one_line(qtbot, tmp_path):
    """A national year's totals run to eleven characters: on the A4 page each stays whole in
    its column, and the units' names keep room to be read (two lines at most)."""
    from lak_desktop.core.figures import MonthlyFigures
    from lak_desktop.core.formatting import format_int
    from lak_desktop.operations.office import consolidated_report
    from lak_desktop.ui.office.report_html import consolidated_html
    from lak_desktop.ui.printing import document

    repo, units = office_of_many_units(tmp_path, 60, "UBND xã Thử Nghiệm")
    big = {
        "received_total": 987_654,
        "received_online": 456_789,
        "resolved_total": 876_543,
        "results_digitized": 345_678,
    }
    repo.save_figures(
        [MonthlyFigures(u.code, 2022, m, big) for u in units for m in range(1, 13)], "test"
    )
    report = consolidated_report(repo, 2022, 12)
    totals = [format_int(v) for v in report.grand_totals().values()]
    assert max(len(t) for t in totals) == 11  # 711.110.880

    def lines_of(doc, text: str) -> int:
        found = doc.find(text)
        assert not found.isNull(), text
        block = found.block()
        first = found.selectionStart() - block.position()
        last = found.selectionEnd() - 1 - block.position()
        layout = block.layout()
        return (
            layout.lineForTextPosition(last).lineNumber()
            + 1
            - (layout.lineForTextPosition(first).lineNumber())
        )

    for html in (consolidated_html(report), consolidated_html(report, 15)):
        doc = document(html, landscape=True)
        doc.size()  # laid out at the page's width
        assert [lines_of(doc, t) for t in totals] == [1] * len(totals)
        assert lines_of(doc, units[0].name) <= 2
    repo.close()


def test_a_plan_that_cannot_be_read_is_said_where_the_inbox_would_be(qtbot, office_demo):
    """The window reads its title from the stored plan and the plan itself after its first
    paint: a plan whose text is whole but whose content is not says so there, and the window
    stays, with its menus (a backup can be restored)."""
    from lak_desktop.ui.office.window import OfficeWindow

    repo = open_repository(office_demo)
    year = plan_for(repo).year
    repo.db.execute(
        "UPDATE plans SET body = ? WHERE year = ?",
        ['{"issuer": {"name": "UBND huyện Lắk", "office": "Phòng VH-TT"}, "units": 5}', year],
    )
    win = OfficeWindow(repo, None, office_demo)
    qtbot.addWidget(win)
    try:
        assert "Phòng VH-TT" in win.windowTitle()
        assert_plan_unreadable_is_said(qtbot, win)
        assert win.current_screen() is None
    finally:
        win.close()
        repo.close()


def test_about_says_where_the_received_files_are(qtbot, office_window, tmp_path, monkeypatch):
    """They move with the data file: About names their folder at an office, which has them;
    a commune, which receives no files, is not told of a folder it does not have."""
    from PySide6.QtWidgets import QMessageBox

    from lak_desktop.core.builtin import builtin_plan
    from lak_desktop.ui.main_window import CommuneWindow

    db = tmp_path / "commune" / "lak.sqlite"
    repo = open_repository(db)
    repo.save_plan(builtin_plan())
    window = CommuneWindow(repo, repo.load_plan(2022), "NAMKA", db)
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    office_window.show_about()
    window.show_about()
    office, commune = shown
    assert "Bản gốc các tệp đã nhận" in office
    assert str(office_window.repo.received.folder) in office
    assert "Bản gốc các tệp đã nhận" not in commune and "Tệp dữ liệu" in commune
    window.close()
    repo.close()
