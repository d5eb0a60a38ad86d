"""What both main windows do alike: remember their size, change role, help and About."""

from __future__ import annotations

from lak_desktop.ui.screen import remember_geometry


class WindowJobs:
    """A mixin for a QMainWindow with `repo`, `db_path` and `log_path`."""

    def add_help_menu(self) -> None:
        """Trợ giúp: the user guide and About."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QAction, QKeySequence

        translate = QCoreApplication.translate
        menu = self.menuBar().addMenu(translate("WindowJobs", "&Help"))
        guide = QAction(translate("WindowJobs", "&User guide"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        about = QAction(translate("WindowJobs", "&About"), self)
        about.triggered.connect(self.show_about)
        menu.addAction(guide)
        menu.addAction(about)

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

        show_about(self, self.db_path, self.log_path, own_fingerprint(self.repo))
