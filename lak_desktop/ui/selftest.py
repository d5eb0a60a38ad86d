"""`lak-desktop --self-test`: proves an installed copy works, offscreen, in a temporary folder.

Exits 0 only when every step passes: opening a database, loading the built-in plan and the
translations, computing attainment, writing and re-reading a submission file, and drawing the
main window once.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

from lak_desktop.paths import user_data_dir


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    # A windowed build on Windows has no console: sys.stdout is None there.
    out = sys.stdout if sys.stdout is not None else io.StringIO()
    from PySide6.QtCore import QSettings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    work = Path(tempfile.mkdtemp(prefix="lak-selftest-"))
    # Windows remember their size when they close: not into the user's settings here.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(work))
    state: dict[str, object] = {}
    failures = 0

    def step(name: str, check: Callable[[], None]) -> None:
        nonlocal failures
        try:
            check()
        except Exception:
            failures += 1
            print(f"LỖI  {name}", file=out)
            traceback.print_exc(file=out)
            logging.getLogger(__name__).exception("self-test step failed: %s", name)
        else:
            print(f"OK   {name}", file=out)

    def open_db() -> None:
        from lak_desktop.storage import open_repository

        state["repo"] = open_repository(work / "lak.sqlite")

    def plan_and_translations() -> None:
        from lak_desktop.core.builtin import builtin_plan
        from lak_desktop.ui.app import install_translations

        plan = builtin_plan()
        assert len(plan.units) == 11, "built-in plan"
        state["repo"].save_plan(plan)  # type: ignore[attr-defined]
        assert install_translations(app), "lak_vi.qm not found"
        assert QCoreApplication.translate("CommuneWindow", "&File") == "&Tệp", "translation"

    def attainment() -> None:
        from lak_desktop.operations.commune import set_figures
        from lak_desktop.operations.office import attainment_report

        repo = state["repo"]
        month = {
            "received_total": 1000,
            "received_online": 800,
            "resolved_total": 900,
            "results_digitized": 360,
        }
        set_figures(repo, "NAMKA", 2022, 1, month)  # a whole month: a blank is not a zero
        report = attainment_report(repo, 2022, 1)  # type: ignore[arg-type]
        namka = next(r for r in report.ranked if r.attainment.unit.code == "NAMKA")
        assert namka.attainment.indicators["online_rate"].rate == Fraction(4, 5)

    def submission() -> None:
        from lak_desktop.operations.commune import export_submission
        from lak_desktop.operations.office import import_submissions
        from lak_desktop.storage import open_repository

        result = export_submission(state["repo"], "NAMKA", 2022, 1, work / "usb")  # type: ignore[arg-type]
        office = open_repository(work / "office.sqlite")
        try:
            [outcome] = import_submissions(office, [result.path])
            assert outcome.outcome == "accepted", outcome.reason
            assert office.month_figures("NAMKA", 2022, 1).values["received_online"] == 800
        finally:
            office.close()

    def opened(win) -> None:
        """Shown as at a start: the frame painted, then the first screen made (≤ 10 s)."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        done: list[bool] = []
        win.opened.connect(lambda: (done.append(True), loop.quit()))
        QTimer.singleShot(10_000, loop.quit)
        win.show()
        loop.exec()
        assert done, "the window's first screen was not made after its frame"

    def window() -> None:
        from lak_desktop.operations.common import unit_heading
        from lak_desktop.ui.main_window import CommuneWindow

        repo = state["repo"]
        heading = unit_heading(repo, "NAMKA")  # type: ignore[arg-type]
        assert heading is not None, "the unit's name was not read from the data file"
        win = CommuneWindow(
            repo,  # type: ignore[arg-type]
            heading,  # as a start does: the plan is read after the first paint
            "NAMKA",
            work / "lak.sqlite",
            frame_first=True,
        )
        opened(win)
        image = win.grab()
        assert not image.isNull() and image.width() > 100, "window not drawn"
        assert win.panel.boxes["online_rate"].status.text() == "Đạt"
        win.tabs.setCurrentIndex(1)  # the chart, QtCharts
        assert win.chart is not None and not win.grab().isNull(), "chart not drawn"
        win.close()

    def office_window() -> None:
        from lak_desktop.operations.office import import_submissions
        from lak_desktop.storage import open_repository
        from lak_desktop.ui.office.window import OfficeWindow

        office = open_repository(work / "office.sqlite")
        try:
            files = sorted((work / "usb").glob("*.xlsx"))
            import_submissions(office, files)
            win = OfficeWindow(office, None, work / "office.sqlite")  # reads its plan itself
            opened(win)
            assert win.current_screen() is win.inbox, "office inbox"
            assert not win.grab().isNull(), "office window not drawn"
            assert win.consolidated.model.rowCount() == 11, "consolidated table"
            win.close()
        finally:
            office.close()

    step("mở tệp dữ liệu", open_db)
    if "repo" in state:
        step("kế hoạch có sẵn và bản dịch tiếng Việt", plan_and_translations)
        step("tính kết quả thực hiện chỉ tiêu", attainment)
        step("ghi và đọc lại tệp báo cáo", submission)
        step("vẽ cửa sổ chính", window)
        step("vẽ cửa sổ của cơ quan nhận báo cáo", office_window)
        state["repo"].close()  # type: ignore[attr-defined]
    shutil.rmtree(work, ignore_errors=True)
    print(f"Thư mục dữ liệu của người dùng: {user_data_dir()}", file=out)
    print("Tự kiểm tra: đạt." if not failures else f"Tự kiểm tra: {failures} bước lỗi.", file=out)
    return 0 if not failures else 1
