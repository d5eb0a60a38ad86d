"""One read-only table model for the office's screens: rows of cells, sortable by their values.

Model/view only, no widget per cell, so that a screen of 3,321 units opens, sorts and scrolls
as quickly as one of eleven.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's key (a unit code, a file's number)


_ROLES = frozenset(
    int(role)
    for role in (
        KEY_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
    )
)


@dataclass(frozen=True)
class Cell:
    text: str
    sort: object = None  # what the column sorts by; the text when None
    background: str | None = None  # a colour name; never the only mark of a state
    tip: str | Callable[[], str] = ""  # a callable is asked only when the tooltip shows
    number: bool = False  # right-aligned
    bold: bool = False


class RowsModel(QAbstractTableModel):
    """Rows of cells, made only when a row is shown (a national table shows forty of its 3,321
    rows), and sorted by the model itself from each row's sort values: no per-comparison call
    back into Python, so a column of 3,321 units sorts in milliseconds."""

    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._count = 0
        self._make: Callable[[int], list[Cell]] = lambda i: []
        self._made: dict[int, list[Cell]] = {}
        self._sort_values: Callable[[int], Sequence[object]] | None = None
        self._sorted_by: tuple | None = None
        self.order: list[int] = []  # shown row -> row as given
        self._sorted: list[int] = []  # every row as given, in the order sorted
        self._keep: list[bool] | None = None  # the rows shown (set_filter); None: all
        self.keys: list[object] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[list[Cell]], keys: list[object] | None = None) -> None:
        """Rows made beforehand (small tables)."""
        self.set_lazy(len(rows), rows.__getitem__, keys)

    def set_lazy(
        self,
        count: int,
        make_row: Callable[[int], list[Cell]],
        keys: list[object] | None = None,
        sort_values: Callable[[int], Sequence[object]] | None = None,
    ) -> None:
        """`count` rows; `make_row(i)` makes row i's cells when it is first shown;
        `sort_values(column)` gives the values every row sorts by in `column`, in row order,
        without making the rows (by default the cells' sort values, which makes every row)."""
        self.beginResetModel()
        self._count = count
        self._make = make_row
        self._made = {}
        self._sort_values = sort_values
        self._sorted_by: tuple | None = None  # (column, order) the rows are in
        self._sorted = list(range(count))
        self._keep = None
        self.order = list(self._sorted)
        self.keys = list(keys) if keys is not None else [None] * count
        self.endResetModel()

    def append_rows(self, rows: list[list[Cell]], keys: list[object] | None = None) -> None:
        """Rows added below the others (a list that grows as files are read): the rows shown
        stay as they are, and the view draws only what it shows. Not for a model sorted from
        `sort_values`, which knows only the rows it was set with."""
        if not rows:
            return
        if self._sort_values is not None:
            raise ValueError("rows cannot be added to a model sorted from sort_values")
        start = self._count
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        for offset, cells in enumerate(rows):
            self._made[start + offset] = cells
        self._sorted.extend(range(start, start + len(rows)))
        self.order.extend(range(start, start + len(rows)))
        if self._keep is not None:
            self._keep.extend([True] * len(rows))
        self.keys.extend(keys if keys is not None else [None] * len(rows))
        self._count += len(rows)
        self._sorted_by = None  # the new rows are below, in the order given
        self.endInsertRows()

    def row_cells(self, row: int) -> list[Cell]:
        """The cells of the row shown at `row`."""
        i = self.order[row]
        cells = self._made.get(i)
        if cells is None:
            cells = self._made[i] = self._make(i)
        return cells

    def set_headers(self, headers: Sequence[str]) -> None:
        self.beginResetModel()
        self.headers = list(headers)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # the view asks for many it never gets
            return None
        if role == KEY_ROLE:
            return self.keys[self.order[index.row()]]
        cell = self.row_cells(index.row())[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.BackgroundRole and cell.background:
            return QColor(cell.background)
        if role == Qt.ItemDataRole.ToolTipRole and cell.tip:
            return cell.tip() if callable(cell.tip) else cell.tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if cell.number else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and cell.bold:
            return self._bold
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows by their values in `column` (numbers before text, stable)."""
        if not 0 <= column < len(self.headers):
            return
        if self._sorted_by == (column, order):
            return  # Qt asks twice for one click (the sort indicator, then the view)
        if self._sort_values is not None:
            values = list(self._sort_values(column))
        else:
            values = [self._cell_sort_key(i, column) for i in range(self._count)]
        kinds = {type(v) for v in values}
        if not (kinds <= {int, float} or kinds == {str}):  # mixed: numbers first, then text
            values = [_orderable(v) for v in values]
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        given = [self.order[p.row()] for p in kept]
        self._sorted = sorted(
            range(self._count),
            key=values.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.order = self._shown()
        shown = {i: r for r, i in enumerate(self.order)}
        self.changePersistentIndexList(
            kept, [self.index(shown[i], p.column()) for i, p in zip(given, kept, strict=True)]
        )
        self._sorted_by = (column, order)
        self.layoutChanged.emit()

    def set_filter(self, keep: Sequence[bool] | None) -> None:
        """Only the rows given whose `keep[i]` is true are shown (None: every row), in the
        order they are sorted: a unit found among 3,321 by its name."""
        self.beginResetModel()
        self._keep = None if keep is None else list(keep)
        self.order = self._shown()
        self.endResetModel()

    def _shown(self) -> list[int]:
        keep = self._keep
        return list(self._sorted) if keep is None else [i for i in self._sorted if keep[i]]

    @property
    def total(self) -> int:
        """Every row given, shown or not."""
        return self._count

    def _cell_sort_key(self, i: int, column: int) -> object:
        cells = self._made.get(i)
        if cells is None:
            cells = self._made[i] = self._make(i)
        cell = cells[column]
        return cell.text if cell.sort is None else cell.sort

    def cell_text(self, row: int, column: int) -> str:
        return self.row_cells(row)[column].text


def _orderable(value: object) -> tuple:
    """Numbers (and None, lowest) before text, so that a column sorts whatever it holds."""
    if value is None:
        return (0, 0)
    if isinstance(value, int | float):
        return (1, value)
    return (2, str(value))


def table_view(model: RowsModel, sortable: bool = False) -> QTableView:
    """A read-only view of the model; sortable views sort through the model itself."""
    view = QTableView()
    view.setModel(model)
    if sortable:
        # Plan order until the user clicks a column title.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    # Fitting columns to their contents measures this many rows around the visible ones, not
    # all of them: 3,321 units take no longer than eleven.
    view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    view.setWordWrap(False)
    return view


FIT_ROWS = 10  # rows measured, besides the visible ones, when columns fit their contents


def fit_columns(
    view: QTableView,
    texts: dict[int, Iterable[str]] | None = None,
    *,
    shown: bool = True,
    bold: Collection[int] = (),
) -> None:
    """Each column as wide as its title and the rows around the visible ones; each column of
    `texts` also as wide as the longest of the texts it may show, wherever its rows are: a
    unit's name cut short reads as another unit's, and the units without figures come last.

    With `shown` False, the columns are only widened for `texts` (a list that grows while files
    are read: measuring the rows shown takes some 20 ms, each time). The texts of the columns
    in `bold` are measured as bold (a file held or refused: its outcome stands out)."""
    if shown:
        view.resizeColumnsToContents()
    model = view.model()
    if not texts or not model.rowCount():
        return
    metrics = view.fontMetrics()
    bold_font = QFont(view.font())
    bold_font.setBold(True)
    bold_metrics = QFontMetrics(bold_font)
    grid = 1 if view.showGrid() else 0
    for column, candidates in texts.items():
        longest = heapq.nlargest(10, candidates, key=len)  # the widest is among the longest
        if not longest:
            continue
        # The cell's padding, as the view's delegate adds it to the first row's text.
        probe = model.index(0, column)
        padding = view.sizeHintForIndex(probe).width() - metrics.horizontalAdvance(
            str(probe.data() or "")
        )
        measure = bold_metrics if column in bold else metrics
        needed = max(measure.horizontalAdvance(t) for t in longest) + padding + grid
        if needed > view.columnWidth(column):
            view.setColumnWidth(column, needed)


def outcome_labels() -> dict[str, str]:
    """What the office decided about a file, marked by more than colour, by outcome."""
    translate = QCoreApplication.translate
    return {
        "accepted": translate("Outcome", "✓ Accepted"),
        "replaced": translate("Outcome", "✓ Replaced the earlier revision"),
        "ignored": translate("Outcome", "– Ignored"),
        "held": translate("Outcome", "⚠ HELD: unknown key"),
        "refused": translate("Outcome", "✗ REFUSED"),
    }


def outcome_label(outcome: str) -> str:
    return outcome_labels()[outcome]


def number_sort(value) -> float:
    """A sort value for a number that may be absent: absent sorts below every number."""
    return -1.0 if value is None else float(value)
