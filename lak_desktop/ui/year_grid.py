"""The year grid: months as rows, the plan's data elements as columns, as quick as Excel."""

from __future__ import annotations

import sqlite3
import textwrap
from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QTableView,
)

from lak_desktop.core.attainment import unit_attainment
from lak_desktop.core.figures import CountError, MonthlyFigures, parse_count
from lak_desktop.core.formatting import format_count, format_date, format_int, format_percent
from lak_desktop.core.periods import month_range
from lak_desktop.core.plan import Plan
from lak_desktop.operations.common import InputError
from lak_desktop.operations.commune import ExportMark, check_figures, export_marks
from lak_desktop.storage import Repository

EXPORTED_COLOR = QColor("#e3f1e3")
CHANGED_COLOR = QColor("#fde2c4")
INCOMPLETE_COLOR = QColor("#b45309")


@dataclass(frozen=True)
class Column:
    kind: str  # "element", "rate", "note" or "sent"
    key: str  # element or indicator code, "" otherwise
    title: str
    help: str = ""


class MonthChange(QUndoCommand):
    """Months as they were and as they become; undo writes the old ones back.

    The change is already saved when the command is pushed, so its first redo does nothing:
    a save that fails never leaves a step on the undo stack.
    """

    def __init__(
        self,
        model: YearGridModel,
        before: list[MonthlyFigures],
        after: list[MonthlyFigures],
        text: str,
    ) -> None:
        super().__init__(text)
        self.model, self.before, self.after = model, before, after
        self.saved = True

    def redo(self) -> None:
        if self.saved:
            self.saved = False
            return
        self.model.store(self.after)

    def undo(self) -> None:
        self.model.store(self.before)


