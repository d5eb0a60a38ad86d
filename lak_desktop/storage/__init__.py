"""The SQLite file: its schema (migrations applied by sqlite-utils), one repository API, backups."""

from lak_desktop.storage.errors import StorageError
from lak_desktop.storage.repository import Repository, open_repository

__all__ = ["Repository", "StorageError", "open_repository"]
