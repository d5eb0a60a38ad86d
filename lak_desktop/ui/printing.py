"""The commune's monthly report printed or saved as PDF through Qt, in the Decree 30 layout.

Nothing outside the program is needed: QTextDocument lays it out, QPrinter / QPdfWriter print it.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import date
from functools import cache
from html import escape
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextTable,
)

from lak_desktop.core.attainment import STATUS_LABELS, month_note, totals, unit_attainment
from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.core.formatting import format_count, format_date, format_int, format_percent
from lak_desktop.core.periods import month_range, range_through
from lak_desktop.core.plan import Plan
from lak_desktop.core.text import place_name

Progress = Callable[[int, int], None]  # (pages done, pages), as a long document is printed

# Decree 30/2020 asks for Times New Roman "or any metric equivalent"; the page is set in the
# first of these that has every Vietnamese letter, so that no word switches font halfway (the
# Liberation Serif of some Linux systems lacks ơ, ư and the letters with a dot below). DejaVu
# Serif comes with the program's system packages and has them all.
FONT_CHOICES = ("Times New Roman", "Tinos", "Liberation Serif", "Noto Serif", "DejaVu Serif")
VIETNAMESE_LETTERS = (
    "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệ"
    "ỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ"
)


def covers_vietnamese(family: str) -> bool:
    """The font the system gives for `family` (regular and bold) has every Vietnamese letter."""
    from PySide6.QtGui import QRawFont

    for bold in (False, True):
        font = QFont(family, 12)
        font.setBold(bold)
        raw = QRawFont.fromFont(font)
        if (
            not raw.isValid()
            or raw.familyName().casefold() != family.casefold()  # not a stand-in font
            or not all(raw.supportsCharacter(ord(c)) for c in VIETNAMESE_LETTERS)
        ):
            return False
    return True


METRIC_EQUIVALENTS = ("Times New Roman", "Tinos", "Liberation Serif")


def page_scale() -> float:
    """How much the page is drawn smaller than laid out: 1 in Times New Roman or a font of the
    same widths; less in a wider stand-in (DejaVu Serif is about an eighth wider), so that lines
    break where they would in Times New Roman."""
    return 1.0 if page_font_family() in METRIC_EQUIVALENTS else 0.88


@cache
def page_font_family() -> str:
    """The family the printed page is set in (see FONT_CHOICES)."""
    for family in FONT_CHOICES:
        if covers_vietnamese(family):
            return family
    return "DejaVu Serif"


LAYOUT_DPI = 96  # QTextDocument lays out in these units; painting scales them to the device


def page_layout(landscape: bool = False) -> QPageLayout:
    """A4; margins top/bottom 20 mm, left 30 mm, right 15 mm (Decree 30/2020)."""
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(30, 20, 15, 20),
        QPageLayout.Unit.Millimeter,
    )


def labels() -> dict[str, str]:
    """The report's words, translated (literal calls so that lupdate finds them)."""
    translate = QCoreApplication.translate
    return {
        "report": translate("Printing", "REPORT"),
        "subject": translate(
            "Printing", "Results against the targets for online dossiers and digitized results"
        ),
        "month_range": translate("Printing", "Month {m} of {y}: from {a} to {b}"),
        "ytd_range": translate("Printing", "year to date from {a} to {b}"),
        "part1": translate("Printing", "I. FIGURES BY MONTH"),
        "part2": translate("Printing", "II. RESULTS AGAINST THE TARGETS (YEAR TO DATE)"),
        "month": translate("Printing", "Month"),
        "period": translate("Printing", "Period"),
        "note": translate("Printing", "Note"),
        "ytd": translate("Printing", "Year to date"),
        "indicator": translate("Printing", "Indicator"),
        "numerator": translate("Printing", "Numerator"),
        "denominator": translate("Printing", "Denominator"),
        "rate": translate("Printing", "Rate"),
        "target": translate("Printing", "Target"),
        "status": translate("Printing", "Status"),
        "short": translate("Printing", "Short by (dossiers)"),
        "prepared": translate("Printing", "PREPARED BY"),
        "sign": translate("Printing", "(signature, full name)"),
        "behalf": translate("Printing", "ON BEHALF OF THE PEOPLE'S COMMITTEE"),
        "chairman": translate("Printing", "CHAIRMAN"),
        "seal": translate("Printing", "(signature, seal)"),
    }


