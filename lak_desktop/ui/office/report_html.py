"""The consolidated report and the list of units to call, drawn as HTML for print and PDF.

The same parts, in the same order and with the same words, as the workbooks that
`exchange.report` and `exchange.status_file` write: the three are one document.
"""

from __future__ import annotations

from html import escape
from itertools import islice

from lak_desktop.core.formatting import format_count, format_int, format_percent
from lak_desktop.core.plan import Plan
from lak_desktop.core.timeliness import StatusTable, chase_rows, chase_title
from lak_desktop.exchange.report import (
    INDICATOR_COLUMNS,
    MOTTO,
    SCORE_NOTE,
    STATUS_COLUMNS,
    ConsolidatedReport,
    ReportSettings,
    unit_rows,
)

# Each cell draws its right and bottom lines; the first column its left line too, and the first
# row its top line: one thin grid. On paper each page that a table runs onto repeats its title
# rows, top line included, and ends under a whole row (ui.printing.pages): the table is closed
# on every page.
LINE = "1px solid black"
TABLE = '<table width="100%" cellspacing="0" cellpadding="0" style="font-size:9pt">'


def _box(first: bool = False, top: bool = False) -> str:
    sides = ["right", "bottom"] + ["left"] * first + ["top"] * top
    return "; ".join(f"border-{side}:{LINE}" for side in sides) + "; padding:1px 2px"


def _td(
    value: object, align: str = "left", bold: bool = False, attrs: str = "", first: bool = False
) -> str:
    text = escape("" if value is None else str(value))
    if bold:
        text = f"<b>{text}</b>"
    return f'<td style="{_box(first)}" align="{align}" {attrs}>{text}</td>'


def _th(label: str, attrs: str = "", first: bool = False, top: bool = True) -> str:
    """A title cell; `top`: in the table's first row."""
    return f'<th style="{_box(first, top)}" align="center" {attrs}>{escape(label)}</th>'


def _head_row(labels: list[str]) -> str:
    """A table's single title row."""
    return "<tr>" + "".join(_th(label, first=n == 0) for n, label in enumerate(labels)) + "</tr>"


def _header(parent: str, body: str, number: str, date_line: str) -> str:
    rule = '<hr width="35%" style="border:0; border-top:1px solid black">'
    return f"""
<table width="100%"><tr>
<td align="center" width="40%">{escape(parent)}<br><b>{escape(body)}</b>{rule}</td>
<td align="center" width="60%"><b>{MOTTO[0]}</b><br><b>{MOTTO[1]}</b>{rule}</td></tr>
<tr><td align="center">{escape(number)}</td>
<td align="center"><i>{escape(date_line)}</i></td></tr></table>"""


def _title(lines: list[str]) -> str:
    first, *rest = lines
    body = "".join(f"<br><i>{escape(line)}</i>" for line in rest)
    return f'<p align="center" style="font-size:14pt"><b>{escape(first)}</b>{body}</p>'


def _footer(settings: ReportSettings) -> str:
    recipients = list(settings.recipients) or ["- Như trên;", "- Lưu: VT."]
    title = escape(settings.signer_title.upper() or "THỦ TRƯỞNG CƠ QUAN")
    name = f"<br><br><br><br><b>{escape(settings.signer_name)}</b>" if settings.signer_name else ""
    lines = "<br>".join(escape(r) for r in recipients)
    return f"""<br><table width="100%"><tr>
<td width="40%" style="font-size:11pt"><b><i>Nơi nhận:</i></b><br>{lines}</td>
<td width="60%" align="center"><b>{title}</b><br><i>(Ký, ghi rõ họ tên)</i>{name}</td>
</tr></table>"""


