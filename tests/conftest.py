from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
