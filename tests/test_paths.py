"""Where data lives: the user's data folder, or beside the executable in portable mode."""

import sys
from pathlib import Path

from lak_desktop import paths


def frozen_at(monkeypatch, folder: Path) -> None:
    exe = folder / "lak-desktop"
    exe.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(sys, "_MEIPASS", str(folder / "_internal"), raising=False)


def test_portable_mode_puts_the_database_beside_the_executable(monkeypatch, tmp_path):
    frozen_at(monkeypatch, tmp_path)
    (tmp_path / "portable").write_text("")
    assert paths.user_data_dir() == tmp_path / "data"
    assert paths.default_database_path() == tmp_path / "data" / "lak.sqlite"


def test_installed_mode_keeps_data_out_of_the_install_folder(monkeypatch, tmp_path):
    install = tmp_path / "Programs" / "lak-desktop"
    install.mkdir(parents=True)
    frozen_at(monkeypatch, install)
    monkeypatch.delenv("LAK_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home-data"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "home-data"))
    data = paths.user_data_dir()
    assert install not in data.parents and data != install
    assert data.name == "lak-desktop"
    assert paths.resources_dir() == install / "_internal" / "resources"


def test_source_tree_resources():
    assert paths.resource("plans", "builtin-2022.json").exists()
    assert paths.resource("translations", "lak_vi.qm").exists()
    assert paths.resource("icons", "lak.png").exists()
