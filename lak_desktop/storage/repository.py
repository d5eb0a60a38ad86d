"""One API over the SQLite file.

Every save runs in one transaction; every change of a figure leaves an audit row.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lak_desktop.collector import many_objects
from lak_desktop.storage import migrations
from lak_desktop.storage.backup import made_today, make_backup
from lak_desktop.storage.errors import (
    BUSY_SECONDS,
    StorageError,
    UpdateDue,
    damaged,
    storage_error,
)

if TYPE_CHECKING:  # the window opens its file before it needs a plan (a quicker first paint)
    from lak_desktop.core.figures import MonthlyFigures
    from lak_desktop.core.plan import Plan
    from lak_desktop.core.timeliness import FirstFiles
    from lak_desktop.storage.received import ReceivedFiles

log = logging.getLogger(__name__)


class AuditRow(NamedTuple):
    at: str
    year: int
    unit_code: str
    month: int
    field: str
    old_value: str | None
    new_value: str | None
    source: str


_RECORD_COLUMNS = (
    "year, unit_code, through_month, revision, created_at, received_at, file_name, file_sha256, "
    "outcome, reason, signer, plan_revision, id"
)
_RECORD_FIELDS = frozenset(_RECORD_COLUMNS.split(", "))


def _submissions_where(
    year: int | None, unit_code: str | None, through_month: int | None
) -> tuple[str, list]:
    where, params = ["1 = 1"], []
    for column, value in (
        ("year", year),
        ("unit_code", unit_code),
        ("through_month", through_month),
    ):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    return " AND ".join(where), params


REMEMBERED = 8  # results kept by Repository.remembered, the latest made


# The statements of a save, each run for every cell a clerk types. A figure lives in its
# unit's row of its element (migration m011), month m in column v<m>: one statement per month.
_MONTH_IN = {  # the month's note and demo flag, and its figures: one statement
    m: f"SELECT m.note, m.sample, e.element, e.v{m} FROM months m "
    "LEFT JOIN unit_elements e ON e.year = m.year AND e.unit_code = m.unit_code "
    f"AND e.v{m} IS NOT NULL WHERE m.year = ? AND m.unit_code = ? AND m.month = ?"
    for m in range(1, 13)
}
_NEW_MONTH = "INSERT INTO months(year, unit_code, month, note, sample) VALUES (?, ?, ?, ?, ?)"
_MONTH_CHANGED = (
    "UPDATE months SET note = ?, sample = ? WHERE year = ? AND unit_code = ? AND month = ?"
)
_SET_FIGURE = {
    m: f"INSERT INTO unit_elements(year, unit_code, element, v{m}) VALUES (?, ?, ?, ?) "
    f"ON CONFLICT(year, unit_code, element) DO UPDATE SET v{m} = excluded.v{m}"
    for m in range(1, 13)
}
_CLEAR_FIGURE = {
    m: f"UPDATE unit_elements SET v{m} = NULL WHERE year = ? AND unit_code = ? AND element = ?"
    for m in range(1, 13)
}
_MONTH_VALUE = (  # in a row of months joined to unit_elements: the month's figure
    "CASE m.month " + " ".join(f"WHEN {m} THEN e.v{m}" for m in range(1, 13)) + " END"
)
_AUDIT = (
    "INSERT INTO audit(at, year, unit_code, month, field, old_value, new_value, source) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def now_text() -> str:
    """Now, in UTC, to the second (ISO 8601): made once a second, as a clerk saves cells."""
    return _second_text(int(time.time()))


@functools.lru_cache(maxsize=1)
def _second_text(second: int) -> str:
    return datetime.fromtimestamp(second, UTC).isoformat()


@functools.cache  # 4,096 sets of months at most; a national year has a few distinct ones
def _months(mask: int) -> tuple[int, ...]:
    """The months of a set of months held as bits (month m as bit m-1), in order."""
    return tuple(m for m in range(1, 13) if mask >> (m - 1) & 1)


def open_repository(
    path: Path | str, *, daily_backup: bool = True, check: bool = True, update: bool = True
) -> Repository:
    """Open (creating if needed) the database at `path`, check it, and bring its schema up to date.

    A file that fails SQLite's quick check is never written to (StorageError, kind "damaged",
    naming the newest good backup). With `check=False` the check waits until the first write
    (or `Repository.check()`); until then the connection is read-only, so nothing can write to
    an unchecked file: reading a national file need not read every page first. Before
    migrating a file that holds data, a copy is kept beside it; at the first open of each day
    a backup goes to the backups folder. Two programs that open, create or write the same file
    at once wait for each other. With `update=False`, a file of an earlier version raises
    UpdateDue before anything is checked or written: the caller says so, then opens it again.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists() and path.stat().st_size > 0
    except OSError as exc:
        raise storage_error(exc, path) from exc
    db: sqlite3.Connection | None = None
    try:
        db = conn = sqlite3.connect(str(path), timeout=BUSY_SECONDS, isolation_level=None)
        checked = not existed
        due = existed and bool(migrations.pending(conn))
        if due and not update and migrations.applied(conn):
            raise UpdateDue(path)
        if existed and (check or due):  # a migration writes: check first
            _refuse_damaged(conn, path)
            checked = True
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
        _migrate(db, path, existed)
        if not checked:
            conn.execute("PRAGMA query_only = ON")  # until Repository.check() has passed
        if daily_backup and existed:
            back_up_daily(path)
    except StorageError:
        if db is not None:
            db.close()
        raise
    except (sqlite3.Error, OSError) as exc:
        if db is not None:
            db.close()
        raise storage_error(exc, path) from exc
    return Repository(db, path, checked=checked)