# The table draws the grid (border="1" with collapsed borders): one line between two cells,
# never two.
CELL = 'style="padding:2px 4px"'
NUM = 'style="padding:2px 4px" align="right"'


def report_html(
    plan: Plan, unit_code: str, through: int, figures: list[MonthlyFigures], today: date
) -> str:
    t = labels()
    unit = plan.unit(unit_code)
    by_month = {f.month: f for f in figures}
    first, last = range_through(plan.year, through, plan.period_convention)
    m_first, m_last = month_range(plan.year, through, plan.period_convention)
    head = "".join(f"<th {CELL}>{escape(e.label)}</th>" for e in plan.elements)
    rows = []
    ytd = totals(plan, figures, through, [unit_code])[unit_code]  # None: never entered
    for m in range(1, through + 1):
        fig = by_month.get(m) or MonthlyFigures(unit_code, plan.year, m)
        a, b = month_range(plan.year, m, plan.period_convention)
        tds = []
        for e in plan.elements:
            v = fig.values.get(e.code)
            tds.append(f"<td {NUM}>{format_count(v)}</td>")
        rows.append(
            f"<tr><td {CELL} align='center'>{m}</td><td {CELL}>{format_date(a)[:5]}–"
            f"{format_date(b)[:5]}</td>{''.join(tds)}"
            f"<td {CELL}>{escape(month_note(plan, fig) or '')}</td></tr>"
        )
    total_cells = "".join(
        f"<td {NUM}><b>{format_count(ytd[e.code])}</b></td>" for e in plan.elements
    )
    rows.append(
        f"<tr><td {CELL} colspan='2'><b>{t['ytd']}</b></td>{total_cells}<td {CELL}></td></tr>"
    )
    att = unit_attainment(plan, unit_code, figures, through)
    ind_rows = []
    for ind in plan.indicators:
        a = att.indicators[ind.code]
        short = format_int(a.shortfall) if a.rate is not None else "—"
        counted = att.counted(ind.code)
        numerator = format_int(a.numerator) if counted else "—"
        denominator = format_int(a.denominator) if counted else "—"
        ind_rows.append(
            f"<tr><td {CELL}>{escape(ind.name)}</td><td {NUM}>{numerator}</td>"
            f"<td {NUM}>{denominator}</td><td {NUM}>{format_percent(a.rate)}</td>"
            f"<td {NUM}>{format_percent(a.target)}</td><td {CELL}>{STATUS_LABELS[a.status]}</td>"
            f"<td {NUM}>{short}</td></tr>"
        )
    month_line = t["month_range"].format(
        m=through, y=plan.year, a=format_date(m_first), b=format_date(m_last)
    )
    ytd_line = t["ytd_range"].format(a=format_date(first), b=format_date(last))
    place = escape(place_name(unit.name))
    when = f"{place}, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}"
    table = (
        '<table width="100%" border="1" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse; border-color:black; border-style:solid; '
        'font-size:11pt">'
    )
    subject = t["subject"].replace(" TTHC", "&nbsp;TTHC")  # never "TTHC" alone on a line
    return f"""
<table width="100%"><tr>
<td align="center" width="38%" style="font-size:12pt">{escape(plan.issuer.name.upper())}<br>
<b>{escape(unit.name.upper())}</b></td>
<td align="center" width="62%"><b style="font-size:12pt">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>
<b>Độc lập - Tự do - Hạnh phúc</b></td></tr>
<tr><td></td><td align="center"><i>{when}</i></td></tr></table>
<p align="center" style="font-size:14pt"><b>{t["report"]}</b><br><i>{subject}</i><br>
{month_line}<br><i>({ytd_line})</i></p>
<p><b>{t["part1"]}</b></p>
{table}<tr><th {CELL}>{t["month"]}</th><th {CELL}>{t["period"]}</th>{head}
<th {CELL}>{t["note"]}</th></tr>{"".join(rows)}</table>
<p><b>{t["part2"]}</b></p>
{table}<tr><th {CELL}>{t["indicator"]}</th><th {CELL}>{t["numerator"]}</th>
<th {CELL}>{t["denominator"]}</th><th {CELL}>{t["rate"]}</th><th {CELL}>{t["target"]}</th>
<th {CELL}>{t["status"]}</th><th {CELL}>{t["short"]}</th></tr>{"".join(ind_rows)}</table>
<br><table width="100%"><tr>
<td align="center" width="40%"><b>{t["prepared"]}</b><br><i>{t["sign"]}</i></td>
<td align="center" width="60%"><b>{t["behalf"]}<br>{t["chairman"]}</b><br><i>{t["seal"]}</i></td>
</tr></table>
"""


