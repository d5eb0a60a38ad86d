"""Jobs of some seconds off the window's thread: a national report of 3,321 units takes 3-4 s
to save as a workbook and about 11 s as a PDF, a batch of files to import minutes, and the
window keeps answering meanwhile."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QProgressBar, QWidget

from lak_desktop.operations.common import InputError
from lak_desktop.storage import StorageError

# The work is told how to report its progress: progress(done, total), or progress(done, total,
# what was just done) (a file imported, say).
Work = Callable[..., object]


class Job(QThread):
    """Runs `work(progress)` once. It must not use the window's connection to the data file (a
    connection belongs to the thread that made it): the window works out what to write first
    and the job writes it, or the job opens a connection of its own (an import).

    `done(result)`, or `failed(message)` for an InputError or a StorageError (a plain message
    for the user), or `broke(error)` for a fault of the program (the window's crash dialog);
    then `finished`. The work may stop early when `isInterruptionRequested()`."""

    progressed = Signal(int, int, object)  # done, total, what was just done (or None)
    done = Signal(object)
    failed = Signal(str)
    broke = Signal(object)

    def __init__(self, work: Work, parent=None) -> None:
        super().__init__(parent)
        self.work = work

    def _progress(self, done: int, total: int, item: object = None) -> None:
        self.progressed.emit(done, total, item)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except (InputError, StorageError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            self.broke.emit(exc)
        else:
            self.done.emit(result)


class JobRunner(QObject):
    """A screen's jobs, one at a time: while one runs, the screen's `buttons` wait and
    `progress` moves (page by page, when the job counts pages); then `message` says what
    became of it: the file saved, the report sent to the printer, or why not (also shown in a
    warning box, titled as the job asks)."""

    def __init__(
        self,
        screen: QWidget,
        buttons: Sequence[QAbstractButton],
        progress: QProgressBar,
        message: QLabel,
    ) -> None:
        super().__init__(screen)
        self.screen, self.buttons, self.progress, self.message = screen, buttons, progress, message
        self.progress.setVisible(False)
        self.message.setVisible(bool(message.text()))  # no empty line under the buttons
        self.progress.setFormat(self.tr("page %v of %m"))
        self.job: Job | None = None
        self._failure_title = ""

    def start(self, work: Work, busy: str, failure_title: str) -> Job:
        self.job = Job(work, self)
        self._failure_title = failure_title
        for button in self.buttons:
            button.setEnabled(False)
        self._say(busy)
        self.progress.setRange(0, 0)  # busy, until the pages are counted
        self.progress.setVisible(True)
        self.job.progressed.connect(self._progressed)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.broke.connect(self._broke)
        self.job.finished.connect(self._over)
        self.job.start()
        return self.job

    def finish(self) -> None:
        """Waits for the job running, if any (the window closes, or the screen goes)."""
        if self.job is not None:
            self.job.wait()

    def _progressed(self, done: int, total: int, _item: object = None) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, result: object) -> None:
        if isinstance(result, Path):
            self._say(self.tr("Saved: {path}").format(path=result))
        else:
            self._say(self.tr("Sent to the printer."))

    def _failed(self, message: str) -> None:
        self._say(message)
        QMessageBox.warning(self.screen, self._failure_title, message)

    def _broke(self, error: BaseException) -> None:
        self._say("")
        show_fault(error)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _over(self) -> None:
        self.progress.setVisible(False)
        for button in self.buttons:
            button.setEnabled(True)


def show_fault(error: BaseException) -> None:
    """A fault of the program met by a job: the window's crash dialog (`app.install_crash_dialog`)
    shows what to do and where the log is, as for a fault in the window's own thread."""
    sys.excepthook(type(error), error, error.__traceback__)
