"""Sending: pick the month and a folder (removable drives first), see the file name, write it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QStorageInfo, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from lak_desktop.core.plan import Plan
from lak_desktop.operations.common import EXPORT_DIR_SETTING, InputError
from lak_desktop.operations.commune import ExportResult, export_submission
from lak_desktop.storage import Repository


def removable_folders() -> list[Path]:
    """Mounted drives that look like USB sticks or memory cards, first the newest mounted."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = Path(volume.rootPath())
        if sys.platform == "win32":
            kind = bytes(volume.fileSystemType()).decode(errors="ignore").upper()
            if root.drive.upper() != "C:" and kind in ("FAT32", "EXFAT", "FAT"):
                found.append(root)
        elif str(root).startswith(("/media/", "/run/media/", "/mnt/")):
            found.append(root)
    return found


def last_complete_month(plan: Plan, figures) -> int:
    """The last month up to which every month has all its figures (1 when none has)."""
    from lak_desktop.core.attainment import month_gaps

    by_month = {f.month: f for f in figures}
    last = 0
    for m in range(1, 13):
        if month_gaps(plan, by_month.get(m)) is not None:
            break
        last = m
    return max(last, 1)


class ExportDialog(QDialog):
    def __init__(self, repo: Repository, plan: Plan, unit_code: str, parent=None) -> None:
        super().__init__(parent)
        self.repo, self.plan, self.unit_code = repo, plan, unit_code
        self.result_: ExportResult | None = None
        self.setWindowTitle(self.tr("Send the report to the office above"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.month = QComboBox()
        for m in range(1, 13):
            self.month.addItem(self.tr("Month {m}").format(m=m), m)
        figures = repo.figures(plan.year, unit_code)
        self.month.setCurrentIndex(last_complete_month(plan, figures) - 1)
        form.addRow(self.tr("&Month:"), self.month)
        folder_row = QHBoxLayout()
        self.folder = QComboBox()
        self.folder.setEditable(True)
        self.folder.setMinimumContentsLength(30)
        for path in self._suggestions():
            self.folder.addItem(str(path))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        form.addRow(self.tr("File:"), self.file_label)
        layout.addLayout(form)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b45f06")
        layout.addWidget(self.warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Write the file"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.month.currentIndexChanged.connect(self._update)
        self.folder.currentTextChanged.connect(self._update)
        self._update()

    def _suggestions(self) -> list[Path]:
        places = removable_folders()
        last = self.repo.setting(EXPORT_DIR_SETTING)
        if last:
            places.append(Path(last))
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        places.append(Path(docs or Path.home()))
        unique: list[Path] = []
        for p in places:
            if p not in unique:
                unique.append(p)
        return unique

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder"), self.folder.currentText()
        )
        if path:
            self.folder.setCurrentText(path)

    def chosen_month(self) -> int:
        return int(self.month.currentData())

    def gaps(self) -> list[str]:
        """A line for each month of the chosen range that is empty or lacks a figure."""
        from lak_desktop.exchange.submission import complete_months
        from lak_desktop.operations.commune import month_problems

        month = self.chosen_month()
        figures = self.repo.figures(self.plan.year, self.unit_code)
        months = complete_months(self.unit_code, self.plan.year, month, figures)
        return month_problems(self.plan, months)[2]

    def _update(self) -> None:
        from lak_desktop.exchange.submission import file_name

        month = self.chosen_month()
        revision = self.repo.next_export_revision(self.plan.year, self.unit_code, month)
        self.file_label.setText(file_name(self.plan, self.unit_code, month, revision))
        lines = self.gaps()
        self.warning.setText(
            self.tr("Not complete; these months will be marked and will count for nothing:\n")
            + "\n".join(lines)
            if lines
            else ""
        )

    def confirm_gaps(self) -> bool:
        """Ask before sending months that are empty or lack a figure."""
        lines = self.gaps()
        if not lines:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Some months are not complete"))
        box.setText(
            self.tr(
                "{lines}\n\nThe file will mark these months and they will count for nothing. "
                "Send it anyway?"
            ).format(lines="\n".join(lines))
        )
        send = box.addButton(self.tr("&Send anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is send

    def write(self) -> None:
        folder = Path(self.folder.currentText().strip() or ".")
        if not self.confirm_gaps():
            return
        try:
            self.result_ = export_submission(
                self.repo,
                self.unit_code,
                self.plan.year,
                self.chosen_month(),
                folder,
                allow_incomplete=True,  # the user has just been asked
            )
        except InputError as exc:
            QMessageBox.warning(self, self.tr("The file was not written"), str(exc))
            return
        self.repo.set_setting(EXPORT_DIR_SETTING, str(folder))
        self.accept()


def offer_to_open(parent, result: ExportResult) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ExportDialog", "File written"))
    box.setText(
        QCoreApplication.translate(
            "ExportDialog",
            "The report was written to:\n{path}\n\nSend this file to the office above.",
        ).format(path=result.path)
    )
    open_button = box.addButton(
        QCoreApplication.translate("ExportDialog", "&Open the folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("ExportDialog", "Close"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))
