"""Backups of the data file: automatic and rotating, made with SQLite's online backup (a
consistent copy while the file is in use, WAL included), each checked before it is kept.

The rotating backups are the data file only: the received files beside it are never changed or
deleted, so every backup's files are still there. A copy made elsewhere (a USB stick) takes
along the received files it lacks, and a restore from it brings back those missing here."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

BACKUP_FOLDER = "backups"
KEEP_LAST = 10  # the newest ones, whatever their age
KEEP_MONTHS = 12  # and the newest of each of the last twelve months
_NAME = re.compile(r"^(?P<stem>.+)-(?P<at>\d{8}-\d{6})-(?P<reason>[a-z-]+)\.sqlite$")


class Backup(NamedTuple):
    path: Path
    made_at: datetime
    reason: str  # daily, before-import, manual, before-restore
    size: int


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_FOLDER


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of `db_path` in its backups folder, newest first."""
    folder = backups_dir(db_path)
    found = []
    if not folder.is_dir():
        return found
    stem = Path(db_path).stem
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if not m or m["stem"] != stem:
            continue
        try:
            made = datetime.strptime(m["at"], "%Y%m%d-%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(path, made, m["reason"], size))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def quick_check(path: Path) -> bool:
    """SQLite's quick check of a whole file: True when it is sound."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=15)
        try:
            return con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            con.close()
    except sqlite3.Error:
        return False


def make_backup(db_path: Path, reason: str = "manual", out: Path | None = None) -> Path:
    """A checked copy of the data file: into `out`, or into the backups folder (then pruned)."""
    db_path = Path(db_path)
    now = datetime.now()
    if out is None:
        folder = backups_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}-{reason}.sqlite"
        while target.exists():  # two in the same second: the name takes the next one
            now += timedelta(seconds=1)
            target = folder / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}-{reason}.sqlite"
    else:
        target = Path(out)
        if target.is_dir():
            target = target / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}-{reason}.sqlite"
        if target.exists():
            raise FileExistsError(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    # Not mode=ro: a read-only connection cannot join a WAL file that another program is writing.
    source = sqlite3.connect(db_path, timeout=15)
    try:
        copy = sqlite3.connect(tmp)
        try:
            source.backup(copy)
            ok = copy.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
    finally:
        source.close()
    if not ok:
        tmp.unlink(missing_ok=True)
        raise sqlite3.DatabaseError("database disk image is malformed (the copy failed its check)")
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    if out is None:
        prune(db_path)
    else:  # a copy to keep elsewhere takes the received files along, those it lacks
        _copy_received(db_path, target)
    return target


def _copy_received(source: Path, target: Path) -> None:
    """The received files beside the data file `source`, into those beside `target`."""
    from lak_desktop.storage.received import ReceivedFiles, received_dir

    there, here = ReceivedFiles(received_dir(source)), received_dir(target)
    if there.folder.is_dir() and there.folder.resolve() != here.resolve():
        there.copy_into(ReceivedFiles(here))


def prune(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Keep the last KEEP_LAST backups and the newest of each of the last KEEP_MONTHS months."""
    backups = list_backups(db_path)
    now = now or datetime.now()
    keep = {b.path for b in backups[:KEEP_LAST]}
    months_seen: set[tuple[int, int]] = set()
    for b in backups:  # newest first: the first seen of a month is its newest
        age = (now.year - b.made_at.year) * 12 + now.month - b.made_at.month
        key = (b.made_at.year, b.made_at.month)
        if age < KEEP_MONTHS and key not in months_seen:
            months_seen.add(key)
            keep.add(b.path)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def made_today(db_path: Path) -> bool:
    today = datetime.now().date()
    return any(b.made_at.date() == today for b in list_backups(db_path))


def restore(db_path: Path, source: Path) -> Path:
    """Put `source` in the place of the data file. The current file (with its WAL) is first set
    aside beside it, never deleted; returns where it was set aside."""
    db_path, source = Path(db_path), Path(source)
    if not quick_check(source):
        from lak_desktop.storage.errors import StorageError

        raise StorageError(
            f"Bản sao lưu {source} không dùng được (bị hỏng hoặc không phải tệp dữ liệu). "
            "Hãy chọn bản khác.",
            "damaged",
        )
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        current = Path(f"{db_path}{suffix}")
        if current.exists():
            shutil.copy2(current, f"{aside}{suffix}")
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    shutil.copyfile(source, tmp)
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, db_path)
    _copy_received(source, db_path)  # a copy made elsewhere brought them along
    return aside
