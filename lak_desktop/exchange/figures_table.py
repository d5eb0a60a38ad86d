"""Reading a table of figures (CSV or XLSX) typed by hand: `unit_code,year,month,<elements>`."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from lak_desktop.exchange.limits import FileRefused, check_size, check_xlsx

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


def read_table(path: Path | str) -> Table:
    """The header and non-empty rows of the first sheet (xlsx) or of the CSV file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        raw_rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt"):
        raw_rows = _csv_rows(path)
    else:
        raise FileRefused(f"Tệp {path.name} phải là tệp .csv hoặc .xlsx.")
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
    return [list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _xlsx_rows(path: Path) -> list[list[object]]:
    check_xlsx(path)
    from openpyxl import load_workbook  # heavy: loaded only when a workbook is read

    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise FileRefused(f"Không mở được tệp {path.name}: tệp bị hỏng ({exc}).") from exc
    try:
        ws = wb.worksheets[0]
        return [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
