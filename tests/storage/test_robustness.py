"""A damaged disk, a full disk, a read-only stick, two writers at once, power cuts: each gets its
own plain message, nothing is half-saved, and a damaged file is never written to."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from lak_desktop.core.builtin import builtin_plan
from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.storage import StorageError, migrations, open_repository
from lak_desktop.storage.backup import list_backups, make_backup, prune, quick_check
from tests.cli.test_cli import lak


def filled(path: Path) -> Path:
    repo = open_repository(path)
    repo.save_plan(builtin_plan())
    repo.save_figures(
        [
            MonthlyFigures("NAMKA", 2022, m, {"received_total": 100 + m, "received_online": m})
            for m in range(1, 13)
        ],
        "test",
    )
    repo.close()
    return path


def page_of(path: Path, table: str) -> tuple[int, int]:
    con = sqlite3.connect(path)
    try:
        size = con.execute("PRAGMA page_size").fetchone()[0]
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
        return root[0], size
    finally:
        con.close()


def damage(path: Path, table: str = "audit") -> None:
    page, size = page_of(path, table)
    with path.open("r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(os.urandom(size))


def test_a_garbage_page_is_found_at_open_and_the_file_is_never_written(tmp_path):
    path = filled(tmp_path / "lak.sqlite")
    make_backup(path, "manual")
    damage(path)
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        open_repository(path)
    assert caught.value.kind == "damaged"
    assert "bị hỏng" in str(caught.value) and "backups" in str(caught.value)
    proc = lak(
        path, "figures", "set", "--unit", "NAMKA", "--year", 2022, "--month", 1, "received_total=5"
    )
    assert proc.returncode == 2 and "bị hỏng" in proc.stderr and "restore --latest" in proc.stderr
    assert "không bị ảnh hưởng" not in proc.stderr  # no false promise
    assert path.read_bytes() == before
    # ... and the newest good backup brings the figures back.
    lak(path, "restore", "--latest", check_code=0)
    repo = open_repository(path)
    assert repo.month_figures("NAMKA", 2022, 12).values["received_total"] == 112
    repo.close()
    aside = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert aside and aside[0].read_bytes() == before  # set aside, never deleted


def test_a_file_opened_unchecked_is_read_only_until_its_check_passes(tmp_path):
    """A command that only reads skips reading every page; the first write checks them, and a
    damaged file is still never written."""
    path = filled(tmp_path / "lak.sqlite")
    damage(path)
    before = path.read_bytes()
    repo = open_repository(path, check=False, daily_backup=False)
    try:
        assert not repo.checked
        assert repo.load_plan(2022).year == 2022  # the damage is in the audit table
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            repo.db.execute("DELETE FROM settings")  # even a write around the repository
        change = [MonthlyFigures("NAMKA", 2022, 1, {"received_total": 5})]
        with pytest.raises(StorageError) as caught:
            repo.save_figures(change, "test")
        assert caught.value.kind == "damaged"
        with pytest.raises(StorageError):
            repo.check()
        assert not repo.checked
    finally:
        repo.close()
    assert path.read_bytes() == before
    good = open_repository(filled(tmp_path / "good.sqlite"), check=False, daily_backup=False)
    try:
        assert not good.checked
        good.save_figures(change, "test")  # checked on the way, then written
        assert good.checked
        assert good.month_figures("NAMKA", 2022, 1).values["received_total"] == 5
    finally:
        good.close()


def test_distinct_messages_for_newer_and_not_a_database(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    assert "bị hỏng" in lak(junk, "plan", "show", check_code=2).stderr
    newer = filled(tmp_path / "newer.sqlite")
    con = sqlite3.connect(newer)
    con.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
        "VALUES ('lak_desktop', 'm999_future', '2030-01-01')"
    )
    con.commit()
    con.close()
    assert "phiên bản mới hơn" in lak(newer, "plan", "show", check_code=2).stderr


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MB disk of its own (tmpfs); skipped where this machine cannot mount one."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_says_so_and_keeps_what_was_saved(tiny_disk, tmp_path):
    path = filled(tiny_disk / "lak.sqlite")
    filler = tiny_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:  # fill what is left
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    proc = lak(
        path, "figures", "import", Path(__file__).parent.parent / "fixtures" / "figures-good.csv"
    )
    assert proc.returncode == 2 and "đầy" in proc.stderr, proc.stderr
    report = lak(path, "report", "--year", 2022, "--through", 3, "--out", tiny_disk / "r.xlsx")
    assert report.returncode == 2 and "Traceback" not in report.stderr
    filler.unlink()
    repo = open_repository(path)
    assert repo.month_figures("NAMKA", 2022, 12).values["received_total"] == 112
    repo.close()


def test_a_read_only_stick_says_so(tiny_disk):
    path = filled(tiny_disk / "lak.sqlite")
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    proc = lak(
        path, "figures", "set", "--unit", "NAMKA", "--year", 2022, "--month", 1, "received_total=5"
    )
    assert proc.returncode == 2 and "chỉ cho phép đọc" in proc.stderr, proc.stderr
    subprocess.run(["mount", "-o", "remount,rw", str(tiny_disk)], check=True)


def test_a_writer_that_holds_the_file_too_long_gets_the_busy_message(tmp_path, monkeypatch):
    import lak_desktop.storage.repository as repository

    path = filled(tmp_path / "lak.sqlite")
    monkeypatch.setattr(repository, "BUSY_SECONDS", 1)
    repo = open_repository(path)
    other = sqlite3.connect(path)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError) as caught:
            repo.set_setting("x", "1")
        assert time.monotonic() - started >= 0.9  # it waited
        from lak_desktop.storage.errors import storage_error

        assert storage_error(caught.value, path).kind == "busy"
    finally:
        other.rollback()
        other.close()
        repo.close()


def set_one(args: tuple[str, int]) -> int:
    db, n = args
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "lak_desktop.cli",
            "--db",
            db,
            "figures",
            "set",
            "--unit",
            "NAMKA",
            "--year",
            "2022",
            "--month",
            str(n % 12 + 1),
            f"received_total={1000 + n}",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc.returncode


def save_many(args: tuple[str, int]) -> int:
    db, worker = args
    repo = open_repository(db)
    try:
        for i in range(40):
            unit = builtin_plan().units[worker].code
            repo.save_figures(
                [MonthlyFigures(unit, 2022, i % 12 + 1, {"received_total": i})], f"w{worker}"
            )
            repo.set_setting(f"w{worker}", str(i))
    finally:
        repo.close()
    return 0


def first_open(db: str) -> str:
    try:
        open_repository(db).close()
        return "ok"
    except StorageError as exc:
        return str(exc)


def test_many_writers_at_once_all_succeed(tmp_path):
    path = filled(tmp_path / "lak.sqlite")
    with ProcessPoolExecutor(8) as pool:
        codes = list(pool.map(set_one, [(str(path), n) for n in range(24)]))
        assert codes == [0] * 24
        assert list(pool.map(save_many, [(str(path), w) for w in range(6)])) == [0] * 6
    repo = open_repository(path)
    assert len(repo.figures(2022)) >= 12
    repo.close()
    assert quick_check(path)


def test_simultaneous_first_opens_of_a_new_file(tmp_path):
    path = str(tmp_path / "new.sqlite")
    with ProcessPoolExecutor(8) as pool:
        assert list(pool.map(first_open, [path] * 16)) == ["ok"] * 16
    repo = open_repository(path)
    assert repo.db.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == len(
        migrations.NAMES
    )
    assert len(repo.installation_seed()) == 32
    repo.close()


def test_backups_rotate_keeping_the_last_ten_and_one_a_month(tmp_path):
    from datetime import datetime

    path = filled(tmp_path / "lak.sqlite")
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    made = make_backup(path, "manual")
    for year, month in [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 11)]:
        for day in (1, 10, 20):  # three a month from January 2025 to October 2026
            name = f"lak-{year}{month:02d}{day:02d}-120000-daily.sqlite"
            (folder / name).write_bytes(made.read_bytes())
    prune(path, now=datetime(2026, 11, 27, 12))
    kept = list_backups(path)
    # The last ten (today's and nine of August-October 2026), then the newest of each month
    # back to December 2025, a year ago: eight more.
    assert len(kept) == 18
    months = {(b.made_at.year, b.made_at.month) for b in kept}
    assert (2025, 12) in months and (2025, 11) not in months
    assert all(quick_check(b.path) for b in kept[:3])


def test_a_backup_each_day_and_before_each_import(tmp_path):
    path = filled(tmp_path / "lak.sqlite")
    open_repository(path).close()  # the first open of the day
    assert [b.reason for b in list_backups(path)] == ["daily"]
    open_repository(path).close()
    assert len(list_backups(path)) == 1
    csv = Path(__file__).parent.parent / "fixtures" / "figures-good.csv"
    lak(path, "figures", "import", csv, check_code=0)
    assert sorted(b.reason for b in list_backups(path)) == ["before-import", "daily"]
    listed = lak(path, "backup", "list", "--json", check_code=0).stdout
    assert "before-import" in listed


def test_a_new_file_refused_for_a_moment_is_set_up_all_the_same(tmp_path):
    """When programs set up a new file at the same moment, SQLite refuses one of them at once
    rather than let two wait for each other (the WAL switch, a read of what was applied): the
    open waits a moment and looks again, and the file comes out whole."""
    from lak_desktop.storage import repository

    path = tmp_path / "new.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)

    class RefusedTwice:
        """The connection, refused as SQLite refuses: 'database is locked', at once."""

        def __init__(self) -> None:
            self.refused: list[str] = []

        def execute(self, sql: str, *args):
            if len(self.refused) < 2 and sql.startswith(("PRAGMA journal_mode", "SELECT")):
                self.refused.append(sql)
                raise sqlite3.OperationalError("database is locked")
            return conn.execute(sql, *args)

        def __getattr__(self, name: str):
            return getattr(conn, name)

    refusing = RefusedTwice()
    repository._migrate(refusing, path, existed=False)
    assert len(refusing.refused) == 2
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert migrations.applied(conn) == list(migrations.NAMES)
    conn.close()
    repo = open_repository(path)
    assert repo.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    repo.close()
