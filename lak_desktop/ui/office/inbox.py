"""Nhận tệp: take in the units' files (files, folders, dropped), and the history of every file."""

from __future__ import annotations

import heapq
import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lak_desktop.core.formatting import format_date
from lak_desktop.core.plan import Plan
from lak_desktop.operations.office import SubmissionOutcome, save_original
from lak_desktop.storage import Repository, open_repository
from lak_desktop.storage.errors import storage_error
from lak_desktop.ui.background import Job, show_fault
from lak_desktop.ui.find import searchable
from lak_desktop.ui.office.table import (
    Cell,
    RowsModel,
    fit_columns,
    outcome_label,
    outcome_labels,
    table_view,
)

REFUSED_COLOR = "#f8d0d0"
IGNORED_COLOR = "#eeeeee"
HELD_COLOR = "#fbe3a6"
COLORS = {"refused": REFUSED_COLOR, "ignored": IGNORED_COLOR, "held": HELD_COLOR}
SIGNER_COLUMN = 7  # in the history
# While files are read, the ones decided are added to the list at most this often: a national
# batch decides a file every 20-50 ms, and the window keeps to a row's work per file.
SHOW_DECIDED_MS = 200


def import_in_thread(db_path: Path, paths: list[Path], received_on: date | None):
    """The import as a Job's work: `import_submissions` with a connection of its own (a
    connection belongs to the thread that made it), each file all or nothing, stopping before
    the next file when the job is asked to; the data file's and the disk's errors said plainly."""

    def work(progress) -> list[SubmissionOutcome]:
        from lak_desktop.operations.office import import_submissions

        repo = open_repository(db_path)
        try:
            return import_submissions(
                repo,
                paths,
                received_on=received_on,
                progress=progress,
                want_cancel=QThread.currentThread().isInterruptionRequested,
            )
        except (sqlite3.Error, OSError) as exc:
            raise storage_error(exc, db_path) from exc
        finally:
            repo.close()

    return work


