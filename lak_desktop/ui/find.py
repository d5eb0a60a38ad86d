"""Finding a unit among a province's hundred or the country's 3,321 by typing any part of its
name, with its accents or without: "buon tria" finds "UBND xã Buôn Tría". Every name begins
with "UBND xã" or "UBND phường", so a list's own search by first letters finds nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from lak_desktop.core.formatting import format_int
from lak_desktop.core.text import fold_key

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 7  # an item's text without accents, lower case


def searchable(combo: QComboBox) -> QCompleter:
    """Lets the clerk type into `combo` to find its items: the items whose text holds what was
    typed are listed as it is typed, accents or not, and choosing one selects it. Leaving the
    box keeps an item of the list: the only one that matches, or the one chosen before."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setCompleter(None)  # the line's own completer matches the text as typed, accents and all
    model = combo.model()
    folded = [False]  # the items' folded texts are made when the clerk first types

    def fold(parent: QModelIndex, first: int, last: int) -> None:
        if folded[0]:
            # Quietly: the box would show its current item again over what is being typed.
            blocked = model.blockSignals(True)
            for row in range(first, last + 1):
                combo.setItemData(row, fold_key(combo.itemText(row)), FOLDED_ROLE)
            model.blockSignals(blocked)

    def fold_all() -> None:
        if not folded[0]:
            folded[0] = True
            fold(QModelIndex(), 0, combo.count() - 1)

    model.rowsInserted.connect(fold)
    model.modelReset.connect(lambda: folded.__setitem__(0, False))
    completer = QCompleter(model, combo)
    completer.setCompletionRole(FOLDED_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setMaxVisibleItems(12)
    line: QLineEdit = combo.lineEdit()
    completer.setWidget(line)

    def typed(text: str) -> None:
        fold_all()
        completer.setCompletionPrefix(fold_key(text))
        if text.strip() and completer.completionCount():
            completer.complete()
        else:
            completer.popup().hide()

    def chosen(index: QModelIndex) -> None:
        row = completer.completionModel().mapToSource(index).row()
        combo.setCurrentIndex(row)
        line.setText(combo.itemText(row))  # the name as written, not the folded one matched

    def left() -> None:
        """The text left in the box names an item, or goes back to the item chosen. (Not while
        the list of matches shows: showing it may take the keyboard from the box.)"""
        if completer.popup().isVisible():
            return
        settle()

    def entered() -> None:
        completer.popup().hide()
        settle()

    def settle() -> None:
        fold_all()
        wanted = fold_key(line.text())
        matches = [
            row for row in range(combo.count()) if wanted in str(combo.itemData(row, FOLDED_ROLE))
        ]
        exact = [row for row in matches if combo.itemData(row, FOLDED_ROLE) == wanted]
        if wanted and (exact or len(matches) == 1):
            combo.setCurrentIndex((exact or matches)[0])
        current = combo.currentIndex()
        line.setText(combo.itemText(current) if current >= 0 else "")

    line.textEdited.connect(typed)
    completer.activated[QModelIndex].connect(chosen)
    line.returnPressed.connect(entered)
    line.editingFinished.connect(left)
    return completer


def filter_list(items: QListWidget, wanted: str) -> None:
    """Shows only the items whose text holds `wanted`, accents or not (those chosen stay so)."""
    key = fold_key(wanted)
    for row in range(items.count()):
        item = items.item(row)
        item.setHidden(bool(key) and key not in fold_key(item.text()))


class _FindBox(QWidget):
    """«Find a unit:», a box to type part of a name or code in, and a count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("FindBox", "&Find a unit:"))
        self.line = QLineEdit()
        self.line.setPlaceholderText(translate("FindBox", "name or code"))
        self.line.setClearButtonEnabled(True)
        width = self.fontMetrics().averageCharWidth()
        self.line.setMinimumWidth(width * 16)
        self.line.setMaximumWidth(width * 28)
        label.setBuddy(self.line)
        self.count = QLabel()
        layout.addWidget(label)
        layout.addWidget(self.line)
        layout.addWidget(self.count)


class RowFinder(_FindBox):
    """«Find a unit:» over a table of units: only the rows whose unit's name or code holds what
    is typed, accents or not, stay shown, and a count says how many of how many."""

    def __init__(self, model, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model  # a RowsModel: set_filter(keep), total
        self._texts: Callable[[], Sequence[str]] = list  # each row's name and code, in order
        self._folded: list[str] | None = None  # the same, folded once the clerk types
        self.line.textChanged.connect(self.apply)

    def rows_changed(self, texts: Callable[[], Sequence[str]]) -> None:
        """The table was made again: `texts()` gives each row's name and code, asked only when
        the box holds something (a national table opens without folding 3,321 names)."""
        self._texts = texts
        self._folded = None
        self.apply()

    def apply(self) -> None:
        key = fold_key(self.line.text())
        if not key:
            if self.model.rowCount() != self.model.total:
                self.model.set_filter(None)
            self.count.setText("")
            return
        if self._folded is None:
            self._folded = [fold_key(text) for text in self._texts()]
        self.model.set_filter([key in text for text in self._folded])
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(
            self.tr("{shown} of {total} units").format(
                shown=format_int(shown), total=format_int(total)
            )
        )


class RowSeeker(_FindBox):
    """«Find a unit:» over a table that is edited (the plan's units): the first unit whose name
    or code holds what is typed, accents or not, becomes the current row, scrolled to; Enter
    goes on to the next. The rows all stay, so that a column pasted from Excel lands where it
    was meant to."""

    def __init__(self, view, texts: Callable[[], Sequence[str]], parent=None) -> None:
        super().__init__(parent)
        self.view, self._texts = view, texts
        self._folded: list[str] | None = None
        self._found: list[int] = []
        self._at = 0
        self.line.textChanged.connect(self.seek)
        self.line.returnPressed.connect(self.next)
        model = view.model()
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted):
            signal.connect(self._forget)

    def _forget(self, *_) -> None:
        self._folded = None

    def seek(self) -> None:
        key = fold_key(self.line.text())
        if not key:
            self._found = []
            self.count.setText("")
            return
        if self._folded is None:
            self._folded = [fold_key(text) for text in self._texts()]
        self._found = [row for row, text in enumerate(self._folded) if key in text]
        self._at = 0
        self._show()

    def next(self) -> None:
        if self._found:
            self._at = (self._at + 1) % len(self._found)
            self._show()

    def _show(self) -> None:
        if not self._found:
            self.count.setText(self.tr("not found"))
            return
        self.count.setText(self.tr("{n} of {total}").format(n=self._at + 1, total=len(self._found)))
        current = self.view.currentIndex()
        column = current.column() if current.isValid() else 1
        index = self.view.model().index(self._found[self._at], column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
