"""The clerk's main paths, driven as a person would, with the database checked after each step."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCompleter

from lak_desktop.core.formatting import format_int, format_percent
from lak_desktop.operations.common import ROLE_SETTING, UNIT_SETTING
from lak_desktop.operations.demo import fill_demo
from tests.helpers import assert_plan_unreadable_is_said


def stored(repo, month):
    return dict(repo.month_figures("NAMKA", 2022, month).values)


def go(window, month, column):
    index = window.model.index(month - 1, column)
    window.view.setCurrentIndex(index)
    return index


def type_into(qtbot, window, text, key=Qt.Key.Key_Return):
    """Type as into Excel: the first key opens the editor, Enter (or Tab) commits."""
    view = window.view
    qtbot.keyClick(view, text[0])
    editor = view.focusWidget()
    assert editor is not view and editor is not None, "typing did not open the cell editor"
    if len(text) > 1:
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, key)


def test_first_start_stores_role_and_unit(qtbot, fresh_repo, tmp_path):
    from lak_desktop.ui.app import main_window
    from lak_desktop.ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(fresh_repo)
    qtbot.addWidget(dialog)
    assert dialog.unit.count() == 11
    assert dialog.commune.text().startswith("&Xã")
    dialog.unit.setCurrentIndex(dialog.unit.findData("NAMKA"))
    dialog.accept()
    assert fresh_repo.setting(ROLE_SETTING) == "commune"
    assert fresh_repo.setting(UNIT_SETTING) == "NAMKA"
    win = main_window(fresh_repo, tmp_path / "fresh.sqlite", None)
    qtbot.addWidget(win)
    assert "UBND xã Nam Ka" in win.windowTitle()


def test_first_start_office_role_is_stored_and_said(qtbot, fresh_repo, tmp_path):
    from lak_desktop.ui.app import main_window
    from lak_desktop.ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(fresh_repo)
    qtbot.addWidget(dialog)
    dialog.office.setChecked(True)
    assert not dialog.unit.isEnabled()
    dialog.accept()
    assert fresh_repo.setting(ROLE_SETTING) == "office"
    win = main_window(fresh_repo, tmp_path / "fresh.sqlite", None)
    qtbot.addWidget(win)
    assert "Cơ quan nhận báo cáo" in win.windowTitle()
    assert win.tabs.count() == 6


def test_first_start_imports_a_plan_file(qtbot, fresh_repo, repo, tmp_path):
    from lak_desktop.operations.plans import export_plan
    from lak_desktop.ui.first_start import FirstStartDialog

    path = export_plan(repo, 2022, tmp_path / "plan.xlsx")
    dialog = FirstStartDialog(fresh_repo)
    qtbot.addWidget(dialog)
    assert dialog.import_from(path)
    assert fresh_repo.load_plan(2022).digest() == repo.load_plan(2022).digest()


def test_first_start_asks_before_taking_an_edited_plan_or_another_offices(
    qtbot, fresh_repo, repo, tmp_path
):
    """The clerk reads what was changed on the printed sheet, or that another key signed the
    plan, and decides; declining saves nothing."""
    from dataclasses import replace

    from openpyxl import load_workbook

    from lak_desktop.core.builtin import builtin_plan
    from lak_desktop.operations.plans import export_plan
    from lak_desktop.storage import open_repository
    from lak_desktop.ui.first_start import FirstStartDialog

    path = export_plan(repo, 2022, tmp_path / "plan.xlsx")
    dialog = FirstStartDialog(fresh_repo)
    qtbot.addWidget(dialog)
    assert dialog.import_from(path, lambda m: True)  # the first plan: the office's key
    wb = load_workbook(path)
    for row in wb.worksheets[0].iter_rows():
        for cell in row:
            if cell.value == "UBND xã Nam Ka":
                cell.value = "UBND xã Nam Ka (sửa)"
    wb.save(tmp_path / "edited.xlsx")
    asked = []
    assert not dialog.import_from(tmp_path / "edited.xlsx", lambda m: asked.append(m) or False)
    assert "UBND xã Nam Ka (sửa)" in asked[0]
    assert fresh_repo.load_plan(2022).unit("NAMKA").name == "UBND xã Nam Ka"
    asked.clear()
    assert dialog.import_from(tmp_path / "edited.xlsx", lambda m: asked.append(m) or True)
    assert fresh_repo.load_plan(2022).unit("NAMKA").name == "UBND xã Nam Ka (sửa)"
    assert "không có chữ ký số" in asked[1]  # no longer the office's signed plan: asked too
    other = open_repository(tmp_path / "other.sqlite")
    other.save_plan(replace(builtin_plan(), year=2023))
    theirs = export_plan(other, 2023, tmp_path / "theirs.xlsx")
    other.close()
    asked.clear()
    assert not dialog.import_from(theirs, lambda m: asked.append(m) or False)
    assert "khác với khóa của cơ quan" in asked[0]
    # The window asks, with its own buttons: not what the command line is told to type.
    assert asked[0].endswith("Nếu chắc chắn tệp đúng, chọn «Đã kiểm tra: nhập».")
    assert all("dòng lệnh" not in m for m in asked)
    assert fresh_repo.load_plan(2023) is None


def test_typing_a_month_by_keyboard(qtbot, window, repo):
    go(window, 1, 0)
    with qtbot.waitSignal(window.model.dataChanged):
        type_into(qtbot, window, "120")
    assert stored(repo, 1) == {"received_total": 120}
    assert window.view.currentIndex().row() == 1  # Enter moved down, as in Excel
    go(window, 1, 1)
    with qtbot.waitSignal(window.model.dataChanged):
        type_into(qtbot, window, "50", Qt.Key.Key_Tab)
    assert stored(repo, 1) == {"received_total": 120, "received_online": 50}
    assert window.view.currentIndex().column() == 2  # Tab moved right
    assert window.model.data(window.model.index(0, 4)) == "41,6%"  # 50/120, the month's rate
    audit = [(a.field, a.new_value, a.source) for a in repo.audit_rows(2022)]
    assert audit == [("received_total", "120", "ui"), ("received_online", "50", "ui")]


def test_a_refused_value_stays_where_it_was_typed(qtbot, window, repo):
    """Enter or Tab on a refused value: the editor stays on that cell with the typed text, the
    reason shows, the cursor does not move, nothing is saved; Esc puts back the old value."""
    from PySide6.QtWidgets import QAbstractItemView

    go(window, 2, 0)
    with qtbot.waitSignal(window.model.dataChanged):
        type_into(qtbot, window, "100")
    cases = [
        (1, "101", Qt.Key.Key_Tab, "không được lớn hơn"),
        (0, "abc", Qt.Key.Key_Return, "«abc» không phải là số"),
        (0, "-5", Qt.Key.Key_Tab, "số âm"),
        (0, "1e9", Qt.Key.Key_Return, "không phải là số"),
        (0, "1,5", Qt.Key.Key_Return, "không phải là số nguyên"),
    ]
    for column, text, key, reason in cases:
        go(window, 2, column)
        with qtbot.waitSignal(window.model.refused):
            type_into(qtbot, window, text, key)
        editor = window.view.focusWidget()
        assert window.view.state() == QAbstractItemView.State.EditingState, text
        assert editor.text() == text
        assert window.view.currentIndex() == window.model.index(1, column)
        assert reason in window.statusBar().currentMessage(), text
        assert window.statusBar().currentMessage().startswith("Chưa lưu")
        assert stored(repo, 2) == {"received_total": 100}
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        assert window.view.state() != QAbstractItemView.State.EditingState
    assert window.model.data(window.model.index(1, 0)) == "100"
    assert window.model.data(window.model.index(1, 1)) == ""


def test_pasting_a_block_copied_from_excel(qtbot, window, repo):
    go(window, 3, 0)
    QGuiApplication.clipboard().setText("1.200\t500\t900\t400\r\n80\t20\t70\t30\r\n")
    with qtbot.waitSignal(window.model.dataChanged):
        qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(repo, 3) == {
        "received_total": 1200,
        "received_online": 500,
        "resolved_total": 900,
        "results_digitized": 400,
    }
    assert stored(repo, 4)["results_digitized"] == 30
    before = repo.figures(2022)
    go(window, 6, 0)
    QGuiApplication.clipboard().setText("10\t20\n")  # online above received: nothing pasted
    with qtbot.waitSignal(window.model.refused):
        qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert repo.figures(2022) == before


def test_undo_redo_and_delete(qtbot, window, repo):
    go(window, 5, 0)
    with qtbot.waitSignal(window.model.dataChanged):
        type_into(qtbot, window, "70")
    go(window, 5, 0)
    with qtbot.waitSignal(window.model.dataChanged):
        type_into(qtbot, window, "75")
    assert stored(repo, 5) == {"received_total": 75}
    window.undo_action.trigger()
    assert stored(repo, 5) == {"received_total": 70}
    window.undo_action.trigger()
    assert stored(repo, 5) == {}
    window.redo_action.trigger()
    assert stored(repo, 5) == {"received_total": 70}
    assert window.undo_action.text().startswith("&Hoàn tác")
    go(window, 5, 0)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert stored(repo, 5) == {}
    window.undo_action.trigger()
    assert stored(repo, 5) == {"received_total": 70}


def test_a_note_per_month(qtbot, window, repo):
    note_col = next(i for i, c in enumerate(window.model.columns) if c.kind == "note")
    go(window, 7, note_col)
    with qtbot.waitSignal(window.model.dataChanged):
        type_into(qtbot, window, "Mat dien 3 ngay")
    assert repo.month_figures("NAMKA", 2022, 7).note == "Mat dien 3 ngay"
    # Vietnamese text arrives from the input method as a whole string (QTest can only send
    # Latin-1 key events), so it is committed through the editor's text.
    index = go(window, 7, note_col)
    window.view.edit(index)
    editor = window.view.focusWidget()
    editor.setText("Mất điện 3 ngày")
    with qtbot.waitSignal(window.model.dataChanged):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert repo.month_figures("NAMKA", 2022, 7).note == "Mất điện 3 ngày"


def test_export_marks_months_and_changes_after_sending(qtbot, window, repo, tmp_path, monkeypatch):
    from lak_desktop.core.figures import MonthlyFigures
    from lak_desktop.ui.export_dialog import ExportDialog

    rest = {"received_online": 10, "resolved_total": 20, "results_digitized": 5}
    repo.save_figures([MonthlyFigures("NAMKA", 2022, 1, rest)], "t")
    window.model.reload()
    go(window, 1, 0)
    with qtbot.waitSignal(window.model.dataChanged):
        type_into(qtbot, window, "40")
    dialog = ExportDialog(repo, window.plan, "NAMKA", window)
    qtbot.addWidget(dialog)
    assert dialog.chosen_month() == 1
    assert dialog.file_label.text() == "LAK_2022-01_NAMKA_nam-ka_r1.xlsx"
    dialog.month.setCurrentIndex(2)  # month 3: months 2 and 3 are empty
    assert "Tháng 2" in dialog.warning.text()
    asked = []
    ask = ExportDialog.confirm_gaps
    monkeypatch.setattr(ExportDialog, "confirm_gaps", lambda self: asked.append(1) or False)
    dialog.folder.setCurrentText(str(tmp_path / "usb"))
    dialog.write()  # the clerk is asked, says "go back": nothing is written
    assert asked and dialog.result_ is None and not (tmp_path / "usb").exists()
    monkeypatch.setattr(ExportDialog, "confirm_gaps", ask)
    dialog.month.setCurrentIndex(0)
    dialog.folder.setCurrentText(str(tmp_path / "usb"))
    dialog.write()
    assert dialog.result_ is not None
    assert (tmp_path / "usb" / "LAK_2022-01_NAMKA_nam-ka_r1.xlsx").exists()
    assert repo.setting("last_export_dir") == str(tmp_path / "usb")
    assert [e.revision for e in repo.exports(2022, "NAMKA")] == [1]
    window.model.reload()
    sent = next(i for i, c in enumerate(window.model.columns) if c.kind == "sent")
    assert window.model.data(window.model.index(0, sent)) == "đã gửi (lần 1)"
    go(window, 1, 0)
    with qtbot.waitSignal(window.model.dataChanged):
        type_into(qtbot, window, "45")
    assert window.model.data(window.model.index(0, sent)) == "sửa sau khi gửi"
    again = ExportDialog(repo, window.plan, "NAMKA", window)
    qtbot.addWidget(again)
    assert again.folder.itemText(0) == str(tmp_path / "usb") or str(tmp_path / "usb") in [
        again.folder.itemText(i) for i in range(again.folder.count())
    ]
    assert again.file_label.text().endswith("_r2.xlsx")


def test_targets_panel_shows_what_lak_attainment_says(qtbot, repo, db_path):
    from lak_desktop.ui.main_window import CommuneWindow

    fill_demo(repo)
    win = CommuneWindow(repo, repo.load_plan(2022), "DAKPHOI", db_path)
    qtbot.addWidget(win)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "lak_desktop.cli",
            "--db",
            str(db_path),
            "attainment",
            "--year",
            "2022",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    unit = next(u for u in json.loads(proc.stdout)["units"] if u["code"] == "DAKPHOI")
    assert win.panel.heading.text().startswith("Lũy kế tháng 1–10")
    for code, ind in unit["indicators"].items():
        box = win.panel.boxes[code]
        from fractions import Fraction

        rate = format_percent(Fraction(ind["numerator"], ind["denominator"]))
        assert box.figure.text().startswith(
            f"{rate} ({format_int(ind['numerator'])}/{format_int(ind['denominator'])})"
        )
        assert box.status.text() == {"met": "Đạt", "not_met": "Chưa đạt"}[ind["status"]]
        if ind["status"] == "not_met":
            assert f"Còn thiếu {format_int(ind['shortfall'])} " in box.sentence.text()


def test_targets_panel_updates_as_the_clerk_types(qtbot, window, repo):
    box = window.panel.boxes["online_rate"]
    assert box.status.text() == "Chưa có số liệu"
    go(window, 1, 0)
    with qtbot.waitSignal(window.model.dataChanged):
        type_into(qtbot, window, "100")
    go(window, 1, 1)
    with qtbot.waitSignal(window.model.dataChanged):
        type_into(qtbot, window, "28")
    assert box.status.text() == "Chưa đạt"
    assert box.sentence.text() == "Còn thiếu 12 hồ sơ trực tuyến để đạt chỉ tiêu 40%."
    assert box.bar.rate is not None and box.bar.target == window.plan.target("NAMKA", "online_rate")


def test_chart_loads_on_first_view(qtbot, window, repo):
    assert window.chart is None
    window.tabs.setCurrentIndex(1)
    assert window.chart is not None
    assert set(window.chart.views) == {"online_rate", "result_digitization_rate"}


def test_save_pdf(qtbot, window, repo, tmp_path):
    import shutil

    repo.save_figures(
        [
            repo.month_figures("NAMKA", 2022, 1).merged(
                {"received_total": 1000, "received_online": 800}
            )
        ],
        "t",
    )
    window.model.reload()
    path = window.save_pdf(str(tmp_path / "bao-cao.pdf"))
    assert path.read_bytes().startswith(b"%PDF")
    assert shutil.which("pdftotext"), "poppler-utils: `make test` installs it"
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "UBND XÃ NAM KA" in text and "BÁO CÁO" in text and "1.000" in text
    assert "80%" in text


def test_the_printed_report_leaves_a_figure_never_entered_blank(plan):
    """Its year-to-date row leaves blank an element never entered, and its indicators table
    shows a dash for the sums of an indicator no month counts toward, not 0."""
    import re
    from datetime import date

    from lak_desktop.core.figures import MonthlyFigures
    from lak_desktop.ui.printing import report_html

    figures = [MonthlyFigures("NAMKA", 2022, 1, {"received_total": 40, "received_online": 10})]
    html = report_html(plan, "NAMKA", 2, figures, date(2022, 3, 3))
    rows = re.findall(r"<tr>(.*?)</tr>", html)

    def cells(row: str) -> list[str]:
        return re.findall(r"<td[^>]*>(.*?)</td>", row)

    ytd = cells(next(r for r in rows if "colspan='2'" in r))  # the year-to-date row
    assert ytd[1:5] == ["<b>40</b>", "<b>10</b>", "<b></b>", "<b></b>"]
    rows = [cells(r) for r in rows]
    digitized = next(r for r in rows if r and r[0] == "Tỷ lệ số hóa kết quả")
    online = next(r for r in rows if r and r[0] == "Tỷ lệ hồ sơ trực tuyến")
    assert digitized[1:3] == ["—", "—"] and online[1:3] == ["10", "40"]
    # Each month says what it lacks, as the file sent does: January half, February all.
    january, february = (next(r for r in rows if r and r[0] == str(m)) for m in (1, 2))
    assert (
        january[-1] == ("(chưa đủ số liệu: Kết quả được số hóa, Tổng số hồ sơ đã giải quyết)")
        and february[-1] == "(chưa có số liệu)"
    )


def test_help_line_names_the_figure_to_copy(qtbot, window):
    go(window, 3, 1)
    assert window.help_line.text().startswith("Tháng 3, Tiếp nhận trực tuyến:")
    assert "trực tuyến" in window.help_line.text()


def test_long_report_numbers_pages_from_the_second(qtbot, tmp_path):
    import shutil

    from lak_desktop.ui.printing import save_pdf

    html = "<p>Đoạn mở đầu</p>" + "".join(f"<p>Dòng số {i}</p>" for i in range(120))
    path = save_pdf(html, tmp_path / "dai.pdf")
    assert shutil.which("pdftotext"), "poppler-utils: `make test` installs it"
    pages = []
    for n in (1, 2):
        pages.append(
            subprocess.run(
                ["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(path), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
    assert pages[0].lstrip().startswith("Đoạn mở đầu")
    assert pages[1].lstrip().startswith("2")
    assert (
        "Dòng số 119"
        in subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    )


def test_a_failed_save_keeps_nothing_and_says_so(qtbot, window, repo, monkeypatch):
    import sqlite3

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(repo, "save_figures", broken)
    go(window, 1, 0)
    with qtbot.waitSignal(window.model.refused):
        type_into(qtbot, window, "12")
    monkeypatch.undo()
    assert stored(repo, 1) == {}
    assert window.undo.count() == 0
    assert "disk is full" in window.statusBar().currentMessage()
    assert window.model.data(window.model.index(0, 0)) == ""


def test_a_half_filled_month_is_not_counted_and_says_so(qtbot, window, repo):
    """Only "received total" typed for June: its rate reads "—", it adds nothing to the year,
    the panel names it, and the export dialog proposes the last complete month."""
    from lak_desktop.core.figures import MonthlyFigures
    from lak_desktop.ui.export_dialog import ExportDialog

    full = {
        "received_total": 100,
        "received_online": 50,
        "resolved_total": 80,
        "results_digitized": 40,
    }
    repo.save_figures([MonthlyFigures("NAMKA", 2022, m, full) for m in range(1, 6)], "t")
    repo.save_figures([MonthlyFigures("NAMKA", 2022, 6, {"received_total": 200})], "t")
    window.model.reload()
    window.refresh_targets()
    rate_col = next(i for i, c in enumerate(window.model.columns) if c.key == "online_rate")
    assert window.model.index(5, rate_col).data() == "—"
    assert window.model.index(4, rate_col).data() == "50%"
    box = window.panel.boxes["online_rate"]
    assert "50% (250/500)" in box.figure.text()  # June's 200 adds nothing
    assert "Tháng 6" in box.incomplete.text()
    dialog = ExportDialog(repo, window.plan, "NAMKA", window)
    qtbot.addWidget(dialog)
    assert dialog.chosen_month() == 5
    dialog.month.setCurrentIndex(5)
    assert "Tháng 6: chưa đủ số liệu" in dialog.warning.text()


def test_qt_own_strings_and_the_grids_menu_are_vietnamese(qtbot, window, repo):
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    assert translate("QLineEdit", "&Copy") == "&Sao chép"
    assert translate("QPlatformTheme", "Cancel") == "Hủy"
    assert translate("QFileDialog", "File &name:") == "&Tên tệp:"
    go(window, 1, 0)
    with qtbot.waitSignal(window.model.dataChanged):
        type_into(qtbot, window, "40")
    menu = window.view.context_menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["&Sao chép", "&Dán", "&Xóa", "&Hoàn tác", "&Làm lại"]
    undo = next(a for a in menu.actions() if a.text() == "&Hoàn tác")
    assert undo.isEnabled()
    undo.trigger()
    assert stored(repo, 1) == {}


def test_first_start_picks_no_unit_until_the_clerk_does(qtbot, fresh_repo):
    from lak_desktop.ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(fresh_repo)
    qtbot.addWidget(dialog)
    assert dialog.unit.currentIndex() == -1
    line = dialog.unit.lineEdit()
    assert line.placeholderText() == "— gõ tên hoặc chọn —"
    dialog.accept()  # "Bắt đầu" without looking
    assert fresh_repo.setting(ROLE_SETTING) is None
    assert "Hãy chọn đơn vị" in dialog.plan_label.text()


def type_letters(widget, text: str) -> None:
    """Letters typed one by one, accented ones too (QTest's keyClicks knows only ASCII), as a
    Vietnamese keyboard sends them."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter)
            )


