"""The received files, byte for byte as they arrived, in a folder beside the data file.

A national office keeps about 40,000 files a year (half a gigabyte). Inside the data file they
made every backup, every check of its pages and every copy of it half a gigabyte more; here
each is a file of its own, named by its SHA-256, written once and never changed or deleted. A
file is written before the data file records it, and synced before that record is committed
(several files recorded in one transaction are synced together), so that a record always has its
file; a crash between the two leaves a file no record names, which does no harm. A backup of the
data file names only files that are still here, so restoring one loses none.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path

RECEIVED_FOLDER = "received"


def received_dir(db_path: Path) -> Path:
    """Where the files received by the data file at `db_path` are kept."""
    return Path(db_path).parent / RECEIVED_FOLDER


def digest_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


class ReceivedFiles:
    """Files by their SHA-256: `put` keeps one, `get` gives it back, checked."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path_of(self, digest: str) -> Path:
        # Two levels of 256 folders: no folder holds more than a few thousand files.
        return self.folder / digest[:2] / f"{digest}.xlsx"

    def put(self, content: bytes) -> str:
        """Keep `content` (once: the same bytes are one file) and return its SHA-256. The file
        is on the disk once `sync` is given its digest: a record naming it is committed after."""
        digest = digest_of(content)
        path = self.path_of(digest)
        if self.get(digest) is not None:  # kept already (a file sent twice, an import tried again)
            return digest
        try:
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        except FileNotFoundError:  # the first file of its folder
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def sync(self, digests: list[str]) -> None:
        """Put on the disk the files `put` kept (those already there cost little)."""
        folders = set()
        for digest in digests:
            path = self.path_of(digest)
            with path.open("rb") as fh:
                os.fsync(fh.fileno())
            folders.add(path.parent)
        for folder in folders:
            _sync_folder(folder)

    def copy_into(self, other: ReceivedFiles) -> int:
        """Copy the files `other` lacks (a backup on a USB stick, say): a copy made before takes
        only the files received since. Returns how many were copied."""
        copied = []
        for path in self.folder.glob("??/*.xlsx"):
            digest = path.stem
            there = other.path_of(digest)
            if there.is_file() and there.stat().st_size == path.stat().st_size:
                continue
            content = self.get(digest)
            if content is not None:  # a file changed here is not copied as the file kept
                copied.append(other.put(content))
        other.sync(copied)
        return len(copied)

    def tidy(self, older_than: float = 24 * 3600) -> int:
        """Remove what a program killed while writing a file left (a temporary file no record
        names), once it is `older_than` seconds old: a program writing one now is not
        disturbed. Returns how many were removed."""
        removed = 0
        now = time.time()
        for path in self.folder.glob("??/.*.tmp"):
            try:
                if now - path.stat().st_mtime > older_than:
                    path.unlink()
                    removed += 1
            except OSError:  # gone already, or not ours to remove: left as it is
                continue
        return removed

    def get(self, digest: str) -> bytes | None:
        """The bytes of the file, or None when it is missing or no longer the file kept."""
        try:
            content = self.path_of(digest).read_bytes()
        except OSError:
            return None
        return content if digest_of(content) == digest else None


def _sync_folder(folder: Path) -> None:
    """Make a new name in `folder` last through a power cut (where the system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder to sync it (NTFS journals its names)
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
