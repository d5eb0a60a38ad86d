from __future__ import annotations

import pytest

from lak_desktop.storage import open_repository


@pytest.fixture(scope="session", autouse=True)
def _vietnamese(qapp):
    from lak_desktop.ui.app import install_translations

    install_translations(qapp)


@pytest.fixture
def window(qtbot, repo, db_path):
    from lak_desktop.ui.main_window import CommuneWindow

    win = CommuneWindow(repo, repo.load_plan(2022), "NAMKA", db_path)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def fresh_repo(tmp_path):
    repository = open_repository(tmp_path / "fresh.sqlite")
    yield repository
    repository.close()


@pytest.fixture
def office_window_factory(qtbot, repo, db_path):
    from lak_desktop.ui.office.window import OfficeWindow

    def make():
        win = OfficeWindow(repo, repo.load_plan(2022), db_path)
        qtbot.addWidget(win)
        return win

    return make