def test_a_unit_is_found_by_typing_part_of_its_name_with_or_without_accents(qtbot, fresh_repo):
    """Every name begins «UBND xã»: a list's search by first letters finds nothing. Typed
    without accents, part of a name lists the units that hold it, and one is chosen."""
    from lak_desktop.ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(fresh_repo)
    qtbot.addWidget(dialog)
    dialog.show()
    combo, line = dialog.unit, dialog.unit.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, "buon")
    assert line.text() == "buon"  # the list of matches showing leaves the typing alone
    assert line.completer() is None  # not the line's own: it matches the accents as typed
    popup = next(c for c in dialog.findChildren(QCompleter))
    listed = [popup.completionModel().index(r, 0).data() for r in range(popup.completionCount())]
    assert listed == ["UBND xã Buôn Tría", "UBND xã Buôn Triết"]
    popup.popup().setCurrentIndex(popup.completionModel().index(1, 0))
    qtbot.keyClick(popup.popup(), Qt.Key.Key_Return)
    assert combo.currentData() == "BUONTRIET" and line.text() == "UBND xã Buôn Triết"
    # Typed with other accents and left: the one unit that matches is chosen.
    line.selectAll()
    type_letters(line, "Đắk Nuê")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert combo.currentData() == "DAKNUE" and line.text() == "UBND xã Đăk Nuê"
    # Text that names no unit is not kept: the unit chosen stays, its name shown.
    line.selectAll()
    type_letters(line, "không có xã này")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert combo.currentData() == "DAKNUE" and line.text() == "UBND xã Đăk Nuê"
    dialog.accept()
    assert fresh_repo.setting(UNIT_SETTING) == "DAKNUE"


