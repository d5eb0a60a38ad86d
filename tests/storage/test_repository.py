import hashlib
import shutil
import sqlite3
from dataclasses import replace

import pytest

from lak_desktop.core.attainment import attainment_from_sums, year_attainment
from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.core.timeliness import first_files
from lak_desktop.storage import StorageError, migrations, open_repository
from tests.conftest import FIXTURES
from tests.helpers import receipts_of

EVERY_MIGRATION = [
    "m001_initial",
    "m002_exchange",
    "m003_keys",
    "m004_receipts",
    "m005_unit_elements",
    "m006_element_running_sums",
    "m007_audit_without_index",
    "m008_months_without_updated_at",
    "m009_received_files_in_a_folder",
    "m010_figure_triggers_one_per_change",
    "m011_figures_in_their_element_rows",
]


def assert_running_sums_agree(repo) -> None:
    """Each element row's months entered and running sums, as SQLite keeps them, are those of
    its twelve months."""
    rows = repo.db.execute(
        "SELECT v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, entered, "
        "c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12 FROM unit_elements"
    ).fetchall()
    assert rows
    for row in rows:
        values, entered, running = row[:12], row[12], list(row[13:])
        assert entered == sum(1 << m for m, v in enumerate(values) if v is not None)
        assert running == [sum(v or 0 for v in values[: m + 1]) for m in range(12)]


def tables(repo) -> set[str]:
    return {r[0] for r in repo.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_new_file_gets_schema_wal_and_foreign_keys(db_path):
    repo = open_repository(db_path)
    try:
        assert migrations.applied(repo.db) == EVERY_MIGRATION
        assert repo.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert repo.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert repo.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert {"plans", "units", "months", "unit_elements", "audit", "settings"} <= set(
            tables(repo)
        )
        assert "figure_values" not in tables(repo)  # m011: a figure is kept in one place
    finally:
        repo.close()


def test_reopening_applies_nothing_twice(db_path, repo, plan):
    repo.save_figures([MonthlyFigures("NAMKA", 2022, 1, {"received_total": 5})], "test")
    repo.close()
    again = open_repository(db_path)
    assert again.figures(2022)[0].values == {"received_total": 5}
    assert migrations.applied(again.db) == EVERY_MIGRATION
    again.close()


def test_a_database_of_the_first_version_is_migrated_with_a_copy_kept(tmp_path):
    old = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "db-m001.sqlite", old)
    repo = open_repository(old)
    try:
        assert migrations.applied(repo.db) == EVERY_MIGRATION
        fig = repo.month_figures("NAMKA", 2022, 1)
        assert fig.values == {"received_total": 100, "received_online": 45}
        assert fig.note == "cũ"
        assert {"exports", "submissions"} <= tables(repo)
        assert repo.load_plan(2022).year == 2022
    finally:
        repo.close()
    backup = old.with_name("old.sqlite.before-m002_exchange.bak")
    con = sqlite3.connect(backup)
    assert "exports" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    con.close()


def test_newer_database_is_refused(db_path):
    repo = open_repository(db_path)
    repo.db.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES (?, ?, ?)",
        ["lak_desktop", "m999_future", "2030-01-01"],
    )
    repo.close()
    with pytest.raises(StorageError, match="phiên bản mới hơn"):
        open_repository(db_path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StorageError, match="bị hỏng"):
        open_repository(bad)


def due_a_migration(db_path, monkeypatch):
    """A file with a setting, and a migration it has not had yet; the path of its copy."""
    repo = open_repository(db_path)
    repo.set_setting("k", "v")
    repo.close()

    def m900_test_only(db):
        db.execute("ALTER TABLE settings ADD COLUMN extra TEXT")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, m900_test_only))
    monkeypatch.setattr(migrations, "NAMES", (*migrations.NAMES, "m900_test_only"))
    return db_path.with_name(f"{db_path.name}.before-m900_test_only.bak")


