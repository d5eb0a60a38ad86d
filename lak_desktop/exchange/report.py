"""The consolidated report for the chairman: every unit's year to date, totals, ranking, and how
each unit has sent its reports. Decree 30/2020 layout, A4 landscape.

`ConsolidatedReport` holds what the report says; the workbook here and the printed page (the
office window's print and PDF) are two drawings of it, with the same parts in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from functools import cached_property
from pathlib import Path

from lak_desktop.collector import many_objects
from lak_desktop.core.attainment import STATUS_LABELS
from lak_desktop.core.formatting import format_date
from lak_desktop.core.periods import range_through
from lak_desktop.core.plan import Plan
from lak_desktop.core.ranking import RankedUnit, ranking_note
from lak_desktop.core.timeliness import MonthState, StatusTable, UnitStatus, latest_file

SHEET = "Tổng hợp"
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
SCORE_NOTE = (
    "Điểm: trung bình các chỉ tiêu có số liệu của (tỷ lệ / chỉ tiêu), tối đa 100%; bằng điểm thì "
    "xét mức vượt (trung bình không giới hạn 100%). Còn thiếu: số hồ sơ lẽ ra phải đạt thêm để đạt "
    "chỉ tiêu."
)
INDICATOR_COLUMNS = ("Tỷ lệ", "Chỉ tiêu", "Đánh giá", "Còn thiếu")
STATUS_COLUMNS = ("STT", "Đơn vị", "Báo cáo mới nhất", "Tháng gửi muộn", "Tháng chưa gửi")


@dataclass(frozen=True)
class ReportSettings:
    """The office's own lines of the document (Decree 30/2020)."""

    number: str = ""  # "15/BC-VHTT"; the "Số:" line
    signer_title: str = ""  # "TRƯỞNG PHÒNG"
    signer_name: str = ""
    recipients: tuple[str, ...] = ()  # the "Nơi nhận:" lines
    place: str = ""  # overrides the plan's place name in the date line


@dataclass(frozen=True)
class ConsolidatedReport:
    plan: Plan
    through_month: int
    ranked: list[RankedUnit]
    sums: dict[str, dict[str, int | None]]  # unit code -> element -> year to date (None: blank)
    status: StatusTable
    settings: ReportSettings
    complete_only: bool
    today: date

    # The parts, in the order they are drawn --------------------------------------------
    def issuer_lines(self) -> tuple[str, str]:
        """(parent body, issuing body), both in capitals."""
        issuer = self.plan.issuer
        return issuer.name.upper(), (issuer.office or issuer.name).upper()

    def number_line(self) -> str:
        return f"Số: {self.settings.number or '      /BC-'}"

    def date_line(self) -> str:
        place = self.settings.place or self.plan.issuer.place
        t = self.today
        return f"{place}, ngày {t.day:02d} tháng {t.month:02d} năm {t.year}"

    def title_lines(self) -> list[str]:
        first, last = range_through(self.plan.year, self.through_month, self.plan.period_convention)
        return [
            "BÁO CÁO TỔNG HỢP",
            "Kết quả thực hiện chỉ tiêu hồ sơ trực tuyến và số hóa kết quả giải quyết TTHC "
            f"của các đơn vị năm {self.plan.year}",
            f"(Lũy kế đến tháng {self.through_month}: từ ngày {format_date(first)} đến ngày "
            f"{format_date(last)})",
        ]

    @cached_property
    def _grand_totals(self) -> dict[str, int | None]:
        listed = [self.sums[r.attainment.unit.code] for r in self.ranked]
        grand: dict[str, int | None] = {}
        for e in self.plan.elements:
            entered = [s[e.code] for s in listed if s[e.code] is not None]
            grand[e.code] = sum(entered) if entered else None
        return grand

    def grand_totals(self) -> dict[str, int | None]:
        """Each element's year to date, added up over the units the report lists (None: no
        unit entered it). A unit dissolved before the month is not listed: its months are
        counted in the unit formed from it."""
        return dict(self._grand_totals)

    def grand_rate(self, indicator_code: str) -> Fraction | None:
        """The listed units' rate taken together, by each unit's own rule: only the months
        that have both of the indicator's figures count."""
        at = next(i for i, ind in enumerate(self.plan.indicators) if ind.code == indicator_code)
        numerator = denominator = 0
        for r in self.ranked:
            _, n, d, _, _ = r.attainment.sums[at]
            numerator += n
            denominator += d
        return Fraction(numerator, denominator) if denominator else None

    def status_rows(self, limit: int | None = None) -> list[tuple[int, str, str, str, str]]:
        """Per unit: number, name, latest file, months sent late, months not sent yet; the
        first `limit` units only when given (a preview)."""
        return [
            (
                n,
                u.unit.name,
                latest_file(u),
                late_months(u, self.through_month),
                missing_months(u, self.through_month),
            )
            for n, u in enumerate(self.status.units[:limit], start=1)
        ]


