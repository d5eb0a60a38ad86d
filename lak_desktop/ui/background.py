"""A job of some seconds off the window's thread: a national report of 3,321 units takes 3-4 s
to save as a workbook and about 11 s as a PDF, and the window keeps answering meanwhile."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from lak_desktop.operations.common import InputError

# The work is told how to report its progress: progress(done, total).
Work = Callable[[Callable[[int, int], None]], object]


class Job(QThread):
    """Runs `work(progress)` once. It must not touch the data file (a connection belongs to
    the thread that made it): the window works out what to write first, and the job writes it.

    `done(result)`, or `failed(message)` for an InputError (a plain message for the user), or
    `broke(error)` for a fault of the program (the window's crash dialog); then `finished`."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    broke = Signal(object)

    def __init__(self, work: Work, parent=None) -> None:
        super().__init__(parent)
        self.work = work

    def run(self) -> None:
        try:
            result = self.work(self.progressed.emit)
        except InputError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            self.broke.emit(exc)
        else:
            self.done.emit(result)


def show_fault(error: BaseException) -> None:
    """A fault of the program met by a job: the window's crash dialog (`app.install_crash_dialog`)
    shows what to do and where the log is, as for a fault in the window's own thread."""
    sys.excepthook(type(error), error, error.__traceback__)
