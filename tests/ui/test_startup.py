"""Start-up: light imports, translations complete, no display, unexpected errors."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from lak_desktop.operations.demo import fill_demo
from lak_desktop.paths import resource

ROOT = Path(__file__).resolve().parents[2]


def test_window_starts_without_openpyxl_or_qtcharts(repo, db_path):
    fill_demo(repo)
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from lak_desktop.storage import open_repository\n"
        "from lak_desktop.ui.app import main_window\n"
        f"repo = open_repository(r'{db_path}')\n"
        "win = main_window(repo, None, None)\n"
        "opened = []\n"
        "win.opened.connect(lambda: opened.append(1))\n"
        "win.show()\n"
        "while not opened: app.processEvents()  # the grid, made after the first paint\n"
        "assert type(win).__name__ == 'CommuneWindow'\n"
        "assert 'openpyxl' not in sys.modules, 'openpyxl loaded at start-up'\n"
        "assert 'PySide6.QtCharts' not in sys.modules, 'QtCharts loaded at start-up'\n"
        "assert 'sqlite_utils' not in sys.modules, 'sqlite-utils loaded with no migration due'\n"
        "win.tabs.setCurrentIndex(1)\n"
        "assert 'PySide6.QtCharts' in sys.modules\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=120)


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def test_every_visible_string_is_translated(tmp_path):
    ts = resource("translations", "lak_vi.ts")
    root = ET.parse(ts).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert unfinished == []
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6"
    fresh = tmp_path / "fresh.ts"
    ui_files = sorted(str(p) for p in (ROOT / "lak_desktop" / "ui").glob("**/*.py"))
    subprocess.run([lupdate, *ui_files, "-ts", str(fresh)], check=True, capture_output=True)
    assert sources(fresh) == sources(ts), "run `make translations` and translate the new strings"
    assert resource("translations", "lak_vi.qm").stat().st_mtime >= 0


def test_compiled_translations_are_loaded(qapp):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("CommuneWindow", "&File") == "&Tệp"
    assert QCoreApplication.translate("Printing", "REPORT") == "BÁO CÁO"


def test_without_a_display_it_says_so_and_prints_the_table(repo, db_path):
    fill_demo(repo)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    proc = subprocess.run(
        [sys.executable, "-m", "lak_desktop", "--db", str(db_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "xvfb-run" in proc.stderr and "Không có màn hình" in proc.stderr
    assert "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2022" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_an_unexpected_error_shows_a_dialog_with_the_log(qapp, monkeypatch, tmp_path):
    from lak_desktop.ui.app import install_crash_dialog

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()))
    old = sys.excepthook
    try:
        install_crash_dialog(tmp_path / "lak.log")
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert len(shown) == 1
    assert "Số liệu đã lưu vẫn an toàn" in shown[0] and str(tmp_path / "lak.log") in shown[0]


def test_rotating_log_file_in_user_data_folder(tmp_path, monkeypatch):
    import logging

    from lak_desktop.__main__ import setup_logging

    monkeypatch.setenv("LAK_DATA_DIR", str(tmp_path))
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = setup_logging()
        logging.getLogger("t").warning("xin chào")
        for h in root.handlers:
            h.flush()
        assert path == tmp_path / "logs" / "lak-desktop.log"
        assert "xin chào" in path.read_text(encoding="utf-8")
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()


def test_a_window_opens_as_it_was_left_and_on_a_screen_that_is_there(qtbot, repo, db_path):
    from PySide6.QtCore import QRect

    from lak_desktop.ui.main_window import CommuneWindow
    from lak_desktop.ui.screen import _on_a_screen, settings

    first = CommuneWindow(repo, repo.load_plan(2022), "NAMKA", db_path)
    qtbot.addWidget(first)
    area = first.screen().availableGeometry()
    assert first.width() <= area.width() and first.height() <= area.height()
    first.resize(700, 500)
    first.close()
    again = CommuneWindow(repo, repo.load_plan(2022), "NAMKA", db_path)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    # Left on a screen that is gone: it comes back on one that is there.
    assert not _on_a_screen(QRect(area.right() + 5000, 0, 700, 500))
    settings().remove("geometry/CommuneWindow")


def test_the_printed_page_is_set_in_one_font_with_every_vietnamese_letter(qapp, tmp_path):
    import subprocess

    from lak_desktop.ui.printing import (
        VIETNAMESE_LETTERS,
        covers_vietnamese,
        page_font_family,
        save_pdf,
    )

    assert len(VIETNAMESE_LETTERS) == 134  # 67 letters with marks, in both cases
    family = page_font_family()
    assert covers_vietnamese(family), family
    pdf = save_pdf(
        f"<p>{VIETNAMESE_LETTERS}</p><p><b>{VIETNAMESE_LETTERS}</b></p>", tmp_path / "letters.pdf"
    )
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    embedded = {line.split()[0].split("+")[-1].split("-")[0] for line in fonts.splitlines()[2:]}
    assert len(embedded) == 1, fonts  # no letter fell back to another font


def test_the_guide_names_only_menu_items_that_exist(qtbot, repo, db_path):
    import re

    from lak_desktop.paths import resource
    from lak_desktop.ui.main_window import CommuneWindow

    win = CommuneWindow(repo, repo.load_plan(2022), "NAMKA", db_path)
    qtbot.addWidget(win)
    items = set()
    for menu_action in win.menuBar().actions():
        menu = menu_action.menu().title().replace("&", "")
        for action in menu_action.menu().actions():
            items.add(f"{menu} → {action.text().replace('&', '')}")
    guide = resource("help", "guide_vi.html").read_text(encoding="utf-8")
    named = re.findall(r"<b>((?:Tệp|Sửa|Trợ giúp) → [^<]+)</b>", guide)
    assert named
    for item in named:
        assert item.split(" (")[0] in items, item


def test_the_self_test_passes_from_source(tmp_path):
    """What the bundle's self-test runs, from the source tree, so that pytest sees it first."""
    env = dict(os.environ, LAK_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "lak_desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Tự kiểm tra: đạt." in proc.stdout


def test_the_qt_binding_does_not_lose_references_to_none(qtbot):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None at every call of a method that
    returns nothing: a window aborted ("deallocating None") after a few thousand of them."""
    from PySide6.QtWidgets import QComboBox, QLabel

    label, combo = QLabel(), QComboBox()
    qtbot.addWidget(label)
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for n in range(1000):
        label.setText(str(n))
        combo.addItem(str(n), n)
    assert sys.getrefcount(None) >= before - 100


FRAME_FIRST = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from lak_desktop.operations.common import plan_for
from lak_desktop.ui.app import main_window, open_or_restore
from lak_desktop.ui import window_jobs
from lak_desktop.ui.office import window as office

db = Path(sys.argv[1])
repo = open_or_restore(db, check=False)
win = main_window(repo, db, None)
assert type(win).__name__ == {"office": "OfficeWindow", "commune": "CommuneWindow"}[sys.argv[2]]
at_first_paint = []
paint = window_jobs.Opening.paintEvent

def painted(self, event):
    at_first_paint.append([m for m in sys.argv[3:] if m in sys.modules])
    paint(self, event)

window_jobs.Opening.paintEvent = painted
assert getattr(win, "current_screen", lambda: None)() is None, "filled after the first paint"
win.opened.connect(app.quit)
QTimer.singleShot(20_000, lambda: app.exit(3))
win.show()
assert app.exec() == 0, "the inbox never opened"
assert at_first_paint[0] == [], f"made before the first paint: {at_first_paint[0]}"
if sys.argv[2] == "office":
    assert win.current_screen() is win.inbox and win.inbox.history_view.model().rowCount() > 0
    assert win.windowTitle() == office.OfficeWindow(repo, plan_for(repo), db).windowTitle()
else:
    from lak_desktop.ui.main_window import CommuneWindow

    assert win.model.rowCount() == 13 and type(win.centralWidget()).__name__ == "QSplitter"
    assert win.year_box.currentData() == win.plan.year
    made = CommuneWindow(repo, plan_for(repo), win.unit_code, db)
    assert win.windowTitle() == made.windowTitle()
"""


def start_in_a_fresh_process(db: Path, window: str, heavy: list[str]) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "-c", FRAME_FIRST, str(db), window, *heavy, "openpyxl"],
        check=True,
        env=env,
        timeout=120,
    )


