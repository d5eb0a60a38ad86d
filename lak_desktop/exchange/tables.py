"""Tables typed by hand in Excel or saved as CSV: figures (`unit_code,year,month,<elements>`)
and plain plan tables."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from lak_desktop.exchange.limits import (
    MAX_COLUMNS,
    MAX_TABLE_ROWS,
    FileRefused,
    check_size,
    open_workbook,
    reading,
    sheet_rows,
)

KEY_COLUMNS = ("unit_code", "year", "month")
NOTE_COLUMN = "note"


@dataclass(frozen=True)
class TableRow:
    line: int  # 1-based, the header being line 1
    cells: dict[str, object]  # header -> raw cell value (str from CSV, typed from XLSX)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[TableRow, ...]


def read_rows(path: Path | str) -> list[list[object]]:
    """Every row of the first sheet (xlsx) or of the CSV file, as raw cell values."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _xlsx_rows(path)
    if suffix in (".csv", ".txt"):
        return _csv_rows(path)
    raise FileRefused(f"Tệp {path.name} phải là tệp .csv hoặc .xlsx.")


def read_table(path: Path | str) -> Table:
    """The header (first row) and the non-empty rows below it."""
    path = Path(path)
    with reading(path):
        raw_rows = read_rows(path)
    if not raw_rows:
        raise FileRefused(f"Tệp {path.name} không có dòng nào.")
    header = tuple(str(c).strip().lower() if c is not None else "" for c in raw_rows[0])
    while header and header[-1] == "":
        header = header[:-1]
    rows = []
    for line, raw in enumerate(raw_rows[1:], start=2):
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in raw):
            continue
        cells = {name: (raw[i] if i < len(raw) else None) for i, name in enumerate(header) if name}
        rows.append(TableRow(line, cells))
    return Table(header, tuple(rows))


def _csv_rows(path: Path) -> list[list[object]]:
    check_size(path)
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1258 decodes nearly anything
        raise FileRefused(f"Không đọc được bảng mã của tệp {path.name}; hãy lưu lại dạng UTF-8.")
    if "\x00" in text:
        raise FileRefused(f"Tệp {path.name} không phải là tệp văn bản CSV.")
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    rows = []
    for row in csv.reader(io.StringIO(text), delimiter=delimiter):
        if len(rows) >= MAX_TABLE_ROWS:
            raise FileRefused(f"Tệp {path.name} có quá nhiều dòng (hơn {MAX_TABLE_ROWS}).")
        rows.append(list(row[:MAX_COLUMNS]))
    return rows


def _xlsx_rows(path: Path) -> list[list[object]]:
    wb = open_workbook(path)
    try:
        with reading(path):
            if not wb.worksheets:
                raise FileRefused(f"Tệp {path.name} không có trang tính nào.")
            return [list(r) for r in sheet_rows(wb.worksheets[0], path)]
    finally:
        wb.close()
