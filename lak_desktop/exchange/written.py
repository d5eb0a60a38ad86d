"""Every file the program writes for a user (a workbook, a PDF) is written under a temporary
name beside its own, synced, and then renamed: never a half-written file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_beside(target: Path, write: Callable[[Path], object], *, replace: bool = False) -> None:
    """`write(temporary)` writes the file; it then takes `target`'s name. An existing `target`
    is refused (FileExistsError) unless `replace`: the user chose to replace it."""
    fd, name = tempfile.mkstemp(prefix=".lak-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        write(temporary)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; a report is not
        with temporary.open("rb") as fh:
            os.fsync(fh.fileno())
        if not replace and target.exists():  # appeared meanwhile: still never overwrite
            raise FileExistsError(target)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
