"""What went wrong with the data file, said plainly: each kind of trouble has its own message."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path


class StorageError(Exception):
    """Something the user must act on. `kind` says which: damaged, newer, readonly, full, busy,
    cantopen, io, refused (a change the data does not allow), update (UpdateDue)."""

    def __init__(self, message: str, kind: str = "refused") -> None:
        super().__init__(message)
        self.kind = kind


class UpdateDue(StorageError):
    """The file is of an earlier version, and the open was asked not to bring it up to date
    (the window does it on a thread, with a notice: a national office's file takes a minute)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Tệp dữ liệu {path} cần cập nhật cho phiên bản mới (chỉ làm một lần).", "update"
        )


BUSY_SECONDS = 15  # how long a write waits for another program that is writing


def storage_error(exc: BaseException, path: Path) -> StorageError:
    """A plain Vietnamese StorageError for an error of SQLite or of the disk."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    errno = getattr(exc, "errno", None)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return StorageError(
            f"Tệp dữ liệu {path} đang được một chương trình khác ghi (có thể là một cửa sổ khác "
            f"của chương trình, hoặc một máy khác dùng chung USB) và vẫn bận sau {BUSY_SECONDS} "
            "giây. Hãy đóng chương trình kia rồi thử lại. Chưa có gì bị thay đổi.",
            "busy",
        )
    if (
        name.startswith("SQLITE_READONLY")
        or "readonly" in text
        or "read-only" in text
        or errno in (1, 13, 30)  # EPERM, EACCES, EROFS
        or (path.exists() and not os.access(path.parent, os.W_OK))
    ):
        return StorageError(
            f"Không ghi được vào tệp dữ liệu {path}: tệp hoặc thư mục chỉ cho phép đọc (hoặc USB "
            "đang khóa chống ghi). Hãy bỏ chế độ chỉ đọc, hoặc chép tệp sang thư mục khác. "
            "Chưa có gì bị thay đổi.",
            "readonly",
        )
    if name == "SQLITE_FULL" or "full" in text or errno == 28 or _nearly_full(path):
        return StorageError(
            f"Ổ đĩa chứa tệp dữ liệu {path} đã đầy. Hãy xóa bớt tệp không cần hoặc chép tệp dữ "
            "liệu sang ổ khác rồi thử lại. Lần ghi này chưa được lưu; số liệu đã lưu trước đó vẫn "
            "còn nguyên.",
            "full",
        )
    if (
        name in ("SQLITE_CORRUPT", "SQLITE_NOTADB")
        or "malformed" in text
        or ("not a database" in text)
    ):
        return damaged(path, str(exc))
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return StorageError(
            f"Không mở được tệp dữ liệu {path}: thư mục không tồn tại hoặc không được phép truy "
            "cập. Hãy kiểm tra ổ đĩa, USB hoặc quyền của thư mục.",
            "cantopen",
        )
    return StorageError(
        f"Lỗi khi đọc hoặc ghi tệp dữ liệu {path} ({exc}). Hãy kiểm tra ổ đĩa hoặc USB rồi thử "
        "lại.",
        "io",
    )


def damaged(path: Path, detail: str = "") -> StorageError:
    from lak_desktop.storage.backup import list_backups

    good = list_backups(path)
    offer = (
        f"Bản sao lưu mới nhất: {good[0].path} ({good[0].made_at:%d/%m/%Y %H:%M}). Khôi phục: "
        "`lak restore --latest`, hoặc trong cửa sổ: Tệp → Khôi phục từ bản sao lưu."
        if good
        else "Không có bản sao lưu nào trong thư mục backups bên cạnh tệp."
    )
    return StorageError(
        f"Tệp dữ liệu {path} bị hỏng"
        + (f" ({detail})" if detail else "")
        + ". Chương trình không ghi gì vào tệp này. "
        + offer,
        "damaged",
    )


def classify(exc: BaseException, path: Path) -> StorageError:
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.Error | OSError):
        return storage_error(exc, path)
    raise exc


def _nearly_full(path: Path) -> bool:
    """A write error on a disk with almost no room left is the disk being full (SQLite may say
    only "disk I/O error" when it cannot grow its WAL index)."""
    try:
        return shutil.disk_usage(path.parent).free < 4 * 1024 * 1024
    except OSError:
        return False
