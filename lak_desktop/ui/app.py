"""Starting the window: translations, locale, crash dialog, first start, main window."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
import traceback
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer, QTranslator, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from lak_desktop.operations.common import (
    PLAN_YEAR_SETTING,
    ROLE_COMMUNE,
    ROLE_SETTING,
    UNIT_SETTING,
    merger_asked_key,
    plan_for,
    unit_heading,
)
from lak_desktop.paths import resource
from lak_desktop.storage import Repository, StorageError, open_repository
from lak_desktop.storage.errors import UpdateDue

log = logging.getLogger(__name__)


def install_translations(app: QApplication) -> list[QTranslator]:
    """Vietnamese for our strings; numbers and dates the Vietnamese way.

    Qt ships no Vietnamese for its own widgets: `qt_vi.ts` translates the ones the program shows.
    """
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    translators = []
    # Ours, and Qt's own strings (menus of text boxes, dialog buttons): Qt ships no Vietnamese.
    for name in ("lak_vi.qm", "qt_vi.qm"):
        translator = QTranslator(app)
        if translator.load(str(resource("translations", name))):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("translations %s not found in %s", name, resource("translations"))
    return translators


def install_crash_dialog(log_path: Path | None) -> None:
    """An unexpected error shows what to do and where the log is; the program never vanishes."""

    def hook(kind, value, tb) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        text = "".join(traceback.format_exception_only(kind, value)).strip()
        if isinstance(value, sqlite3.Error | StorageError):
            # The data file's own trouble: say what it is, and promise nothing about it.
            from lak_desktop.storage.errors import classify

            db = getattr(QApplication.instance(), "db_path", None) or Path("lak.sqlite")
            message = str(classify(value, db))
        else:  # a fault of the program: every save is one transaction, so what was saved stays
            message = QApplication.translate(
                "App",
                "Something went wrong that the program did not expect. The figures "
                "already saved are safe. Close this message and try again; if it "
                "happens again, send the log file to the person who supports you:\n"
                "{log}",
            ).format(log=log_path or "—")
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Critical, QApplication.translate("App", "Unexpected error"), message
        )
        box.addButton(QApplication.translate("App", "Close"), QMessageBox.ButtonRole.AcceptRole)
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def main_window(repo: Repository, db_path: Path, log_path: Path | None) -> QMainWindow | None:
    """The window for the stored role; the first-start dialog when there is none yet."""
    # Each role's window is imported only when it is the one shown.
    if repo.setting(ROLE_SETTING) is None:
        from PySide6.QtWidgets import QDialog

        from lak_desktop.ui.first_start import FirstStartDialog

        if FirstStartDialog(repo).exec() != QDialog.DialogCode.Accepted:
            return None
    if repo.setting(ROLE_SETTING) == ROLE_COMMUNE:
        from lak_desktop.ui.main_window import CommuneWindow

        unit = repo.setting(UNIT_SETTING)
        heading = unit_heading(repo, unit)
        if heading is not None:  # the usual start: the plan is read after the first paint
            return CommuneWindow(repo, heading, unit, db_path, log_path, frame_first=True)
        plan = plan_for(repo)  # says what is wrong when there is no plan to read
        if unit is None or not plan.has_unit(unit):
            repo.clear_setting(ROLE_SETTING)  # the unit left the plan: ask again
            return main_window(repo, db_path, log_path)
        unit = after_merger(repo, plan, unit)
        return CommuneWindow(repo, plan, unit, db_path, log_path, frame_first=True)
    from lak_desktop.ui.office.window import OfficeWindow

    return OfficeWindow(repo, None, db_path, log_path)  # it reads its plan after its first paint


def after_merger(repo: Repository, plan, unit_code: str, ask=None) -> str:
    """A commune whose unit was merged into another in this plan chooses its unit from now on
    (the new one, as a rule); its old figures stay reachable through the new unit's lineage.
    Asked once per plan year; `ask(question, choices) -> index | None` stands in for the
    dialog."""
    after = plan.successors(unit_code)
    key = merger_asked_key(plan.year, unit_code)
    if not after or repo.setting(key):
        return unit_code
    old = plan.unit(unit_code)
    choices = [f"{u.name} ({u.code})" for u in after] + [
        QApplication.translate("App", "Keep {unit} ({code})").format(unit=old.name, code=old.code)
    ]
    question = QApplication.translate(
        "App",
        "In the plan of {year}, {unit} is merged into a new unit from month {month}. Which unit "
        "does this computer report for from now on?",
    ).format(year=plan.year, unit=old.name, month=after[0].from_month)
    chosen = (ask or _ask_choice)(question, choices)
    repo.set_setting(key, "1")
    if chosen is None or chosen >= len(after):
        return unit_code
    repo.set_setting(UNIT_SETTING, after[chosen].code)
    return after[chosen].code


def _ask_choice(question: str, choices: list[str]) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getItem(
        None, QApplication.translate("App", "Your unit after the merger"), question, choices, 0,
        False,
    )  # fmt: skip
    return choices.index(text) if ok else None


def update_with_notice(db_path: Path) -> None:
    """Bring a data file of an earlier version up to date on a thread, while a notice says
    so: the first start after an update may take a national office's file a minute (its copy
    first, its received files moved out). Trouble is left to the open that follows, which
    says what it is."""
    from PySide6.QtWidgets import QLabel, QProgressDialog

    # No Cancel (a migration runs to its end or not at all); no known end: a moving bar.
    notice = QProgressDialog("", None, 0, 0)
    label = QLabel(
        QApplication.translate(
            "App",
            "Updating the data file for this version of the program: a copy of it is kept "
            "first. This is done once and can take a minute. Please wait…",
        )
    )
    label.setWordWrap(True)
    notice.setLabel(label)
    notice.setMinimumWidth(label.fontMetrics().averageCharWidth() * 60)
    notice.setWindowTitle(QApplication.translate("App", "Online dossier targets"))
    notice.setMinimumDuration(0)
    notice.show()
    done = threading.Event()

    def update() -> None:
        try:
            open_repository(db_path, daily_backup=False).close()
        except Exception:  # said by the open that follows, on the window's thread
            log.warning("updating %s failed", db_path, exc_info=True)
        finally:
            done.set()

    threading.Thread(target=update, daemon=True).start()
    while not done.wait(0.05):
        QApplication.processEvents()
    notice.close()


def open_or_restore(db_path: Path, check: bool = True) -> Repository | None:
    """The data file, opened; when it is damaged, the choice of a backup first. None: give up.
    With `check=False` the quick check of every page and the day's backup are left to
    `check_when_shown`. A file of an earlier version is first brought up to date, with a
    notice (`update_with_notice`)."""
    update = False
    while True:
        try:
            return open_repository(db_path, check=check, daily_backup=check, update=update)
        except UpdateDue:
            update_with_notice(db_path)
            update = True  # whatever befell the update, the next open says it
        except StorageError as exc:
            from PySide6.QtWidgets import QMessageBox

            from lak_desktop.storage.backup import list_backups, restore
            from lak_desktop.ui.backups import RestoreDialog

            if exc.kind == "damaged" and list_backups(db_path):
                dialog = RestoreDialog(db_path, str(exc))
                if dialog.exec() and dialog.chosen is not None:
                    restore(db_path, dialog.chosen)
                    continue
                return None
            QMessageBox.critical(
                None, QApplication.translate("App", "Cannot open the data file"), str(exc)
            )
            return None


class _PageCheck(QObject):
    """Runs the quick check of the data file on a thread of its own and tells the window."""

    found = Signal(object)  # the StorageError found, or None

    def __init__(self, repo: Repository, window: QMainWindow) -> None:
        super().__init__(window)  # lives and dies with the window
        self.repo, self.window = repo, window
        self.found.connect(self.done)  # emitted on the thread, handled on the window's

    def run(self) -> None:
        from lak_desktop.storage.repository import back_up_daily, page_fault

        fault = page_fault(self.repo.path)
        try:
            self.found.emit(fault)  # writes may begin while the backup is made
        except RuntimeError:  # the window closed meanwhile
            pass
        if fault is None:
            back_up_daily(self.repo.path)  # a national office's file takes seconds to copy

    @Slot(object)
    def done(self, fault: StorageError | None) -> None:
        if not self.window.isVisible():
            return  # closed meanwhile (and its file with it)
        if fault is None:
            self.repo.checked_elsewhere()
            return
        if fault.kind != "damaged":  # busy, say: the first write checks again
            log.warning("the data file could not be checked: %s", fault)
            return
        log.warning("the data file failed its check: %s", fault)
        self.window.found_damaged = True
        self.window.close()


def check_when_shown(repo: Repository, window: QMainWindow) -> None:
    """The quick check of every page once the window is on the screen, then the day's first
    backup, on a thread of their own: a national office's file (with its year of received
    files) takes seconds, and the window answers meanwhile. Until the check passes the file is
    read-only (a write waits for the check); when it fails, the window closes and the file is
    opened again with the choice of a backup."""
    if repo.checked or repo.path is None:
        return
    thread = threading.Thread(target=_PageCheck(repo, window).run, daemon=True)
    window.page_check = thread  # run() lets it finish (a backup half-made helps nobody)
    thread.start()


def prepare(app: QApplication, db_path: Path, log_path: Path | None) -> None:
    """The program's name, icon, language and crash dialog, before its first window."""
    app.setApplicationName("lak-desktop")
    app.setApplicationDisplayName(QApplication.translate("App", "Online dossier targets"))
    app.setWindowIcon(QIcon(str(resource("icons", "lak.png"))))
    install_translations(app)
    install_crash_dialog(log_path)
    app.db_path = db_path  # for the crash dialog's message about the data file


