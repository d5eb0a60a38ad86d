"""Starting the window: translations, locale, crash dialog, first start, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

from lak_desktop.operations.common import ROLE_COMMUNE, ROLE_SETTING, UNIT_SETTING, plan_for
from lak_desktop.paths import resource
from lak_desktop.storage import Repository, StorageError, open_repository

log = logging.getLogger(__name__)


def install_translations(app: QApplication) -> list[QTranslator]:
    """Vietnamese for our strings; numbers and dates the Vietnamese way.

    Qt ships no Vietnamese for its own dialogs, so every standard button we show is labelled by us.
    """
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    translators = []
    ours = QTranslator(app)
    if ours.load(str(resource("translations", "lak_vi.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("translations not found in %s", resource("translations"))
    return translators


def install_crash_dialog(log_path: Path | None) -> None:
    """An unexpected error shows what to do and where the log is; the program never vanishes."""

    def hook(kind, value, tb) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        text = "".join(traceback.format_exception_only(kind, value)).strip()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QApplication.translate("App", "Unexpected error"),
            QApplication.translate(
                "App",
                "Something went wrong that the program did not expect. The figures "
                "already saved are safe. Close this message and try again; if it "
                "happens again, send the log file to the person who supports you:\n"
                "{log}",
            ).format(log=log_path or "—"),
        )
        box.addButton(QApplication.translate("App", "Close"), QMessageBox.ButtonRole.AcceptRole)
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def main_window(repo: Repository, db_path: Path, log_path: Path | None) -> QMainWindow | None:
    """The window for the stored role; the first-start dialog when there is none yet."""
    from lak_desktop.ui.first_start import FirstStartDialog
    from lak_desktop.ui.main_window import CommuneWindow
    from lak_desktop.ui.office.window import OfficeWindow

    if repo.setting(ROLE_SETTING) is None:
        if FirstStartDialog(repo).exec() != QDialog.DialogCode.Accepted:
            return None
    if repo.setting(ROLE_SETTING) == ROLE_COMMUNE:
        plan = plan_for(repo)
        unit = repo.setting(UNIT_SETTING)
        if unit is None or not plan.has_unit(unit):
            repo.clear_setting(ROLE_SETTING)  # the unit left the plan: ask again
            return main_window(repo, db_path, log_path)
        return CommuneWindow(repo, plan, unit, db_path, log_path)
    return OfficeWindow(repo, plan_for(repo), db_path, log_path)


def run(db_path: Path, log_path: Path | None, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("lak-desktop")
    app.setApplicationDisplayName("lak_desktop")
    app.setWindowIcon(QIcon(str(resource("icons", "lak.png"))))
    install_translations(app)
    install_crash_dialog(log_path)
    try:
        repo = open_repository(db_path)
    except StorageError as exc:
        QMessageBox.critical(
            None, QApplication.translate("App", "Cannot open the data file"), str(exc)
        )
        return 2
    try:
        window = main_window(repo, db_path, log_path)
        if window is None:
            return 0
        window.show()
        return app.exec()
    finally:
        repo.close()
