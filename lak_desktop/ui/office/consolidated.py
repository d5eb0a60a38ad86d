"""Tổng hợp và xếp hạng: every unit's year to date, targets, status, score and rank."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lak_desktop.core.attainment import STATUS_LABELS, Status
from lak_desktop.core.formatting import format_count, format_date, format_int, format_percent
from lak_desktop.core.periods import month_range
from lak_desktop.core.plan import Plan
from lak_desktop.core.ranking import ranking_note
from lak_desktop.operations.office import AttainmentReport, attainment_report, history
from lak_desktop.storage import Repository
from lak_desktop.ui.find import RowFinder
from lak_desktop.ui.office.table import (
    KEY_ROLE,
    Cell,
    RowsModel,
    fit_columns,
    number_sort,
    outcome_label,
    table_view,
)

STATUS_COLORS = {Status.MET: "#d9f0d9", Status.NOT_MET: "#fde2c4", Status.NO_DATA: None}


class ConsolidatedTab(QWidget):
    def __init__(self, repo: Repository, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.repo, self.plan = repo, plan
        self.report: AttainmentReport | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        through_label = QLabel(self.tr("Year to date &through month:"))
        self.through = QSpinBox()
        self.through.setRange(1, 12)
        self.through.setValue(repo.last_month_with_data(plan.year) or 1)
        through_label.setBuddy(self.through)
        self.complete_only = QCheckBox(self.tr("Rank only units with figures for &every month"))
        top.addWidget(through_label)
        top.addWidget(self.through)
        top.addSpacing(16)
        top.addWidget(self.complete_only)
        top.addStretch(1)
        layout.addLayout(top)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        headers = [self.tr("Rank"), self.tr("Unit")]
        for ind in plan.indicators:
            headers += [
                ind.name,
                self.tr("Target"),
                self.tr("Status"),
                self.tr("Short by"),
            ]
        headers += [self.tr("Score"), self.tr("Note")]
        self.model = RowsModel(headers, self)
        self.view = table_view(self.model, sortable=True)
        self.view.setAccessibleName(self.tr("Consolidated table"))
        self.view.doubleClicked.connect(self.open_unit)
        self.find = RowFinder(self.model)
        top.insertWidget(top.count() - 1, self.find)
        layout.addWidget(self.view, 1)
        hint = QLabel(
            self.tr(
                "Click a column title to sort. Double-click a unit to see its months and files."
            )
        )
        layout.addWidget(hint)
        self.through.valueChanged.connect(self.reload)
        self.complete_only.toggled.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.report = attainment_report(
            self.repo, self.plan.year, self.through.value(), self.complete_only.isChecked()
        )
        ranked = self.report.ranked
        self.model.set_lazy(
            len(ranked),
            lambda i: self._row(ranked[i]),
            [r.attainment.unit.code for r in ranked],
            lambda column: [self._sort_value(r, column) for r in ranked],
        )
        self.find.rows_changed(
            lambda: [f"{r.attainment.unit.name} {r.attainment.unit.code}" for r in ranked]
        )
        # The rows come in rank order: show the rank column as the sorted one without sorting.
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        states = list(STATUS_LABELS.values())
        fit_columns(
            self.view,
            {
                1: [r.attainment.unit.name for r in ranked],
                # each indicator's status, the third of its four columns
                **{4 + 4 * k: states for k in range(len(self.plan.indicators))},
            },
        )
        first, last = (
            month_range(self.plan.year, 1, self.plan.period_convention)[0],
            month_range(self.plan.year, self.through.value(), self.plan.period_convention)[1],
        )
        self.caption.setText(
            self.tr(
                "Year to date {a} – {b}. Units with figures through an earlier month are "
                "marked in the note column."
            ).format(a=format_date(first), b=format_date(last))
        )

    def _row(self, r) -> list[Cell]:
        """A unit's row, made when it is first shown."""
        cells = [
            Cell(
                "—" if r.rank is None else str(r.rank),
                sort=number_sort(r.rank) if r.rank else 1e9,
                number=True,
            ),
            Cell(r.attainment.unit.name),
        ]
        for ind in self.plan.indicators:
            a = r.attainment.indicators[ind.code]
            color = STATUS_COLORS[a.status]
            rate_text = format_percent(a.rate)
            if a.rate is not None:
                rate_text += f" ({format_int(a.numerator)}/{format_int(a.denominator)})"
            cells += [
                Cell(rate_text, sort=number_sort(a.rate), number=True, background=color),
                Cell(format_percent(a.target), sort=float(a.target), number=True),
                Cell(STATUS_LABELS[a.status], background=color),
                Cell(
                    format_int(a.shortfall) if a.rate is not None else "—",
                    sort=a.shortfall if a.rate is not None else -1,
                    number=True,
                ),
            ]
        note = ranking_note(r)
        return [
            *cells,
            Cell(format_percent(r.score), sort=number_sort(r.score), number=True, bold=True),
            Cell(note, tip=note),
        ]

    def _sort_value(self, r, column: int) -> object:
        """What a unit's row sorts by in `column`, without making the row: the same values as
        the cells' own."""
        if column == 0:
            return number_sort(r.rank) if r.rank else 1e9
        if column == 1:
            return r.attainment.unit.name
        group, part = divmod(column - 2, 4)
        if group < len(self.plan.indicators):
            a = r.attainment.indicators[self.plan.indicators[group].code]
            if part == 0:
                return number_sort(a.rate)
            if part == 1:
                return float(a.target)
            if part == 2:
                return STATUS_LABELS[a.status]
            return a.shortfall if a.rate is not None else -1
        if column == 2 + 4 * len(self.plan.indicators):
            return number_sort(r.score)
        return ranking_note(r)

    def open_unit(self, index: QModelIndex) -> UnitDetailsDialog | None:
        code = index.data(KEY_ROLE)
        if code is None:
            return None
        dialog = UnitDetailsDialog(self.repo, self.plan, code, self)
        dialog.show()
        return dialog


