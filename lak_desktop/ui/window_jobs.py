"""What both main windows do alike: read the plan when first needed, remember their size,
back up and restore, change role, help and About."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel

from lak_desktop.operations.common import InputError, plan_for
from lak_desktop.storage import StorageError
from lak_desktop.ui.screen import remember_geometry

if TYPE_CHECKING:
    from lak_desktop.core.plan import Plan

log = logging.getLogger(__name__)


class Opening(QLabel):
    """What a main window shows between its first paint and its first screen: once this is
    painted (the frame is on the screen), `then` runs, and makes the screen. When the stored
    plan cannot be read, it says so here instead, and what to do: the window stays, with its
    menus and backups."""

    def __init__(self, then) -> None:
        super().__init__(QCoreApplication.translate("WindowJobs", "Opening the data file…"))
        self.setContentsMargins(12, 12, 12, 12)
        self._then = then
        self._started = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self.window(), self._open)  # queued: after this paint

    def _open(self) -> None:
        try:
            self._then()
        except (StorageError, InputError) as exc:
            self._say_why(exc)

    def _say_why(self, error: Exception) -> None:
        log.warning("the first screen could not open: %s", error)
        self.setWordWrap(True)
        self.setText(
            QCoreApplication.translate(
                "WindowJobs",
                "{error}\n\nRestore the data file from a backup (File → Restore from a "
                "backup…), or ask the person who supports you.",
            ).format(error=error)
        )


class WindowJobs:
    """A mixin for a QMainWindow with `repo`, `db_path`, `log_path` and `_plan` (None until
    the plan is first needed)."""

    @property
    def plan(self) -> Plan:
        """The plan in force, read when first needed: a window paints its frame first."""
        if self._plan is None:
            self._plan = plan_for(self.repo)
        return self._plan

    def add_help_menu(self) -> None:
        """Trợ giúp: the user guide and About."""
        from PySide6.QtGui import QAction, QKeySequence

        translate = QCoreApplication.translate
        menu = self.menuBar().addMenu(translate("WindowJobs", "&Help"))
        guide = QAction(translate("WindowJobs", "&User guide"), self)
        guide.setShortcuts(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        about = QAction(translate("WindowJobs", "&About"), self)
        about.triggered.connect(self.show_about)
        menu.addAction(guide)
        menu.addAction(about)

    def add_backup_actions(self, menu) -> None:
        """Tệp → Sao lưu… and Khôi phục từ bản sao lưu…. A chosen backup is left in
        `restore_from` and the window closes: `app.run` restores it with the data file closed,
        then opens the window again. (The dialogs' module is imported when one is opened.)"""
        from PySide6.QtGui import QAction

        translate = QCoreApplication.translate
        self.backup_action = QAction(translate("Backups", "&Back up…"), self)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(translate("Backups", "Restore from a &backup…"), self)
        self.restore_action.triggered.connect(self.choose_backup)
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    def back_up(self) -> None:
        from lak_desktop.ui.backups import back_up

        back_up(self, self.db_path)

    def choose_backup(self) -> None:
        from lak_desktop.ui.backups import RestoreDialog

        dialog = RestoreDialog(self.db_path, parent=self)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_from = dialog.chosen
            self.close()

    def closeEvent(self, event) -> None:
        remember_geometry(self)
        super().closeEvent(event)

    def change_role(self) -> None:
        from lak_desktop.ui.first_start import change_role

        change_role(self, self.repo)

    def show_guide(self) -> None:
        from lak_desktop.ui.help import show_guide

        show_guide(self)

    def show_about(self) -> None:
        from lak_desktop.operations.keys import own_fingerprint
        from lak_desktop.ui.help import show_about

        received = self.repo.received.folder  # an office's; a commune receives no files
        show_about(
            self,
            self.db_path,
            self.log_path,
            own_fingerprint(self.repo),
            received if received.is_dir() else None,
        )
