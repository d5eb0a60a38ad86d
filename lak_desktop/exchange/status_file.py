"""The list of units to call (danh sách cần đôn đốc) for one month, as a printable workbook."""

from __future__ import annotations

from pathlib import Path

from lak_desktop.core.formatting import format_date
from lak_desktop.core.periods import month_range
from lak_desktop.core.plan import Plan
from lak_desktop.core.timeliness import STATE_LABELS, MonthState, StatusTable
from lak_desktop.exchange import layout
from lak_desktop.exchange.report import ReportSettings, latest_file, recipients_and_signer

SHEET = "Cần đôn đốc"


def chase_rows(table: StatusTable, month: int) -> list[tuple[int, str, str, str, str]]:
    """Number, unit, state of the month, its deadline, the latest file received."""
    return [chase_row(table, n, u, month) for n, u in enumerate(table.to_chase(month), start=1)]


def chase_row(table: StatusTable, n: int, u, month: int) -> tuple[int, str, str, str, str]:
    """One unit's line of the list (`n`: its number in the list)."""
    m = u.month(month)
    state = STATE_LABELS[m.state]
    if m.state is MonthState.MISSING:
        state += f" {(table.as_of - m.due).days} ngày"
    return (n, u.unit.name, state, format_date(m.due), latest_file(u))


def chase_title(plan: Plan, table: StatusTable, month: int) -> list[str]:
    first, last = month_range(plan.year, month, plan.period_convention)
    return [
        "DANH SÁCH ĐƠN VỊ CẦN ĐÔN ĐỐC GỬI BÁO CÁO",
        f"Báo cáo tháng {month} năm {plan.year} (từ ngày {format_date(first)} đến ngày "
        f"{format_date(last)}), tính đến ngày {format_date(table.as_of)}",
    ]


def write_chase_list(
    plan: Plan, table: StatusTable, month: int, settings: ReportSettings, target: Path
) -> Path:
    wb, ws = layout.new_workbook(target, SHEET)
    ncols, left = 6, 3
    layout.setup_page(ws)
    layout.column_widths(ws, [6, 30, 22, 12, 14, 40])
    body = (plan.issuer.office or plan.issuer.name).upper()
    row = layout.document_header(ws, body, plan.issuer.name, ncols, left)
    place = settings.place or plan.issuer.place
    row = layout.date_line(ws, row, place, table.as_of, ncols, left)
    row = layout.title(ws, row, chase_title(plan, table, month), ncols)
    labels = ["STT", "Đơn vị", "Tình trạng", "Hạn gửi", "Đã gọi ngày", "Báo cáo mới nhất"]
    row = layout.table_header(ws, row, labels, height=32)
    rows = chase_rows(table, month)
    for n, name, state, due, latest in rows:
        row = layout.table_row(
            ws, row, [n, name, state, due, None, latest], [None] * 6, text_cols=3
        )
        layout.center(ws.cell(row=row - 1, column=1))
    if not rows:
        layout.put(ws, row, 1, "Tất cả đơn vị đã gửi báo cáo tháng này.", italic=True, span=ncols)
        row += 1
    recipients_and_signer(ws, row + 1, ncols, left, settings)
    layout.atomic_save(wb, target)
    return target