def test_small_points_of_the_clerks_window(qtbot, window, repo):
    """The title names the unit in Vietnamese; an empty year does not read "months 1–1"; the
    help line keeps its height; a stale "not saved" goes once a later edit is saved."""
    assert window.windowTitle() == "UBND xã Nam Ka — chỉ tiêu năm 2022"
    assert window.panel.heading.text() == "Chưa nhập số liệu nào của năm này."
    height = window.help_line.height()
    go(window, 1, 0)
    with qtbot.waitSignal(window.model.refused):
        type_into(qtbot, window, "abc")
    qtbot.keyClick(window.view.focusWidget(), Qt.Key.Key_Escape)
    assert window.statusBar().currentMessage().startswith("Chưa lưu")
    go(window, 1, 0)
    with qtbot.waitSignal(window.model.dataChanged):
        type_into(qtbot, window, "40")
    assert window.statusBar().currentMessage() == "Đã lưu."
    assert window.help_line.height() == height
    assert window.panel.heading.text().startswith("Lũy kế")


def test_print_offers_the_month_a_preview_and_a_pdf_named_after_it(qtbot, window, repo, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    full = {
        "received_total": 10,
        "received_online": 5,
        "resolved_total": 8,
        "results_digitized": 4,
    }
    from lak_desktop.core.figures import MonthlyFigures

    repo.save_figures([MonthlyFigures("NAMKA", 2022, m, full) for m in range(1, 5)], "t")
    window.model.reload()
    dialog = window.print_dialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen_month() == 4  # the last complete month
    dialog.month.setCurrentIndex(2)
    assert dialog.pdf_name() == "bao-cao-thang-3-2022.pdf"
    assert "Tháng 3 năm 2022" in dialog.html()
    printer = dialog.printer()
    from PySide6.QtGui import QPageSize

    assert isinstance(printer, QPrinter)
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    written = dialog.save_pdf(str(tmp_path / dialog.pdf_name()))
    assert written.name == "bao-cao-thang-3-2022.pdf" and written.read_bytes()[:4] == b"%PDF"


def test_tab_tab_enter_returns_to_where_the_row_began_and_rates_ignore_typing(qtbot, window, repo):
    def into_open_editor(text, key):
        """Tab has opened the next cell's editor, as in Excel: type over what it holds."""
        editor = window.view.focusWidget()
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, key)

    go(window, 3, 0)
    with qtbot.waitSignal(window.model.dataChanged):
        type_into(qtbot, window, "100", Qt.Key.Key_Tab)
    assert window.view.currentIndex() == window.model.index(2, 1)
    with qtbot.waitSignal(window.model.dataChanged):
        into_open_editor("40", Qt.Key.Key_Tab)
    with qtbot.waitSignal(window.model.dataChanged):
        into_open_editor("90", Qt.Key.Key_Return)
    assert window.view.currentIndex() == window.model.index(3, 0)  # month 4, first column
    assert stored(repo, 3) == {"received_total": 100, "received_online": 40, "resolved_total": 90}
    rate_col = next(i for i, c in enumerate(window.model.columns) if c.kind == "rate")
    here = window.model.index(5, rate_col)
    window.view.setCurrentIndex(here)
    qtbot.keyClicks(window.view, "Thang")
    assert window.view.currentIndex() == here  # typing in a rate cell moves nothing
    assert not window.view.horizontalHeader().highlightSections()


