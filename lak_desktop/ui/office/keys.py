"""The office's questions about keys: is this new key really the unit's?"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def confirm_new_key(parent, unit_name: str, fingerprint: str, known: str) -> bool:
    """Ask the clerk to compare the key with the unit by phone before trusting it."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Keys", "Trust a new key"))
    text = translate(
        "Keys",
        "<p>The file of <b>{unit}</b> is signed with the key <b>{key}</b>.</p>"
        "<p>Call the unit and ask them to read the key printed at the foot of their report "
        "(Help → About in their program). Trust it only if it is the same: a unit that changed "
        "its computer gets a new key; someone else's file also has another key.</p>",
    ).format(unit=unit_name, key=fingerprint)
    if known:
        text += translate("Keys", "<p>Key known for this unit until now: {known}.</p>").format(
            known=known
        )
    box.setText(text)
    trust = box.addButton(translate("Keys", "Trust this key"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Keys", "Do not trust"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is trust
