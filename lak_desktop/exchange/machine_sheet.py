"""The very-hidden sheet that carries what a program needs to read one of our workbooks back.

Layout: A1 "lak_desktop", B1 the kind ("plan" or "submission"); then one key/value pair a row;
then a row "table" followed by a header row and data rows, when the file carries a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from lak_desktop.exchange.layout import keep_text
from lak_desktop.exchange.limits import sheet_rows

SHEET = "_lak"
MAGIC = "lak_desktop"
TABLE_MARK = "table"
CHUNK = 30_000  # below Excel's 32,767 characters per cell
MAX_MACHINE_ROWS = 20_000  # a 3,321-unit plan's JSON takes about 30 rows; a year's figures 13


@dataclass(frozen=True)
class MachineData:
    kind: str
    meta: dict[str, object]
    header: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


def write_machine_sheet(
    wb: Workbook,
    kind: str,
    meta: Sequence[tuple[str, object]],
    header: Sequence[str] = (),
    rows: Sequence[Sequence[object]] = (),
) -> None:
    ws = wb.create_sheet(SHEET)
    ws.sheet_state = "veryHidden"
    lines: list[list[object]] = [[MAGIC, kind]]
    for key, value in meta:
        if isinstance(value, str) and len(value) > CHUNK:
            lines += [[key, value[i : i + CHUNK]] for i in range(0, len(value), CHUNK)]
        else:
            lines.append([key, value])
    if header:
        lines += [[TABLE_MARK], list(header), *(list(r) for r in rows)]
    for line in lines:
        ws.append(line)
    for row in ws.iter_rows():
        for cell in row:
            keep_text(cell)


def read_machine_sheet(wb: Workbook, path: Path) -> MachineData | None:
    """The machine data of a workbook, or None when it has none (not one of ours)."""
    if SHEET not in wb.sheetnames:
        return None
    ws = wb[SHEET]
    rows = [tuple(r) for r in sheet_rows(ws, path, MAX_MACHINE_ROWS)]
    if not rows or rows[0][:1] != (MAGIC,) or len(rows[0]) < 2:
        return None
    kind = str(rows[0][1])
    meta: dict[str, object] = {}
    header: tuple[str, ...] = ()
    data: list[tuple[object, ...]] = []
    index = 1
    while index < len(rows):
        row = rows[index]
        index += 1
        if row and row[0] == TABLE_MARK:
            if index < len(rows):
                header = tuple(str(c) for c in rows[index] if c is not None)
                data = [r[: len(header)] for r in rows[index + 1 :]]
            break
        if not row or row[0] is None:
            continue
        key, value = str(row[0]), row[1] if len(row) > 1 else None
        if key in meta and isinstance(meta[key], str) and isinstance(value, str):
            meta[key] = str(meta[key]) + value  # a long value split over rows
        else:
            meta[key] = value
    return MachineData(kind, meta, header, tuple(data))