def test_the_office_window_paints_its_frame_before_it_reads_the_plan(office_demo):
    """The window is on the screen before the plan is parsed and the inbox is made (a national
    plan and its inbox take a quarter of a second); its title is the plan's all the same."""
    heavy = [
        "lak_desktop.core.plan",  # the plan parsed
        "lak_desktop.core.figures",  # the figures read (and dataclasses, json with them)
        "lak_desktop.ui.office.inbox",
        "lak_desktop.ui.office.table",  # the tables, and Qt's namespace they make
    ]
    start_in_a_fresh_process(office_demo, "office", heavy)


def test_the_commune_window_paints_its_frame_before_its_grid(repo, db_path):
    """The clerk's window paints its title, menus and toolbar before it makes the grid, the
    targets and Qt's namespace they need; then the grid comes, on the same figures."""
    from lak_desktop.operations.common import ROLE_COMMUNE, ROLE_SETTING, UNIT_SETTING

    fill_demo(repo)
    repo.set_setting(ROLE_SETTING, ROLE_COMMUNE)
    repo.set_setting(UNIT_SETTING, "NAMKA")
    heavy = [
        "lak_desktop.core.plan",  # the plan parsed
        "lak_desktop.core.figures",  # the figures read (and dataclasses, json with them)
        "lak_desktop.ui.year_grid",
        "lak_desktop.ui.targets_panel",
        "lak_desktop.core.attainment",
        "lak_desktop.operations.commune",
    ]
    start_in_a_fresh_process(db_path, "commune", heavy)


def test_a_file_of_an_earlier_version_is_updated_while_a_notice_says_so(
    qtbot, tmp_path, monkeypatch
):
    """The first start after an update migrates the file on a thread; meanwhile a notice with
    a moving bar says what is happening, and the window's thread keeps answering."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from lak_desktop.storage import migrations
    from lak_desktop.ui import app
    from tests.conftest import FIXTURES

    old = tmp_path / "lak.sqlite"
    shutil.copy(FIXTURES / "db-m008.sqlite", old)
    release = threading.Event()
    real_apply = migrations.apply

    def apply_when_released(conn):
        assert release.wait(30)
        real_apply(conn)

    monkeypatch.setattr(migrations, "apply", apply_when_released)
    updates = []
    real_update = app.update_with_notice
    monkeypatch.setattr(app, "update_with_notice", lambda p: updates.append(p) or real_update(p))
    seen = []

    def look() -> None:  # runs on the window's thread while the update waits
        notices = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        seen.extend(n.labelText() for n in notices if n.isVisible())
        release.set()

    QTimer.singleShot(200, look)
    repo = app.open_or_restore(old, check=False)  # as the program opens its file
    try:
        assert updates == [old]
        assert len(seen) == 1 and "Đang cập nhật tệp dữ liệu" in seen[0]
        assert migrations.pending(repo.db) == []
    finally:
        repo.close()
    monkeypatch.setattr(migrations, "apply", real_apply)
    for path in (old, tmp_path / "new.sqlite"):  # up to date, or a first start
        app.open_or_restore(path, check=False).close()
    assert updates == [old]  # nothing to update: nothing shown
