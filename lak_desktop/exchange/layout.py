"""The printed-document layout of Decree 30/2020/NĐ-CP for the workbooks we write.

A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; national header top
right, issuing body top left, place and date, title, table, signature block.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from copy import copy
from datetime import date
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from weakref import WeakKeyDictionary

from openpyxl import Workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "Times New Roman"
MM = 1 / 25.4  # openpyxl page margins are in inches
COUNT_FORMAT = "#,##0"
RATE_FORMAT = "0.0%"


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
RULE = Border(top=THIN)


@cache
def font(size: float = 13, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic, color="000000")


@cache
def alignment(horizontal: str = "left", wrap: bool = False) -> Alignment:
    return Alignment(horizontal=horizontal, vertical="center", wrap_text=wrap)


def rate_cell_value(rate: Fraction | None) -> float | None:
    """The rate as shown (truncated to 0.1%), so a rate below target never prints as the target."""
    if rate is None:
        return None
    shown = (Decimal(rate.numerator) / Decimal(rate.denominator)).quantize(
        Decimal("0.001"), rounding=ROUND_DOWN
    )
    return float(shown)


def new_workbook(target: Path, sheet_title: str) -> tuple[Workbook, Worksheet]:
    """A workbook with its visible sheet, for a file that must not exist yet."""
    if target.exists():
        raise FileExistsError(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    return wb, ws


def atomic_save(wb: Workbook, target: Path) -> None:
    """Save to a temporary name beside the target, then rename: never a half-written file."""
    from lak_desktop.exchange.written import write_beside

    write_beside(target, wb.save)


class _Ignored:
    """Whatever a drawing sets on a page that only its values are wanted from."""

    def __getattr__(self, name: str) -> _Ignored:
        return self

    def __setattr__(self, name: str, value: object) -> None:
        pass

    def __getitem__(self, key: object) -> _Ignored:
        return self


class ValueSheet:
    """A stand-in worksheet that keeps only the values a drawing puts in its cells: the same
    drawing code tells what a printed sheet must say, without building a workbook."""

    def __init__(self) -> None:
        self.values: dict[tuple[int, int], object] = {}
        self._ignored = _Ignored()

    def __getattr__(self, name: str) -> _Ignored:
        return self._ignored  # page setup, column widths, row heights, print titles …

    def cell(self, row: int, column: int, value: object = None) -> _Ignored:
        if value is not None:
            self.values[(row, column)] = value
        return self._ignored

    def merge_range(self, start_row: int, start_column: int, end_row: int, end_column: int):
        for row in range(start_row, end_row + 1):
            for col in range(start_column, end_column + 1):
                if (row, col) != (start_row, start_column):
                    self.values.pop((row, col), None)


def merge(ws: Worksheet, start_row: int, start_column: int, end_row: int, end_column: int) -> None:
    """Merge a range we know overlaps no other, whose cells we style ourselves.

    openpyxl's merge_cells checks each new range against every earlier one (which grows with
    the square of the rows of a national report) and then recomputes the borders of every cell
    of the range; here the range is recorded and its cells become merged cells, nothing more."""
    if isinstance(ws, ValueSheet):
        ws.merge_range(start_row, start_column, end_row, end_column)
        return
    rng = MergedCellRange.__new__(MergedCellRange)
    CellRange.__init__(
        rng, min_col=start_column, min_row=start_row, max_col=end_column, max_row=end_row
    )
    rng.ws = ws
    rng.start_cell = ws.cell(row=start_row, column=start_column)
    ws.merged_cells.ranges.add(rng)
    for row in range(start_row, end_row + 1):
        for col in range(start_column, end_column + 1):
            if (row, col) != (start_row, start_column):
                ws._cells[row, col] = MergedCell(ws, row, col)


def note(ws: Worksheet, row: int, text: str, ncols: int, size: float, height: float) -> int:
    """An explanatory line in small italics across the table's width. Returns the next row."""
    put(ws, row, 1, text, size=size, italic=True, wrap=True, span=ncols)
    ws.row_dimensions[row].height = height
    return row + 1


DEFAULT_WIDTH = 8.43  # a spreadsheet's column that was given no width


