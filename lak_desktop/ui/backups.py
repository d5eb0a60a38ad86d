"""Backing up by hand, restoring from a backup, and the choice of a backup when the data file
is found damaged at start. The restore itself happens in `app.run`, with the file closed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from lak_desktop.core.formatting import format_int
from lak_desktop.storage.backup import backups_dir, list_backups, make_backup, quick_check
from lak_desktop.ui.office.table import Cell, RowsModel, table_view


def back_up(parent: QWidget, db_path: Path, folder: str | None = None) -> Path | None:
    """A checked copy of the data file into a folder the user picks (the backups folder first)."""
    if folder is None:
        backups_dir(db_path).mkdir(parents=True, exist_ok=True)
        folder = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("Backups", "Choose where to keep the backup"),
            str(backups_dir(db_path)),
        )
    if not folder:
        return None
    try:
        if Path(folder).resolve() == backups_dir(db_path).resolve():
            written = make_backup(db_path, "manual")
        else:
            written = make_backup(db_path, "manual", Path(folder))
    except Exception as exc:
        from lak_desktop.storage.errors import classify

        try:
            message = str(classify(exc, db_path))
        except Exception:
            message = str(exc)
        QMessageBox.warning(
            parent, QCoreApplication.translate("Backups", "The backup was not made"), message
        )
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Backups", "Backup made"),
        QCoreApplication.translate(
            "Backups", "The data file was copied and checked:\n{path}"
        ).format(path=written),
    )
    return written


class RestoreDialog(QDialog):
    """The backups of the data file, newest first; `chosen` is the one to restore."""

    def __init__(self, db_path: Path, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.chosen: Path | None = None
        self.setWindowTitle(QCoreApplication.translate("Backups", "Restore from a backup"))
        layout = QVBoxLayout(self)
        if reason:
            message = QLabel(reason)
            message.setWordWrap(True)
            layout.addWidget(message)
        intro = QLabel(
            QCoreApplication.translate(
                "Backups",
                "Choose a backup. The current data file is first set aside beside it (it is never "
                "deleted), then the backup takes its place. Figures saved after the backup was "
                "made will have to be entered again.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.backups = list_backups(db_path)
        self.model = RowsModel(
            [
                QCoreApplication.translate("Backups", "Made at"),
                QCoreApplication.translate("Backups", "Why"),
                QCoreApplication.translate("Backups", "Size (bytes)"),
                QCoreApplication.translate("Backups", "File"),
            ],
            self,
        )
        reasons = {
            "daily": QCoreApplication.translate("Backups", "first start of the day"),
            "before-import": QCoreApplication.translate("Backups", "before an import"),
            "manual": QCoreApplication.translate("Backups", "made by hand"),
            "before-migration": QCoreApplication.translate("Backups", "before an update"),
        }
        self.model.set_rows(
            [
                [
                    Cell(b.made_at.strftime("%d/%m/%Y %H:%M:%S")),
                    Cell(reasons.get(b.reason, b.reason)),
                    Cell(format_int(b.size), number=True),
                    Cell(b.path.name, tip=str(b.path)),
                ]
                for b in self.backups
            ],
            [str(b.path) for b in self.backups],
        )
        self.view = table_view(self.model)
        self.view.resizeColumnsToContents()
        if self.backups:
            self.view.selectRow(0)
        layout.addWidget(self.view, 1)
        if not self.backups:
            layout.addWidget(
                QLabel(
                    QCoreApplication.translate("Backups", "There is no backup in {folder}.").format(
                        folder=backups_dir(db_path)
                    )
                )
            )
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            QCoreApplication.translate("Backups", "&Restore the chosen backup"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.restore_button.setEnabled(bool(self.backups))
        other = buttons.addButton(
            QCoreApplication.translate("Backups", "Choose another &file…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        close = buttons.addButton(
            QCoreApplication.translate("Backups", "&Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.clicked.connect(self.take_selected)
        other.clicked.connect(self.take_file)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 100, self.fontMetrics().height() * 24)

    def take_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.choose(Path(self.backups[index.row()].path))

    def take_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Backups", "Choose a backup"),
            str(backups_dir(self.db_path)),
            QCoreApplication.translate("Backups", "Data files (*.sqlite)"),
        )
        if path:
            self.choose(Path(path))

    def choose(self, path: Path) -> bool:
        if not quick_check(path):
            QMessageBox.warning(
                self,
                QCoreApplication.translate("Backups", "Restore from a backup"),
                QCoreApplication.translate(
                    "Backups", "{path} is damaged or is not a data file. Choose another one."
                ).format(path=path),
            )
            return False
        self.chosen = path
        self.accept()
        return True