def late_months(u: UnitStatus, through: int) -> str:
    late = [m for m in u.months[:through] if m.state is MonthState.LATE]
    return ", ".join(f"{m.month} ({m.days_late} ngày)" for m in late)


def missing_months(u: UnitStatus, through: int) -> str:
    return ", ".join(
        str(m.month)
        for m in u.months[:through]
        if m.state in (MonthState.MISSING, MonthState.NOT_DUE)
    )


def unit_rows(report: ConsolidatedReport):
    """(rank, name, element sums, per indicator (rate, target, status, shortfall), score, note)."""
    for r in report.ranked:
        code = r.attainment.unit.code
        per_ind = []
        for ind in report.plan.indicators:
            a = r.attainment.indicators[ind.code]
            per_ind.append(
                (
                    a.rate,
                    a.target,
                    STATUS_LABELS[a.status],
                    a.shortfall if a.rate is not None else None,
                )
            )
        yield (
            r.rank,
            r.attainment.unit.name,
            [report.sums[code][e.code] for e in report.plan.elements],
            per_ind,
            r.score,
            ranking_note(r),
        )


# The workbook ---------------------------------------------------------------------------


def write_report(report: ConsolidatedReport, target: Path) -> Path:
    # openpyxl makes hundreds of thousands of objects for a national report, all alive until
    # it is saved (a fifth quicker with the collector held back).
    with many_objects():
        return _write_report(report, target)


