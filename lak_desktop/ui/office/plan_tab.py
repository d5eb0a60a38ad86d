"""Kế hoạch: the plan of the year, edited here, and its file for the units.

The office changes a draft (the plan's details, the units' names, procedures, last year's rates
and targets, a target for every unit at once, a column pasted from Excel); every value is
checked as it is typed, and "Save" stores the draft as the plan's next revision through the
same jobs as `lak plan …`. Adding or retiring a unit is saved at once.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lak_desktop.core.figures import CountError, parse_count
from lak_desktop.core.formatting import format_int, format_percent
from lak_desktop.core.periods import PeriodConvention
from lak_desktop.core.plan import MAX_DEADLINE_DAYS, Plan, PlanError, lifetime_note
from lak_desktop.operations import plans
from lak_desktop.operations.common import InputError
from lak_desktop.storage import Repository
from lak_desktop.ui.find import RowSeeker, filter_list
from lak_desktop.ui.office.table import FIT_ROWS, fit_columns

ERROR_COLOR = "#b00020"


class UnitsModel(QAbstractTableModel):
    """The draft's units: code, name, procedures, then per indicator last year's rate and the
    target, then how long the unit exists. Typed values are checked before they are taken."""

    refused = Signal(str)  # why a typed value was not taken, in Vietnamese
    changed = Signal()

    def __init__(self, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.columns = self._columns(plan)

    @staticmethod
    def _columns(plan: Plan) -> list[tuple[str, str | None]]:
        columns: list[tuple[str, str | None]] = [
            ("code", None),
            ("name", None),
            ("procedures", None),
        ]
        for ind in plan.indicators:
            columns += [("baseline", ind.code), ("target", ind.code)]
        return [*columns, ("lifetime", None)]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plan.units)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        kind, key = self.columns[section]
        if kind in ("baseline", "target"):
            name = next(i.name for i in self.plan.indicators if i.code == key)
            label = (
                self.tr("{name}: last year") if kind == "baseline" else self.tr("{name}: target")
            )
            return label.format(name=name)
        return {
            "code": self.tr("Code"),
            "name": self.tr("Unit"),
            "procedures": self.tr("Procedures"),
            "lifetime": self.tr("Active"),
        }[kind]

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()][0] in ("code", "lifetime"):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        unit = self.plan.units[index.row()]
        kind, key = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if kind in ("procedures", "baseline", "target"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if kind == "code":
            return unit.code
        if kind == "name":
            return unit.name
        if kind == "procedures":
            return format_int(unit.procedures)
        if kind == "baseline":
            value = unit.baselines.get(str(key))
            return "" if value is None else format_percent(value)
        if kind == "target":
            return format_percent(self.plan.target(unit.code, str(key)))
        return lifetime_note(self.plan, unit) or self.tr("whole year")

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.put([(index.row(), index.column(), str(value))])

    def put(self, cells: list[tuple[int, int, str]]) -> bool:
        """Typed values, as (row, column, text), put into the draft all together or not at all:
        a refused one is said (`refused`) and the draft stays as it was. The draft is made
        once for all of them: a national plan's column pasted from Excel is 3,321 values."""
        from lak_desktop.exchange.plan_file import parse_percent  # openpyxl: only when typing

        units = list(self.plan.units)
        targets = dict(self.plan.targets)
        problems = []
        for row, column, text in cells:
            problem = self._put(units, targets, row, column, text.strip(), parse_percent)
            if problem:
                problems.append(problem)
        plan = self.plan
        if not problems:
            try:
                plan = replace(self.plan, units=tuple(units), targets=targets)
            except PlanError as exc:
                problems.append(str(exc))
        if problems:
            text = problems[0]
            if len(problems) > 1:
                text += " " + self.tr("{n} other values cannot be taken either.").format(
                    n=len(problems) - 1
                )
            if len(cells) > 1:
                text += " " + self.tr("Nothing was changed: correct the values and try again.")
            self.refused.emit(text)
            return False
        if not cells:
            return True
        self.plan = plan
        rows = [row for row, _, _ in cells]
        columns = [column for _, column, _ in cells]
        self.dataChanged.emit(
            self.index(min(rows), min(columns)), self.index(max(rows), max(columns))
        )
        self.changed.emit()
        return True

    def _put(self, units, targets, row: int, column: int, text: str, parse_percent) -> str | None:
        """One typed value put into `units` and `targets` (the draft's, being made); the reason
        it cannot be, or None."""
        unit = units[row]
        kind, key = self.columns[column]
        where = f"{unit.name}: "
        if kind == "name":
            if not text:
                return where + "tên đơn vị không được để trống."
            units[row] = replace(unit, name=text)
        elif kind == "procedures":
            try:
                count = parse_count(text)
            except CountError as exc:
                return where + f"số thủ tục: {exc}"
            units[row] = replace(unit, procedures=count or 0)
        elif kind in ("baseline", "target"):
            try:
                rate = parse_percent(text)  # «50%», «40,5», «0,4»; None for a blank
            except ValueError:
                return where + f"«{text}» không phải là tỷ lệ phần trăm (ví dụ 50% hoặc 40,5%)."
            if kind == "target":
                if rate is None or not 0 < rate <= 1:
                    return where + "chỉ tiêu giao phải lớn hơn 0% và không quá 100%."
                targets[(unit.code, str(key))] = rate
            else:
                if rate is not None and not 0 <= rate <= 1:
                    return where + "tỷ lệ năm trước phải từ 0% đến 100%."
                baselines = dict(unit.baselines)
                if rate is None:
                    baselines.pop(str(key), None)
                else:
                    baselines[str(key)] = rate
                units[row] = replace(unit, baselines=baselines)
        return None

    def set_plan(self, plan: Plan) -> None:
        self.beginResetModel()
        self.plan = plan
        self.columns = self._columns(plan)
        self.endResetModel()