def run(db_path: Path, log_path: Path | None, argv: list[str]) -> int:
    from PySide6.QtWidgets import QMessageBox

    from lak_desktop.storage.backup import restore

    app = QApplication.instance() or QApplication(argv)
    prepare(app, db_path, log_path)
    check_first = False  # the window shows first; the file's pages are checked just after
    while True:
        repo = open_or_restore(db_path, check=check_first)
        if repo is None:
            return 2
        try:
            try:
                window = main_window(repo, db_path, log_path)
            except StorageError as exc:  # a write on the way checked the file and found it bad
                if exc.kind != "damaged" or check_first:
                    raise
                check_first = True
                continue
            if window is None:
                return 0
            window.show()
            QTimer.singleShot(0, partial(check_when_shown, repo, window))
            code = app.exec()
            check = getattr(window, "page_check", None)
            if check is not None:
                check.join(timeout=120)
            damaged = getattr(window, "found_damaged", False)
            chosen = getattr(window, "restore_from", None)
            year = getattr(window, "switch_to_year", None)
            if year is not None and not damaged:
                repo.set_setting(PLAN_YEAR_SETTING, str(year))
        finally:
            repo.close()
        if damaged:
            check_first = True  # open again, checked: the choice of a backup
            continue
        if year is not None:
            continue  # the window opens again on the year chosen
        if chosen is None:
            return code
        try:
            aside = restore(db_path, chosen)
        except StorageError as exc:
            QMessageBox.warning(None, QApplication.translate("App", "Not restored"), str(exc))
            continue
        QMessageBox.information(
            None,
            QApplication.translate("App", "Restored"),
            QApplication.translate(
                "App",
                "The data file was restored from {backup}.\nThe file as it was before is kept "
                "in {aside}.",
            ).format(backup=chosen, aside=aside),
        )