def _write_report(report: ConsolidatedReport, target: Path) -> Path:
    from lak_desktop.exchange import layout

    plan = report.plan
    wb, ws = layout.new_workbook(target, SHEET)
    elements = plan.elements
    indicators = plan.indicators
    ncols = 2 + len(elements) + 4 * len(indicators) + 2
    left = 5
    layout.setup_page(ws, landscape=True, repeat_rows=None)
    layout.column_widths(
        ws, [6, 24] + [10] * len(elements) + [8.5, 8, 11, 8.5] * len(indicators) + [8, 24]
    )
    parent, body = report.issuer_lines()
    row = layout.document_header(ws, body, parent, ncols, left)
    layout.put(ws, row, 1, report.number_line(), size=13, align="center", span=left)
    layout.put(
        ws, row, left + 1, report.date_line(), italic=True, align="center", span=ncols - left
    )
    row = layout.title(ws, row + 2, report.title_lines(), ncols)
    layout.put(ws, row, 1, "I. KẾT QUẢ THỰC HIỆN VÀ XẾP HẠNG", bold=True, span=ncols)
    row += 1
    # Two header rows: groups, then the columns of each group.
    top = row
    head = {"size": 11, "bold": True, "align": "center", "boxed": True, "wrap": True}
    layout.put(ws, top, 1, "Hạng", **head)
    layout.put(ws, top, 2, "Đơn vị", **head)
    col = 3
    layout.put(ws, top, col, "Số liệu lũy kế (hồ sơ)", span=len(elements), **head)
    col += len(elements)
    for ind in indicators:
        layout.put(ws, top, col, ind.name, span=4, **head)
        col += 4
    layout.put(ws, top, col, "Điểm", **head)
    layout.put(ws, top, col + 1, "Ghi chú", **head)
    sub_labels = ["", "", *(e.label for e in elements)]
    for _ in indicators:
        sub_labels += list(INDICATOR_COLUMNS)
    sub_labels += ["", ""]
    row = layout.table_header(ws, top + 1, sub_labels, height=46)
    for c in (1, 2, ncols - 1, ncols):
        layout.merge(ws, top, c, top + 1, c)
    ws.row_dimensions[top].height = 32
    ws.print_title_rows = f"{top}:{top + 1}"

    counts = [layout.COUNT_FORMAT] * len(elements)
    per_ind_formats = [layout.RATE_FORMAT, layout.RATE_FORMAT, None, layout.COUNT_FORMAT]
    formats = [None, None, *counts, *(per_ind_formats * len(indicators)), layout.RATE_FORMAT, None]
    for rank, name, sums, per_ind, score, note in unit_rows(report):
        values: list[object] = [rank if rank is not None else "—", name, *sums]
        row_formats = list(formats)
        for i, (rate, goal, status, short) in enumerate(per_ind):
            values += [layout.rate_cell_value(rate), float(goal), status, short]
            at = 2 + len(elements) + 4 * i + 1  # a 40% target reads "40%", not "40,0%"
            row_formats[at] = layout.percent_format(float(goal))
        values += [layout.rate_cell_value(score), note or None]
        row = layout.table_row(ws, row, values, row_formats, text_cols=2)
        layout.center(ws.cell(row=row - 1, column=1))
        note_cell = ws.cell(row=row - 1, column=ncols)
        note_cell.font = layout.font(10, italic=True)
        note_cell.alignment = layout.alignment("left", True)
        layout.fit_height(ws, row - 1, [(ncols, 1, note)], size=10)
    grand = report.grand_totals()
    values = ["", "Tổng cộng", *(grand[e.code] for e in elements)]
    for ind in indicators:
        values += [layout.rate_cell_value(report.grand_rate(ind.code)), None, None, None]
    values += [None, None]
    row = layout.table_row(ws, row, values, formats, bold=True, text_cols=2)
    row = layout.note(ws, row + 1, SCORE_NOTE, ncols, size=10, height=28)
    row += 1

    layout.put(ws, row, 1, "II. TÌNH HÌNH GỬI BÁO CÁO", bold=True, span=ncols)
    row += 1
    rest = ncols - 2
    spans = [1, 1, rest - 2 * (rest // 3), rest // 3, rest // 3]
    row = _spanned_row(ws, row, list(STATUS_COLUMNS), spans, header=True)
    for values in report.status_rows():
        row = _spanned_row(ws, row, list(values), spans)
    row += 1
    row = recipients_and_signer(ws, row, ncols, left, report.settings)
    layout.atomic_save(wb, target)
    return target


def recipients_and_signer(ws, row: int, ncols: int, left: int, settings: ReportSettings) -> int:
    """'Nơi nhận:' on the left, the signer's title, signature and name on the right."""
    from lak_desktop.exchange import layout  # openpyxl: only to write

    layout.put(ws, row, 1, "Nơi nhận:", size=12, bold=True, italic=True, span=left)
    recipients = list(settings.recipients) or ["- Như trên;", "- Lưu: VT."]
    for i, line in enumerate(recipients, start=1):
        layout.put(ws, row + i, 1, line, size=11, span=left)
    right = ncols - left
    title = settings.signer_title.upper() or "THỦ TRƯỞNG CƠ QUAN"
    layout.put(ws, row, left + 1, title, bold=True, align="center", span=right)
    layout.put(
        ws,
        row + 1,
        left + 1,
        "(Ký, ghi rõ họ tên)",
        italic=True,
        size=12,
        align="center",
        span=right,
    )
    if settings.signer_name:
        layout.put(
            ws, row + 5, left + 1, settings.signer_name, bold=True, align="center", span=right
        )
    return row + max(len(recipients), 5) + 2


def _spanned_row(ws, row: int, values: list[object], spans: list[int], header: bool = False) -> int:
    from lak_desktop.exchange import layout  # openpyxl: only to write

    col = 1
    cells = []
    for value, span in zip(values, spans, strict=True):
        cells.append((col, span, value))
        align = "center" if header or not isinstance(value, str) else "left"
        layout.put(
            ws,
            row,
            col,
            value if value != "" else None,
            size=11,
            bold=header,
            align=align,
            boxed=True,
            span=span,
            wrap=True,
        )
        col += span
    if header:
        ws.row_dimensions[row].height = 32
    else:
        layout.fit_height(ws, row, cells)
    return row + 1