class UnitsView(QTableView):
    """Pasting a block copied from Excel fills the cells from the current one down and right."""

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        super().keyPressEvent(event)

    def paste(self, text: str) -> int:
        start = self.currentIndex()
        model = self.model()
        if not start.isValid() or not text.strip():
            return 0
        lines = text.rstrip("\r\n").replace("\r\n", "\n").split("\n")
        cells = []
        for r, line in enumerate(lines):
            for c, value in enumerate(line.split("\t")):
                index = model.index(start.row() + r, start.column() + c)
                if index.isValid() and model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    cells.append((index.row(), index.column(), value))
        return len(cells) if model.put(cells) else 0


class PlanTab(QWidget):
    saved = Signal(object)  # the plan's new revision, stored

    def __init__(self, repo: Repository, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.repo, self.plan = repo, plan
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)

        form = QGridLayout()
        self.issuer = QLineEdit()
        self.office = QLineEdit()
        self.place = QLineEdit()
        self.title = QLineEdit()
        self.period = QComboBox()
        self.period.addItem(self.tr("Calendar months"), PeriodConvention.CALENDAR.value)
        self.period.addItem(
            self.tr("Decree 09/2019 (the 15th of the previous month to the 14th)"),
            PeriodConvention.DECREE09.value,
        )
        self.deadline = QSpinBox()
        self.deadline.setRange(0, MAX_DEADLINE_DAYS)
        self.deadline.setSuffix(self.tr(" days after the month closes"))
        # Two fields a line: the table of units keeps its room on a 1366×768 screen at 150%.
        fields = [
            (self.tr("Issuing body:"), self.issuer),
            (self.tr("Following up:"), self.office),
            (self.tr("Place:"), self.place),
            (self.tr("Reporting months:"), self.period),
            (self.tr("Files due:"), self.deadline),
            (self.tr("Title:"), self.title),
        ]
        for n, (text, field) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(field)
            form.addWidget(label, n // 2, (n % 2) * 2)
            form.addWidget(field, n // 2, (n % 2) * 2 + 1)
        self.issuer.setToolTip(
            self.tr("The first line of the printed header, e.g. UBND TỈNH ĐẮK LẮK")
        )
        self.office.setToolTip(
            self.tr("The second line of the printed header: the office that follows up")
        )
        self.place.setToolTip(self.tr("The place on the date line of printed documents"))
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        layout.addLayout(form)
        for edit in (self.issuer, self.office, self.place, self.title):
            edit.textEdited.connect(self._mark_dirty)
        self.period.currentIndexChanged.connect(self._mark_dirty)
        self.deadline.valueChanged.connect(self._mark_dirty)

        all_row = QHBoxLayout()
        all_row.addWidget(QLabel(self.tr("Target for every unit:")))
        self.all_indicator = QComboBox()
        self.all_value = QLineEdit()
        self.all_value.setPlaceholderText(self.tr("e.g. 50%"))
        self.all_value.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.all_button = QPushButton(self.tr("&Give to all units"))
        self.all_button.clicked.connect(self.target_for_all)
        for w in (self.all_indicator, self.all_value, self.all_button):
            all_row.addWidget(w)
        all_row.addStretch(1)
        layout.addLayout(all_row)

        self.model = UnitsModel(plan, self)
        self.view = UnitsView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAccessibleName(self.tr("Units and targets"))
        self.view.horizontalHeader().setStretchLastSection(True)
        # Columns fit the rows around the visible ones, not all of a national plan's units.
        self.view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.model.refused.connect(self.show_problem)
        self.model.changed.connect(self._mark_dirty)
        self.seeker = RowSeeker(  # one unit's line among a national plan's 3,321
            self.view, lambda: [f"{u.name} {u.code}" for u in self.model.plan.units]
        )
        all_row.addWidget(self.seeker)
        layout.addWidget(self.view, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save the plan"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("&Discard changes"))
        self.discard_button.clicked.connect(lambda: self.show_plan(self.plan))
        self.add_button = QPushButton(self.tr("&Add a unit…"))
        self.add_button.clicked.connect(self.add_unit)
        self.retire_button = QPushButton(self.tr("&Retire a unit…"))
        self.retire_button.clicked.connect(self.retire_unit)
        self.indicator_button = QPushButton(self.tr("Add an &indicator…"))
        self.indicator_button.clicked.connect(self.add_indicator)
        self.export_button = QPushButton(self.tr("&Export the plan file…"))
        self.export_button.clicked.connect(self.export)
        self.new_year_button = QPushButton(self.tr("Plan of a &new year…"))
        self.new_year_button.clicked.connect(self.new_year)
        self.import_button = QPushButton(self.tr("I&mport a plan file…"))
        self.import_button.clicked.connect(self.import_file)
        for w in (
            self.save_button,
            self.discard_button,
            self.add_button,
            self.retire_button,
            self.indicator_button,
        ):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        files = QHBoxLayout()  # a second line: a 1366×768 screen at 150% has room for five
        for w in (self.import_button, self.new_year_button, self.export_button):
            files.addWidget(w)
        files.addStretch(1)
        layout.addLayout(files)
        self.show_plan(plan)

    # The draft ----------------------------------------------------------------------------
    def show_plan(self, plan: Plan) -> None:
        self.plan = plan
        fields = (self.issuer, self.office, self.place, self.title, self.period, self.deadline)
        for field in fields:  # filling the fields is not a change
            field.blockSignals(True)
        self.heading.setText(
            self.tr("<b>Plan of {year}</b>, revision {rev}; {n} units.").format(
                year=plan.year, rev=plan.revision, n=len(plan.units)
            )
        )
        self.issuer.setText(plan.issuer.name)
        self.office.setText(plan.issuer.office)
        self.place.setText(plan.issuer.place)
        self.title.setText(plan.title)
        self.period.setCurrentIndex(self.period.findData(plan.period_convention.value))
        self.deadline.setValue(plan.deadline_days)
        for field in fields:
            field.blockSignals(False)
        self.model.set_plan(plan)
        self.all_indicator.clear()
        for ind in plan.indicators:
            self.all_indicator.addItem(ind.name, ind.code)
        fit_columns(self.view, {1: [u.name for u in plan.units]})
        self._set_dirty(False)

    def draft(self) -> Plan:
        """The plan as the screen now shows it."""
        issuer = replace(
            self.model.plan.issuer,
            name=self.issuer.text().strip(),
            office=self.office.text().strip(),
            place=self.place.text().strip(),
        )
        return replace(
            self.model.plan,
            issuer=issuer,
            title=self.title.text().strip(),
            period_convention=PeriodConvention(self.period.currentData()),
            deadline_days=self.deadline.value(),
        )

    def _mark_dirty(self, *_) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        for w in (
            self.add_button,
            self.retire_button,
            self.indicator_button,
            self.export_button,
            self.new_year_button,
            self.import_button,
        ):
            w.setEnabled(not dirty)
            w.setToolTip(self.tr("Save or discard the changes first.") if dirty else "")
        self.message.setStyleSheet("")
        self.message.setText("")
        if dirty:
            self.message.setText(
                self.tr("Changed, not saved yet: «Save the plan» makes revision {n}.").format(
                    n=self.plan.revision + 1
                )
            )

    def show_problem(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOR}")
        self.message.setText(text)

    def target_for_all(self) -> bool:
        code = self.all_indicator.currentData()
        column = self.model.columns.index(("target", code))
        value = self.all_value.text()
        return self.model.put([(row, column, value) for row in range(self.model.rowCount())])

    def save(self) -> Plan | None:
        if not self.issuer.text().strip():
            self.show_problem(self.tr("The issuing body cannot be empty."))
            return None
        try:
            stored = plans.save_revision(self.repo, self.draft())
        except (InputError, PlanError) as exc:
            self.show_problem(str(exc))
            return None
        self._stored(stored)
        return stored

    def _stored(self, plan: Plan) -> None:
        self.show_plan(plan)
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Saved as revision {n}. Export the plan file and send it to the units.").format(
                n=plan.revision
            )
        )
        self.saved.emit(plan)

    # Units --------------------------------------------------------------------------------
    def selected_unit(self):
        index = self.view.currentIndex()
        return self.plan.units[index.row()] if index.isValid() else None

    def add_unit(self, answers: dict | None = None) -> Plan | None:
        """A new unit (a merged commune names the units it was formed from); saved at once."""
        if answers is None:
            dialog = AddUnitDialog(self.plan, self)
            if not dialog.exec():
                return None
            answers = dialog.answers()
        try:
            stored = plans.add_unit(self.repo, self.plan.year, **answers)
        except InputError as exc:
            self.show_problem(str(exc))
            return None
        self._stored(stored)
        return stored

    def retire_unit(self, after_month: int | None = None) -> Plan | None:
        unit = self.selected_unit()
        if unit is None:
            self.show_problem(self.tr("Choose a unit in the table first."))
            return None
        if after_month is None:
            after_month, ok = QInputDialog.getInt(
                self,
                self.tr("Retire the unit"),
                self.tr("{unit}: the last month it reports (merged or dissolved after it):").format(
                    unit=unit.name
                ),
                6,
                1,
                12,
            )
            if not ok:
                return None
        try:
            stored = plans.retire_unit(self.repo, self.plan.year, unit.code, after_month)
        except InputError as exc:
            self.show_problem(str(exc))
            return None
        self._stored(stored)
        return stored

    def add_indicator(self, answers: dict | None = None) -> Plan | None:
        """A new indicator from the elements the plan collects, the same target for every unit
        (changed in the table afterwards); saved at once."""
        if answers is None:
            dialog = AddIndicatorDialog(self.plan, self)
            if not dialog.exec():
                return None
            answers = dialog.answers()
        try:
            stored = plans.add_indicator(self.repo, self.plan.year, **answers)
        except InputError as exc:
            self.show_problem(str(exc))
            return None
        self._stored(stored)
        return stored

    # Files and years ----------------------------------------------------------------------
    def export(self, out: str | None = None) -> Path | None:
        if not out:
            suggested = Path.home() / f"ke-hoach-{self.plan.year}.xlsx"
            out, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the plan file"),
                str(suggested),
                self.tr("Excel workbooks (*.xlsx)"),
            )
        if not out:
            return None
        try:
            return plans.export_plan(self.repo, self.plan.year, out)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return None

    def import_file(self, path: str | None = None, confirm=None) -> Plan | None:
        """A plan file or a table typed in Excel; an edited sheet or another signer is asked
        about first. The window then shows the plan imported."""
        from lak_desktop.ui.plan_import import import_plan_asking

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a plan file"),
                "",
                self.tr("Excel workbooks (*.xlsx);;CSV (*.csv)"),
            )
        if not path:
            return None
        plan = import_plan_asking(self, self.repo, Path(path), confirm)
        if plan is not None:
            self._stored(plan)
        return plan

    def new_year(self, year: int | None = None) -> Plan | None:
        """Start the plan of another year from this one; the window then shows that year."""
        if year is None:
            year, ok = QInputDialog.getInt(
                self,
                self.tr("Plan of a new year"),
                self.tr("Year of the new plan (units, indicators and targets are copied):"),
                self.plan.year + 1,
                2000,
                2100,
            )
            if not ok:
                return None
        try:
            made = plans.new_plan(self.repo, year, self.plan.year)
        except InputError as exc:
            self.show_problem(str(exc))
            return None
        self._stored(made)
        return made


