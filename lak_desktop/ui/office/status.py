"""Tình hình gửi báo cáo: units × months, on time, late, missing; and the units to call."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lak_desktop.core.formatting import format_date, format_percent
from lak_desktop.core.plan import Plan
from lak_desktop.core.timeliness import MonthState, StatusTable
from lak_desktop.operations.office import report_settings, save_chase_list, status_report
from lak_desktop.storage import Repository
from lak_desktop.ui.background import Job, JobRunner
from lak_desktop.ui.find import RowFinder
from lak_desktop.ui.office.table import Cell, RowsModel, table_view

OLD_PLAN_COLOR = "#fbe3a6"  # the unit works under an earlier revision of the plan
STATE_COLORS = {
    MonthState.ON_TIME: "#d9f0d9",
    MonthState.LATE: "#fde2c4",
    MonthState.MISSING: "#f8d0d0",
    MonthState.NOT_DUE: None,
    MonthState.INACTIVE: "#e6e6e6",
}


STATE_ORDER = {state: n for n, state in enumerate(MonthState)}


class StatusTab(QWidget):
    def __init__(self, repo: Repository, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.repo, self.plan = repo, plan
        self.table: StatusTable | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        as_of_label = QLabel(self.tr("&As of:"))
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd/MM/yyyy")
        as_of_label.setBuddy(self.as_of)
        self.as_of.dateChanged.connect(self.reload)
        top.addWidget(as_of_label)
        top.addWidget(self.as_of)
        top.addSpacing(16)
        self.legend = QLabel(
            self.tr("✓ on time   +N late by N days   ✗ missing (deadline passed)   · not due yet")
        )
        self.legend.setWordWrap(True)  # on two lines at 150%, beside the box to find a unit
        top.addWidget(self.legend, 1)
        layout.addLayout(top)

        months = [str(m) for m in range(1, 13)]
        self.matrix = RowsModel([self.tr("Unit"), *months], self)
        self.matrix_view = table_view(self.matrix, sortable=True)
        self.matrix_view.setAccessibleName(self.tr("Reports by unit and month"))
        self.find = RowFinder(self.matrix)
        top.addWidget(self.find)
        self.summary = RowsModel([self.tr("Month"), *months], self)
        self.summary_view = table_view(self.summary)
        self.summary_view.setAccessibleName(self.tr("Reports by month"))

        chase_box = QWidget()
        chase_layout = QVBoxLayout(chase_box)
        chase_layout.setContentsMargins(0, 0, 0, 0)
        chase_top = QHBoxLayout()
        chase_top.addWidget(QLabel(self.tr("<b>Units to call</b> for month")))
        self.chase_month = QSpinBox()
        self.chase_month.setRange(1, 12)
        self.chase_month.setAccessibleName(self.tr("Month of the list of units to call"))
        self.chase_month.valueChanged.connect(self._show_chase)
        chase_top.addWidget(self.chase_month)
        chase_top.addStretch(1)
        self.chase_xlsx = QPushButton(self.tr("Save as &Excel…"))
        self.chase_xlsx.clicked.connect(self.save_chase_list)
        self.chase_print = QPushButton(self.tr("&Print…"))
        self.chase_print.clicked.connect(self.print_chase_list)
        chase_top.addWidget(self.chase_xlsx)
        chase_top.addWidget(self.chase_print)
        chase_layout.addLayout(chase_top)
        job_line = QHBoxLayout()
        self.chase_message = QLabel()
        self.chase_message.setWordWrap(True)
        self.chase_progress = QProgressBar()
        job_line.addWidget(self.chase_message, 1)
        job_line.addWidget(self.chase_progress)
        chase_layout.addLayout(job_line)
        # A national list (3,321 units) takes seconds to print: off the window's thread.
        self.jobs = JobRunner(
            self, (self.chase_xlsx, self.chase_print), self.chase_progress, self.chase_message
        )
        self.chase = RowsModel(
            [
                self.tr("No."),
                self.tr("Unit"),
                self.tr("State"),
                self.tr("Deadline"),
                self.tr("Latest file"),
            ],
            self,
        )
        self.chase_view = table_view(self.chase)
        chase_layout.addWidget(self.chase_view)

        for view in (self.matrix_view, self.summary_view):
            view.horizontalHeader().setStretchLastSection(False)
        rows_height = self.summary_view.verticalHeader().defaultSectionSize()
        self.summary_view.setFixedHeight(rows_height * 6 + 6)
        # The list of units to call and the months' totals take turns below the units' table:
        # stacked, the three left that table two rows on a 1366×768 screen at 150%.
        self.below = QTabWidget()
        self.below.addTab(chase_box, self.tr("Units to call"))
        self.below.addTab(self.summary_view, self.tr("Totals by month"))
        splitter = QSplitter()
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.matrix_view)
        splitter.addWidget(self.below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.reload()

    def as_of_date(self) -> date:
        return self.as_of.date().toPython()

    def state_cell(self, month) -> Cell:
        color = STATE_COLORS[month.state]
        if month.state is MonthState.ON_TIME:
            text, tip = "✓", self.tr("On time: received {r} (deadline {d}), revision {n}")
        elif month.state is MonthState.LATE:
            text = f"+{month.days_late}"
            tip = self.tr("Late by {k} days: received {r} (deadline {d}), revision {n}")
        elif month.state is MonthState.MISSING:
            text, tip = "✗", self.tr("Missing: the deadline {d} has passed")
        elif month.state is MonthState.INACTIVE:
            text, tip = "—", self.tr("The unit did not exist this month (merged)")
        else:
            text, tip = "·", self.tr("Not due yet: deadline {d}")

        def tooltip() -> str:
            received = format_date(month.received_on) if month.received_on else ""
            return tip.format(
                r=received, d=format_date(month.due), n=month.revision, k=month.days_late
            )

        order = STATE_ORDER[month.state]
        return Cell(text, sort=order * 1000 + month.days_late, background=color, tip=tooltip)

    @staticmethod
    def _sort_value(status, column: int) -> object:
        """What a unit's row sorts by, without making the row: its name, or a month's state
        (then days late), as the cells' own sort values."""
        if column == 0:
            return status.unit.name
        month = status.months[column - 1]
        return STATE_ORDER[month.state] * 1000 + month.days_late

    def unit_cell(self, status) -> Cell:
        """The unit's name; marked when its latest file was made under an earlier revision of
        the plan (send it the plan file again)."""
        old = status.plan_revision is not None and status.plan_revision < self.plan.revision
        if not old:
            return Cell(status.unit.name)
        return Cell(
            self.tr("{unit} (plan rev. {r})").format(unit=status.unit.name, r=status.plan_revision),
            background=OLD_PLAN_COLOR,
            tip=self.tr(
                "The latest file of this unit was made under revision {r} of the plan; the plan "
                "here is revision {n}. Send the unit the plan file again."
            ).format(r=status.plan_revision, n=self.plan.revision),
        )

    def reload(self) -> None:
        self.table = status_report(self.repo, self.plan.year, self.as_of_date())
        units = self.table.units
        self.matrix.set_lazy(
            len(units),
            lambda i: [self.unit_cell(units[i]), *(self.state_cell(m) for m in units[i].months)],
            [u.unit.code for u in units],
            lambda column: [self._sort_value(u, column) for u in units],
        )
        self.find.rows_changed(lambda: [f"{u.unit.name} {u.unit.code}" for u in units])
        s = self.table.months
        self.summary.set_rows(
            [
                [
                    Cell(self.tr("Expected"), bold=True),
                    *(Cell(str(m.expected), number=True) for m in s),
                ],
                [
                    Cell(self.tr("Received"), bold=True),
                    *(Cell(str(m.received), number=True) for m in s),
                ],
                [
                    Cell(self.tr("On time"), bold=True),
                    *(Cell(str(m.on_time), number=True) for m in s),
                ],
                [
                    Cell(self.tr("Reporting rate"), bold=True),
                    *(Cell(format_percent(m.rate), number=True) for m in s),
                ],
                [
                    Cell(self.tr("On-time rate"), bold=True),
                    *(Cell(format_percent(m.on_time_rate), number=True) for m in s),
                ],
            ]
        )
        width = self.fontMetrics().averageCharWidth()
        for view in (self.matrix_view, self.summary_view):
            view.setColumnWidth(0, width * 28)
            for c in range(1, 13):
                view.setColumnWidth(c, width * 8)
        # The list of units to call opens on the latest month whose deadline has passed.
        passed = [m.month for m in s if m.due < self.as_of_date()]
        self.chase_month.blockSignals(True)
        self.chase_month.setValue(passed[-1] if passed else 1)
        self.chase_month.blockSignals(False)
        self._show_chase()

    def _show_chase(self) -> None:
        from lak_desktop.core.timeliness import chase_row

        if self.table is None:
            return
        table, month = self.table, self.chase_month.value()
        units = table.to_chase(month)

        def row(i: int) -> list[Cell]:  # a line is made when it is shown
            n, name, state, due, latest = chase_row(table, i + 1, units[i], month)
            return [Cell(str(n), number=True), Cell(name), Cell(state), Cell(due), Cell(latest)]

        self.chase.set_lazy(len(units), row)
        self.chase_view.resizeColumnsToContents()

    def save_chase_list(self, out: str | None = None) -> Job | None:
        """The list as a workbook, written off the window's thread; None without a file."""
        month = self.chase_month.value()
        if not out:
            suggested = Path.home() / f"can-don-doc-thang-{month}-{self.plan.year}.xlsx"
            out, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the list of units to call"),
                str(suggested),
                self.tr("Excel workbooks (*.xlsx)"),
            )
        if not out or self.table is None:
            return None
        plan, table, settings = self.plan, self.table, report_settings(self.repo)
        return self.jobs.start(
            lambda progress: save_chase_list(plan, table, month, settings, out),
            self.tr("Writing the workbook…"),
            self.tr("Not saved"),
        )

    def chase_html(self) -> str:
        from lak_desktop.ui.office.report_html import chase_html

        assert self.table is not None
        return chase_html(
            self.plan, self.table, self.chase_month.value(), report_settings(self.repo)
        )

    def print_chase_list(self) -> Job | None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from lak_desktop.ui.printing import print_html

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.table is None or not QPrintDialog(printer, self).exec():
            return None
        html = self.chase_html()
        return self.jobs.start(
            lambda progress: print_html(html, printer, progress=progress),
            self.tr("Sending the list to the printer…"),
            self.tr("Not printed"),
        )
