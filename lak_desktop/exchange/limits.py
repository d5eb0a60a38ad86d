"""Guards applied to every file before it is parsed: size, zip bombs, file type."""

from __future__ import annotations

import json
import logging
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024  # a year of one office's figures is a few kB
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # what an .xlsx may expand to
MAX_MEMBERS = 200
MAX_RATIO = 200  # unpacked / packed, per member; real xlsx parts stay well below
# What a sheet may hold before we stop reading it. A sheet's own claim of its size (its
# "dimension", A1:XFD1048576 in a hostile file) is never trusted: rows are read as they come and
# counted, and no row is widened beyond MAX_COLUMNS.
MAX_COLUMNS = 64
MAX_TABLE_ROWS = 100_000  # a national table: 3,321 units × 12 months is 39,852 rows
MAX_JSON_DEPTH = 20
MAX_NUMBER_LENGTH = 30  # characters in a number written as text


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


@contextmanager
def reading(path: Path) -> Iterator[None]:
    """Whatever a damaged or hostile file makes a parser raise becomes a FileRefused that names
    the file: every file gets a decision, never a traceback."""
    try:
        yield
    except FileRefused:
        raise
    except (Exception, RecursionError, MemoryError) as exc:
        log.warning("file refused: %s: %r", path, exc)
        raise FileRefused(
            f"Tệp {path.name} bị hỏng hoặc không đúng định dạng; chương trình không đọc được "
            f"({type(exc).__name__}). Hãy xin lại tệp gốc."
        ) from exc


def sheet_rows(ws, path: Path, max_rows: int = MAX_TABLE_ROWS) -> Iterator[tuple[object, ...]]:
    """The rows of a read-only worksheet, at most `max_rows` of at most MAX_COLUMNS cells,
    whatever size the sheet claims to be."""
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # do not trust the claim: no padding up to a claimed last row
    count = 0
    for row in ws.iter_rows(max_col=MAX_COLUMNS, values_only=True):
        count += 1
        if count > max_rows:
            raise FileRefused(
                f"Tệp {path.name} có quá nhiều dòng (hơn {max_rows:,}).".replace(",", ".")
                + " Đây không phải tệp số liệu của chương trình."
            )
        yield row


def strict_json(text: str, path: Path) -> object:
    """JSON as our files write it: no NaN or Infinity, no floats, short integers, shallow."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:  # nesting is measured before the parser recurses into it
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_JSON_DEPTH:
                raise FileRefused(f"Tệp {path.name} có dữ liệu lồng nhau bất thường.")
        elif ch in "]}":
            depth -= 1

    def refuse(value: str) -> object:
        raise FileRefused(f"Tệp {path.name} có giá trị số không hợp lệ: «{value[:20]}».")

    def integer(value: str) -> int:
        if len(value) > MAX_NUMBER_LENGTH:
            refuse(value)
        return int(value)

    try:
        return json.loads(text, parse_constant=refuse, parse_float=refuse, parse_int=integer)
    except json.JSONDecodeError as exc:
        raise FileRefused(f"Tệp {path.name} bị hỏng: phần dữ liệu không đọc được ({exc}).") from exc


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
