"""The receiving office's window: one tab for each of its jobs, over the same jobs as `lak`."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from lak_desktop.operations.common import PLAN_YEAR_SETTING, plan_for, plan_heading
from lak_desktop.storage import Repository
from lak_desktop.ui.screen import fit_to_screen
from lak_desktop.ui.window_jobs import Opening, WindowJobs

if TYPE_CHECKING:
    from lak_desktop.core.plan import Plan

log = logging.getLogger(__name__)
WORK_AHEAD_MS = 300  # after the inbox is open and the page check has started


class OfficeWindow(WindowJobs, QMainWindow):
    """Frame first: the window paints its menus, tabs and title at once, then reads the plan
    and fills its first screen, the inbox (`opened`). Each other screen is made when first
    shown. Without `plan`, the window reads the plan in force itself, after its first paint."""

    opened = Signal()  # the inbox is there: the window is ready for its user

    def __init__(
        self,
        repo: Repository,
        plan: Plan | None,
        db_path: Path,
        log_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.repo, self._plan, self.db_path, self.log_path = repo, plan, db_path, log_path
        self.restore_from: Path | None = None  # a backup chosen to restore, after closing
        heading = None
        if plan is None:
            heading = plan_heading(repo)
            if heading is None:  # no plan to read a title from: the plan now, as it comes
                self._plan = plan_for(repo)
        self._title(heading)
        self.setAcceptDrops(True)
        self.tabs = QTabWidget()
        self._screens: dict[str, QWidget | None] = {}
        self._holders: dict[str, QWidget] = {}
        for name, title in (
            ("inbox", self.tr("&Inbox")),
            ("status", self.tr("Who has &sent")),
            ("consolidated", self.tr("&Consolidated and ranking")),
            ("charts", self.tr("C&harts")),
            ("report", self.tr("&Report")),
            ("plan_tab", self.tr("&Plan")),
        ):
            holder = QWidget()
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self._holders[name] = holder
            self._screens[name] = None
            self.tabs.addTab(holder, title)
        self._opening = Opening(lambda: self.tab_screen("inbox"))  # or says why it cannot
        self._holders["inbox"].layout().addWidget(self._opening)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self._menus()
        self.statusBar().showMessage(self.tr("Data file: {db}").format(db=db_path))
        fit_to_screen(self, 1280, 720)
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.setInterval(WORK_AHEAD_MS)
        self._ahead.timeout.connect(self.work_ahead)

    def work_ahead(self) -> None:
        """While the window waits for its user: the ranking, sums and status the other screens
        open on, worked out ahead (a national table then opens at once). A screen that meets
        a fault here meets it again when it opens, and says so there."""
        from lak_desktop.operations.office import work_ahead

        try:
            work_ahead(self.repo, self.plan.year)
        except Exception:  # a nicety: the screen itself reports any fault when opened
            log.warning("working ahead failed", exc_info=True)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        files = QAction(self.tr("Receive &files…"), self)
        files.setShortcuts(QKeySequence.StandardKey.Open)
        files.triggered.connect(lambda: self.inbox.choose_files())
        folder = QAction(self.tr("Receive a f&older…"), self)
        folder.triggered.connect(lambda: self.inbox.choose_folder())
        role = QAction(self.tr("Change &unit or role…"), self)
        role.triggered.connect(self.change_role)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (files, folder):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.add_backup_actions(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(role)
        file_menu.addAction(quit_action)
        self.add_help_menu()

    def tab_screen(self, name: str) -> QWidget:
        """The screen `name`, made (and put in its tab) on first use."""
        made = self._screens[name]
        if made is None:
            # Each screen's module is imported when the screen is first made: the window
            # paints its frame, then opens on the inbox, without the others.
            if name == "inbox":
                from lak_desktop.ui.office.inbox import InboxTab

                made = InboxTab(self.repo, self.plan, self.db_path)
                made.imported.connect(self.reload)
            elif name == "status":
                from lak_desktop.ui.office.status import StatusTab

                made = StatusTab(self.repo, self.plan)
            elif name == "consolidated":
                from lak_desktop.ui.office.consolidated import ConsolidatedTab

                made = ConsolidatedTab(self.repo, self.plan)
            elif name == "charts":
                from lak_desktop.ui.office.charts import OfficeCharts  # QtCharts on first use

                made = OfficeCharts(self.repo, self.plan, self.consolidated.through.value)
            elif name == "report":
                from lak_desktop.ui.office.report_tab import ReportTab

                made = ReportTab(self.repo, self.plan)
            else:
                from lak_desktop.ui.office.plan_tab import PlanTab

                made = PlanTab(self.repo, self.plan)
                made.saved.connect(self.set_plan)
            self._screens[name] = made
            self._holders[name].layout().addWidget(made)
            if name == "inbox":
                self._opening.hide()
                self._opening.deleteLater()
                self._ahead.start()
                self.opened.emit()
        return made

    def show_screen(self, name: str) -> QWidget:
        """The screen `name`, brought to the front."""
        self.tabs.setCurrentWidget(self._holders[name])
        return self.tab_screen(name)

    def current_screen(self) -> QWidget | None:
        """The screen in front (None for the moment before the inbox is there)."""
        current = self.tabs.currentWidget()
        return next(
            (self._screens[name] for name, held in self._holders.items() if held is current), None
        )

    inbox = property(lambda self: self.tab_screen("inbox"))
    status = property(lambda self: self.tab_screen("status"))
    consolidated = property(lambda self: self.tab_screen("consolidated"))
    report = property(lambda self: self.tab_screen("report"))
    plan_tab = property(lambda self: self.tab_screen("plan_tab"))

    @property
    def charts(self):
        """The charts, or None before the tab was first opened."""
        return self._screens["charts"]

    def _title(self, heading: tuple[int, str] | None = None) -> None:
        """From the plan, or from the (year, issuer) read before it."""
        year, issuer = heading or (self.plan.year, self.plan.issuer.office or self.plan.issuer.name)
        self.setWindowTitle(
            self.tr("Receiving office — {issuer} — plan of {year}").format(issuer=issuer, year=year)
        )

    def set_plan(self, plan: Plan) -> None:
        """The plan was changed (a revision, or a new year's plan): every screen follows it.
        Screens other than the inbox and the plan are made again when next shown."""
        self._plan = plan
        self.repo.set_setting(PLAN_YEAR_SETTING, str(plan.year))
        self._title()
        self.inbox.plan = plan
        self.inbox.reload()
        for name in ("status", "consolidated", "charts", "report"):
            made = self._screens[name]
            if made is not None:
                if name in ("status", "report"):
                    made.jobs.finish()  # a file being written is written whole
                self._screens[name] = None
                made.setParent(None)
                made.deleteLater()
        current = self.tabs.currentWidget()
        for name, holder in self._holders.items():
            if holder is current:
                self.tab_screen(name)

    def closeEvent(self, event) -> None:
        """A file being written is finished, and an import stops after the file it reads
        (each file is all or nothing), before the window goes."""
        for name in ("status", "report"):
            if self._screens[name] is not None:
                self._screens[name].jobs.finish()
        inbox = self._screens["inbox"]
        if inbox is not None and inbox.worker is not None:
            inbox.worker.requestInterruption()
            inbox.worker.wait()
        super().closeEvent(event)

    def reload(self) -> None:
        """After files came in: every screen made so far shows the new figures, and those not
        made yet will open on them at once."""
        self._ahead.start()
        for name in ("status", "consolidated", "charts"):
            if self._screens[name] is not None:
                self._screens[name].reload()
        if self._screens["report"] is not None:
            self._screens["report"].refresh()

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for name, holder in self._holders.items():
            if holder is widget:
                self.tab_screen(name)

    # Files dropped on the window go to the inbox ---------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.show_screen("inbox")
            self.inbox.start(paths)
            event.acceptProposedAction()
