"""The consolidated report for the chairman: every unit's year to date, totals, ranking, and
which units have sent their figures up to which month. Decree 30 layout, A4 landscape."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from pathlib import Path

from lak_desktop.core.attainment import STATUS_LABELS, totals
from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.core.formatting import format_date
from lak_desktop.core.periods import range_through
from lak_desktop.core.plan import Plan
from lak_desktop.core.ranking import RankedUnit
from lak_desktop.exchange import layout

SHEET = "Tổng hợp"


@dataclass(frozen=True)
class Completeness:
    """What the office holds for one unit."""

    unit_code: str
    last_month: int | None  # latest through-month received (or with data), None: nothing
    revision: int | None
    received_on: date | None


def write_report(
    plan: Plan,
    through_month: int,
    ranked: list[RankedUnit],
    figures: list[MonthlyFigures],
    completeness: dict[str, Completeness],
    target: Path,
    today: date,
) -> Path:
    wb, ws = layout.new_workbook(target, SHEET)
    elements = plan.elements
    indicators = plan.indicators
    ncols = 2 + len(elements) + 4 * len(indicators) + 1
    left = 4
    layout.setup_page(ws, landscape=True, repeat_rows=None)
    layout.column_widths(
        ws, [6, 26] + [10.5] * len(elements) + [9, 8, 12.5, 8.5] * len(indicators) + [8]
    )
    office = plan.issuer.office or plan.issuer.name
    row = layout.document_header(ws, office, plan.issuer.name, ncols, left)
    row = layout.date_line(ws, row, plan.issuer.place or "", today, ncols, left)
    first, last = range_through(plan.year, through_month, plan.period_convention)
    row = layout.title(
        ws,
        row,
        [
            "BÁO CÁO TỔNG HỢP",
            "Kết quả thực hiện chỉ tiêu hồ sơ trực tuyến và số hóa kết quả giải quyết TTHC "
            f"của các đơn vị năm {plan.year}",
            f"(Lũy kế đến tháng {through_month}: từ ngày {format_date(first)} đến ngày "
            f"{format_date(last)})",
        ],
        ncols,
    )
    layout.put(ws, row, 1, "I. KẾT QUẢ THỰC HIỆN VÀ XẾP HẠNG", bold=True, span=ncols)
    row += 1
    # Two header rows: groups, then the columns of each group.
    top = row
    layout.put(ws, top, 1, "Hạng", size=11, bold=True, align="center", boxed=True)
    layout.put(ws, top, 2, "Đơn vị", size=11, bold=True, align="center", boxed=True)
    col = 3
    layout.put(
        ws,
        top,
        col,
        "Số liệu lũy kế (hồ sơ)",
        size=11,
        bold=True,
        align="center",
        boxed=True,
        span=len(elements),
    )
    col += len(elements)
    for ind in indicators:
        layout.put(
            ws,
            top,
            col,
            ind.name,
            size=11,
            bold=True,
            align="center",
            boxed=True,
            span=4,
            wrap=True,
        )
        col += 4
    layout.put(ws, top, col, "Điểm", size=11, bold=True, align="center", boxed=True)
    sub_labels = ["", "", *(e.label for e in elements)]
    for _ in indicators:
        sub_labels += ["Tỷ lệ", "Chỉ tiêu", "Đánh giá", "Còn thiếu"]
    sub_labels.append("")
    row = layout.table_header(ws, top + 1, sub_labels, height=46)
    for c in (1, 2, ncols):
        ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    ws.row_dimensions[top].height = 32
    ws.print_title_rows = f"{top}:{top + 1}"

    counts = [layout.COUNT_FORMAT] * len(elements)
    per_ind = [layout.RATE_FORMAT, layout.RATE_FORMAT, None, layout.COUNT_FORMAT]
    formats = [None, None, *counts, *(per_ind * len(indicators)), layout.RATE_FORMAT]
    sums = totals(plan, figures, through_month)
    for r in ranked:
        code = r.attainment.unit.code
        values: list[object] = [r.rank if r.rank is not None else "—", r.attainment.unit.name]
        values += [sums[code][e.code] for e in elements]
        for ind in indicators:
            a = r.attainment.indicators[ind.code]
            values += [
                layout.rate_cell_value(a.rate),
                float(a.target),
                STATUS_LABELS[a.status],
                a.shortfall if a.rate is not None else None,
            ]
        values.append(layout.rate_cell_value(r.score))
        row_formats = list(formats)
        for i in range(len(indicators)):  # a 40% target reads "40%", not "40,0%"
            at = 2 + len(elements) + 4 * i + 1
            row_formats[at] = layout.percent_format(values[at])  # type: ignore[arg-type]
        row = layout.table_row(ws, row, values, row_formats, text_cols=2)
        layout.center(ws.cell(row=row - 1, column=1))
    grand = {e.code: sum(sums[u.code][e.code] for u in plan.units) for e in elements}
    values = ["", "Tổng cộng", *(grand[e.code] for e in elements)]
    for ind in indicators:
        den = grand[ind.denominator]
        rate = Fraction(grand[ind.numerator], den) if den else None
        values += [layout.rate_cell_value(rate), None, None, None]
    values.append(None)
    row = layout.table_row(ws, row, values, formats, bold=True, text_cols=2)
    row += 1
    row = layout.note(
        ws,
        row,
        "Điểm: trung bình các chỉ tiêu có số liệu của (tỷ lệ / chỉ tiêu), tối đa 100%; bằng điểm "
        "thì xét mức vượt. Còn thiếu: số hồ sơ lẽ ra phải đạt thêm để đạt chỉ tiêu.",
        ncols,
        size=10,
        height=28,
    )
    row += 1

    layout.put(ws, row, 1, "II. TÌNH HÌNH GỬI BÁO CÁO", bold=True, span=ncols)
    row += 1
    spans = [1, 1, 3, 2, 3]
    spans.append(ncols - sum(spans))
    labels = ["STT", "Đơn vị", "Báo cáo mới nhất đến tháng", "Lần gửi", "Ngày nhận", "Tình trạng"]
    row = _spanned_row(ws, row, labels, spans, header=True)
    for n, unit in enumerate(plan.units, start=1):
        c = completeness.get(unit.code)
        last_month = c.last_month if c else None
        if last_month is None:
            state = "Chưa gửi"
        elif last_month >= through_month:
            state = "Đủ"
        else:
            state = (
                f"Thiếu tháng {last_month + 1}–{through_month}"
                if last_month + 1 < through_month
                else f"Thiếu tháng {through_month}"
            )
        row = _spanned_row(
            ws,
            row,
            [
                n,
                unit.name,
                last_month,
                c.revision if c else None,
                format_date(c.received_on) if c and c.received_on else None,
                state,
            ],
            spans,
        )
    row += 1
    layout.signature_block(ws, row, ncols, left, "NGƯỜI TỔNG HỢP", "THỦ TRƯỞNG CƠ QUAN", "")
    layout.atomic_save(wb, target)
    return target


def _spanned_row(ws, row: int, values: list[object], spans: list[int], header: bool = False) -> int:
    col = 1
    for value, span in zip(values, spans, strict=True):
        align = "center" if header or not isinstance(value, str) else "left"
        layout.put(
            ws,
            row,
            col,
            value,
            size=11,
            bold=header,
            align=align,
            boxed=True,
            span=span,
            wrap=header,
        )
        col += span
    if header:
        ws.row_dimensions[row].height = 32
    return row + 1