def test_pending_migration_copies_the_file_first(db_path, monkeypatch):
    backup = due_a_migration(db_path, monkeypatch)
    repo = open_repository(db_path)
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("SELECT value FROM settings").fetchall() == [("v",)]
    old.close()
    columns = [row[1] for row in repo.db.execute("PRAGMA table_info(settings)")]
    assert "extra" in columns
    assert migrations.applied(repo.db)[-1] == "m900_test_only"
    repo.close()


def test_a_copy_made_by_another_program_opening_the_file_at_once_is_enough(db_path, monkeypatch):
    """Two programs open a file due a migration at the same moment: both see no copy yet, and
    the second to finish its copy finds the first's in place (CI met it once in 16 first
    opens). The file opens, migrated, with the first's copy kept."""
    import lak_desktop.storage.repository as repository

    backup = due_a_migration(db_path, monkeypatch)
    real = repository.make_backup

    def made_meanwhile(path, reason="manual", out=None):
        if out == backup:
            real(path, reason, out)  # the other program's copy, finished first
        return real(path, reason, out)

    monkeypatch.setattr(repository, "make_backup", made_meanwhile)
    repo = open_repository(db_path)
    assert migrations.applied(repo.db)[-1] == "m900_test_only"
    repo.close()
    old = sqlite3.connect(backup)
    assert old.execute("SELECT value FROM settings").fetchall() == [("v",)]
    old.close()


def test_every_change_is_audited_with_old_and_new_value(repo):
    repo.save_figures([MonthlyFigures("NAMKA", 2022, 2, {"received_total": 10}, "a")], "first")
    repo.save_figures([MonthlyFigures("NAMKA", 2022, 2, {"received_total": 12}, "a")], "second")
    repo.save_figures([MonthlyFigures("NAMKA", 2022, 2, {"received_total": 12}, "a")], "same")
    repo.save_figures([MonthlyFigures("NAMKA", 2022, 2, {}, "b")], "clear")
    rows = [(r.field, r.old_value, r.new_value, r.source) for r in repo.audit_rows(2022)]
    assert rows == [
        ("received_total", None, "10", "first"),
        ("note", None, "a", "first"),
        ("received_total", "10", "12", "second"),
        ("received_total", "12", None, "clear"),
        ("note", "a", "b", "clear"),
    ]


def test_a_demo_month_becomes_real_when_a_figure_or_its_note_changes(repo):
    """The month's own row is written only when its note or demo flag changes: a clerk's
    change to a demo month makes it real, a save that changes nothing leaves it demo."""
    demo = MonthlyFigures("NAMKA", 2022, 3, {"received_total": 10, "received_online": 4})
    other = MonthlyFigures("KRONGNO", 2022, 3, {"received_total": 7}, "x")
    repo.save_figures([demo, other], "demo", sample=True)
    assert repo.sample_months(2022) == 2
    assert repo.save_figures([demo], "ui") == 0  # the same figures: nothing changed
    assert repo.sample_months(2022) == 2
    assert repo.save_figures([replace(demo, values={"received_total": 11})], "ui") == 2
    assert repo.sample_months(2022) == 1
    assert repo.save_figures([replace(other, note="y")], "ui") == 1  # its note only
    assert repo.sample_months(2022) == 0
    assert repo.month_figures("KRONGNO", 2022, 3).note == "y"
    assert repo.month_figures("NAMKA", 2022, 3).values == {"received_total": 11}


def test_a_failing_save_saves_nothing(repo):
    good = MonthlyFigures("NAMKA", 2022, 1, {"received_total": 10})
    unknown_unit = MonthlyFigures("GHOST", 2022, 1, {"received_total": 10})
    with pytest.raises(sqlite3.IntegrityError):
        repo.save_figures([good, unknown_unit], "test")
    assert repo.figures(2022) == []
    assert repo.audit_rows() == []