class InboxTab(QWidget):
    imported = Signal()  # files were decided: the other screens reload

    def __init__(self, repo: Repository, plan: Plan, db_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.repo, self.plan, self.db_path = repo, plan, db_path
        self.worker: Job | None = None  # the import running
        self._decided = False
        self.outcomes: list[SubmissionOutcome] = []
        self._done = (0, 0)  # files decided, of how many
        self._widest: dict[int, list[str]] = {}  # column: its longest texts (its width)
        self._show_soon = QTimer(self)
        self._show_soon.setSingleShot(True)
        self._show_soon.setInterval(SHOW_DECIDED_MS)
        self._show_soon.timeout.connect(self._show_decided)
        self._records: dict = {}  # the history's files read so far, by number
        self._ids: list[int] = []
        self._position: dict[int, int] = {}
        self._filter: tuple = (plan.year, None, None)
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Choose &files…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Choose a f&older…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd/MM/yyyy")
        self.received.setMaximumDate(QDate.currentDate())
        received_label = QLabel(self.tr("&Received on:"))
        received_label.setBuddy(self.received)
        for w in (self.files_button, self.folder_button):
            row.addWidget(w)
        row.addSpacing(16)
        row.addWidget(received_label)
        row.addWidget(self.received)
        row.addStretch(1)
        layout.addLayout(row)
        hint = QLabel(
            self.tr(
                "Or drop files and folders on this window. Subfolders are read too. Each file is "
                "checked on its own: a refused file changes nothing."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m files"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.results = RowsModel(self._result_headers(), self)
        self.results_view = table_view(self.results)
        self.results_view.setAccessibleName(self.tr("Files just received"))

        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("<b>Every file received</b>")))
        filters.addStretch(1)
        unit_label = QLabel(self.tr("&Unit:"))
        self.unit_filter = QComboBox()
        # Sized by a name's length, not by measuring each of a national plan's 3,321 names.
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_filter.setMinimumContentsLength(18)
        # "" stands for every unit: None as an item's data trips a reference-count fault in
        # PySide6 that ends the program after enough inboxes were made.
        self.unit_filter.addItem(self.tr("All units"), "")
        for unit in plan.units:
            self.unit_filter.addItem(unit.name, unit.code)
        searchable(self.unit_filter)  # a name typed finds its unit among 3,321
        unit_label.setBuddy(self.unit_filter)
        month_label = QLabel(self.tr("&Month:"))
        self.month_filter = QSpinBox()
        self.month_filter.setRange(0, 12)
        self.month_filter.setSpecialValueText(self.tr("all"))
        month_label.setBuddy(self.month_filter)
        self.save_button = QPushButton(self.tr("&Save a copy of the original file…"))
        self.save_button.clicked.connect(self.save_copy)
        self.trust_button = QPushButton(self.tr("&Trust this file's key…"))
        self.trust_button.setToolTip(
            self.tr(
                "For a held file: after comparing the key by phone with the unit, trust it; the "
                "unit's files held for that key are then imported."
            )
        )
        self.trust_button.clicked.connect(self.trust_selected)
        self.trust_button.setEnabled(False)
        for w in (
            unit_label,
            self.unit_filter,
            month_label,
            self.month_filter,
            self.save_button,
            self.trust_button,
        ):
            filters.addWidget(w)
        history_layout.addLayout(filters)
        self.history = RowsModel(self._history_headers(), self)
        self.history_view = table_view(self.history, sortable=True)
        self.history_view.setAccessibleName(self.tr("Every file received"))
        history_layout.addWidget(self.history_view)
        self.history_view.selectionModel().currentChanged.connect(self._selection_changed)
        self.unit_filter.currentIndexChanged.connect(self.reload)
        self.month_filter.valueChanged.connect(self.reload)

        splitter = QSplitter()
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.results_view)
        splitter.addWidget(history_box)
        layout.addWidget(splitter, 1)
        self.reload()

    def _result_headers(self) -> list[str]:
        return [
            self.tr("File"),
            self.tr("Unit"),
            self.tr("Month"),
            self.tr("Revision"),
            self.tr("Outcome"),
            self.tr("Reason"),
        ]

    def _history_headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Received on"),
            self.tr("Unit"),
            self.tr("Year"),
            self.tr("Month"),
            self.tr("Revision"),
            self.tr("Outcome"),
            self.tr("Signed with key"),
            self.tr("File"),
            self.tr("Reason"),
        ]

    def unit_name(self, code: str | None) -> str:
        if code is None:
            return ""
        return self.plan.unit(code).name if self.plan.has_unit(code) else code

    # Taking files in --------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose the units' files"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if paths:
            self.start([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of files"))
        if folder:
            self.start([Path(folder)])

    def received_on(self) -> date | None:
        chosen = self.received.date().toPython()
        return None if chosen == date.today() else chosen

    def start(self, paths: list[Path]) -> bool:
        """Import in a worker thread; False when an import is already running."""
        if self.worker is not None:
            return False
        self.outcomes = []
        self._done = (0, 0)
        self._widest = {}
        self.results.set_rows([])
        self.summary.setText(self.tr("Reading the files…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        for w in (self.files_button, self.folder_button):
            w.setEnabled(False)
        self.worker = Job(import_in_thread(self.db_path, paths, self.received_on()), self)
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.broke.connect(self._broke)
        self.worker.finished.connect(self._worker_done)
        self.worker.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.requestInterruption()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Stopping after the file being read…"))

    def _progressed(self, done: int, total: int, outcome: SubmissionOutcome) -> None:
        self._done = (done, total)
        self.outcomes.append(outcome)
        if not self._show_soon.isActive():
            self._show_soon.start()

    def _show_decided(self) -> None:
        """The files decided since the list was last drawn, added below it, and the count
        moved on: each file costs the window one row, however many came before it (a list
        made anew for each file made a batch of 1,000 take twice as long in the window as from
        the command line)."""
        self._show_soon.stop()
        start = self.results.rowCount()
        new = self.outcomes[start:]  # decided, not in the list yet
        if not new:
            return
        done, total = self._done
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        rows = [self._result_row(o) for o in new]
        self.results.append_rows(rows, list(range(start, start + len(rows))))
        # The columns fit the first rows, then only widen for the longer texts that come.
        self._fit_results(rows, shown=start == 0)

    def _show_results(self) -> None:
        """The list of `outcomes`, anew."""
        self._show_soon.stop()
        self._widest = {}
        rows = [self._result_row(o) for o in self.outcomes]
        self.results.set_rows(rows, list(range(len(rows))))
        self._fit_results(rows)

    def _result_row(self, o: SubmissionOutcome) -> list[Cell]:
        color = COLORS.get(o.outcome)
        return [
            Cell(o.path.name, tip=str(o.path), background=color),
            Cell(self.unit_name(o.unit), background=color),
            Cell("" if o.through_month is None else str(o.through_month), number=True),
            Cell("" if o.revision is None else str(o.revision), number=True),
            Cell(outcome_label(o.outcome), background=color, bold=o.outcome in ("refused", "held")),
            Cell(o.reason.replace("\n", " "), tip=o.reason, background=color),
        ]

    def _fit_results(self, rows: list[list[Cell]], shown: bool = True) -> None:
        """The file's and the unit's columns as wide as the longest texts listed so far."""
        for column in (0, 1):
            self._widest[column] = heapq.nlargest(
                10, self._widest.get(column, []) + [row[column].text for row in rows], key=len
            )
        texts = {**self._widest, 4: list(outcome_labels().values())}
        fit_columns(self.results_view, texts, shown=shown, bold=(4,))

    def _finished(self, outcomes: list[SubmissionOutcome]) -> None:
        self._show_decided()
        counts = {
            k: sum(1 for o in outcomes if o.outcome == k)
            for k in ("accepted", "replaced", "ignored", "held", "refused")
        }
        text = self.tr(
            "{n} files decided: {a} accepted, {r} replaced, {i} ignored, {x} refused."
        ).format(
            n=len(outcomes),
            a=counts["accepted"],
            r=counts["replaced"],
            i=counts["ignored"],
            x=counts["refused"],
        )
        if counts["held"]:
            text += " " + self.tr(
                "{h} held: signed with a key not known for their unit (see the reason)."
            ).format(h=counts["held"])
        total = self.progress.maximum()
        if total and len(outcomes) < total:
            text += " " + self.tr("Cancelled: {n} files were not read.").format(
                n=total - len(outcomes)
            )
        self.summary.setText(text)
        self._decided = True

    def _failed(self, message: str) -> None:
        self.summary.setText(message)
        QMessageBox.warning(self, self.tr("The files were not imported"), message)

    def _broke(self, error: BaseException) -> None:
        """A fault of the program while importing: the window's crash dialog, with the log
        (each file is all or nothing: the files decided before it are kept)."""
        self.summary.setText(self.tr("The files were not imported."))
        show_fault(error)

    def _worker_done(self) -> None:
        self._show_decided()  # the files decided before a failure stay listed
        if self.results.rowCount():
            self._fit_results([])  # the batch over: every column fits the rows shown
        self.worker = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        for w in (self.files_button, self.folder_button):
            w.setEnabled(True)
        self.reload()
        if self._decided:  # the history is shown; the other screens may reload now
            self._decided = False
            self.imported.emit()

    # History ----------------------------------------------------------------------------
    # The history: every file received, newest first. A national office keeps 40,000 a year,
    # so a row's details are read when it is shown, and a column's values when it is sorted.
    _SORT_FIELDS = (
        "id",
        "received_at",
        "unit_code",
        "year",
        "through_month",
        "revision",
        "outcome",
        "signer",
        "file_name",
        "reason",
    )

    def reload(self) -> None:
        self._filter = (
            self.plan.year,
            self.unit_filter.currentData() or None,
            self.month_filter.value() or None,
        )
        ids = self.repo.submission_ids(*self._filter)
        ids.reverse()
        self._ids = ids
        self._position = {}  # made when first needed
        self._records = {}
        self.history.set_lazy(len(ids), self._history_row, ids, self._history_sort)
        outcomes = list(outcome_labels().values())
        fit_columns(
            self.history_view, {2: [u.name for u in self.plan.units], 6: outcomes}, bold=(6,)
        )
        self._selection_changed()

    def _record(self, record_id: int | None):
        """A file of the history, read with the files next to it when first needed."""
        if record_id is None:
            return None
        record = self._records.get(record_id)
        if record is None:
            if not self._position:
                self._position = {n: i for i, n in enumerate(self._ids)}
            at = self._position.get(record_id)
            around = [record_id] if at is None else self._ids[max(at - 20, 0) : at + 40]
            self._records.update(self.repo.submissions_with_ids(around))
            record = self._records.get(record_id)
        return record

    def _history_row(self, i: int) -> list[Cell]:
        r = self._record(self._ids[i])
        return [
            Cell(str(r.id), sort=r.id, number=True),
            Cell(format_date(r.received_on), sort=r.received_at),
            Cell(self.unit_name(r.unit_code)),
            Cell(str(r.year), sort=r.year, number=True),
            Cell(str(r.through_month), sort=r.through_month, number=True),
            Cell(str(r.revision), sort=r.revision, number=True),
            Cell(
                outcome_label(r.outcome),
                background=COLORS.get(r.outcome),
                bold=r.outcome == "held",
            ),
            Cell(r.signer),
            Cell(r.file_name),
            Cell(r.reason, tip=r.reason),
        ]

    def _history_sort(self, column: int) -> list[object]:
        """What each row sorts by in `column`, without reading the files' other details."""
        field = self._SORT_FIELDS[column]
        if not self._ids:
            return []
        # The files read when the list was made (one may have come in since): newest first.
        values = self.repo.submission_values(field, *self._filter, up_to_id=self._ids[0])
        values.reverse()
        if field == "unit_code":
            names = {code: self.unit_name(code) for code in set(values)}
            values = [names[v] for v in values]
        elif field == "outcome":
            labels = {o: outcome_label(o) for o in set(values)}
            values = [labels[v] for v in values]
        return values

    def _selection_changed(self, *_) -> None:
        record = self._record(self.selected_history_id())
        self.trust_button.setEnabled(record is not None and record.outcome == "held")

    def trust_selected(self, confirm=None) -> list[SubmissionOutcome] | None:
        """Trust the key of the held file chosen in the history, after the clerk confirms they
        compared it with the unit; then the unit's files held for that key are imported."""
        from lak_desktop.operations.common import InputError
        from lak_desktop.operations.keys import trust_unit_key
        from lak_desktop.ui.office.keys import confirm_new_key

        record = self._record(self.selected_history_id())
        if record is None or record.outcome != "held":
            return None
        known = self.repo.key_in_force("unit", record.unit_code)
        if not (confirm or confirm_new_key)(
            self,
            self.unit_name(record.unit_code),
            record.signer,
            known.fingerprint if known else "",
        ):
            return None
        try:
            outcomes = trust_unit_key(self.repo, record.unit_code, record.signer)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("The key was not trusted"), str(exc))
            return None
        self.outcomes = outcomes
        self._show_results()
        self.summary.setText(
            self.tr("Key {key} trusted for {unit}; {n} held files taken in.").format(
                key=record.signer, unit=self.unit_name(record.unit_code), n=len(outcomes)
            )
        )
        self.reload()
        self.imported.emit()
        return outcomes

    def selected_history_id(self) -> int | None:
        from lak_desktop.ui.office.table import KEY_ROLE

        index = self.history_view.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def save_copy(self, out: str | None = None) -> Path | None:
        from lak_desktop.operations.common import InputError

        record_id = self.selected_history_id()
        if record_id is None:
            QMessageBox.information(
                self, self.tr("Save a copy"), self.tr("Choose a file in the list first.")
            )
            return None
        if not out:
            row = self.history_view.currentIndex().row()
            name = self.history.cell_text(row, SIGNER_COLUMN + 1)  # the name it arrived with
            out, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save a copy of the original file"),
                str(Path.home() / name),
                self.tr("Excel workbooks (*.xlsx)"),
            )
        if not out:
            return None
        try:
            written = save_original(self.repo, record_id, out)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return None
        self.summary.setText(self.tr("Saved: {path}").format(path=written))
        return written