def back_up_daily(path: Path) -> None:
    """The day's first backup, when none was made today (its copy is checked; a failure is
    logged: the file itself is fine, the work goes on); then the received files' folder is
    rid of what programs killed while writing a file left there."""
    if made_today(path):
        return
    try:
        make_backup(path, "daily")
    except (sqlite3.Error, OSError) as exc:
        log.warning("daily backup of %s failed: %s", path, exc)
    from lak_desktop.storage.received import ReceivedFiles, received_dir

    removed = ReceivedFiles(received_dir(path)).tidy()
    if removed:
        log.info("%d unfinished received files removed beside %s", removed, path)


def page_fault(path: Path) -> StorageError | None:
    """SQLite's quick check of the file at `path` on a read-only connection of its own, so that
    another thread can run it while the window answers: the fault found, or None."""
    try:
        conn = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_SECONDS
        )
        try:
            _refuse_damaged(conn, path)
        finally:
            conn.close()
    except StorageError as exc:
        return exc
    except sqlite3.Error as exc:
        return storage_error(exc, path)
    return None


def _refuse_damaged(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's quick check of every page; StorageError "damaged" when it finds a fault."""
    found = conn.execute("PRAGMA quick_check").fetchall()
    if found != [("ok",)]:
        raise damaged(path, "; ".join(str(r[0]) for r in found[:3]))


def _migrate(db: sqlite3.Connection, path: Path, existed: bool) -> None:
    """Put the file in WAL mode and apply pending migrations. When other programs do the same
    to a new file at the same moment, SQLite may refuse one of them at once rather than make it
    wait (so that two cannot wait for each other): it waits a moment, at random so that they
    do not meet again, and looks again, for BUSY_SECONDS in all."""
    import random

    started = time.monotonic()
    for attempt in range(40):
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            applied = set(migrations.applied(db))
            if applied - set(migrations.NAMES):
                raise StorageError(
                    f"Tệp dữ liệu {path} do phiên bản mới hơn của chương trình tạo ra. "
                    "Hãy cập nhật chương trình rồi mở lại.",
                    "newer",
                )
            pending = migrations.pending(db)
            if not pending:
                return
            if existed and applied:
                backup = path.with_name(f"{path.name}.before-{pending[0]}.bak")
                if not backup.exists():
                    try:
                        make_backup(path, "before-migration", backup)
                    except FileExistsError:
                        pass  # another program opening the file made the same copy first
            migrations.apply(db)
            _shrink(db, path)
            return
        except migrations.AppliedElsewhere:
            continue  # rolled back: look again at what is pending
        except sqlite3.OperationalError as exc:
            # Another program made the migrations' table first, or holds the lock: wait, look
            # again. (A migration it applied meanwhile is not run again: AppliedElsewhere.)
            raced = ("already exists", "locked", "busy")
            if not any(word in str(exc).lower() for word in raced):
                raise
            if db.in_transaction:
                db.execute("ROLLBACK")
            if time.monotonic() - started > BUSY_SECONDS:
                raise  # busy all along: said as such (storage_error)
            time.sleep(0.05 * (attempt + 1) * random.uniform(0.5, 1.5))
    raise StorageError(f"Không chuẩn bị được tệp dữ liệu {path}: tệp đang bận.", "busy")


def _shrink(db: sqlite3.Connection, path: Path) -> None:
    """Give back to the disk the pages a migration freed, when they are most of the file (the
    received files that left it, say): every backup and check of it is that much quicker."""
    free = db.execute("PRAGMA freelist_count").fetchone()[0]
    if free * 2 <= db.execute("PRAGMA page_count").fetchone()[0]:
        return
    try:
        db.execute("VACUUM")
    except sqlite3.OperationalError as exc:  # another program reads it: it stays as large
        log.warning("%s was not made smaller: %s", path, exc)


class _Transaction:
    """Repository.transaction: a class, not a generator, as it runs for every cell saved."""

    __slots__ = ("nested", "repo")

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.nested = False

    def __enter__(self) -> sqlite3.Connection:
        self.repo.check()
        conn = self.repo.db
        self.nested = conn.in_transaction
        conn.execute("SAVEPOINT nested" if self.nested else "BEGIN IMMEDIATE")
        return conn

    def __exit__(self, kind, error, trace) -> None:
        conn = self.repo.db
        if kind is not None:  # an error may have ended the whole transaction
            if not self.nested:
                self.repo._unsynced.clear()  # kept, but no record will name them
            if conn.in_transaction:
                if self.nested:
                    conn.execute("ROLLBACK TO SAVEPOINT nested")
                    conn.execute("RELEASE SAVEPOINT nested")
                else:
                    conn.execute("ROLLBACK")
            return
        if self.nested:
            conn.execute("RELEASE SAVEPOINT nested")
            return
        unsynced, self.repo._unsynced = self.repo._unsynced, {}
        if unsynced:  # the received files its records name are on the disk before they are
            try:
                self.repo.received.sync(list(unsynced))
            except OSError as exc:
                conn.execute("ROLLBACK")
                raise storage_error(exc, self.repo.path) from exc
        conn.execute("COMMIT")
        self.repo._commits += 1


class Repository:
    def __init__(
        self, db: sqlite3.Connection, path: Path | None = None, *, checked: bool = True
    ) -> None:
        self.db = db
        self.path = path
        self.checked = checked  # False: read-only until check() passes
        self._plans: dict[int, tuple[str, Plan]] = {}
        self._commits = 0  # this connection's; other connections' show in PRAGMA data_version
        self._remembered: dict[object, tuple[tuple[int, int], object]] = {}
        self._unsynced: dict[str, None] = {}  # received files to sync before the next commit

    def check(self) -> None:
        """The quick check the open left for later: once it passes, the file may be written.
        A damaged file raises StorageError "damaged" and stays read-only."""
        if self.checked:
            return
        path = self.path or Path("lak.sqlite")
        try:
            _refuse_damaged(self.db, path)
        except sqlite3.Error as exc:
            raise storage_error(exc, path) from exc
        self.checked_elsewhere()

    def checked_elsewhere(self) -> None:
        """The quick check passed on another connection (`page_fault`): writes may begin."""
        if not self.checked:
            self.db.execute("PRAGMA query_only = OFF")
            self.checked = True

    def close(self) -> None:
        self.db.close()

    def data_version(self) -> tuple[int, int]:
        """Differs whenever the file's data may have changed since: a commit of this
        connection's, or of any other's (another window, `lak`, the import's thread)."""
        return (self._commits, self.db.execute("PRAGMA data_version").fetchone()[0])

    def remembered(self, key: object, make: Callable[[], object]) -> object:
        """What `make()` works out from the file's data, kept until the data changes: a
        national ranking is worked out once for the screens that show it."""
        version = self.data_version()
        kept = self._remembered.get(key)
        if kept is not None and kept[0] == version:
            return kept[1]
        with many_objects():  # a national table: tens of thousands of small objects, kept
            value = make()
        self._remembered.pop(key, None)
        self._remembered[key] = (version, value)
        while len(self._remembered) > REMEMBERED:  # a national ranking is megabytes: a few
            del self._remembered[next(iter(self._remembered))]
        return value

    def transaction(self) -> _Transaction:
        """One transaction that takes the write lock at its start (BEGIN IMMEDIATE), so that a
        second writer waits for the first instead of failing; nested ones are savepoints.
        `with repo.transaction() as db:` commits at the end, and rolls back on an error."""
        return _Transaction(self)

    def backup(self, reason: str) -> Path | None:
        """A checked copy in the backups folder (before an import, say); None for a new file."""
        if self.path is None or not self.path.exists():
            return None
        return make_backup(self.path, reason)

    # Settings ---------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def clear_setting(self, key: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM settings WHERE key = ?", [key])

    # Plans ------------------------------------------------------------------
    def plan_years(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT year FROM plans ORDER BY year")]

    def plan_issuer(self, year: int) -> tuple[str, str] | None:
        """The office and name of the plan's issuer, read without parsing its units; None when
        the stored plan cannot say (`load_plan` then says what is wrong)."""
        try:
            row = self.db.execute(  # each a text, or NULL
                "SELECT "
                + ", ".join(
                    f"CASE json_type(body, '{at}') WHEN 'text' THEN json_extract(body, '{at}') END"
                    for at in ("$.issuer.office", "$.issuer.name")
                )
                + " FROM plans WHERE year = ?",
                [year],
            ).fetchone()
        except sqlite3.Error:
            return None
        office, name = row if row else (None, None)
        return (office, name) if isinstance(office, str) and isinstance(name, str) else None

    def unit_entry(self, year: int, code: str) -> tuple[str, bool] | None:
        """The name of unit `code` in the stored plan of `year`, and whether a unit of that plan
        is formed from it (a merger), read without parsing the plan; None when the plan does
        not hold the unit or cannot say (`load_plan` then says what is wrong)."""
        try:
            row = self.db.execute(
                "SELECT u.name, EXISTS (SELECT 1 FROM json_each(p.body, '$.units') AS j, "
                "json_each(j.value, '$.formed_from') AS f WHERE f.value = u.code) "
                "FROM units AS u JOIN plans AS p ON p.year = u.year "
                "WHERE u.year = ? AND u.code = ?",
                [year, code],
            ).fetchone()
        except sqlite3.Error:
            return None
        return (row[0], bool(row[1])) if row else None

    def load_plan(self, year: int) -> Plan | None:
        row = self.db.execute("SELECT body FROM plans WHERE year = ?", [year]).fetchone()
        if row is None:
            return None
        # A plan is immutable: the one parsed from the same stored text is the same plan, and a
        # plan of 3,321 units takes a quarter of a second to parse.
        cached = self._plans.get(year)
        if cached is not None and cached[0] == row[0]:
            return cached[1]
        import json

        from lak_desktop.core.plan import PlanError, plan_from_dict

        try:
            plan = plan_from_dict(json.loads(row[0]))
        except (PlanError, json.JSONDecodeError) as exc:
            raise StorageError(f"Kế hoạch năm {year} trong tệp dữ liệu bị hỏng: {exc}") from exc
        self._plans[year] = (row[0], plan)
        return plan

    def units_with_figures(self, year: int) -> set[str]:
        rows = self.db.execute(
            "SELECT DISTINCT unit_code FROM months WHERE year = ?", [year]
        ).fetchall()
        return {r[0] for r in rows}

    def save_plan(self, plan: Plan) -> None:
        """Store the plan of its year, replacing an earlier one and keeping the figures.

        Refused (StorageError) when it drops a unit that has figures of that year.
        """
        kept = {u.code for u in plan.units}
        orphaned = sorted(self.units_with_figures(plan.year) - kept)
        if orphaned:
            raise StorageError(
                f"Không thể bỏ đơn vị {', '.join(orphaned)} khỏi kế hoạch năm {plan.year} "
                "vì đơn vị này đã có số liệu. Hãy giữ đơn vị trong kế hoạch, hoặc xóa số liệu "
                "của đơn vị trước."
            )
        import json

        from lak_desktop.core.plan import plan_to_dict

        body = json.dumps(plan_to_dict(plan), ensure_ascii=False, sort_keys=True)
        with self.transaction() as db:
            db.execute(
                "INSERT INTO plans(year, digest, body, saved_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(year) DO UPDATE SET digest = excluded.digest, body = excluded.body, "
                "saved_at = excluded.saved_at",
                [plan.year, plan.digest(), body, now_text()],
            )
            db.execute(
                f"DELETE FROM units WHERE year = ? AND code NOT IN ({','.join('?' * len(kept))})",
                [plan.year, *sorted(kept)],
            )
            for unit in plan.units:
                db.execute(
                    "INSERT INTO units(year, code, name) VALUES (?, ?, ?) "
                    "ON CONFLICT(year, code) DO UPDATE SET name = excluded.name",
                    [plan.year, unit.code, unit.name],
                )

    # Figures ----------------------------------------------------------------
    def figures(self, year: int, unit_code: str | None = None) -> list[MonthlyFigures]:
        """Every stored month of `year` (of one unit when given), ordered by unit and month."""
        from lak_desktop.core.figures import MonthlyFigures

        where = "m.year = ?" + (" AND m.unit_code = ?" if unit_code else "")
        params: list[object] = [year] + ([unit_code] if unit_code else [])
        rows = self.db.execute(
            f"SELECT m.unit_code, m.month, m.note, e.element, {_MONTH_VALUE} FROM months m "
            "LEFT JOIN unit_elements e ON e.year = m.year AND e.unit_code = m.unit_code "
            "AND e.entered >> (m.month - 1) & 1 "
            f"WHERE {where} ORDER BY m.unit_code, m.month, e.element",
            params,
        )
        result: list[MonthlyFigures] = []
        key = None
        values: dict[str, int] = {}
        for unit, month, note, element, value in rows:
            if (unit, month) != key:
                key = (unit, month)
                values = {}
                result.append(MonthlyFigures(unit, year, month, values, note))
            if element is not None:
                values[element] = value
        return result

    # National sums come from unit_elements, where the figures are kept (migration m011): each
    # unit's year of each element in one row. 13,000 rows, not 160,000 figures.

    def _element_columns(
        self, year: int, through_month: int, codes: tuple[str, ...]
    ) -> dict[str, tuple[int | None, ...]]:
        """Per unit with an element row in `year`, in one scan of the table: the lowest and the
        highest set of months entered among all its elements (months 1..through_month, month
        m as bit m-1), then the sum of each element of `codes` over those months, None for an
        element with no figure in them. Read once for the ranking and the report's sums."""
        if not 1 <= through_month <= 12:
            raise ValueError(f"through_month must be 1..12, got {through_month}")
        within = (1 << through_month) - 1

        def read() -> dict[str, tuple[int | None, ...]]:
            # Each element's own months would cost a CASE per element and row: where the
            # lowest and highest agree, every element has those months.
            sums = ", ".join(
                f"MAX(CASE WHEN element = ? AND entered & {within} THEN c{through_month} END)"
                for _ in codes
            )
            rows = self.db.execute(
                f"SELECT unit_code, MIN(entered & {within}), MAX(entered & {within}), {sums} "
                "FROM unit_elements WHERE year = ? GROUP BY unit_code",
                [*codes, year],
            )
            return {unit: columns for unit, *columns in rows}

        return self.remembered(("element columns", year, through_month, codes), read)

    def indicator_sums(
        self, year: int, through_month: int, pairs: list[tuple[str, str]]
    ) -> dict[str, tuple[tuple[int, ...], tuple[tuple[int, int, tuple[int, ...]], ...]]]:
        """Per unit, added up by SQLite over months 1..through_month: the months with any figure,
        and for each (numerator, denominator) pair the sums over the months that have both and
        the months with a figure that lack one (core.attainment.UnitSums)."""
        codes = tuple(sorted({code for pair in pairs for code in pair}))
        columns = self._element_columns(year, through_month, codes)
        at = {code: 2 + i for i, code in enumerate(codes)}
        slots = [(at[n], at[d]) for n, d in pairs]
        # Where each of a unit's elements was entered in the same months (the usual case), the
        # month rule changes nothing: the sums are the elements' sums. The other units are
        # worked out month by month from their rows.
        result = {}
        uneven = []
        for unit, row in columns.items():
            mask = row[1]
            if row[0] != mask:
                uneven.append(unit)
                continue
            if not mask:
                continue  # nothing entered through the month asked for
            sums = []
            for n, d in slots:
                n_sum, d_sum = row[n], row[d]
                if n_sum is None or d_sum is None:
                    break  # an element of the pair never entered: the months decide
                sums.append((n_sum, d_sum, ()))
            else:
                result[unit] = (_months(mask), tuple(sums))
                continue
            uneven.append(unit)
        if uneven:
            result.update(self._uneven_sums(year, through_month, pairs, uneven))
        return result

    def _uneven_sums(
        self,
        year: int,
        through_month: int,
        pairs: list[tuple[str, str]],
        units: list[str],
    ) -> dict[str, tuple[tuple[int, ...], tuple[tuple[int, int, tuple[int, ...]], ...]]]:
        """`indicator_sums` for units whose elements were entered in different months, from
        each month's figures."""
        import json

        rows: dict[str, dict[str, tuple]] = {unit: {} for unit in units}
        for unit, element, *values in self.db.execute(
            "SELECT unit_code, element, "
            + ", ".join(f"v{m}" for m in range(1, through_month + 1))
            + " FROM unit_elements "
            "WHERE year = ? AND unit_code IN (SELECT value FROM json_each(?))",
            [year, json.dumps(units)],
        ):
            rows[unit][element] = values
        result = {}
        empty = (None,) * through_month
        for unit, elements in rows.items():
            mask = 0
            for values in elements.values():
                for m, value in enumerate(values):
                    if value is not None:
                        mask |= 1 << m
            if not mask:
                continue  # nothing entered through the month asked for
            sums = []
            for num, den in pairs:
                n_values, d_values = elements.get(num, empty), elements.get(den, empty)
                n_sum = d_sum = both = 0
                for m, (n, d) in enumerate(zip(n_values, d_values, strict=True)):
                    if n is not None and d is not None:
                        n_sum, d_sum, both = n_sum + n, d_sum + d, both | 1 << m
                sums.append((n_sum, d_sum, _months(mask & ~both)))
            result[unit] = (_months(mask), tuple(sums))
        return result

    def element_sums(
        self, year: int, through_month: int, codes: Sequence[str]
    ) -> dict[str, dict[str, int | None]]:
        """Per unit with figures, the sum of each element of `codes` over months
        1..through_month, as core.attainment.totals: a blank adds nothing, and an element with
        no figure in those months is None."""
        read = tuple(sorted(set(codes)))  # the ranking's read, when it asked for the same
        columns = self._element_columns(year, through_month, read)
        at = [(code, 2 + read.index(code)) for code in codes]
        return {unit: {code: row[i] for code, i in at} for unit, row in columns.items()}

    def monthly_pair_sums(
        self, year: int, numerator: str, denominator: str
    ) -> dict[int, tuple[int, int]]:
        """Per month, the numerator and denominator added up over the units whose month has
        both figures (a month with one of them blank adds nothing)."""
        both = [f"n.v{m} IS NOT NULL AND d.v{m} IS NOT NULL" for m in range(1, 13)]
        columns = ", ".join(
            f"SUM(CASE WHEN {b} THEN n.v{m} END), SUM(CASE WHEN {b} THEN d.v{m} END)"
            for m, b in enumerate(both, 1)
        )
        row = self.db.execute(
            f"SELECT {columns} FROM unit_elements AS n JOIN unit_elements AS d "
            "ON d.year = n.year AND d.unit_code = n.unit_code AND d.element = ? "
            "WHERE n.year = ? AND n.element = ?",
            [denominator, year, numerator],
        ).fetchone()
        return {
            m: (row[2 * m - 2], row[2 * m - 1]) for m in range(1, 13) if row[2 * m - 1] is not None
        }

    def last_month_with_data(self, year: int) -> int | None:
        """The latest month of `year` for which any unit has a figure."""
        # The months entered are bits (month m is bit m-1): the largest has the latest month.
        latest = self.db.execute(
            "SELECT MAX(entered) FROM unit_elements WHERE year = ?", [year]
        ).fetchone()[0]
        return (latest.bit_length() or None) if latest is not None else None

    def month_figures(self, unit_code: str, year: int, month: int) -> MonthlyFigures:
        """The stored month, or an empty one."""
        from lak_desktop.core.figures import MonthlyFigures

        for fig in self.figures(year, unit_code):
            if fig.month == month:
                return fig
        return MonthlyFigures(unit_code, year, month)

    def save_figures(
        self, items: Iterable[MonthlyFigures], source: str, *, sample: bool = False
    ) -> int:
        """Store each month as given (its values replace what was there), all in one transaction.

        Returns the number of fields that changed; each change leaves an audit row. The month's
        own row (its note, whether its figures are demo ones) is written only when it changes:
        a clerk's cell save writes the figure and its audit row.
        """
        items = list(items)
        changed = 0
        at = now_text()
        flag = int(sample)
        with self.transaction() as db:
            execute = db.execute
            for fig in items:
                year, unit, month, values = fig.year, fig.unit_code, fig.month, fig.values
                if month not in _MONTH_IN:
                    raise ValueError(f"month must be 1..12, got {month!r}")
                key = (year, unit, month)
                rows = execute(_MONTH_IN[month], key).fetchall()
                if not rows:
                    execute(_NEW_MONTH, (*key, fig.note, flag))
                    old_values: dict[str, int] = {}
                    old_note, old_flag = "", flag
                else:
                    old_note, old_flag = rows[0][0], rows[0][1]
                    old_values = {e: v for _, _, e, v in rows if e is not None}
                diffs: list[tuple[str, str | None, str | None]] = []
                for code in sorted(old_values.keys() | values.keys()):
                    old, new = old_values.get(code), values.get(code)
                    if old == new:
                        continue
                    diffs.append((code, _text(old), _text(new)))
                    if new is None:
                        execute(_CLEAR_FIGURE[month], (year, unit, code))
                    else:
                        execute(_SET_FIGURE[month], (year, unit, code, new))
                if fig.note != old_note:
                    diffs.append(("note", old_note or None, fig.note or None))
                if diffs and (fig.note != old_note or flag != old_flag):
                    execute(_MONTH_CHANGED, (fig.note, flag, *key))
                for field, old, new in diffs:
                    execute(_AUDIT, (at, *key, field, old, new, source))
                changed += len(diffs)
        return changed

    def has_figures(self) -> bool:
        return self.db.execute("SELECT 1 FROM months LIMIT 1").fetchone() is not None

    def sample_months(self, year: int) -> int:
        row = self.db.execute(
            "SELECT COUNT(*) FROM months WHERE year = ? AND sample = 1", [year]
        ).fetchone()
        return int(row[0])

    def audit_rows(self, year: int | None = None) -> list[AuditRow]:
        where, params = ("WHERE year = ?", [year]) if year is not None else ("", [])
        rows = self.db.execute(
            "SELECT at, year, unit_code, month, field, old_value, new_value, source "
            f"FROM audit {where} ORDER BY id",
            params,
        ).fetchall()
        return [AuditRow(*r) for r in rows]

    # Exports (at the commune) -------------------------------------------------
    def next_export_revision(self, year: int, unit_code: str, through_month: int) -> int:
        row = self.db.execute(
            "SELECT MAX(revision) FROM exports WHERE year=? AND unit_code=? AND through_month=?",
            [year, unit_code, through_month],
        ).fetchone()
        return (row[0] or 0) + 1

    def record_export(self, record: ExportRecord) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO exports(year, unit_code, through_month, revision, exported_at, "
                "file_name, figures) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    record.year,
                    record.unit_code,
                    record.through_month,
                    record.revision,
                    record.exported_at,
                    record.file_name,
                    figures_to_json(record.figures),
                ],
            )

    def exports(self, year: int, unit_code: str) -> list[ExportRecord]:
        """Every export of the unit in the year, oldest first."""
        rows = self.db.execute(
            "SELECT year, unit_code, through_month, revision, exported_at, file_name, figures "
            "FROM exports WHERE year = ? AND unit_code = ? ORDER BY id",
            [year, unit_code],
        ).fetchall()
        return [
            ExportRecord(y, u, m, r, at, name, figures_from_json(u, y, body))
            for y, u, m, r, at, name, body in rows
        ]

    # Submissions (at the receiving office) ---------------------------------------
    def submissions(
        self,
        year: int | None = None,
        unit_code: str | None = None,
        through_month: int | None = None,
    ) -> list[SubmissionRecord]:
        """Every submission file read (of a year, unit or month when given), oldest first."""
        where, params = _submissions_where(year, unit_code, through_month)
        rows = self.db.execute(
            f"SELECT {_RECORD_COLUMNS} FROM submissions WHERE {where} ORDER BY id", params
        ).fetchall()
        return [SubmissionRecord(*r) for r in rows]

    # A national office keeps 40,000 files a year: its history screen reads the numbers of the
    # files, then each file's details as its row is shown, and a column's values to sort by it.
    def submission_ids(
        self,
        year: int | None = None,
        unit_code: str | None = None,
        through_month: int | None = None,
    ) -> list[int]:
        """The numbers of the files `submissions` gives, oldest first."""
        return self.submission_values("id", year, unit_code, through_month)

    def submissions_with_ids(self, ids: Iterable[int]) -> dict[int, SubmissionRecord]:
        ids = list(ids)
        found: dict[int, SubmissionRecord] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.db.execute(
                f"SELECT {_RECORD_COLUMNS} FROM submissions "
                f"WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            found.update((row[-1], SubmissionRecord(*row)) for row in rows)
        return found

    def submission_values(
        self,
        field: str,
        year: int | None = None,
        unit_code: str | None = None,
        through_month: int | None = None,
        up_to_id: int | None = None,
    ) -> list[object]:
        """One field of each file `submissions` gives, oldest first (one JSON text of 40,000
        values is read quicker than 40,000 rows); `up_to_id`, the last number `submission_ids`
        gave, leaves out files recorded since."""
        if field not in _RECORD_FIELDS:
            raise ValueError(f"not a field of a received file: {field}")
        where, params = _submissions_where(year, unit_code, through_month)
        if up_to_id is not None:
            where, params = f"{where} AND id <= ?", [*params, up_to_id]
        import json

        (text,) = self.db.execute(
            f"SELECT json_group_array({field}) FROM "
            f"(SELECT {field} FROM submissions WHERE {where} ORDER BY id)",
            params,
        ).fetchone()
        return json.loads(text)

    def first_files(self, year: int, units: Sequence[str] | None = None) -> dict[str, FirstFiles]:
        """Per unit (of `units` when given), each month's first file and its latest file's plan
        revision (as core.timeliness.first_files makes them from the files), kept by the file's
        triggers as files are recorded: one row per unit, however many files came."""
        months = ", ".join(f"m{m}" for m in range(1, 13))
        among, params = "", [year]
        if units is not None:
            among = f" AND unit_code IN ({', '.join('?' * len(units))})"
            params += list(units)
        rows = self.db.execute(
            f"SELECT unit_code, {months}, latest FROM unit_receipts WHERE year = ?{among}", params
        )
        # A few hundred distinct (day, revision) among 40,000 months: each is parsed once.
        parsed: dict[str | None, tuple[date, int] | None] = {None: None}

        def parse(key: str) -> tuple[date, int]:
            value = parsed[key] = (date.fromisoformat(key[:10]), int(key[11:]))
            return value

        result = {}
        for row in rows:
            keys = row[1:13]
            latest = row[13]
            result[row[0]] = (
                tuple([parsed[k] if k in parsed else parse(k) for k in keys]),
                int(latest.rsplit("#", 1)[1]) or None if latest else None,
            )
        return result

    def submission_content(self, submission_id: int) -> tuple[str, bytes] | None:
        """The file name and the bytes of a received file, exactly as they arrived; None when
        no file has that number. StorageError "missing" when its file is no longer in the
        received files' folder (the data file was copied without it, say)."""
        row = self.db.execute(
            "SELECT file_name, file_sha256 FROM submissions WHERE id = ?", [submission_id]
        ).fetchone()
        if row is None:
            return None
        content = self.received.get(row[1])
        if content is None:
            raise StorageError(
                f"Không còn tệp gốc {row[0]} (số {submission_id}) trong thư mục "
                f"{self.received.folder}, hoặc tệp ở đó đã bị sửa. Thư mục này phải nằm bên cạnh "
                "tệp dữ liệu: nếu đã chép tệp dữ liệu sang máy khác, hãy chép cả thư mục này. Số "
                "liệu của tệp vẫn còn nguyên trong tệp dữ liệu.",
                "missing",
            )
        return row[0], content

    @functools.cached_property
    def received(self) -> ReceivedFiles:
        """The folder of the received files, beside the data file."""
        from lak_desktop.storage.received import ReceivedFiles, received_dir

        if self.path is None:
            raise ValueError("a repository without a file keeps no received files")
        return ReceivedFiles(received_dir(self.path))

    def record_submission(
        self,
        record: SubmissionRecord,
        figures: list[MonthlyFigures],
        content: bytes,
        apply: bool,
        trust: KnownKey | None = None,
    ) -> None:
        """Keep the file in the history and, when `apply`, store its figures; `trust` records
        the key of a unit's first file (or the public key behind a fingerprint trusted before);
        one transaction. The file itself is kept first, in the received files' folder, and is
        on the disk before the transaction commits: several files recorded in one transaction
        (an import's batch) are synced together, with one commit."""
        from lak_desktop.storage.received import digest_of

        self.check()  # nothing is kept for a file that cannot be written to
        digest = digest_of(content)
        if digest != record.file_sha256:
            raise ValueError(f"{record.file_name}: its SHA-256 is {digest}")
        with self.transaction() as db:
            try:
                self._unsynced[self.received.put(content)] = None
            except OSError as exc:
                raise storage_error(exc, self.path) from exc
            db.execute(
                "INSERT INTO submissions(year, unit_code, through_month, revision, created_at, "
                "received_at, file_name, file_sha256, outcome, reason, signer, plan_revision, "
                "figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    record.year,
                    record.unit_code,
                    record.through_month,
                    record.revision,
                    record.created_at,
                    record.received_at,
                    record.file_name,
                    record.file_sha256,
                    record.outcome,
                    record.reason,
                    record.signer,
                    record.plan_revision,
                    figures_to_json(figures),
                ],
            )
            if trust is not None:
                self._trust(db, trust)
            if apply:
                self.save_figures(figures, f"submission:{record.file_name}")

    def decide_held(
        self, submission_id: int, outcome: str, reason: str, figures: list[MonthlyFigures]
    ) -> None:
        """A held file, once its key is trusted, takes the outcome it would have had; its
        figures are stored when it is accepted or replaces an earlier file."""
        with self.transaction() as db:
            db.execute(
                "UPDATE submissions SET outcome = ?, reason = ? WHERE id = ? AND outcome = 'held'",
                [outcome, reason, submission_id],
            )
            if outcome in ("accepted", "replaced"):
                name = db.execute(
                    "SELECT file_name FROM submissions WHERE id = ?", [submission_id]
                ).fetchone()[0]
                self.save_figures(figures, f"submission:{name}")

    def held_submissions(self, unit_code: str | None = None) -> list[SubmissionRecord]:
        """Files kept aside because their key is not the one known for their unit, oldest
        first."""
        return [s for s in self.submissions(unit_code=unit_code) if s.outcome == "held"]

    # Keys -------------------------------------------------------------------------
    def installation_seed(self) -> bytes:
        """The seed of this installation's signing key (made when the file was created)."""
        row = self.db.execute("SELECT seed FROM installation_key WHERE id = 1").fetchone()
        if row is None:  # only a hand-damaged file lacks it: make a new one rather than fail
            import os

            with self.transaction() as db:
                db.execute(
                    "INSERT OR IGNORE INTO installation_key(id, seed, created_at) VALUES (1, ?, ?)",
                    [os.urandom(32), now_text()],
                )
            row = self.db.execute("SELECT seed FROM installation_key WHERE id = 1").fetchone()
        return bytes(row[0])

    def key_in_force(self, role: str, unit_code: str = "") -> KnownKey | None:
        row = self.db.execute(
            f"SELECT {_KEY_COLUMNS} FROM known_keys "
            "WHERE role = ? AND unit_code = ? AND until IS NULL",
            [role, unit_code],
        ).fetchone()
        return KnownKey(*row) if row else None

    def known_keys(self, role: str) -> list[KnownKey]:
        """Every key of a role ever known, the ones no longer in force too, by unit and date."""
        rows = self.db.execute(
            f"SELECT {_KEY_COLUMNS} FROM known_keys WHERE role = ? ORDER BY unit_code, id",
            [role],
        ).fetchall()
        return [KnownKey(*r) for r in rows]

    def trust_key(self, key: KnownKey) -> None:
        """Make `key` the one in force for its role and unit; the one before is kept, ended."""
        with self.transaction() as db:
            self._trust(db, key)

    @staticmethod
    def _trust(db: sqlite3.Connection, key: KnownKey) -> None:
        current = db.execute(
            f"SELECT {_KEY_COLUMNS} FROM known_keys "
            "WHERE role = ? AND unit_code = ? AND until IS NULL",
            [key.role, key.unit_code],
        ).fetchone()
        if current is not None:
            current = KnownKey(*current)
            if current.fingerprint == key.fingerprint:
                if current.public_key is None and key.public_key is not None:
                    db.execute(
                        "UPDATE known_keys SET public_key = ? WHERE role = ? AND unit_code = ? "
                        "AND until IS NULL",
                        [key.public_key, key.role, key.unit_code],
                    )
                return
            db.execute(
                "UPDATE known_keys SET until = ? WHERE role = ? AND unit_code = ? "
                "AND until IS NULL",
                [key.since, key.role, key.unit_code],
            )
        db.execute(
            "INSERT INTO known_keys(role, unit_code, fingerprint, public_key, since, source) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [key.role, key.unit_code, key.fingerprint, key.public_key, key.since, key.source],
        )

    def signed_counts(self) -> dict[tuple[str, str], int]:
        """How many files received each (unit, signer fingerprint) signed, held ones too."""
        rows = self.db.execute(
            "SELECT unit_code, signer, count(*) FROM submissions GROUP BY unit_code, signer"
        ).fetchall()
        return {(u, s): n for u, s, n in rows}


_KEY_COLUMNS = "role, unit_code, fingerprint, public_key, since, until, source"


class KnownKey(NamedTuple):
    role: str  # 'unit' (a unit's key, at the office) or 'office' (the plan signer's)
    unit_code: str  # '' for the office
    fingerprint: str
    public_key: str | None  # None: trusted by fingerprint, no file signed with it seen yet
    since: str
    until: str | None = None
    source: str = "first-file"  # 'first-file', 'trusted', 'plan'


class ExportRecord(NamedTuple):
    year: int
    unit_code: str
    through_month: int
    revision: int
    exported_at: str
    file_name: str
    figures: list[MonthlyFigures]


class SubmissionRecord(NamedTuple):
    year: int
    unit_code: str
    through_month: int
    revision: int
    created_at: str
    received_at: str
    file_name: str
    file_sha256: str
    outcome: str  # accepted, replaced, ignored or held
    reason: str
    signer: str = ""  # the fingerprint of the key that signed the file
    plan_revision: int = 0  # the revision of the plan the unit worked under; 0: not known
    id: int | None = None  # set once stored

    @property
    def received_on(self) -> date:
        """The day the office received the file (`received_at` is a date or a timestamp)."""
        return date.fromisoformat(self.received_at[:10])


# The figures of a file or an export, as kept: json and the figures' module are imported
# when first used, so that a window paints its frame without them.


def figures_to_json(figures: Iterable[MonthlyFigures]) -> str:
    import json

    return json.dumps(
        [{"month": f.month, "values": dict(f.values), "note": f.note} for f in figures],
        ensure_ascii=False,
        sort_keys=True,
    )


def figures_from_json(unit_code: str, year: int, body: str) -> list[MonthlyFigures]:
    import json

    from lak_desktop.core.figures import MonthlyFigures

    return [
        MonthlyFigures(unit_code, year, int(item["month"]), item["values"], item["note"])
        for item in json.loads(body)
    ]


def _text(value: int | None) -> str | None:
    return None if value is None else str(value)