def test_a_nested_transaction_that_fails_undoes_only_its_own_part(repo):
    """Jobs that save through other saves nest their transactions: a nested failure undoes its
    own part and the outer one goes on; an outer failure undoes everything; one commit."""
    first = MonthlyFigures("NAMKA", 2022, 1, {"received_total": 10})
    second = MonthlyFigures("NAMKA", 2022, 2, {"received_total": 20})
    version = repo.data_version()
    with repo.transaction():
        repo.save_figures([first], "test")
        with pytest.raises(sqlite3.IntegrityError):
            repo.save_figures([second, MonthlyFigures("GHOST", 2022, 1, {"x": 1})], "test")
        assert repo.db.in_transaction
    assert repo.data_version() != version  # committed once, at the outer end
    assert [f.month for f in repo.figures(2022)] == [1]
    assert [a.month for a in repo.audit_rows()] == [1]
    with pytest.raises(RuntimeError), repo.transaction():
        repo.save_figures([second], "test")
        raise RuntimeError("a fault after a nested save")
    assert not repo.db.in_transaction
    assert [f.month for f in repo.figures(2022)] == [1]
    assert [a.month for a in repo.audit_rows()] == [1]


def test_plan_replaced_keeps_figures_and_refuses_dropping_a_unit_with_figures(repo, plan):
    repo.save_figures([MonthlyFigures("EARBIN", 2022, 1, {"received_total": 1})], "t")
    smaller = replace(
        plan,
        units=plan.units[:-1],
        targets={k: v for k, v in plan.targets.items() if k[0] != "EARBIN"},
    )
    with pytest.raises(StorageError, match="EARBIN"):
        repo.save_plan(smaller)
    assert len(repo.load_plan(2022).units) == 11
    # Dropping a unit without figures is fine; the figures of others stay.
    no_namka = replace(
        plan,
        units=tuple(u for u in plan.units if u.code != "NAMKA"),
        targets={k: v for k, v in plan.targets.items() if k[0] != "NAMKA"},
    )
    repo.save_plan(no_namka)
    assert not repo.load_plan(2022).has_unit("NAMKA")
    assert repo.figures(2022)[0].unit_code == "EARBIN"


def test_a_plan_is_parsed_once_per_save_and_again_when_another_program_saves_it(
    db_path, repo, plan
):
    """The parsed plan is kept while the stored one is the same save; a revision saved by
    another program is read, not the one kept."""
    first = repo.load_plan(2022)
    assert repo.load_plan(2022) is first
    other = open_repository(db_path)
    try:
        other.save_plan(replace(plan, title="Kế hoạch sửa đổi", revision=plan.revision + 1))
    finally:
        other.close()
    revised = repo.load_plan(2022)
    assert revised is not first and revised.title == "Kế hoạch sửa đổi"
    assert repo.load_plan(2022) is revised


def test_settings(repo):
    assert repo.setting("role") is None
    repo.set_setting("role", "commune")
    repo.set_setting("role", "office")
    assert repo.setting("role") == "office"


