"""Tệp → Sao lưu… / Khôi phục từ bản sao lưu…, and a damaged file at start."""

from __future__ import annotations

import os

from lak_desktop.storage import open_repository
from lak_desktop.storage.backup import backups_dir, list_backups, make_backup
from lak_desktop.ui.backups import RestoreDialog, back_up


def test_both_windows_have_backup_and_restore(window, office_window_factory):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Sao lưu…" in texts and "Khôi phục từ &bản sao lưu…" in texts
    office = office_window_factory()
    assert office.restore_action.text() == "Khôi phục từ &bản sao lưu…"


def test_back_up_then_restore_from_the_window(qtbot, window, db_path, monkeypatch):
    monkeypatch.setattr("lak_desktop.ui.backups.QMessageBox.information", lambda *a: None)
    made = back_up(window, db_path, str(backups_dir(db_path)))
    assert made is not None and made in [b.path for b in list_backups(db_path)]
    dialog = RestoreDialog(db_path, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(list_backups(db_path))
    assert "bằng tay" in dialog.model.cell_text(0, 1)
    dialog.take_selected()
    assert dialog.chosen == made


def test_a_damaged_file_at_start_leads_to_the_choice_of_a_backup(qtbot, tmp_path, monkeypatch):
    from lak_desktop.operations.demo import fill_demo
    from lak_desktop.ui.app import open_or_restore
    from tests.storage.test_robustness import damage

    path = tmp_path / "lak.sqlite"
    repo = open_repository(path)
    fill_demo(repo)
    repo.close()
    make_backup(path, "manual")
    damage(path, "unit_elements")
    shown = []

    def choose_newest(self):
        shown.append(self.windowTitle())
        self.take_selected()
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", choose_newest)
    repo = open_or_restore(path)
    assert shown == ["Khôi phục từ bản sao lưu"]
    assert repo is not None and len(repo.figures(2022)) == 100
    repo.close()
    assert any(".before-restore-" in name for name in os.listdir(tmp_path))


def test_a_window_on_a_file_found_damaged_after_it_showed_closes_for_a_backup(
    qtbot, tmp_path, monkeypatch
):
    """The window opens before the file's pages are checked; when the check fails, it closes
    and the file is opened again, checked, with the choice of a backup."""
    import sys

    from PySide6.QtCore import QTimer

    from lak_desktop.operations.demo import fill_demo
    from lak_desktop.ui import app as app_module
    from tests.storage.test_robustness import damage

    path = tmp_path / "lak.sqlite"
    repo = open_repository(path)
    fill_demo(repo)
    repo.close()
    make_backup(path, "manual")
    damage(path, "audit")  # the window reads no audit row to show itself
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    shown, windows = [], []

    def choose_newest(self):
        shown.append(self.windowTitle())
        self.take_selected()
        return 1

    real_main_window = app_module.main_window

    def main_window(repo, db_path, log_path):
        window = real_main_window(repo, db_path, log_path)
        windows.append((window, repo.checked))
        if len(windows) == 2:  # the restored file: checked at open; close to end the test
            QTimer.singleShot(0, window.close)
        return window

    monkeypatch.setattr(RestoreDialog, "exec", choose_newest)
    monkeypatch.setattr(app_module, "main_window", main_window)
    assert app_module.run(path, None, []) == 0
    first, second = windows
    assert first[1] is False and first[0].found_damaged  # shown, then found damaged
    assert shown == ["Khôi phục từ bản sao lưu"]
    assert second[1] is True and not getattr(second[0], "found_damaged", False)
    repo = open_repository(path)
    assert len(repo.figures(2022)) == 100
    repo.close()


def test_a_sound_file_is_checked_on_a_thread_while_the_window_answers(qtbot, tmp_path):
    from lak_desktop.operations.demo import fill_demo
    from lak_desktop.ui.app import check_when_shown, main_window

    path = tmp_path / "lak.sqlite"
    repo = open_repository(path, daily_backup=False)
    fill_demo(repo)
    repo.close()
    repo = open_repository(path, check=False, daily_backup=False)
    window = main_window(repo, path, None)
    qtbot.addWidget(window)
    window.show()
    assert not repo.checked  # read-only until the check passes
    assert list_backups(path) == []
    check_when_shown(repo, window)
    qtbot.waitUntil(lambda: repo.checked, timeout=10_000)
    assert not getattr(window, "found_damaged", False)
    repo.set_setting("checked", "yes")  # writable now
    window.page_check.join(timeout=30)  # ... and the day's backup made on the same thread
    assert [b.path.name.endswith("-daily.sqlite") for b in list_backups(path)] == [True]
    window.close()
    repo.close()
