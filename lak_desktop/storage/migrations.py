"""Versioned schema changes. Never edit a released migration: add the next one to MIGRATIONS.

They are applied by sqlite-utils' Migrations, which records each in `_sqlite_migrations`.
sqlite-utils is imported only when a migration is pending: reading what was applied is one
SELECT, and an up-to-date file (every open but the first after an update) opens without it.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

SET_NAME = "lak_desktop"


def m001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE plans (
            year INTEGER PRIMARY KEY,
            digest TEXT NOT NULL,
            body TEXT NOT NULL,           -- the plan as JSON (core.plan.plan_to_dict)
            saved_at TEXT NOT NULL
        );
        CREATE TABLE units (
            year INTEGER NOT NULL REFERENCES plans(year),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (year, code)
        );
        CREATE TABLE months (
            year INTEGER NOT NULL,
            unit_code TEXT NOT NULL,
            month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
            note TEXT NOT NULL DEFAULT '',
            sample INTEGER NOT NULL DEFAULT 0,  -- 1: demo figures, not real ones
            updated_at TEXT NOT NULL,
            PRIMARY KEY (year, unit_code, month),
            FOREIGN KEY (year, unit_code) REFERENCES units(year, code)
        );
        CREATE TABLE figure_values (
            year INTEGER NOT NULL,
            unit_code TEXT NOT NULL,
            month INTEGER NOT NULL,
            element TEXT NOT NULL,
            value INTEGER NOT NULL CHECK (value >= 0),
            PRIMARY KEY (year, unit_code, month, element),
            FOREIGN KEY (year, unit_code, month) REFERENCES months(year, unit_code, month)
                ON DELETE CASCADE
        );
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            year INTEGER NOT NULL,
            unit_code TEXT NOT NULL,
            month INTEGER NOT NULL,
            field TEXT NOT NULL,          -- an element code, or 'note'
            old_value TEXT,               -- NULL: was not entered
            new_value TEXT,               -- NULL: cleared
            source TEXT NOT NULL          -- what made it: 'cli', 'import:<file>', 'demo'
        );
        CREATE INDEX audit_by_month ON audit(year, unit_code, month);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


def m002_exchange(db: Database) -> None:
    db.executescript(
        """
        -- At the commune: every submission file written, with the figures it carried, so the
        -- window can mark months changed after they were sent.
        CREATE TABLE exports (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            unit_code TEXT NOT NULL,
            through_month INTEGER NOT NULL,
            revision INTEGER NOT NULL,
            exported_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            figures TEXT NOT NULL,        -- JSON: [{"month", "values", "note"}]
            UNIQUE (year, unit_code, through_month, revision)
        );
        -- At the receiving office: every submission file read, kept for the office's history.
        CREATE TABLE submissions (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            unit_code TEXT NOT NULL,
            through_month INTEGER NOT NULL,
            revision INTEGER NOT NULL,
            created_at TEXT NOT NULL,     -- when the commune wrote the file
            received_at TEXT NOT NULL,    -- when the office imported it
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'replaced', 'ignored')),
            reason TEXT NOT NULL DEFAULT '',
            figures TEXT NOT NULL,
            content BLOB NOT NULL
        );
        CREATE INDEX submissions_by_unit ON submissions(year, unit_code, through_month);
        """
    )


def m003_keys(db: Database) -> None:
    import os

    db.executescript(
        """
        -- The installation's own Ed25519 key: its 32-byte seed. It travels with the database
        -- (a new PC, a backup), so the files this office or commune signs keep one signer.
        CREATE TABLE installation_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            seed BLOB NOT NULL CHECK (length(seed) = 32),
            created_at TEXT NOT NULL
        );
        -- The keys this installation knows: each unit's (at the office) and the plan signer's
        -- (at the commune, unit_code ''). The row with no `until` is the key in force.
        CREATE TABLE known_keys (
            id INTEGER PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('unit', 'office')),
            unit_code TEXT NOT NULL DEFAULT '',
            fingerprint TEXT NOT NULL,
            public_key TEXT,              -- NULL: trusted by fingerprint before any file came
            since TEXT NOT NULL,
            until TEXT,
            source TEXT NOT NULL          -- 'first-file', 'trusted', 'plan'
        );
        CREATE UNIQUE INDEX known_keys_in_force ON known_keys(role, unit_code) WHERE until IS NULL;
        -- Submissions may now be held (signed by a key the office does not know for that unit)
        -- and say who signed them.
        CREATE TABLE submissions_new (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            unit_code TEXT NOT NULL,
            through_month INTEGER NOT NULL,
            revision INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            received_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'replaced', 'ignored', 'held')),
            reason TEXT NOT NULL DEFAULT '',
            figures TEXT NOT NULL,
            content BLOB NOT NULL,
            signer TEXT NOT NULL DEFAULT '',  -- the signing key's fingerprint; '' before keys
            plan_revision INTEGER NOT NULL DEFAULT 0  -- of the plan the unit used; 0: not known
        );
        INSERT INTO submissions_new(id, year, unit_code, through_month, revision, created_at,
            received_at, file_name, file_sha256, outcome, reason, figures, content)
        SELECT id, year, unit_code, through_month, revision, created_at, received_at,
            file_name, file_sha256, outcome, reason, figures, content FROM submissions;
        DROP TABLE submissions;
        ALTER TABLE submissions_new RENAME TO submissions;
        CREATE INDEX submissions_by_unit ON submissions(year, unit_code, through_month);
        """
    )
    db.execute(
        "INSERT INTO installation_key(id, seed, created_at) VALUES (1, ?, datetime('now'))",
        [os.urandom(32)],
    )


# A file's place in time: the day received, then its revision, as text that sorts as they do.
_FILE_KEY = "substr({f}.received_at, 1, 10) || '#' || printf('%06d', {f}.revision)"


def _count_file(f: str) -> str:
    """SQL that counts the file `f` (a row of submissions) in unit_receipts: the months it
    covers get it as their first file unless an earlier one came, and it is the latest file
    unless a later one came."""
    key = _FILE_KEY.format(f=f)
    latest = f"{key} || '#' || printf('%03d', {f}.plan_revision)"
    months = ", ".join(
        f"m{m} = CASE WHEN {f}.through_month >= {m} AND (m{m} IS NULL OR {key} < m{m}) "
        f"THEN {key} ELSE m{m} END"
        for m in range(1, 13)
    )
    return (
        f"INSERT INTO unit_receipts(year, unit_code) SELECT {f}.year, {f}.unit_code WHERE NOT "
        f"EXISTS (SELECT 1 FROM unit_receipts WHERE year = {f}.year AND unit_code = {f}.unit_code);"
        f"UPDATE unit_receipts SET {months}, latest = CASE WHEN latest IS NULL OR {latest} > "
        f"latest THEN {latest} ELSE latest END "
        f"WHERE year = {f}.year AND unit_code = {f}.unit_code;"
    )


def m004_receipts(db: Database) -> None:
    months = ", ".join(f"m{m} TEXT" for m in range(1, 13))
    firsts = ", ".join(f"MIN(CASE WHEN through_month >= {m} THEN k END)" for m in range(1, 13))
    db.executescript(
        f"""
        -- Who sent what, and when, as the status screen needs it: per unit, each month's first
        -- file ('YYYY-MM-DD#revision') and the latest file ('…#plan revision'). Kept by the
        -- triggers below as files are recorded (or released from being held), so that a
        -- national office's 40,000 files a year are not read again to open the screen.
        CREATE TABLE unit_receipts (
            year INTEGER NOT NULL,
            unit_code TEXT NOT NULL,
            {months},
            latest TEXT,
            PRIMARY KEY (year, unit_code)
        ) WITHOUT ROWID;
        INSERT INTO unit_receipts
        SELECT year, unit_code, {firsts}, MAX(k || '#' || printf('%03d', plan_revision))
        FROM (
            SELECT year, unit_code, through_month, plan_revision, {_FILE_KEY.format(f="s")} AS k
            FROM submissions AS s
            WHERE outcome != 'held' AND through_month BETWEEN 1 AND 12
        )
        GROUP BY year, unit_code;
        CREATE TRIGGER submissions_counted AFTER INSERT ON submissions
        WHEN NEW.outcome != 'held' AND NEW.through_month BETWEEN 1 AND 12
        BEGIN {_count_file("NEW")} END;
        CREATE TRIGGER submissions_released AFTER UPDATE OF outcome ON submissions
        WHEN OLD.outcome = 'held' AND NEW.outcome != 'held' AND NEW.through_month BETWEEN 1 AND 12
        BEGIN {_count_file("NEW")} END;
        -- The bytes of each received file in a table of their own: the history of 40,000
        -- files is read without stepping over 500 MB of them.
        CREATE TABLE submission_files (
            id INTEGER PRIMARY KEY REFERENCES submissions(id),
            content BLOB NOT NULL
        );
        INSERT INTO submission_files(id, content) SELECT id, content FROM submissions;
        ALTER TABLE submissions DROP COLUMN content;
        """
    )


def _set_month(row: str, value: str) -> str:
    """SQL SET list that puts `value` in the month column of `row`'s month (OLD or NEW)."""
    return ", ".join(
        f"v{m} = CASE {row}.month WHEN {m} THEN {value} ELSE v{m} END" for m in range(1, 13)
    )