class UnitDetailsDialog(QDialog):
    """One unit's months as the commune sees them, read-only, and every file it sent."""

    def __init__(self, repo: Repository, plan: Plan, unit_code: str, parent=None) -> None:
        super().__init__(parent)
        unit = plan.unit(unit_code)
        self.setWindowTitle(unit.name)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("<b>{unit}</b>: figures of {year} as received").format(
                    unit=unit.name, year=plan.year
                )
            )
        )
        by_month = {f.month: f for f in repo.figures(plan.year, unit_code)}
        headers = [self.tr("Month"), self.tr("Period")]
        headers += [e.label for e in plan.elements]
        headers += [i.name for i in plan.indicators]
        headers.append(self.tr("Note"))
        self.months = RowsModel(headers, self)
        rows = []
        for m in range(1, 13):
            fig = by_month.get(m)
            a, b = month_range(plan.year, m, plan.period_convention)
            values = fig.values if fig else {}
            cells = [Cell(str(m), number=True), Cell(f"{format_date(a)[:5]} – {format_date(b)}")]
            cells += [Cell(format_count(values.get(e.code)), number=True) for e in plan.elements]
            for ind in plan.indicators:
                den = values.get(ind.denominator)
                num = values.get(ind.numerator)
                rate = Fraction(num, den) if den and num is not None else None
                shown = format_percent(rate) if rate is not None else ("—" if values else "")
                cells.append(Cell(shown, number=True))
            cells.append(Cell(fig.note if fig else ""))
            rows.append(cells)
        self.months.set_rows(rows)
        self.months_view = table_view(self.months)
        self.months_view.resizeColumnsToContents()
        layout.addWidget(self.months_view, 2)
        layout.addWidget(QLabel(self.tr("<b>Files received from this unit</b>")))
        self.files = RowsModel(
            [
                self.tr("Received on"),
                self.tr("Month"),
                self.tr("Revision"),
                self.tr("Outcome"),
                self.tr("Signed with key"),
                self.tr("File"),
            ],
            self,
        )
        self.files.set_rows(
            [
                [
                    Cell(format_date(r.received_on)),
                    Cell(str(r.through_month), number=True),
                    Cell(str(r.revision), number=True),
                    Cell(outcome_label(r.outcome)),
                    Cell(r.signer),
                    Cell(r.file_name),
                ]
                for r in history(repo, plan.year, unit_code)
            ]
        )
        self.files_view = table_view(self.files)
        self.files_view.resizeColumnsToContents()
        layout.addWidget(self.files_view, 1)
        self.keys = QLabel(self._keys_text(repo, unit_code))
        self.keys.setWordWrap(True)
        self.keys.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.keys)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 130, self.fontMetrics().height() * 34)

    def _keys_text(self, repo: Repository, unit_code: str) -> str:
        """The unit's signing keys: the one in force, since when, how many files each signed."""
        from datetime import datetime

        from lak_desktop.operations.keys import unit_keys

        keys = [k for k in unit_keys(repo) if k.unit_code == unit_code]
        if not keys:
            return self.tr("Key: not known yet (it is recorded from the unit's first file).")
        lines = []
        for k in reversed(keys):
            since = format_date(datetime.fromisoformat(k.since))
            if k.until is None:
                line = self.tr("Key in use: <b>{key}</b>, since {since}, {n} files signed.")
            else:
                line = self.tr("Earlier key: {key}, from {since} to {until}, {n} files signed.")
            until = format_date(datetime.fromisoformat(k.until)) if k.until else ""
            lines.append(line.format(key=k.fingerprint, since=since, until=until, n=k.files))
        return "<br>".join(lines)