def test_a_total_row_under_the_months(qtbot, window, repo):
    from lak_desktop.core.figures import MonthlyFigures

    full = {
        "received_total": 100,
        "received_online": 50,
        "resolved_total": 80,
        "results_digitized": 40,
    }
    repo.save_figures([MonthlyFigures("NAMKA", 2022, m, full) for m in (1, 2)], "t")
    repo.save_figures([MonthlyFigures("NAMKA", 2022, 3, {"received_total": 100})], "t")
    window.model.reload()
    total = window.model.TOTAL_ROW
    assert window.model.rowCount() == 13
    assert window.model.headerData(total, Qt.Orientation.Vertical) == "Lũy kế"
    assert window.model.index(total, 0).data() == "300"  # what was entered
    rate_col = next(i for i, c in enumerate(window.model.columns) if c.key == "online_rate")
    assert window.model.index(total, rate_col).data() == "50%"  # March is not complete
    assert not window.model.flags(window.model.index(total, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not window.model.setData(window.model.index(total, 0), "5")


def test_a_plan_that_cannot_be_read_is_said_where_the_grid_would_be(qtbot, repo, db_path):
    """The window reads its title from the stored plan's units and the plan itself after its
    first paint: a plan whose text is whole but whose content is not says so there, and the
    window stays, with its menus (a backup can be restored)."""
    from lak_desktop.ui.app import main_window

    fill_demo(repo)
    repo.set_setting(ROLE_SETTING, "commune")
    repo.set_setting(UNIT_SETTING, "NAMKA")
    repo.db.execute("UPDATE plans SET body = ? WHERE year = 2022", ['{"units": []}'])
    win = main_window(repo, db_path, None)
    qtbot.addWidget(win)
    try:
        assert "UBND xã Nam Ka" in win.windowTitle()
        assert_plan_unreadable_is_said(qtbot, win)
        assert not hasattr(win, "model")  # no grid over a plan it could not read
        assert dict(repo.month_figures("NAMKA", 2022, 1).values)  # the figures are untouched
    finally:
        win.close()


def test_the_help_under_the_grid_is_never_cut_and_does_not_jump(qtbot, window):
    """At 150% a commune PC's window is narrow for its text: each cell's help shows whole, and
    the line keeps one height as the cursor moves (the grid does not jump)."""
    for width in (1280, 900, 640):
        window.resize(width, 700)
        qtbot.waitUntil(lambda width=width: window.width() <= width)
        heights = set()
        for column in range(window.model.columnCount()):
            window.view.setCurrentIndex(window.model.index(11, column))
            line = window.help_line
            assert line.text().startswith("Tháng 12,")
            assert line.heightForWidth(line.width()) <= line.height(), (width, line.text())
            heights.add(line.height())
        assert len(heights) == 1