def m005_unit_elements(db: Database) -> None:
    db.executescript(_unit_elements_script(""))


def _unit_elements_script(kept: str) -> str:
    """The table of each unit's year of each element, filled from the figures, and the
    triggers that keep it; `kept`: more columns, worked out from v1..v12."""
    months = ", ".join(f"v{m}" for m in range(1, 13))
    columns = ", ".join(f"v{m} INTEGER" for m in range(1, 13))
    pivot = ", ".join(f"MAX(CASE WHEN month = {m} THEN value END)" for m in range(1, 13))
    old_key = "year = OLD.year AND unit_code = OLD.unit_code AND element = OLD.element"
    new_key = "year = NEW.year AND unit_code = NEW.unit_code AND element = NEW.element"
    # Not INSERT OR IGNORE: inside a trigger, the saving statement's own conflict clause (an
    # upsert's) would be used instead.
    new_row = (
        "INSERT INTO unit_elements(year, unit_code, element) "
        "SELECT NEW.year, NEW.unit_code, NEW.element "
        f"WHERE NOT EXISTS (SELECT 1 FROM unit_elements WHERE {new_key});"
    )
    # One trigger per month and change sets one column: a clerk's cell save pays for one small
    # update, not for twelve columns worked out again.
    triggers = []
    for m in range(1, 13):
        triggers += [
            f"CREATE TRIGGER figure_added_{m} AFTER INSERT ON figure_values "
            f"WHEN NEW.month = {m} BEGIN {new_row} "
            f"UPDATE unit_elements SET v{m} = NEW.value WHERE {new_key}; END;",
            f"CREATE TRIGGER figure_changed_{m} AFTER UPDATE OF value ON figure_values "
            f"WHEN NEW.month = {m} BEGIN "
            f"UPDATE unit_elements SET v{m} = NEW.value WHERE {new_key}; END;",
            f"CREATE TRIGGER figure_removed_{m} AFTER DELETE ON figure_values "
            f"WHEN OLD.month = {m} BEGIN "
            f"UPDATE unit_elements SET v{m} = NULL WHERE {old_key}; END;",
        ]
    # A figure moved to another unit, month or element (never done by the program): the old
    # place is cleared and the new one set.
    triggers.append(
        "CREATE TRIGGER figure_moved AFTER UPDATE OF year, unit_code, month, element "
        f"ON figure_values BEGIN UPDATE unit_elements SET {_set_month('OLD', 'NULL')} "
        f"WHERE {old_key}; {new_row} UPDATE unit_elements SET "
        f"{_set_month('NEW', 'NEW.value')} WHERE {new_key}; END;"
    )
    return f"""
        -- Each unit's year of each element in one row, v1..v12 (NULL: not entered), kept by
        -- the triggers below as figures are saved: a national year of 160,000 figures is
        -- added up from 13,000 rows, whatever the month or the indicators asked for.
        CREATE TABLE unit_elements (
            year INTEGER NOT NULL,
            unit_code TEXT NOT NULL,
            element TEXT NOT NULL,
            {columns},{kept}
            PRIMARY KEY (year, unit_code, element)
        ) WITHOUT ROWID;
        INSERT INTO unit_elements(year, unit_code, element, {months})
        SELECT year, unit_code, element, {pivot} FROM figure_values
        GROUP BY year, unit_code, element;
        {"".join(triggers)}
        """