def text_lines(text: str, width: float, size: float) -> int:
    """The lines `text` wraps to in a cell `width` wide (the column width of a spreadsheet: about
    a character of 11 pt) at `size` points; counted on the safe side (Times New Roman sets about
    1.4 characters of 11 pt to a unit of width, and this counts 1.25)."""
    per_line = max(1, int(width * 13.75 / size))
    if len(text) <= per_line and "\n" not in text:  # most cells: a national report has 3,321
        return 1
    return sum(len(textwrap.wrap(part, per_line)) or 1 for part in text.splitlines() or [""])


def fit_height(
    ws: Worksheet, row: int, cells: Iterable[tuple[int, int, object]], size: float = 11
) -> None:
    """Makes the row tall enough for the wrapped text of its `cells`, (column, columns spanned,
    value): spreadsheets do not grow a row for wrapped text when printing, and the text of a
    row left at one line's height runs over the rows below. A row of one line is left alone;
    a row already taller stays so."""
    if isinstance(ws, ValueSheet):
        return  # only the values are asked for
    lines = max(
        (
            text_lines(value, span_width(ws, col, span), size)
            for col, span, value in cells
            if isinstance(value, str)
        ),
        default=1,
    )
    if lines > 1:
        need = max(16.0, lines * size * 1.35)
        ws.row_dimensions[row].height = max(ws.row_dimensions[row].height or 0, need)


def span_width(ws: Worksheet, col: int, span: int = 1) -> float:
    """The width of `span` columns from `col`, as set by `column_widths` (kept: a national
    report asks for it 20,000 times)."""
    kept = _WIDTHS.setdefault(ws, {})
    width = kept.get((col, span))
    if width is None:
        width = kept[col, span] = sum(
            ws.column_dimensions[get_column_letter(c)].width or DEFAULT_WIDTH
            for c in range(col, col + span)
        )
    return width


_WIDTHS: WeakKeyDictionary[Worksheet, dict[tuple[int, int], float]] = WeakKeyDictionary()


def keep_text(cell) -> None:
    """Text typed by a user that starts with '=' stays text, never becomes a formula."""
    if cell.data_type == "f":
        cell.data_type = "s"


def center(cell) -> None:
    cell.alignment = alignment("center")


def percent_format(value: float | None) -> str:
    """'0%' for whole percentages such as a 40% target, '0.0%' otherwise."""
    if value is not None and round(value * 100, 9).is_integer():
        return "0%"
    return RATE_FORMAT


def setup_page(ws: Worksheet, landscape: bool = False, repeat_rows: str | None = None) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = 30 * MM
    ws.page_margins.right = 15 * MM
    ws.page_margins.top = 20 * MM
    ws.page_margins.bottom = 20 * MM
    ws.page_margins.header = 8 * MM
    ws.page_margins.footer = 8 * MM
    ws.print_options.horizontalCentered = True
    # Page numbers centred at the top from page 2 on.
    ws.HeaderFooter.differentFirst = True
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = FONT_NAME
    ws.evenHeader.center.text = "&P"
    ws.evenHeader.center.font = FONT_NAME
    if repeat_rows:
        ws.print_title_rows = repeat_rows
    ws.sheet_view.showGridLines = False


def put(
    ws: Worksheet,
    row: int,
    col: int,
    value: object,
    *,
    size: float = 13,
    bold: bool = False,
    italic: bool = False,
    align: str = "left",
    wrap: bool = False,
    span: int = 1,
    boxed: bool = False,
    number_format: str | None = None,
) -> None:
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(ws, ValueSheet):  # only the values are wanted
        if span > 1:
            merge(ws, row, col, row, col + span - 1)
        return
    keep_text(cell)

    def style(cell) -> None:
        cell.font = font(size, bold, italic)
        cell.alignment = alignment(align, wrap)
        if number_format:
            cell.number_format = number_format
        if boxed:
            cell.border = BOX

    _styled(ws, cell, (size, bold, italic, align, wrap, number_format, boxed), style)
    if span > 1:
        merge(ws, row, col, row, col + span - 1)
    if boxed:
        for c in range(col + 1, col + span):
            _styled(ws, ws.cell(row=row, column=c), "box", _box)


def _box(cell) -> None:
    cell.border = BOX


