"""What both main windows do alike: remember their size, change role, help and About."""

from __future__ import annotations

from lak_desktop.ui.screen import remember_geometry


class WindowJobs:
    """A mixin for a QMainWindow with `repo`, `db_path` and `log_path`."""

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
        from lak_desktop.ui.help import show_about

        show_about(self, self.db_path, self.log_path)
