from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The windows remember their size in QSettings: never in the real user's configuration.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="lak-test-config-")

from lak_desktop.core.builtin import builtin_plan
from lak_desktop.storage import open_repository

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory, monkeypatch):
    # No test ever touches the real user data folder.
    monkeypatch.setenv("LAK_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture
def plan():
    return builtin_plan()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "lak.sqlite"


@pytest.fixture
def repo(db_path):
    repository = open_repository(db_path)
    repository.save_plan(builtin_plan())
    yield repository
    repository.close()


@pytest.fixture(scope="session")
def _office_demo_template(tmp_path_factory) -> Path:
    from lak_desktop.operations.demo import fill_office_demo

    folder = tmp_path_factory.mktemp("office-demo")
    path = folder / "office.sqlite"
    repository = open_repository(path)
    fill_office_demo(repository, folder / "files")
    repository.close()
    return path


@pytest.fixture
def office_demo(_office_demo_template, tmp_path) -> Path:
    """An office's database after half a year of eleven communes' files: late, missing,
    corrected, out-of-order and refused ones (`operations.demo.office_demo_schedule`).
    The files themselves are in the folder `files` beside the template; the copies it keeps, in
    `received` beside the database."""
    import shutil

    path = tmp_path / "office.sqlite"
    shutil.copy(_office_demo_template, path)
    shutil.copytree(_office_demo_template.parent / "received", tmp_path / "received")
    return path