@pytest.mark.parametrize(
    "version", ["m001", "m002", "m003", "m005", "m006", "m007", "m008", "m010"]
)
def test_a_database_of_every_earlier_version_opens_with_its_data(tmp_path, version):
    """Each schema version that was ever released is kept in tests/fixtures as a real file."""
    old = tmp_path / f"{version}.sqlite"
    shutil.copy(FIXTURES / f"db-{version}.sqlite", old)
    with sqlite3.connect(old) as before:
        audit_count = before.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
        tables = {r[0] for r in before.execute("SELECT name FROM sqlite_master")}
        columns = {r[1] for r in before.execute("PRAGMA table_info(submissions)")}
        # the bytes of each received file: in a table of their own from m004, before it in the
        # history's own rows, and none before m002
        kept = before.execute(
            "SELECT id, content FROM submission_files"
            if "submission_files" in tables
            else "SELECT id, content FROM submissions"
            if "content" in columns
            else "SELECT 1, 2 WHERE 0"
        ).fetchall()
    size_before = old.stat().st_size
    repo = open_repository(old)
    try:
        assert migrations.applied(repo.db) == list(migrations.NAMES)
        assert repo.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        unit = "NAMKA" if version == "m001" else "KRONGNO"
        plan = repo.load_plan(2022)  # the rows of each element were made from its figures
        pairs = [(i.numerator, i.denominator) for i in plan.indicators]
        assert attainment_from_sums(
            plan, repo.indicator_sums(2022, 12, pairs), 12
        ) == year_attainment(plan, repo.figures(2022), 12)
        fig = repo.month_figures(unit, 2022, 1)
        assert fig.values == {"received_total": 100, "received_online": 45}
        assert fig.note == "cũ"
        if version == "m002":  # the office's files and their bytes came through
            assert len(repo.submissions(2022)) == 57  # the 58th, edited by hand, was refused
            first = repo.submissions(2022)[0]
            assert repo.submission_content(first.id)[1][:2] == b"PK"
        assert_running_sums_agree(repo)  # m006 made them for the rows m005 had
        # m007: the audit came through whole, without the index no query used
        assert repo.audit_rows(2022) and len(repo.audit_rows()) == audit_count
        assert not repo.db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'audit_by_month'"
        ).fetchone()
        # m008: the month's row without the time no one read (the audit has it)
        columns = [r[1] for r in repo.db.execute("PRAGMA table_info(months)")]
        assert columns == ["year", "unit_code", "month", "note", "sample"]
        # m009: every received file, byte for byte, in the folder beside the data file, named
        # by the SHA-256 its history gives; the data file gave their room back to the disk
        assert not repo.db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'submission_files'"
        ).fetchone()
        for submission_id, content in kept:
            name, moved = repo.submission_content(submission_id)
            assert moved == content and name.endswith(".xlsx")
            digest = hashlib.sha256(content).hexdigest()
            assert (tmp_path / "received" / digest[:2] / f"{digest}.xlsx").read_bytes() == content
        if kept:
            assert len(kept) == 57
            pages, page_size = (
                repo.db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size")
            )
            assert pages * page_size < size_before - sum(len(c) for _, c in kept) / 2
            assert not list((tmp_path / "received").rglob("*.tmp"))
        # m011: the figures are in their element rows only, with no table or trigger left of
        # figure_values; a figure changed, one cleared and one new show in the rows
        assert not repo.db.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'figure%' OR type = 'trigger' "
            "AND tbl_name = 'unit_elements'"
        ).fetchall()
        repo.save_figures(
            [
                fig.merged({"received_total": 101, "received_online": None}),
                MonthlyFigures(unit, 2022, 12, {"resolved_total": 7}),
            ],
            "test",
        )
        kept_rows = repo.db.execute(
            "SELECT element, v1, v12 FROM unit_elements WHERE year = 2022 AND unit_code = ?",
            [unit],
        ).fetchall()
        assert {"received_total": (101, None), "received_online": (None, None)}.items() <= {
            e: (v1, v12) for e, v1, v12 in kept_rows
        }.items()
        assert dict((e, v12) for e, _, v12 in kept_rows)["resolved_total"] == 7
        assert attainment_from_sums(
            plan, repo.indicator_sums(2022, 12, pairs), 12
        ) == year_attainment(plan, repo.figures(2022), 12)
        assert_running_sums_agree(repo)
        if version in (
            "m003",
            "m005",
            "m006",
            "m007",
            "m008",
            "m010",
        ):  # signed, a held one, the keys
            outcomes = [s.outcome for s in repo.submissions(2022)]
            assert outcomes.count("held") == 1 and len(outcomes) == 57
            firsts = repo.first_files(2022)  # made by m004 from the files; held not counted
            assert firsts == first_files(receipts_of(repo, 2022))
            assert repo.db.execute("SELECT COUNT(*) FROM known_keys").fetchone()[0] == 10
    finally:
        repo.close()


