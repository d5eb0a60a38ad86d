"""The commune clerk's window: the year grid, the targets panel, sending the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from lak_desktop.storage import Repository
from lak_desktop.ui.screen import fit_to_screen
from lak_desktop.ui.window_jobs import Opening, WindowJobs

if TYPE_CHECKING:
    from lak_desktop.core.plan import Plan


class CommuneWindow(WindowJobs, QMainWindow):
    """With `frame_first`, the window paints its title, menus and toolbar at once and makes the
    grid and the targets once that is on the screen (`opened`); otherwise all at once.

    Given the plan's year and the unit's name instead of the plan (`operations.common.
    unit_heading`), the window reads the plan in force after its first paint."""

    opened = Signal()  # the grid and the targets are there

    def __init__(
        self,
        repo: Repository,
        plan: Plan | tuple[int, str],
        unit_code: str,
        db_path: Path,
        log_path: Path | None = None,
        *,
        frame_first: bool = False,
    ) -> None:
        super().__init__()
        self.repo, self.unit_code = repo, unit_code
        if isinstance(plan, tuple):
            self._plan, (year, name) = None, plan
        else:
            self._plan, year, name = plan, plan.year, plan.unit(unit_code).name
        self.db_path, self.log_path = db_path, log_path
        self.restore_from: Path | None = None  # a backup chosen to restore, after closing
        self.switch_to_year: int | None = None  # another year chosen: the window opens on it
        self.setWindowTitle(self.tr("{unit} — targets of {year}").format(unit=name, year=year))
        self.undo = QUndoStack(self)
        self.chart = None
        self._menus()
        self.statusBar().showMessage(
            self.tr(
                "Type a number to enter it; Enter or Tab moves on. Every change is saved at once."
            )
        )
        fit_to_screen(self, 1280, 720)
        if frame_first:
            self._opening = Opening(self._open)  # a plan that cannot be read is said there
            self.setCentralWidget(self._opening)
        else:
            self._open()

    def _open(self) -> None:
        """The grid, the targets and the chart's tab; the years of the toolbar; the shortcuts
        that are not the system's own (making them makes Qt's namespace)."""
        # Imported here: with `frame_first`, the window paints its frame without them.
        from lak_desktop.ui.targets_panel import TargetsPanel
        from lak_desktop.ui.year_grid import YearGridModel, YearGridView

        plan, unit = self.plan, self.plan.unit(self.unit_code)
        self.model = YearGridModel(self.repo, plan, self.unit_code, self.undo, self)
        self.view = YearGridView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Monthly figures"))
        for c, col in enumerate(self.model.columns):
            width = {"note": 20, "sent": 18}.get(col.kind, 15)
            self.view.setColumnWidth(c, self.fontMetrics().averageCharWidth() * width + 16)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(
            self.tr("<b>{unit}</b> — monthly figures of {year}").format(
                unit=unit.name, year=plan.year
            )
        )
        left_layout.addWidget(title)
        left_layout.addWidget(self.view, 1)
        self.help_line = HelpLine([self._help_text(12, col) for col in self.model.columns])
        left_layout.addWidget(self.help_line)

        self.tabs = QTabWidget()
        self.panel = TargetsPanel([(i.code, i.name) for i in plan.indicators])
        self.tabs.addTab(self.panel, self.tr("&Targets"))
        self.chart_holder = QWidget()
        QVBoxLayout(self.chart_holder)
        self.tabs.addTab(self.chart_holder, self.tr("C&hart"))
        self.tabs.currentChanged.connect(self._tab_changed)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)

        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence.StandardKey.Redo])
        self._fill_years()
        self.model.refused.connect(self.show_refusal)
        self.model.saved.connect(self.refresh_targets)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.setCurrentIndex(self.model.index(self._first_empty_month() - 1, 0))
        self.view.setFocus()
        self.refresh_targets()
        self.opened.emit()

    def _first_empty_month(self) -> int:
        from lak_desktop.core.attainment import last_month_with_data

        last = last_month_with_data(self.model.figures()) or 0
        return min(last + 1, 12)

    # Menus -------------------------------------------------------------------------
    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_action = QAction(self.tr("&Send the report to the office above…"), self)
        self.export_action.triggered.connect(self.export)
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcuts(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_report)
        self.pdf_action = QAction(self.tr("Save as P&DF…"), self)
        self.pdf_action.triggered.connect(self.save_pdf)
        self.role_action = QAction(self.tr("Change &unit or role…"), self)
        self.role_action.triggered.connect(self.change_role)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.export_action, self.print_action, self.pdf_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.add_backup_actions(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.role_action)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo.createRedoAction(self, self.tr("&Redo"))  # its keys come with the grid
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

        self.add_help_menu()

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.addAction(self.export_action)
        toolbar.addAction(self.print_action)
        toolbar.addAction(self.pdf_action)
        toolbar.addSeparator()
        year_label = QLabel(self.tr(" &Year: "))
        self.year_box = QComboBox()
        self.year_box.setAccessibleName(self.tr("Year"))
        year_label.setBuddy(self.year_box)
        self.year_box.activated.connect(self._year_chosen)
        toolbar.addWidget(year_label)
        toolbar.addWidget(self.year_box)
        self.new_year_action = QAction(self.tr("Start a &new year…"), self)
        self.new_year_action.setToolTip(
            self.tr(
                "Enter a year's figures before its plan arrives; the plan takes its place later"
            )
        )
        self.new_year_action.triggered.connect(self.start_new_year)
        toolbar.addAction(self.new_year_action)
        file_menu = self.menuBar().actions()[0].menu()
        file_menu.insertAction(self.role_action, self.new_year_action)

    # Years ----------------------------------------------------------------------------
    def _fill_years(self) -> None:
        """The years with a plan that has this unit (each plan is read)."""
        for year in self.repo.plan_years():
            plan = self.repo.load_plan(year)
            if plan.has_unit(self.unit_code):
                text = str(year) + (self.tr(" (no plan yet)") if plan.provisional else "")
                self.year_box.addItem(text, year)
        self.year_box.setCurrentIndex(self.year_box.findData(self.plan.year))

    def _year_chosen(self, index: int) -> None:
        self.open_year(self.year_box.itemData(index))

    def open_year(self, year: int) -> None:
        """Show another year: the window closes and opens again on it (figures are kept for
        every year)."""
        if year == self.plan.year:
            return
        self.switch_to_year = year
        self.close()

    def start_new_year(self, year: int | None = None) -> bool:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from lak_desktop.operations.common import InputError
        from lak_desktop.operations.commune import start_year

        if year is None:
            year, ok = QInputDialog.getInt(
                self,
                self.tr("Start a new year"),
                self.tr(
                    "Year to enter figures for. Its plan has not arrived: the columns are those "
                    "of the latest plan, targets are shown when the plan is imported."
                ),
                max(self.repo.plan_years()) + 1,
                2000,
                2100,
            )
            if not ok:
                return False
        try:
            start_year(self.repo, year)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Not started"), str(exc))
            return False
        self.open_year(year)
        return True

    # Reactions ------------------------------------------------------------------------
    def show_refusal(self, index: QModelIndex, message: str) -> None:
        text = self.tr("Not saved: {reason}").format(reason=message)
        self.statusBar().showMessage(text)
        rect = self.view.visualRect(index)
        QToolTip.showText(
            self.view.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 2)), text, self.view
        )
        self.last_refusal = text

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.help_line.setText(
            self._help_text(current.row() + 1, self.model.columns[current.column()])
        )

    def _help_text(self, month: int, col) -> str:
        if col.help:
            return self.tr("Month {m}, {label}: {help}").format(
                m=month, label=col.title, help=col.help
            )
        return self.tr("Month {m}, {label}").format(m=month, label=col.title)

    def through_month(self) -> int:
        from lak_desktop.core.attainment import last_month_with_data

        return last_month_with_data(self.model.figures()) or 1

    def attainment(self):
        from lak_desktop.core.attainment import unit_attainment

        return unit_attainment(
            self.plan, self.unit_code, self.model.figures(), self.through_month()
        )

    def refresh_targets(self) -> None:
        from lak_desktop.core.formatting import format_range
        from lak_desktop.core.periods import range_through

        through = self.through_month()
        first, last = range_through(self.plan.year, through, self.plan.period_convention)
        self.panel.show_unit(
            self.attainment(), format_range(first, last), assigned=not self.plan.provisional
        )
        if getattr(self, "last_refusal", None) == self.statusBar().currentMessage():
            # A later edit was saved: an old "not saved" must not linger.
            self.statusBar().showMessage(self.tr("Saved."), 5000)
            self.last_refusal = None
        if self.chart is not None:
            self._draw_chart()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.chart_holder and self.chart is None:
            from lak_desktop.ui.charts import MonthlyRatesChart  # QtCharts only when first needed

            self.chart = MonthlyRatesChart(self.plan)
            self.chart_holder.layout().addWidget(self.chart)
            self._draw_chart()

    def _draw_chart(self) -> None:
        from lak_desktop.core.attainment import monthly_rates

        assert self.chart is not None
        rates = monthly_rates(self.plan, self.unit_code, self.model.figures())
        targets = (
            {}
            if self.plan.provisional
            else {i.code: self.plan.target(self.unit_code, i.code) for i in self.plan.indicators}
        )
        self.chart.show_rates(rates, targets)

    # Jobs -------------------------------------------------------------------------------
    def export(self) -> None:
        from lak_desktop.ui.export_dialog import ExportDialog, offer_to_open

        dialog = ExportDialog(self.repo, self.plan, self.unit_code, self)
        if dialog.exec() and dialog.result_ is not None:
            self.model.reload()
            self.statusBar().showMessage(
                self.tr("Written: {path}").format(path=dialog.result_.path)
            )
            offer_to_open(self, dialog.result_)

    def report_html(self, month: int | None = None) -> str:
        from lak_desktop.ui.printing import report_html

        return report_html(
            self.plan,
            self.unit_code,
            month or self.through_month(),
            self.model.figures(),
            date.today(),
        )

    def print_dialog(self):
        """Print / PDF: the month to print (the last complete one first), preview, print, PDF."""
        from lak_desktop.ui.export_dialog import last_complete_month
        from lak_desktop.ui.print_dialog import ReportPrintDialog

        return ReportPrintDialog(self, last_complete_month(self.plan, self.model.figures()))

    def print_report(self) -> None:
        self.print_dialog().exec()

    def save_pdf(self, path: str | None = None, month: int | None = None) -> Path | None:
        from PySide6.QtWidgets import QMessageBox

        from lak_desktop.operations.common import InputError
        from lak_desktop.ui.printing import save_pdf

        if not path:
            self.print_dialog().exec()
            return None
        try:
            written = save_pdf(self.report_html(month), Path(path))
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return None
        self.statusBar().showMessage(self.tr("Saved: {path}").format(path=written))
        return written


class HelpLine(QLabel):
    """The help of the cell the cursor is on, under the grid. Always as high as the longest of
    its `texts` needs at its width (two lines at least): none is cut, at 150% in a narrow
    window either, and the grid above does not jump as the cursor moves."""

    STYLE = "color: #333; padding: 4px; background: #fffbe6"

    def __init__(self, texts: list[str]) -> None:
        super().__init__()
        self.texts = texts
        self.setWordWrap(True)
        self.setStyleSheet(self.STYLE)
        self._probe = QLabel(self)  # never shown: measures each text as this line shows it
        self._probe.hide()
        self._probe.setWordWrap(True)
        self._probe.setStyleSheet(self.STYLE)
        self._probe.ensurePolished()
        self._fit(self.width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        self._probe.setFont(self.font())
        needed = self.fontMetrics().lineSpacing() * 2 + 12
        for text in self.texts:
            self._probe.setText(text)
            needed = max(needed, self._probe.heightForWidth(width))
        if needed != self.height():
            self.setFixedHeight(needed)