def m006_element_running_sums(db: Database) -> None:
    # So that a national ranking reads one number per element instead of adding twelve:
    # `entered`, the months with a figure as bits (month m is bit m-1), worked out by SQLite as
    # each row is written (a clerk's save changes one row); and c1..c12, the running sums (c6:
    # months 1..6, blanks adding nothing), worked out as they are read, so that a save pays for
    # one more expression, not thirteen.
    entered = " | ".join(f"((v{m} IS NOT NULL) << {m - 1})" for m in range(1, 13))
    running = "".join(
        f"\n            c{m} INTEGER GENERATED ALWAYS AS "
        f"({f'c{m - 1} + ' if m > 1 else ''}ifnull(v{m}, 0)) VIRTUAL,"
        for m in range(1, 13)
    )
    kept = f"\n            entered INTEGER GENERATED ALWAYS AS ({entered}) STORED,{running}"
    # A stored column cannot be added to a table: the table and its triggers are made again.
    names = [
        f"figure_{change}_{m}" for change in ("added", "changed", "removed") for m in range(1, 13)
    ]
    names.append("figure_moved")
    drops = "".join(f"DROP TRIGGER {name};" for name in names)
    db.executescript(f"{drops} DROP TABLE unit_elements; {_unit_elements_script(kept)}")