def test_the_kept_first_files_agree_with_the_files_whatever_comes(repo, plan):
    """The triggers keep each unit's first file per month as files are recorded or released
    from being held; random files, in random order, give what reading them all gives."""
    import random

    rng = random.Random(4)
    codes = [u.code for u in plan.units] + ["GHOST"]
    held: list[int] = []
    for n in range(300):
        outcome = rng.choice(["accepted", "replaced", "ignored", "held"])
        with repo.transaction() as db:
            cursor = db.execute(
                "INSERT INTO submissions(year, unit_code, through_month, revision, created_at, "
                "received_at, file_name, file_sha256, outcome, figures, plan_revision) "
                "VALUES (?, ?, ?, ?, '', ?, 'f.xlsx', '', ?, '[]', ?)",
                [
                    rng.choice([2022, 2023]),
                    rng.choice(codes),
                    rng.randint(0, 13),  # out of range: never counted
                    rng.randint(1, 12),
                    f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    + rng.choice(["", "T08:30:00+07:00"]),
                    outcome,
                    rng.randint(0, 3),
                ],
            )
            if outcome == "held":
                held.append(cursor.lastrowid)
            elif held and rng.random() < 0.3:  # a key trusted: a held file is counted now
                db.execute(
                    "UPDATE submissions SET outcome = ? WHERE id = ?",
                    [rng.choice(["accepted", "ignored"]), held.pop(rng.randrange(len(held)))],
                )
        if n % 50 == 49:
            for year in (2022, 2023):
                assert repo.first_files(year) == first_files(receipts_of(repo, year))
    assert repo.first_files(2022)


def test_the_element_rows_hold_what_was_saved_through_every_change(repo, plan):
    """Saved, changed, cleared again and again, in any order: each unit's row of each element
    holds exactly the figures saved last (NULL where nothing is), and every way of reading
    them back (a month, a year, the national sums) agrees with what was saved."""
    import random

    rng = random.Random(5)
    codes = [u.code for u in plan.units]
    elements = list(plan.element_codes)
    saved: dict[tuple[str, int], dict[str, int]] = {}  # what a user would expect to find
    for round_ in range(40):
        batch = []
        for _ in range(rng.randint(1, 8)):
            values = {e: rng.randint(0, 50) for e in elements if rng.random() < 0.6}
            batch.append(MonthlyFigures(rng.choice(codes), 2022, rng.randint(1, 12), values))
        batch = batch[-1:] if round_ % 3 else batch
        repo.save_figures(batch, "test")
        for f in batch:
            saved[f.unit_code, f.month] = dict(f.values)
        kept = {
            (u, e): row
            for u, e, *row in repo.db.execute(
                "SELECT unit_code, element, "
                + ", ".join(f"v{m}" for m in range(1, 13))
                + " FROM unit_elements WHERE year = 2022"
            )
        }
        expected: dict[tuple[str, str], list] = {}
        for (unit, month), values in saved.items():
            for e, v in values.items():
                expected.setdefault((unit, e), [None] * 12)[month - 1] = v
        assert {k: v for k, v in kept.items() if any(x is not None for x in v)} == expected
        assert {(f.unit_code, f.month): f.values for f in repo.figures(2022)} == saved
        unit, month = rng.choice(sorted(saved))
        assert repo.month_figures(unit, 2022, month).values == saved[unit, month]
        assert_running_sums_agree(repo)
        assert repo.last_month_with_data(2022) == max(
            (m for (_, m), values in saved.items() if values), default=None
        )
    pairs = [(i.numerator, i.denominator) for i in plan.indicators]
    assert attainment_from_sums(plan, repo.indicator_sums(2022, 12, pairs), 12) == (
        year_attainment(plan, repo.figures(2022), 12)
    )


def test_a_figure_is_refused_a_negative_count_and_a_month_outside_the_year(repo):
    """The element rows refuse what figure_values refused; nothing of the save is kept."""
    repo.save_figures([MonthlyFigures("NAMKA", 2022, 2, {"received_total": 5})], "test")
    with pytest.raises(sqlite3.IntegrityError):
        repo.save_figures(
            [
                MonthlyFigures("NAMKA", 2022, 3, {"received_total": 6}),
                MonthlyFigures("NAMKA", 2022, 2, {"received_total": -1}),
            ],
            "test",
        )
    for month in (0, 13):
        with pytest.raises(ValueError):
            repo.save_figures([MonthlyFigures("NAMKA", 2022, month, {"received_total": 6})], "t")
    assert [(f.month, f.values) for f in repo.figures(2022)] == [(2, {"received_total": 5})]
    assert len(repo.audit_rows(2022)) == 1