def page_size(landscape: bool = False) -> QSizeF:
    """The printable area of an A4 page inside our margins, in layout units."""
    area = page_layout(landscape).paintRect(QPageLayout.Unit.Inch)
    f = page_scale()
    return QSizeF(area.width() * LAYOUT_DPI / f, area.height() * LAYOUT_DPI / f)


def document(html: str, landscape: bool = False) -> QTextDocument:
    """The report laid out at the width of the printable area of an A4 page, so that our
    margins are the only margins, as one long page: `pages` cuts it into pages."""
    doc = QTextDocument()
    font = QFont(page_font_family())
    font.setPointSizeF(13)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(page_size(landscape).width())
    return doc


# Qt draws a table's top line between 2 px and 1 px above the top of its frame, just under the
# text before the table: a page that starts at a table, or repeats a table's title rows, starts
# 2 px above it, and leaves that much room at the top of every page.
LINE_ROOM = 2.0


class Page(NamedTuple):
    """A page's part of the long document (from `top` to `bottom`), and the title rows to
    repeat above it (their part of the document) when it continues a table."""

    top: float
    bottom: float
    titles: tuple[float, float] | None


def pages(doc: QTextDocument, height: float) -> list[Page]:
    """Where the laid-out document is cut into pages of `height`: between its parts, and
    between the rows of a table whose title rows (<thead>) repeat on each page it runs onto.
    A row is never cut in two, a table without title rows is kept whole unless it is taller
    than a page, and the line of text above a table (its heading) goes with it. Qt's own
    pagination cuts rows in two, and, with the collapsed borders that closed each page's
    table, took longer for each page the longer the table: a national report of 3,321 units
    took 50 s to save as PDF, against 12 s cut here."""
    layout = doc.documentLayout()
    block_rect = layout.blockBoundingRect
    cuts: list[tuple[float, tuple[float, float] | None]] = []
    it = doc.rootFrame().begin()
    heading = False  # the part before is a line of text: a table's heading stays with it
    while not it.atEnd():
        frame = it.currentFrame()
        if frame is None:
            block = it.currentBlock()
            cuts.append((block_rect(block).top(), None))
            heading = bool(block.text().strip())
        else:
            rect = layout.frameBoundingRect(frame)
            top = rect.top() - LINE_ROOM
            cuts += [(rect.bottom(), None)] if heading else [(top, None), (rect.bottom(), None)]
            if isinstance(frame, QTextTable):
                cuts += _row_cuts(frame, block_rect, top, rect.height() > height)
            heading = False
        it += 1
    end = doc.size().height()
    cuts.sort(key=lambda cut: cut[0])
    result: list[Page] = []
    top, titles, i = 0.0, None, 0
    while top < end - 0.5:
        room = height - LINE_ROOM - (titles[1] - titles[0] if titles else 0.0)
        best = None
        while i < len(cuts) and cuts[i][0] - top <= room:
            if cuts[i][0] > top + 0.5:
                best = cuts[i]
            i += 1
        if best is None:  # one part taller than a page: cut it where the page ends
            best = (top + room, titles)
        result.append(Page(top, min(best[0], end), titles))
        top, titles = best
    return result or [Page(0.0, 0.0, None)]