def m007_audit_without_index(db: Database) -> None:
    # The audit is written at every save (a clerk's cell, a file's 48 figures) and read whole,
    # in the order written: its index by month served no query and cost each save a page.
    db.executescript("DROP INDEX IF EXISTS audit_by_month;")


def m008_months_without_updated_at(db: Database) -> None:
    # No screen, file or report read it, and every save of a figure rewrote the month's row
    # for it: a clerk's cell save wrote a page more. When each figure changed is in the audit.
    db.executescript("ALTER TABLE months DROP COLUMN updated_at;")


def m009_received_files_in_a_folder(db: Database) -> None:
    # A national office's year of received files is half a gigabyte: inside the data file it
    # made each backup, each check of the pages and each copy that much more. Each file moves
    # to the folder beside the data file (storage.received), named by its SHA-256, which the
    # history keeps. The files are all written, then all synced, before the table is dropped.
    from pathlib import Path

    from lak_desktop.storage.received import ReceivedFiles, received_dir

    rows = db.execute("SELECT id FROM submission_files ORDER BY id").fetchall()
    if rows:
        main = next(r[2] for r in db.execute("PRAGMA database_list").fetchall() if r[1] == "main")
        if not main:
            raise RuntimeError("received files cannot leave a database that has no file")
        files = ReceivedFiles(received_dir(Path(main)))
        kept = []
        for (submission_id,) in rows:
            content, recorded = db.execute(
                "SELECT f.content, s.file_sha256 FROM submission_files AS f "
                "LEFT JOIN submissions AS s USING (id) WHERE id = ?",
                [submission_id],
            ).fetchone()
            digest = files.put(bytes(content))
            kept.append(digest)
            if digest != recorded:  # the history names the file by what it holds
                db.execute(
                    "UPDATE submissions SET file_sha256 = ? WHERE id = ?", [digest, submission_id]
                )
        files.sync(kept)
    db.execute("DROP TABLE submission_files")


def m010_figure_triggers_one_per_change(db: Database) -> None:
    # m006's 36 triggers (one per month and change) made SQLite enter all twelve of a change
    # for each figure written, for the one whose month it was to act: a file's 48 figures ran
    # 576 of them, and a clerk's cell 12. One trigger per change sets its month's column by
    # CASE, and a new figure's row is made and set by one upsert (which the saving statement's
    # own conflict clause does not override, as it would an INSERT OR IGNORE's).
    names = [
        f"figure_{change}_{m}" for change in ("added", "changed", "removed") for m in range(1, 13)
    ]
    drops = "".join(f"DROP TRIGGER {name};" for name in names)
    months = ", ".join(f"v{m}" for m in range(1, 13))
    firsts = ", ".join(f"CASE NEW.month WHEN {m} THEN NEW.value END" for m in range(1, 13))
    old_key = "year = OLD.year AND unit_code = OLD.unit_code AND element = OLD.element"
    new_key = "year = NEW.year AND unit_code = NEW.unit_code AND element = NEW.element"
    db.executescript(
        f"""{drops}
        CREATE TRIGGER figure_added AFTER INSERT ON figure_values BEGIN
            INSERT INTO unit_elements(year, unit_code, element, {months})
            VALUES (NEW.year, NEW.unit_code, NEW.element, {firsts})
            ON CONFLICT(year, unit_code, element) DO UPDATE SET {_set_month("NEW", "NEW.value")};
        END;
        CREATE TRIGGER figure_changed AFTER UPDATE OF value ON figure_values BEGIN
            UPDATE unit_elements SET {_set_month("NEW", "NEW.value")} WHERE {new_key};
        END;
        CREATE TRIGGER figure_removed AFTER DELETE ON figure_values BEGIN
            UPDATE unit_elements SET {_set_month("OLD", "NULL")} WHERE {old_key};
        END;
        """
    )