def test_a_migration_that_fails_half_way_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    """m006 makes the kept table again: when anything fails after the old table and its
    triggers are gone, all of it is rolled back, and the file still works as before."""
    from tests.helpers import db_dump

    old = tmp_path / "m005.sqlite"
    shutil.copy(FIXTURES / "db-m005.sqlite", old)
    before = db_dump(old)
    schema = sqlite3.connect(old).execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    real = migrations._unit_elements_script
    monkeypatch.setattr(
        migrations, "_unit_elements_script", lambda kept: real(kept) + "SELECT no_such_function();"
    )
    with pytest.raises((StorageError, sqlite3.Error)):
        open_repository(old)
    after = sqlite3.connect(old)
    assert after.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    after.close()
    assert db_dump(old) == before
    monkeypatch.setattr(migrations, "_unit_elements_script", real)
    repo = open_repository(old)  # the next start migrates it
    try:
        assert migrations.applied(repo.db) == EVERY_MIGRATION
        assert_running_sums_agree(repo)
    finally:
        repo.close()


def test_m011_failing_after_it_dropped_the_old_figures_leaves_the_file_as_it_was(
    tmp_path, monkeypatch
):
    """m011 drops the table that held the figures: when anything fails after that, the file
    still holds every figure, in the old tables, and the next start moves them."""
    import functools

    from tests.helpers import db_dump

    old = tmp_path / "m010.sqlite"
    shutil.copy(FIXTURES / "db-m010.sqlite", old)
    before = db_dump(old)
    assert before["figure_values"]
    real = migrations.m011_figures_in_their_element_rows

    @functools.wraps(real)
    def failing(db):
        real(db)
        db.execute("SELECT no_such_function()")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS[:-1], failing))
    with pytest.raises((StorageError, sqlite3.Error)):
        open_repository(old)
    assert db_dump(old) == before
    monkeypatch.undo()
    repo = open_repository(old)
    try:
        assert migrations.applied(repo.db) == EVERY_MIGRATION
        stored = {(f.unit_code, f.month): f.values for f in repo.figures(2022) if f.values}
        assert stored == _figures_of(before["figure_values"], 2022)
    finally:
        repo.close()


def _figures_of(rows: list[tuple], year: int) -> dict[tuple[str, int], dict[str, int]]:
    """Each month's figures in `year` from figure_values' rows (year, unit, month, element,
    value)."""
    months: dict[tuple[str, int], dict[str, int]] = {}
    for row_year, unit, month, element, value in rows:
        if row_year == year:
            months.setdefault((unit, month), {})[element] = value
    return months


def test_a_migration_another_program_applied_first_is_not_run_again(tmp_path, monkeypatch):
    """Two programs opening a new file at once both find every migration pending. The second
    to take the write lock looks again and runs none of them twice (m008 drops a column: a
    second run would fail), and the file opens."""
    from sqlite_utils.migrations import Migrations

    path = tmp_path / "new.sqlite"
    open_repository(path).close()  # the other program applied them all
    stale = {"left": 1}

    def pending(self, db):  # as read before the other program applied them, once
        if stale["left"]:
            stale["left"] -= 1
            return list(self._migrations)
        return []

    monkeypatch.setattr(Migrations, "pending", pending)
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(migrations.AppliedElsewhere):
        migrations.apply(conn)
    assert not conn.in_transaction
    columns = [r[1] for r in conn.execute("PRAGMA table_info(months)")]
    assert columns == ["year", "unit_code", "month", "note", "sample"]
    conn.close()
    repo = open_repository(path)  # and it opens, all applied once
    assert migrations.applied(repo.db) == EVERY_MIGRATION
    repo.close()
