"""The SQLite file, through sqlite-utils: schema, migrations and one repository API."""

from lak_desktop.storage.repository import Repository, StorageError, open_repository

__all__ = ["Repository", "StorageError", "open_repository"]