def _column_widths(report: ConsolidatedReport) -> tuple[float, list[float], float]:
    """Widths in % of the page: an element's column, an indicator's four columns, and the unit's
    and the note's columns (each). The numbers' columns get what their longest number needs (at
    9 pt, bold, about 0.85% of the page a character, and the padding); the unit and the note,
    whose words wrap, share what is left, and keep at least a tenth of the page each."""
    plan = report.plan
    longest_total = max(
        (len(format_int(v)) for v in report.grand_totals().values() if v is not None), default=1
    )
    # The largest shortfall, ceil(target × denominator − numerator), in integers: a preview of
    # fifteen rows need not work out 6,642 shortfalls as fractions.
    widest = 0
    as_ints: dict[int, tuple[int, int]] = {}  # a national plan shares a few target objects
    for r in report.ranked:
        for _, numerator, denominator, target, _ in r.attainment.sums:
            t = as_ints.get(id(target))
            if t is None:
                t = as_ints[id(target)] = (target.numerator, target.denominator)
            short = t[0] * denominator - t[1] * numerator
            if short > 0:
                widest = max(widest, -(-short // t[1]))
    longest_short = len(format_int(widest))

    def need(chars: int) -> float:
        return 0.85 * chars + 0.75

    element = need(max(longest_total, 6))
    # rate ("100,0%"), target, assessment (its two words wrap), shortfall
    per_indicator = [need(6), need(4), need(4), need(max(longest_short, 4))]
    fixed = 5 + 5  # rank ("Hạng" in bold), score ("Điểm")
    numbers = element * len(plan.elements) + sum(per_indicator) * len(plan.indicators)
    if fixed + numbers > 80:  # a crowded page: the numbers give way before the names do
        scale = (80 - fixed) / numbers
        element, per_indicator = element * scale, [w * scale for w in per_indicator]
        numbers = 80 - fixed
    text = (100 - fixed - numbers) / 2
    return round(element, 2), [round(w, 2) for w in per_indicator], round(text, 2)


def consolidated_html(report: ConsolidatedReport, units: int | None = None) -> str:
    """The whole report, for paper; with `units`, a preview on the screen with only that many
    rows of each table."""
    plan = report.plan
    parent, body = report.issuer_lines()
    n_el = len(plan.elements)
    # Every column's width is given: left to itself, Qt's layout squeezes the numbers' columns
    # until a total breaks in two (134.57 over 5).
    element_width, indicator_widths, text_width = _column_widths(report)
    top = (
        _th("Hạng", 'rowspan="2" width="5%"', first=True)
        + _th("Đơn vị", f'rowspan="2" width="{text_width}%"')
        + _th("Số liệu lũy kế (hồ sơ)", f'colspan="{n_el}"')
        + "".join(_th(i.name, 'colspan="4"') for i in plan.indicators)
        + _th("Điểm", 'rowspan="2" width="5%"')
        + _th("Ghi chú", f'rowspan="2" width="{text_width}%"')
    )
    second = "".join(
        _th(e.label, f'width="{element_width}%"', top=False) for e in plan.elements
    ) + "".join(
        _th(c, f'width="{w}%"', top=False)
        for _ in plan.indicators
        for c, w in zip(INDICATOR_COLUMNS, indicator_widths, strict=True)
    )
    rows = []
    # A preview makes only the rows it shows (a national report has 3,321).
    shown = list(islice(unit_rows(report), units))
    cut = units is not None and len(report.ranked) > units
    for rank, name, sums, per_ind, score, note in shown:
        cells = [_td("—" if rank is None else rank, "center", first=True), _td(name)]
        cells += [_td(format_count(v, "—"), "right") for v in sums]
        for rate, target, status, short in per_ind:
            cells += [
                _td(format_percent(rate), "right"),
                _td(format_percent(target), "right"),
                _td(status, "center"),
                _td(format_count(short, "—"), "right"),
            ]
        cells += [
            _td(format_percent(score), "right"),
            f'<td style="{_box()}"><i>{escape(note)}</i></td>',
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    grand = report.grand_totals()
    total = [_td("", first=True), _td("Tổng cộng", bold=True)]
    total += [_td(format_count(grand[e.code], "—"), "right", True) for e in plan.elements]
    for ind in plan.indicators:
        total += [_td(format_percent(report.grand_rate(ind.code)), "right", True)] + [_td("")] * 3
    total += [_td(""), _td("")]
    rows.append("<tr>" + "".join(total) + "</tr>")
    if cut:
        more = f"… (bản in có đủ {len(report.ranked)} đơn vị)"
        rows.append(
            f'<tr><td colspan="{4 + n_el + 4 * len(plan.indicators)}"><i>{more}</i></td></tr>'
        )
    status_rows = "".join(
        "<tr>" + _td(n, "center", first=True) + "".join(_td(v) for v in values) + "</tr>"
        for n, *values in report.status_rows(units)
    )
    return (
        _header(parent, body, report.number_line(), report.date_line())
        + _title(report.title_lines())
        + "<p><b>I. KẾT QUẢ THỰC HIỆN VÀ XẾP HẠNG</b></p>"
        + f"{TABLE}<thead><tr>{top}</tr><tr>{second}</tr></thead>{''.join(rows)}</table>"
        + f'<p style="font-size:10pt"><i>{escape(SCORE_NOTE)}</i></p>'
        + "<p><b>II. TÌNH HÌNH GỬI BÁO CÁO</b></p>"
        + f"{TABLE}<thead>{_head_row(list(STATUS_COLUMNS))}</thead>"
        + f"{status_rows}</table>"
        + _footer(report.settings)
    )


def chase_html(plan: Plan, table: StatusTable, month: int, settings: ReportSettings) -> str:
    place = settings.place or plan.issuer.place
    when = table.as_of
    date_line = f"{place}, ngày {when.day:02d} tháng {when.month:02d} năm {when.year}"
    labels = ["STT", "Đơn vị", "Tình trạng", "Hạn gửi", "Đã gọi ngày", "Báo cáo mới nhất"]
    rows = "".join(
        "<tr>"
        + _td(n, "center", first=True)
        + _td(name)
        + _td(state)
        + _td(due, "center")
        + _td("")
        + _td(latest)
        + "</tr>"
        for n, name, state, due, latest in chase_rows(table, month)
    )
    if not rows:
        done = "Tất cả đơn vị đã gửi báo cáo tháng này."
        rows = f'<tr><td colspan="6" style="{_box(first=True)}"><i>{done}</i></td></tr>'
    body = (plan.issuer.office or plan.issuer.name).upper()
    return (
        _header(plan.issuer.name.upper(), body, "", date_line)
        + _title(chase_title(plan, table, month))
        + f"{TABLE}<thead>{_head_row(labels)}</thead>{rows}</table>"
        + _footer(settings)
    )
