"""Where things live: the user's data folder and the resources folder.

The one place that knows about frozen (PyInstaller) bundles and portable mode.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "lak-desktop"
DATABASE_NAME = "lak.sqlite"


def install_dir() -> Path:
    """The folder of the executable in a bundle, the source tree otherwise."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", install_dir())) / "resources"
    return install_dir() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Per-user data folder; beside the executable when a file named `portable` sits there."""
    if (install_dir() / "portable").exists():
        return install_dir() / "data"
    override = os.environ.get("LAK_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_database_path() -> Path:
    return user_data_dir() / DATABASE_NAME
