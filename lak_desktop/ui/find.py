"""Finding a unit among a province's hundred or the country's 3,321 by typing any part of its
name, with its accents or without: "buon tria" finds "UBND xã Buôn Tría". Every name begins
with "UBND xã" or "UBND phường", so a list's own search by first letters finds nothing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QListWidget

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

    def fold(parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            combo.setItemData(row, fold_key(combo.itemText(row)), FOLDED_ROLE)

    model.rowsInserted.connect(fold)
    fold(QModelIndex(), 0, combo.count() - 1)
    completer = QCompleter(model, combo)
    completer.setCompletionRole(FOLDED_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setMaxVisibleItems(12)
    line: QLineEdit = combo.lineEdit()
    completer.setWidget(line)

    def typed(text: str) -> None:
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