class AddUnitDialog(QDialog):
    def __init__(self, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a unit"))
        form = QFormLayout(self)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("a new code, e.g. NAMKA-2025"))
        self.name = QLineEdit()
        self.procedures = QSpinBox()
        self.procedures.setRange(0, 100_000)
        self.formed_from = QListWidget()
        self.formed_from.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for unit in plan.units:
            self.formed_from.addItem(f"{unit.code} — {unit.name}")
        self.find = QLineEdit()  # the units merged, found among a national plan's 3,321
        self.find.setPlaceholderText(self.tr("type part of a name or code to find it"))
        self.find.textChanged.connect(lambda text: filter_list(self.formed_from, text))
        self.from_month = QSpinBox()
        self.from_month.setRange(1, 12)
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Procedures published online:"), self.procedures)
        form.addRow(self.tr("Formed from (merged units):"), self.find)
        form.addRow("", self.formed_from)
        form.addRow(self.tr("First month:"), self.from_month)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._codes = [u.code for u in plan.units]

    def answers(self) -> dict:
        chosen = tuple(
            self._codes[self.formed_from.row(item)] for item in self.formed_from.selectedItems()
        )
        return {
            "code": self.code.text(),
            "name": self.name.text(),
            "procedures": self.procedures.value(),
            "formed_from": chosen,
            "from_month": self.from_month.value(),
        }


class AddIndicatorDialog(QDialog):
    def __init__(self, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an indicator"))
        form = QFormLayout(self)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. on_time_rate"))
        self.name = QLineEdit()
        self.numerator = QComboBox()
        self.denominator = QComboBox()
        for element in plan.elements:
            self.numerator.addItem(element.label, element.code)
            self.denominator.addItem(element.label, element.code)
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("e.g. 90%"))
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Numerator (counted):"), self.numerator)
        form.addRow(self.tr("Denominator (out of):"), self.denominator)
        form.addRow(self.tr("Target for every unit:"), self.target)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def answers(self) -> dict:
        return {
            "code": self.code.text(),
            "name": self.name.text(),
            "numerator": self.numerator.currentData(),
            "denominator": self.denominator.currentData(),
            "target": self.target.text(),
        }