def m011_figures_in_their_element_rows(db: Database) -> None:
    # A figure was written twice: in figure_values, and by a trigger in its unit's row of its
    # element in unit_elements, which every national sum reads. A clerk's cell save wrote a
    # page of each, and the audit's, where the bare transaction it is measured against writes
    # two. The element rows now hold the figures (month m in v<m>, NULL: not entered), and a
    # cell save writes one row and its audit row. The rows are made again from figure_values,
    # so that they hold exactly what it held, and each month's column refuses a negative
    # count as figure_values did.
    months = ", ".join(f"v{m}" for m in range(1, 13))
    pivot = ", ".join(f"MAX(CASE WHEN month = {m} THEN value END)" for m in range(1, 13))
    columns = "".join(f"\n            v{m} INTEGER CHECK (v{m} >= 0)," for m in range(1, 13))
    entered = " | ".join(f"((v{m} IS NOT NULL) << {m - 1})" for m in range(1, 13))
    running = "".join(
        f"\n            c{m} INTEGER GENERATED ALWAYS AS "
        f"({f'c{m - 1} + ' if m > 1 else ''}ifnull(v{m}, 0)) VIRTUAL,"
        for m in range(1, 13)
    )
    db.executescript(
        f"""
        DROP TRIGGER figure_added;
        DROP TRIGGER figure_changed;
        DROP TRIGGER figure_removed;
        DROP TRIGGER figure_moved;
        DROP TABLE unit_elements;
        -- Each unit's year of each element in one row: the month's figures in v1..v12 (NULL:
        -- not entered), the months entered as bits (month m is bit m-1), and the running sums
        -- c1..c12 (c6: months 1..6, blanks adding nothing), worked out as they are read.
        CREATE TABLE unit_elements (
            year INTEGER NOT NULL,
            unit_code TEXT NOT NULL,
            element TEXT NOT NULL,{columns}
            entered INTEGER GENERATED ALWAYS AS ({entered}) STORED,{running}
            PRIMARY KEY (year, unit_code, element)
        ) WITHOUT ROWID;
        INSERT INTO unit_elements(year, unit_code, element, {months})
        SELECT year, unit_code, element, {pivot} FROM figure_values
        GROUP BY year, unit_code, element;
        DROP TABLE figure_values;
        """
    )


MIGRATIONS = (
    m001_initial,
    m002_exchange,
    m003_keys,
    m004_receipts,
    m005_unit_elements,
    m006_element_running_sums,
    m007_audit_without_index,
    m008_months_without_updated_at,
    m009_received_files_in_a_folder,
    m010_figure_triggers_one_per_change,
    m011_figures_in_their_element_rows,
)
NAMES = tuple(m.__name__ for m in MIGRATIONS)


def applied(conn: sqlite3.Connection) -> list[str]:
    """The names of the migrations applied to this file, in the order they were applied."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone():
        return []
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [SET_NAME],
        )
    ]


def pending(conn: sqlite3.Connection) -> list[str]:
    done = set(applied(conn))
    return [name for name in NAMES if name not in done]


class AppliedElsewhere(Exception):
    """Another program applied this migration after this one found it pending."""


def _once(migration: Callable[[Database], None]) -> Callable[[Database], None]:
    """The migration, run only if it is still pending once its transaction holds the write
    lock: two programs opening a new file at once both find every migration pending, and one
    that drops a column cannot run twice."""

    @functools.wraps(migration)
    def run(db: Database) -> None:
        db.execute("UPDATE _sqlite_migrations SET name = name WHERE 0")  # takes the write lock
        if db.execute(
            "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ? AND name = ?",
            [SET_NAME, migration.__name__],
        ).fetchone():
            raise AppliedElsewhere(migration.__name__)
        migration(db)

    return run


def apply(conn: sqlite3.Connection) -> None:
    """Apply the pending migrations, each in its own transaction with its record. Raises
    AppliedElsewhere (the transaction rolled back) when another program applied one first:
    look again at what is pending."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(SET_NAME)
    for migration in MIGRATIONS:
        migrations()(_once(migration))
    migrations.apply(Database(conn))
