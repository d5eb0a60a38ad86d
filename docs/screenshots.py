"""Makes the README's screenshots from the real window on a virtual screen.

Run: xvfb-run -a -s "-screen 0 1400x860x24" .venv/bin/python docs/screenshots.py
(`make screenshots` does this.) Set QT_SCALE_FACTOR=1.5 to check 150% scaling.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from lak_desktop.operations.commune import export_submission
from lak_desktop.operations.demo import fill_demo
from lak_desktop.storage import open_repository
from lak_desktop.ui.app import install_translations
from lak_desktop.ui.export_dialog import ExportDialog
from lak_desktop.ui.first_start import FirstStartDialog
from lak_desktop.ui.main_window import CommuneWindow

OUT = Path(__file__).parent
SUFFIX = os.environ.get("SHOT_SUFFIX", "")


def shoot(app: QApplication, name: str) -> None:
    for _ in range(20):
        app.processEvents()
    app.primaryScreen().grabWindow(0).save(str(OUT / f"{name}{SUFFIX}.png"))
    print(OUT / f"{name}{SUFFIX}.png")


def main() -> int:
    from PySide6.QtCore import QSettings

    app = QApplication(sys.argv)
    install_translations(app)
    work = Path(tempfile.mkdtemp())
    # Every window at its first-start size, whatever an earlier run left in the settings.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(work))
    repo = open_repository(work / "first.sqlite")
    first = FirstStartDialog(repo)
    first.move(40, 40)
    first.show()
    shoot(app, "screenshot-first-start")
    first.close()
    repo.close()

    db = work / "demo.sqlite"
    repo = open_repository(db)
    fill_demo(repo)
    # Months 1-9 sent, then month 9 corrected: shows both marks.
    export_submission(repo, "NAMKA", 2022, 9, work / "usb")
    nine = repo.month_figures("NAMKA", 2022, 9)
    repo.save_figures([nine.merged({"received_total": nine.values["received_total"] + 2})], "ui")
    window = CommuneWindow(repo, repo.load_plan(2022), "NAMKA", db)
    window.show()
    window.view.setCurrentIndex(window.model.index(10, 1))
    shoot(app, "screenshot-grid")
    window.tabs.setCurrentIndex(1)
    shoot(app, "screenshot-chart")
    window.tabs.setCurrentIndex(0)
    dialog = ExportDialog(repo, window.plan, "NAMKA", window)
    dialog.folder.setCurrentText("/media/usb")
    dialog.show()
    QTimer.singleShot(0, dialog.raise_)
    shoot(app, "screenshot-export")
    dialog.close()
    window.close()
    repo.close()
    office_screens(app, work)
    return 0


def office_screens(app: QApplication, work: Path) -> None:
    """The receiving office's six screens on the demo office (eleven communes' files)."""
    from datetime import date

    from PySide6.QtCore import QDate

    from lak_desktop.operations.common import plan_for
    from lak_desktop.operations.demo import OFFICE_DEMO_AS_OF, fill_office_demo
    from lak_desktop.operations.office import import_submissions
    from lak_desktop.ui.office.window import OfficeWindow

    db = work / "office.sqlite"
    repo = open_repository(db)
    fill_office_demo(repo, work / "inbox")
    window = OfficeWindow(repo, plan_for(repo), db)
    window.showMaximized()
    window.status.as_of.setDate(QDate(OFFICE_DEMO_AS_OF))
    # The inbox as it looks after the June files came in on the day of the demo (the months
    # before had come already, so Buôn Tría's file from its new PC is held).
    files = sorted((work / "inbox").glob("*/LAK_2022-*.xlsx"))
    june = [f for f in files if "_2022-06_" in f.name]
    other = open_repository(work / "other.sqlite")
    import_submissions(other, [f for f in files if f not in june], received_on=date(2022, 6, 8))
    window.inbox.outcomes = import_submissions(other, june, received_on=date(2022, 7, 3))
    other.close()
    window.inbox._show_results()
    held = [
        r
        for r in range(window.inbox.history.rowCount())
        if "⚠" in window.inbox.history.cell_text(r, 6)
    ]
    if held:
        view = window.inbox.history_view
        view.setCurrentIndex(window.inbox.history.index(held[0], 0))
    names = ["inbox", "status", "consolidated", "charts", "report", "plan"]
    for i, name in enumerate(names):
        window.tabs.setCurrentIndex(i)
        shoot(app, f"screenshot-office-{name}")
    window.close()
    repo.close()


if __name__ == "__main__":
    sys.exit(main())