def _styled(ws: Worksheet, cell, key: object, style) -> None:
    """Give `cell` a style; each distinct style is worked out once per sheet and then copied.

    openpyxl looks every style object it is given up in the workbook's style table by hashing
    it field by field: for the tens of thousands of cells of a national report that costs more
    than writing them. The style's index row (`_style`) is what a copied cell gets instead."""
    known = ws.__dict__.setdefault("_lak_styles", {})
    cached = known.get(key)
    if cached is None:
        style(cell)
        known[key] = copy(cell._style)
    else:
        cell._style = copy(cached)


def document_header(ws: Worksheet, body: str, parent: str, ncols: int, left_span: int) -> int:
    """Issuing body top left, national header top right. Returns the next free row."""
    right = ncols - left_span
    put(ws, 1, 1, parent.upper(), size=12, align="center", span=left_span)
    put(ws, 2, 1, body.upper(), size=12, bold=True, align="center", span=left_span)
    put(
        ws,
        1,
        left_span + 1,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        size=12,
        bold=True,
        align="center",
        span=right,
    )
    put(
        ws,
        2,
        left_span + 1,
        "Độc lập - Tự do - Hạnh phúc",
        size=13,
        bold=True,
        align="center",
        span=right,
    )
    # The short rules under the issuing body and under the motto.
    for first, width in ((1, left_span), (left_span + 1, right)):
        rule = max(1, width // 3)
        start = first + (width - rule) // 2
        for c in range(start, start + rule):
            ws.cell(row=3, column=c).border = RULE
    return 4


def date_line(ws: Worksheet, row: int, place: str, when: date, ncols: int, left_span: int) -> int:
    text = f"{place}, ngày {when.day:02d} tháng {when.month:02d} năm {when.year}"
    put(ws, row, left_span + 1, text, italic=True, align="center", span=ncols - left_span)
    return row + 2


def title(ws: Worksheet, row: int, lines: list[str], ncols: int) -> int:
    for i, text in enumerate(lines):
        put(
            ws,
            row,
            1,
            text,
            size=14 if i == 0 else 13,
            bold=i == 0,
            italic=i > 0,
            align="center",
            wrap=True,
            span=ncols,
        )
        ws.row_dimensions[row].height = 20 if len(text) < 90 else 36
        row += 1
    return row + 1


def table_header(ws: Worksheet, row: int, labels: list[str], height: float = 48) -> int:
    for col, label in enumerate(labels, start=1):
        put(ws, row, col, label, size=11, bold=True, align="center", wrap=True, boxed=True)
    ws.row_dimensions[row].height = height
    return row + 1


def table_row(
    ws: Worksheet,
    row: int,
    values: list[object],
    formats: list[str | None],
    *,
    bold: bool = False,
    text_cols: int = 1,
) -> int:
    for col, (value, fmt) in enumerate(zip(values, formats, strict=True), start=1):
        align = "left" if col <= text_cols else ("right" if fmt else "center")
        put(
            ws,
            row,
            col,
            value,
            size=11,
            bold=bold,
            align=align,
            boxed=True,
            number_format=fmt,
            wrap=col <= text_cols,
        )
    fit_height(ws, row, [(col, 1, values[col - 1]) for col in range(1, text_cols + 1)])
    return row + 1


def signature_block(
    ws: Worksheet,
    row: int,
    ncols: int,
    left_span: int,
    left: str,
    right_title: str,
    right_role: str,
    key_line: str = "",
) -> int:
    """The signers' block; `key_line` (the signing key's fingerprint) goes under the left
    signer, for the receiver to compare by phone."""
    put(ws, row, 1, left, bold=True, align="center", span=left_span)
    if key_line:
        put(ws, row + 2, 1, key_line, size=10, align="center", span=left_span)
    put(ws, row, left_span + 1, right_title, bold=True, align="center", span=ncols - left_span)
    put(ws, row + 1, left_span + 1, right_role, bold=True, align="center", span=ncols - left_span)
    put(ws, row + 1, 1, "(Ký, ghi rõ họ tên)", italic=True, size=12, align="center", span=left_span)
    put(
        ws,
        row + 2,
        left_span + 1,
        "(Ký tên, đóng dấu)",
        italic=True,
        size=12,
        align="center",
        span=ncols - left_span,
    )
    return row + 7


def column_widths(ws: Worksheet, widths: list[float]) -> None:
    _WIDTHS.pop(ws, None)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
