"""The list of units to call (danh sách cần đôn đốc) for one month, as a printable workbook."""

from __future__ import annotations

from pathlib import Path

from lak_desktop.core.plan import Plan
from lak_desktop.core.timeliness import StatusTable, chase_rows, chase_title
from lak_desktop.exchange import layout
from lak_desktop.exchange.report import ReportSettings, recipients_and_signer

SHEET = "Cần đôn đốc"


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