class YearGridModel(QAbstractTableModel):
    """One unit, one year. Edits go through the undo stack and are saved at once."""

    refused = Signal(QModelIndex, str)  # the view decides how to show it
    saved = Signal()

    def __init__(
        self, repo: Repository, plan: Plan, unit_code: str, undo: QUndoStack, parent=None
    ) -> None:
        super().__init__(parent)
        self.repo, self.plan, self.unit_code, self.undo = repo, plan, unit_code, undo
        self.columns = [Column("element", e.code, e.label, e.help) for e in plan.elements]
        self.columns += [
            Column("rate", i.code, self.tr("{name} (month)").format(name=i.name))
            for i in plan.indicators
        ]
        self.columns += [Column("note", "", self.tr("Note")), Column("sent", "", self.tr("Sent"))]
        self.months: dict[int, MonthlyFigures] = {}
        self.marks: dict[int, ExportMark] = {}
        self.reload()

    # Loading ---------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self.months = {f.month: f for f in self.repo.figures(self.plan.year, self.unit_code)}
        self.marks = export_marks(self.repo, self.unit_code, self.plan.year)
        self.endResetModel()

    def month(self, month: int) -> MonthlyFigures:
        return self.months.get(month) or MonthlyFigures(self.unit_code, self.plan.year, month)

    def figures(self) -> list[MonthlyFigures]:
        return [self.months[m] for m in sorted(self.months)]

    # Qt model API --------------------------------------------------------------------
    TOTAL_ROW = 12  # below the twelve months: the year to date, read-only

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 13

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return textwrap.fill(col.title, 15)  # headers do not wrap by themselves
            if role == Qt.ItemDataRole.ToolTipRole:
                return col.help or None
            return None
        month = section + 1
        if section == self.TOTAL_ROW:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Year to date")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Sums of the figures entered; the rates count only complete months.")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            first, last = month_range(self.plan.year, month, self.plan.period_convention)
            return self.tr("Month {m}\n{first} – {last}").format(
                m=month, first=format_date(first)[:5], last=format_date(last)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            first, last = month_range(self.plan.year, month, self.plan.period_convention)
            return self.tr("Copy the figures received from {first} to {last}.").format(
                first=format_date(first), last=format_date(last)
            )
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() == self.TOTAL_ROW:
            return base
        if self.columns[index.column()].kind in ("element", "note"):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.row() == self.TOTAL_ROW:
            return self._total(index, role)
        col = self.columns[index.column()]
        month = index.row() + 1
        fig = self.month(month)
        mark = self.marks.get(month)
        if role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return QBrush(CHANGED_COLOR if mark.changed else EXPORTED_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in ("element", "rate"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col.kind == "rate"
            and self._rate(fig, col.key) is None
            and fig.values
        ):
            return QBrush(INCOMPLETE_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.kind == "sent" and mark is not None:
                return self._mark_text(mark, long=True)
            if col.kind == "rate" and fig.values and self._rate(fig, col.key) is None:
                return self._incomplete_text(col.key)
            return col.help or None
        if role == Qt.ItemDataRole.EditRole:
            if col.kind == "element":
                value = fig.values.get(col.key)
                return "" if value is None else str(value)
            if col.kind == "note":
                return fig.note
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col.kind == "element":
            value = fig.values.get(col.key)
            return format_count(value)
        if col.kind == "rate":
            rate = self._rate(fig, col.key)
            if rate is not None:
                return format_percent(rate)
            return "—" if fig.values else ""  # a blank is not a zero: no rate without both
        if col.kind == "note":
            return fig.note
        if col.kind == "sent" and mark is not None:
            return self._mark_text(mark, long=False)
        return None

    def _total(self, index: QModelIndex, role: int):
        """The year to date: element sums, and each indicator's rate over complete months."""
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in ("element", "rate"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole or not self.months:
            return None
        if col.kind == "element":
            entered = [f.values[col.key] for f in self.months.values() if col.key in f.values]
            return format_int(sum(entered)) if entered else ""
        if col.kind == "rate":
            through = max(self.months)
            att = unit_attainment(self.plan, self.unit_code, self.figures(), through)
            return format_percent(att.indicators[col.key].rate)
        return None

    def _rate(self, fig: MonthlyFigures, indicator_code: str) -> Fraction | None:
        ind = next(i for i in self.plan.indicators if i.code == indicator_code)
        num, den = fig.values.get(ind.numerator), fig.values.get(ind.denominator)
        return Fraction(num, den) if num is not None and den else None

    def _incomplete_text(self, indicator_code: str) -> str:
        ind = next(i for i in self.plan.indicators if i.code == indicator_code)
        return self.tr(
            "Not complete: enter both «{num}» and «{den}» (0 is a number). Until then this "
            "month counts for nothing in the rate."
        ).format(
            num=self.plan.element(ind.numerator).label, den=self.plan.element(ind.denominator).label
        )

    def _mark_text(self, mark: ExportMark, long: bool) -> str:
        if mark.changed:
            if long:
                return self.tr(
                    "Changed after it was sent in the file of month {m} (revision {r}): "
                    "export again so the office gets the new figures."
                ).format(m=mark.through_month, r=mark.revision)
            return self.tr("changed after sending")
        if long:
            return self.tr("Sent in the file of month {m}, revision {r}.").format(
                m=mark.through_month, r=mark.revision
            )
        return self.tr("sent (r{r})").format(r=mark.revision)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.row() == self.TOTAL_ROW:
            return False
        col = self.columns[index.column()]
        month = index.row() + 1
        if col.kind == "note":
            text = str(value).strip()
            if text == self.month(month).note:
                return True
            return self._change({month: ({}, text)}, index)
        if col.kind != "element":
            return False
        try:
            number = parse_count(value)
        except CountError as exc:
            self.refused.emit(index, str(exc))
            return False
        if self.month(month).values.get(col.key) == number:
            return True
        return self._change({month: ({col.key: number}, None)}, index)

    def check(self, index: QModelIndex, text: str) -> str | None:
        """Why `text` would be refused in the cell at `index`; None when it would be saved."""
        col = self.columns[index.column()]
        if col.kind != "element":
            return None
        try:
            number = parse_count(text)
        except CountError as exc:
            return str(exc)
        try:
            check_figures(self.repo, self.plan, self.unit_code, index.row() + 1, {col.key: number})
        except InputError as exc:
            return "\n".join(p.message for p in exc.problems)
        return None

    # Changes ------------------------------------------------------------------------
    def _change(
        self,
        changes: dict[int, tuple[dict[str, int | None], str | None]],
        index: QModelIndex,
        text: str | None = None,
    ) -> bool:
        """Check every month first; push one undoable step only when all pass."""
        before, after = [], []
        for month, (values, note) in sorted(changes.items()):
            try:
                b, a = check_figures(self.repo, self.plan, self.unit_code, month, values, note)
            except InputError as exc:
                self.refused.emit(index, "\n".join(p.message for p in exc.problems))
                return False
            before.append(b)
            after.append(a)
        try:
            self.store(after)
        except (sqlite3.Error, OSError) as exc:
            self.reload()
            self.refused.emit(
                index,
                self.tr(
                    "The data file could not be written ({error}). Nothing was saved; "
                    "check that the disk is not full and try again."
                ).format(error=exc),
            )
            return False
        self.undo.push(MonthChange(self, before, after, text or self.tr("Edit")))
        return True

    def store(self, figures: list[MonthlyFigures]) -> None:
        self.repo.save_figures(figures, "ui")
        self.months.update({f.month: f for f in figures})
        self.marks = export_marks(self.repo, self.unit_code, self.plan.year)
        self.dataChanged.emit(self.index(0, 0), self.index(self.TOTAL_ROW, len(self.columns) - 1))
        self.saved.emit()

    def clear(self, indexes: list[QModelIndex]) -> bool:
        changes: dict[int, tuple[dict[str, int | None], str | None]] = {}
        for index in indexes:
            if index.row() == self.TOTAL_ROW:
                continue
            col = self.columns[index.column()]
            values, _ = changes.setdefault(index.row() + 1, ({}, None))
            if col.kind == "element":
                values[col.key] = None
            elif col.kind == "note":
                changes[index.row() + 1] = (values, "")
        changes = {m: c for m, c in changes.items() if c[0] or c[1] is not None}
        if not changes:
            return False
        return self._change(changes, indexes[0], self.tr("Clear"))

    def paste(self, top_left: QModelIndex, text: str) -> bool:
        """A block copied from Excel: tab-separated columns, one line a row."""
        lines = [line.split("\t") for line in text.rstrip("\r\n").replace("\r", "").split("\n")]
        changes: dict[int, tuple[dict[str, int | None], str | None]] = {}
        for r, cells in enumerate(lines):
            month = top_left.row() + 1 + r
            if month > 12:
                break
            for c, raw in enumerate(cells):
                col_index = top_left.column() + c
                if col_index >= len(self.columns):
                    break
                col = self.columns[col_index]
                values, _ = changes.setdefault(month, ({}, None))
                if col.kind == "element":
                    try:
                        values[col.key] = parse_count(raw)
                    except CountError as exc:
                        where = self.index(month - 1, col_index)
                        self.refused.emit(
                            where,
                            self.tr("Month {m}, {label}: {reason} Nothing was pasted.").format(
                                m=month, label=col.title, reason=str(exc)
                            ),
                        )
                        return False
                elif col.kind == "note":
                    changes[month] = (values, raw.strip())
        changes = {m: c for m, c in changes.items() if c[0] or c[1] is not None}
        return bool(changes) and self._change(changes, top_left, self.tr("Paste"))

    def copy_text(self, indexes: list[QModelIndex]) -> str:
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        wanted = {(i.row(), i.column()) for i in indexes}
        out = []
        for r in rows:
            cells = []
            for c in cols:
                value = (
                    self.data(self.index(r, c), Qt.ItemDataRole.EditRole)
                    if (r, c) in wanted
                    else ""
                )
                if value is None:
                    value = self.data(self.index(r, c), Qt.ItemDataRole.DisplayRole) or ""
                cells.append(str(value))
            out.append("\t".join(cells))
        return "\n".join(out)


class GridDelegate(QStyledItemDelegate):
    """Keeps a refused value where it was typed, and notes that an edit ended with Enter so
    that the view can move down as Excel does.

    Enter, Tab or leaving the cell with a value the model would refuse leaves the editor open
    on that cell with the typed text, says why at the cell, and does not move: a fast typist
    never loses a number unseen. Esc puts back the old value."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.enter_pressed = False
        self.editing: QPersistentModelIndex | None = None

    def createEditor(self, parent, option, index):
        self.editing = QPersistentModelIndex(index)
        return super().createEditor(parent, option, index)

    def eventFilter(self, editor, event) -> bool:
        kind = event.type()
        leaving = kind == QEvent.Type.FocusOut or (
            kind == QEvent.Type.KeyPress
            and event.key()
            in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        )
        if leaving and self.editing is not None and self.editing.isValid():
            index = QModelIndex(self.editing)
            model = index.model()
            reason = model.check(index, editor.text()) if hasattr(editor, "text") else None
            if reason:
                model.refused.emit(index, reason)
                return True  # the editor stays open with what was typed
        if kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed = True
        return super().eventFilter(editor, event)


class YearGridView(QTableView):
    """Excel-like keys: type to edit, Enter moves down, Tab moves right, Delete clears,
    Ctrl+V pastes a block, Ctrl+C copies one."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().setMinimumHeight(self.fontMetrics().height() * 3 + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        self.setTabKeyNavigation(True)
        # The current column's title is not set in bold: a bold title no longer fits its width.
        self.horizontalHeader().setHighlightSections(False)
        self.delegate = GridDelegate(self)
        self.setItemDelegate(self.delegate)
        self.row_start: int | None = None  # the column where Tab started along this row

    def grid(self) -> YearGridModel:
        model = self.model()
        assert isinstance(model, YearGridModel)
        return model

    def keyPressEvent(self, event) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.grid().paste(self.currentIndex(), QGuiApplication.clipboard().text())
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                QGuiApplication.clipboard().setText(self.grid().copy_text(self.selectedIndexes()))
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.grid().clear(self.selectedIndexes())
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._step_down()
                return
        super().keyPressEvent(event)

    def context_menu(self) -> QMenu:
        """Copy, paste, clear, undo, redo: the grid's right-click menu."""
        grid = self.grid()
        menu = QMenu(self)
        copy = menu.addAction(self.tr("&Copy"))
        copy.triggered.connect(
            lambda: QGuiApplication.clipboard().setText(grid.copy_text(self.selectedIndexes()))
        )
        paste = menu.addAction(self.tr("&Paste"))
        paste.triggered.connect(
            lambda: grid.paste(self.currentIndex(), QGuiApplication.clipboard().text())
        )
        paste.setEnabled(bool(QGuiApplication.clipboard().text()))
        clear = menu.addAction(self.tr("C&lear"))
        clear.triggered.connect(lambda: grid.clear(self.selectedIndexes()))
        menu.addSeparator()
        undo = menu.addAction(self.tr("&Undo"))
        undo.triggered.connect(grid.undo.undo)
        undo.setEnabled(grid.undo.canUndo())
        redo = menu.addAction(self.tr("&Redo"))
        redo.triggered.connect(grid.undo.redo)
        redo.setEnabled(grid.undo.canRedo())
        return menu

    def contextMenuEvent(self, event) -> None:
        self.context_menu().exec(event.globalPos())

    def keyboardSearch(self, search: str) -> None:
        """Typing in a cell that cannot be edited (a rate) does nothing: Qt would jump to the
        row whose text starts with what was typed."""

    def closeEditor(self, editor, hint) -> None:
        move = self.delegate.enter_pressed
        self.delegate.enter_pressed = False
        column = self.currentIndex().column()
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem and self.row_start is None:
            self.row_start = column  # Tab: remember where the row was begun
        super().closeEditor(editor, hint)
        if move:
            self._step_down()

    def _step_down(self) -> None:
        """Enter: the next month, in the column where the row was begun (as Excel does)."""
        current = self.currentIndex()
        column = self.row_start if self.row_start is not None else current.column()
        self.row_start = None
        if current.isValid() and current.row() < 11:
            self.setCurrentIndex(self.model().index(current.row() + 1, column))

    def mousePressEvent(self, event) -> None:
        self.row_start = None  # a click starts afresh
        super().mousePressEvent(event)
