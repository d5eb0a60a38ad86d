"""Help menu: the user guide and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout

from lak_desktop import __version__
from lak_desktop.paths import resource


def show_guide(parent) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Help", "User guide"))
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser()
    browser.setHtml(resource("help", "guide_vi.html").read_text(encoding="utf-8"))
    layout.addWidget(browser)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(
        QCoreApplication.translate("Help", "Close")
    )
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(760, 640)
    dialog.exec()


def show_about(
    parent, db_path: Path, log_path: Path | None, fingerprint: str, received: Path | None = None
) -> None:
    """Version, this computer's key, where the data file and the log are; at an office, where
    the received files are kept (they move with the data file)."""
    box = QMessageBox(parent)
    box.setObjectName("about")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setWindowTitle(QCoreApplication.translate("Help", "About lak_desktop"))
    box.addButton(QCoreApplication.translate("Help", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.setText(
        QCoreApplication.translate(
            "Help",
            "<h3>lak_desktop {version}</h3>"
            "<p>Tracks the targets for online dossiers and digitized results, offline.</p>"
            "<p>Key of this computer: <b>{key}</b><br>It is printed at the foot of every file "
            "this computer makes, so that the receiver can compare it by phone. It moves with "
            "the data file.</p>"
            "<p>Data file:<br><code>{db}</code></p><p>Log file:<br><code>{log}</code></p>",
        ).format(version=__version__, key=fingerprint, db=db_path, log=log_path or "—")
        + (
            QCoreApplication.translate(
                "Help",
                "<p>Received files (copy this folder too when the data file moves to another "
                "computer):<br><code>{folder}</code></p>",
            ).format(folder=received)
            if received is not None
            else ""
        ),
    )
    box.exec()
