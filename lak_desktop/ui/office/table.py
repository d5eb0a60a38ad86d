"""One read-only table model for the office's screens: rows of cells, sortable by their values.

Model/view only, no widget per cell, so that a screen of 3,321 units opens, sorts and scrolls
as quickly as one of eleven.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Cell:
    text: str
    sort: object = None  # what the column sorts by; the text when None
    background: str | None = None  # a colour name; never the only mark of a state
    tip: str | Callable[[], str] = ""  # a callable is asked only when the tooltip shows
    number: bool = False  # right-aligned
    bold: bool = False


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[list[Cell]] = []
        self.keys: list[object] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[list[Cell]], keys: list[object] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.keys = list(keys) if keys is not None else [None] * len(rows)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self.beginResetModel()
        self.headers = list(headers)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cell = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == SORT_ROLE:
            return cell.text if cell.sort is None else cell.sort
        if role == KEY_ROLE:
            return self.keys[index.row()]
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

    def cell_text(self, row: int, column: int) -> str:
        return self.rows[row][column].text


def table_view(model: RowsModel, sortable: bool = False) -> QTableView:
    """A read-only view of the model, sorted through a proxy by each cell's value."""
    view = QTableView()
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        # Plan order until the user clicks a column title.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
    else:
        view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    # Fitting columns to their contents measures this many rows around the visible ones, not
    # all of them: 3,321 units take no longer than eleven.
    view.horizontalHeader().setResizeContentsPrecision(60)
    view.setWordWrap(False)
    return view


def outcome_label(outcome: str) -> str:
    """What the office decided about a file, marked by more than colour."""
    translate = QCoreApplication.translate
    return {
        "accepted": translate("Outcome", "✓ Accepted"),
        "replaced": translate("Outcome", "✓ Replaced the earlier revision"),
        "ignored": translate("Outcome", "– Ignored"),
        "held": translate("Outcome", "⚠ HELD: unknown key"),
        "refused": translate("Outcome", "✗ REFUSED"),
    }[outcome]


def number_sort(value) -> float:
    """A sort value for a number that may be absent: absent sorts below every number."""
    return -1.0 if value is None else float(value)
