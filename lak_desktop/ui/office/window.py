"""The receiving office's window: one tab for each of its jobs, over the same jobs as `lak`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from lak_desktop.core.plan import Plan
from lak_desktop.storage import Repository
from lak_desktop.ui.backups import add_backup_actions
from lak_desktop.ui.office.consolidated import ConsolidatedTab
from lak_desktop.ui.office.inbox import InboxTab
from lak_desktop.ui.office.plan_tab import PlanTab
from lak_desktop.ui.office.report_tab import ReportTab
from lak_desktop.ui.office.status import StatusTab
from lak_desktop.ui.screen import fit_to_screen


class OfficeWindow(QMainWindow):
    def __init__(
        self, repo: Repository, plan: Plan, db_path: Path, log_path: Path | None = None
    ) -> None:
        super().__init__()
        self.repo, self.plan, self.db_path, self.log_path = repo, plan, db_path, log_path
        self.restore_from: Path | None = None  # a backup chosen to restore, after closing
        self.setWindowTitle(
            self.tr("Receiving office — {issuer} — plan of {year}").format(
                issuer=plan.issuer.office or plan.issuer.name, year=plan.year
            )
        )
        self.setAcceptDrops(True)
        self.tabs = QTabWidget()
        self.inbox = InboxTab(repo, plan, db_path)
        self.status = StatusTab(repo, plan)
        self.consolidated = ConsolidatedTab(repo, plan)
        self.chart_holder = QWidget()
        QVBoxLayout(self.chart_holder)
        self.charts = None
        self.report = ReportTab(repo, plan)
        self.plan_tab = PlanTab(repo, plan)
        self.tabs.addTab(self.inbox, self.tr("&Inbox"))
        self.tabs.addTab(self.status, self.tr("Who has &sent"))
        self.tabs.addTab(self.consolidated, self.tr("&Consolidated and ranking"))
        self.tabs.addTab(self.chart_holder, self.tr("C&harts"))
        self.tabs.addTab(self.report, self.tr("&Report"))
        self.tabs.addTab(self.plan_tab, self.tr("&Plan"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self.inbox.imported.connect(self.reload)
        self._menus()
        self.statusBar().showMessage(self.tr("Data file: {db}").format(db=db_path))
        fit_to_screen(self, 1280, 720)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        files = QAction(self.tr("Receive &files…"), self)
        files.setShortcut(QKeySequence.StandardKey.Open)
        files.triggered.connect(self.inbox.choose_files)
        folder = QAction(self.tr("Receive a f&older…"), self)
        folder.triggered.connect(self.inbox.choose_folder)
        role = QAction(self.tr("Change &unit or role…"), self)
        role.triggered.connect(self.change_role)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (files, folder):
            file_menu.addAction(action)
        file_menu.addSeparator()
        add_backup_actions(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(role)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(guide)
        help_menu.addAction(about)

    def reload(self) -> None:
        """After files came in: every screen shows the new figures."""
        self.status.reload()
        self.consolidated.reload()
        self.report.refresh()
        if self.charts is not None:
            self.charts.reload()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.chart_holder and self.charts is None:
            from lak_desktop.ui.office.charts import OfficeCharts  # QtCharts on first use

            self.charts = OfficeCharts(self.repo, self.plan, self.consolidated.through.value)
            self.chart_holder.layout().addWidget(self.charts)

    # Files dropped on the window go to the inbox ---------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.tabs.setCurrentWidget(self.inbox)
            self.inbox.start(paths)
            event.acceptProposedAction()

    def change_role(self) -> None:
        from lak_desktop.ui.first_start import change_role

        change_role(self, self.repo)

    def show_guide(self) -> None:
        from lak_desktop.ui.help import show_guide

        show_guide(self)

    def show_about(self) -> None:
        from lak_desktop.ui.help import show_about

        show_about(self, self.db_path, self.log_path)
