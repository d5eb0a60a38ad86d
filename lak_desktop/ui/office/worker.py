"""Importing submission files off the window's thread, with progress and cancel."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from lak_desktop.operations.common import InputError
from lak_desktop.storage import StorageError, open_repository
from lak_desktop.storage.errors import storage_error


class ImportWorker(QThread):
    """Runs `import_submissions` with a connection of its own (a connection belongs to the
    thread that made it). Each file is all or nothing; cancel stops before the next file."""

    progressed = Signal(int, int, object)  # done, total, SubmissionOutcome
    finished_with = Signal(list)  # every outcome decided
    failed = Signal(str)  # a message for the user
    broke = Signal(object)  # an error the program did not expect: the window's crash dialog

    def __init__(self, db_path: Path, paths: list[Path], received_on: date | None, parent=None):
        super().__init__(parent)
        self.db_path, self.paths, self.received_on = db_path, paths, received_on

    def run(self) -> None:
        from lak_desktop.operations.office import import_submissions

        try:
            repo = open_repository(self.db_path)
        except StorageError as exc:
            self.failed.emit(str(exc))
            return
        try:
            outcomes = import_submissions(
                repo,
                self.paths,
                received_on=self.received_on,
                progress=lambda done, total, o: self.progressed.emit(done, total, o),
                want_cancel=self.isInterruptionRequested,
            )
        except (InputError, StorageError) as exc:
            self.failed.emit(str(exc))
        except (sqlite3.Error, OSError) as exc:  # the data file or the disk, said plainly
            self.failed.emit(str(storage_error(exc, self.db_path)))
        except Exception as exc:  # the window must hear of it, as of any fault of the program
            self.broke.emit(exc)
        else:
            self.finished_with.emit(outcomes)
        finally:
            repo.close()