def _row_cuts(table: QTextTable, block_rect, top: float, too_tall: bool) -> list:
    """The cuts between a table's rows: each just above a row's first line of text (the cell's
    padding, 1 px), so that the line under the row before stays on its page."""
    titles = table.format().headerRowCount()
    if not titles and not too_tall:
        return []
    columns = range(table.columns())

    def row_top(row: int) -> float:
        cell_at = table.cellAt
        return min(block_rect(cell_at(row, c).firstCursorPosition().block()).top() for c in columns)

    repeated = (top, row_top(titles) - 1) if titles else None
    return [(row_top(r) - 1, repeated) for r in range(titles + 1, table.rows())]


def paint_pages(
    doc: QTextDocument, device, landscape: bool = False, progress: Progress | None = None
) -> None:
    """Page by page inside our margins; page numbers centred at the top from page 2 on.
    `progress(done, pages)` is told before the first page and after each."""
    size = page_size(landscape)
    width = size.width()
    painter = QPainter(device)
    if not painter.isActive():  # a file that cannot be written, a printer that does not start
        raise OSError(errno.EIO, "the painter did not start")  # said by the callers
    try:
        scale = device.resolution() / LAYOUT_DPI * page_scale()
        painter.scale(scale, scale)
        top_margin = page_layout(landscape).marginsPoints().top() / 72 * LAYOUT_DPI / page_scale()
        cut = pages(doc, size.height())
        if progress is not None:
            progress(0, len(cut))
        for number, page in enumerate(cut, start=1):
            if number > 1:
                device.newPage()
                painter.save()
                number_font = QFont(page_font_family())
                # 12 pt on paper, in layout units
                number_font.setPixelSize(round(12 * LAYOUT_DPI / 72 / page_scale()))
                painter.setFont(number_font)
                painter.drawText(
                    QRectF(0, -top_margin / 2 - 10, width, 20),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                    str(number),
                )
                painter.restore()
            at = LINE_ROOM
            for top, bottom in ([page.titles] if page.titles else []) + [page[:2]]:
                painter.save()
                painter.translate(0, at - top)
                _draw_part(doc, painter, QRectF(0, top, width, bottom - top))
                painter.restore()
                at += bottom - top
            if progress is not None:
                progress(number, len(cut))
    finally:
        painter.end()


def _draw_part(doc: QTextDocument, painter: QPainter, part: QRectF) -> None:
    """What the document shows in `part`. Qt draws each line of text and each cell that
    touches the rectangle it is given, whole, and the painter's clip hides what lies outside:
    hidden, it would still be in a PDF's text (found by a search, read aloud). The text is asked
    for from LINE_ROOM below the part's top, under the line of text before a table's top line
    (which is drawn with its table's first row), and to just above its bottom."""
    painter.setClipRect(part)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = part.adjusted(0, LINE_ROOM, 0, -0.01)
    doc.documentLayout().draw(painter, context)


def save_pdf(
    html: str, path: Path, landscape: bool = False, progress: Progress | None = None
) -> Path:
    """The report as a PDF file at `path`, written under a temporary name beside it and then
    renamed: a folder that refuses it, a full disk or the same file open in another program
    raises InputError saying what to do, and leaves no half-written file."""
    from lak_desktop.exchange.written import write_beside
    from lak_desktop.operations.common import write_out

    def written() -> Path:
        write_beside(
            path, lambda temporary: _paint_pdf(html, temporary, landscape, progress), replace=True
        )
        return path

    return write_out(path, written)


def _paint_pdf(html: str, temporary: Path, landscape: bool, progress: Progress | None) -> None:
    """The PDF written and its file closed (the writer gone) before it is renamed."""
    writer = QPdfWriter(str(temporary))
    writer.setPageLayout(page_layout(landscape))
    writer.setResolution(300)
    writer.setCreator("lak_desktop")
    paint_pages(document(html, landscape), writer, landscape, progress)


def print_html(
    html: str, printer, landscape: bool = False, progress: Progress | None = None
) -> None:
    """Print on `printer`; one that does not start raises InputError saying what to do."""
    from lak_desktop.operations.common import InputError

    printer.setPageLayout(page_layout(landscape))
    try:
        paint_pages(document(html, landscape), printer, landscape, progress)
    except OSError as exc:
        raise InputError(
            QCoreApplication.translate(
                "Printing",
                "The printer did not start. Check that it is on and connected, then print again.",
            )
        ) from exc
