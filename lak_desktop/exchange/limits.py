"""Guards applied to every file before it is parsed: size, zip bombs, file type."""

from __future__ import annotations

import zipfile
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024  # a year of one office's figures is a few kB
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # what an .xlsx may expand to
MAX_MEMBERS = 200
MAX_RATIO = 200  # unpacked / packed, per member; real xlsx parts stay well below


class FileRefused(Exception):
    """A file that will not be read; the message says in Vietnamese why and what to do.

    `details` lists the individual problems when there are several (rows of a table).
    """

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.details = details or []

    def __str__(self) -> str:
        return "\n".join([self.args[0], *(f"  - {d}" for d in self.details)])


def check_size(path: Path) -> int:
    if not path.exists():
        raise FileRefused(f"Không tìm thấy tệp {path}. Hãy kiểm tra lại đường dẫn.")
    if not path.is_file():
        raise FileRefused(f"{path} không phải là một tệp.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileRefused(
            f"Tệp {path.name} quá lớn ({size // (1024 * 1024)} MB; tối đa "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB). Đây không phải tệp số liệu của chương trình."
        )
    if size == 0:
        raise FileRefused(f"Tệp {path.name} rỗng.")
    return size


def check_xlsx(path: Path) -> None:
    """Refuse anything that is not a sane zip before openpyxl sees it."""
    check_size(path)
    if not zipfile.is_zipfile(path):
        raise FileRefused(
            f"Tệp {path.name} không phải là tệp Excel (.xlsx) hợp lệ: có thể tệp bị hỏng, bị cắt "
            "ngắn khi chép, hoặc là tệp khác bị đổi tên. Hãy xin lại tệp gốc."
        )
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise FileRefused(f"Tệp {path.name} có cấu trúc bất thường (quá nhiều phần).")
            total = 0
            for info in infos:
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if total > MAX_UNPACKED_BYTES or (info.file_size > 1_000_000 and ratio > MAX_RATIO):
                    raise FileRefused(
                        f"Tệp {path.name} giải nén ra quá lớn; không mở để bảo vệ máy. "
                        "Đây không phải tệp số liệu của chương trình."
                    )
            if "[Content_Types].xml" not in zf.namelist():
                raise FileRefused(f"Tệp {path.name} không phải là tệp Excel (.xlsx).")
    except zipfile.BadZipFile as exc:
        raise FileRefused(f"Tệp {path.name} bị hỏng: {exc}.") from exc


def open_workbook(path: Path):  # -> openpyxl Workbook, typed loosely to keep openpyxl lazy
    """A workbook opened read-only, values as stored (formulas stay formulas), after the guards."""
    check_xlsx(path)
    from openpyxl import load_workbook  # heavy: loaded only when a workbook is read

    try:
        return load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise FileRefused(
            f"Không mở được tệp {path.name}: tệp bị hỏng hoặc không phải tệp Excel ({exc})."
        ) from exc
