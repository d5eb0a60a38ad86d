"""The plan file: a printable "Biểu mức giao" sheet, and the whole plan for the program.

Import also takes a plain table typed by hand with the appendix's columns (unit, procedures,
digitization target, last year's online rate, online target).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from lak_desktop.core.figures import CountError, parse_count
from lak_desktop.core.formatting import format_date, format_percent
from lak_desktop.core.periods import PeriodConvention
from lak_desktop.core.plan import (
    Plan,
    PlanError,
    Unit,
    lifetime_note,
    plan_from_dict,
    plan_to_dict,
)
from lak_desktop.core.text import fold_key, unit_code, unit_kind
from lak_desktop.exchange import layout
from lak_desktop.exchange.limits import (
    FileRefused,
    open_workbook,
    reading,
    sheet_rows,
    strict_json,
)
from lak_desktop.exchange.machine_sheet import read_machine_sheet, write_machine_sheet
from lak_desktop.exchange.signing import Signer, is_public_key, verify
from lak_desktop.exchange.tables import read_rows

KIND = "plan"
PLAN_FILE_FORMAT = 1
VISIBLE_SHEET = "Biểu mức giao"
MAX_VISIBLE_ROWS = 20_000  # a national plan has 3,321 unit rows
SIGNATURE_PURPOSE = "plan"
CONVENTION_TEXT = {
    PeriodConvention.CALENDAR: "Kỳ báo cáo theo tháng dương lịch (từ ngày 01 đến ngày cuối tháng).",
    PeriodConvention.DECREE09: "Kỳ báo cáo theo Nghị định 09/2019/NĐ-CP (từ ngày 15 tháng trước "
    "đến ngày 14 tháng báo cáo).",
}


@dataclass(frozen=True)
class PlanFile:
    plan: Plan
    signer: str | None  # the signer's public key; None for a table typed by hand, or an old file
    from_program: bool = True  # False: a plain table typed by hand
    # Where the printed sheet was changed (in Excel, say) and no longer says what the data does:
    # one line each, and the plan as the sheet now says it (None when nothing was changed).
    edits: tuple[str, ...] = ()
    edited: Plan | None = None


def _signed_bytes(year: int, digest: str) -> bytes:
    """What a plan file's signature is over: the plan's year and digest (which covers all of
    the plan)."""
    return json.dumps({"plan_digest": digest, "plan_year": year}, sort_keys=True).encode()


def write_plan_file(plan: Plan, target: Path, today: date, signer: Signer) -> Path:
    """Write the plan workbook, signed by `signer`; an existing file is not overwritten."""
    wb, ws = layout.new_workbook(target, VISIBLE_SHEET)
    _draw(ws, plan, today, signer.fingerprint)
    body = json.dumps(plan_to_dict(plan), ensure_ascii=False, sort_keys=True)
    write_machine_sheet(
        wb,
        KIND,
        [
            ("format_version", PLAN_FILE_FORMAT),
            ("plan_year", plan.year),
            ("plan_digest", plan.digest()),
            ("plan_json", body),
            ("written_on", today.isoformat()),
            ("signer_public_key", signer.public_key),
            ("signature", signer.sign(SIGNATURE_PURPOSE, _signed_bytes(plan.year, plan.digest()))),
        ],
    )
    layout.atomic_save(wb, target)
    return target


def _columns(plan: Plan) -> list[tuple[str, str, object]]:
    """(header, kind, key) for each table column after STT and unit."""
    cols: list[tuple[str, str, object]] = [
        ("Số lượng TTHC được công bố trực tuyến", "procedures", None)
    ]
    for ind in plan.indicators:
        if any(ind.code in u.baselines for u in plan.units):
            cols.append((f"{ind.name} năm {plan.year - 1}", "baseline", ind.code))
        cols.append((f"Giao chỉ tiêu {ind.name.lower()} năm {plan.year}", "target", ind.code))
    return cols


def _draw(ws, plan: Plan, today: date, signer_fingerprint: str) -> None:
    cols = _columns(plan)
    changing = any(lifetime_note(plan, u) for u in plan.units)
    ncols = 3 + len(cols) + changing
    left = 3
    layout.setup_page(ws, landscape=ncols > 6)
    layout.column_widths(ws, [6, 14, 30] + [17] * len(cols) + [36] * changing)
    row = layout.document_header(ws, plan.issuer.name, "", ncols, left)
    row = layout.date_line(ws, row, plan.issuer.place or "", today, ncols, left)
    decision = plan.issuer.decision_number or "      "
    when = format_date(plan.issuer.decision_date) if plan.issuer.decision_date else "     "
    row = layout.title(
        ws,
        row,
        [
            "BIỂU MỨC GIAO",
            plan.title or f"Giao chỉ tiêu năm {plan.year}",
            *([f"(Bản sửa lần {plan.revision})"] if plan.revision > 1 else []),
            f"(Ban hành kèm theo Quyết định số {decision} ngày {when} của {plan.issuer.name})",
        ],
        ncols,
    )
    headers = ["STT", "Mã đơn vị", "Cơ quan, đơn vị", *(c[0] for c in cols)]
    row = layout.table_header(ws, row, headers + ["Thời gian hoạt động"] * changing, 64)
    for n, unit in enumerate(plan.units, start=1):
        values: list[object] = [n, unit.code, unit.name]
        formats: list[str | None] = [None, None, None]
        for _, kind, key in cols:
            if kind == "procedures":
                values.append(unit.procedures)
                formats.append(layout.COUNT_FORMAT)
            elif kind == "baseline":
                b = unit.baselines.get(str(key))
                values.append(None if b is None else float(b))
                formats.append(layout.percent_format(values[-1]))
            else:
                values.append(float(plan.target(unit.code, str(key))))
                formats.append(layout.percent_format(values[-1]))
        note = lifetime_note(plan, unit)
        if changing:
            values.append(note or "cả năm")
            formats.append(None)
        row = layout.table_row(ws, row, values, formats, text_cols=3)
        if changing:  # a lifetime names the units merged: it wraps, left-aligned
            layout.put(ws, row - 1, ncols, values[-1], size=11, align="left", boxed=True, wrap=True)
            layout.fit_height(ws, row - 1, [(ncols, 1, values[-1])])
        layout.center(ws.cell(row=row - 1, column=1))
    row += 1
    notes = [
        CONVENTION_TEXT[plan.period_convention]
        + f" Hạn gửi báo cáo: {plan.deadline_days} ngày sau ngày cuối kỳ."
    ]
    for ind in plan.indicators:
        num, den = plan.element(ind.numerator).label, plan.element(ind.denominator).label
        notes.append(f"{ind.name} = {num} / {den} × 100%.")
    notes.append(
        f"Mã khóa của cơ quan giao: {signer_fingerprint}. Chương trình kiểm tra chữ ký số của "
        "tệp khi nhập."
    )
    for text in notes:
        row = layout.note(ws, row, text, ncols, size=11, height=16)


# Reading ---------------------------------------------------------------------------


def read_plan_file(path: Path, year: int | None, template: Plan) -> PlanFile:
    """A plan from one of our plan files (with who signed it), or from a plain appendix table
    typed by hand (signed by no one).

    `template` gives what a plain table does not carry (issuer, elements, indicators, period
    convention); `year` is needed when the table does not say "năm YYYY" above its header.
    """
    path = Path(path)
    with reading(path):
        if path.suffix.lower() == ".xlsx":
            wb = open_workbook(path)
            try:
                data = read_machine_sheet(wb, path)
                shown = (
                    list(sheet_rows(wb[VISIBLE_SHEET], path, MAX_VISIBLE_ROWS))
                    if data is not None and VISIBLE_SHEET in wb.sheetnames
                    else []
                )
            finally:
                wb.close()
            if data is not None:
                read = _from_machine(path, data)
                return _with_edits(read, shown, data.meta.get("written_on"), year)
        return PlanFile(_from_plain_table(path, read_rows(path), year, template), None, False)


def _from_machine(path: Path, data) -> PlanFile:
    if data.kind == "submission":
        raise FileRefused(
            f"Tệp {path.name} là tệp báo cáo của một đơn vị, không phải tệp kế hoạch. "
            "Hãy dùng chức năng nhập báo cáo cho tệp này."
        )
    if data.kind != KIND:
        raise FileRefused(f"Tệp {path.name} không phải là tệp kế hoạch.")
    version = data.meta.get("format_version")
    if not isinstance(version, int):
        raise FileRefused(f"Tệp kế hoạch {path.name} bị hỏng (thiếu phiên bản định dạng).")
    if version > PLAN_FILE_FORMAT:
        raise FileRefused(
            f"Tệp kế hoạch {path.name} được tạo bằng phiên bản mới hơn của chương trình. "
            "Hãy cập nhật chương trình rồi nhập lại."
        )
    try:
        plan = plan_from_dict(strict_json(str(data.meta.get("plan_json")), path))
    except PlanError as exc:
        raise FileRefused(f"Tệp kế hoạch {path.name} bị hỏng: {exc}") from exc
    if plan.digest() != data.meta.get("plan_digest"):
        raise FileRefused(
            f"Tệp kế hoạch {path.name} đã bị sửa hoặc bị hỏng (mã kiểm tra không khớp). "
            "Hãy xin lại tệp gốc từ cơ quan giao chỉ tiêu."
        )
    signer = data.meta.get("signer_public_key")
    signature = data.meta.get("signature")
    if signer is None and signature is None:
        return PlanFile(plan, None)  # written before files were signed
    if not is_public_key(signer) or not verify(
        str(signer), signature, SIGNATURE_PURPOSE, _signed_bytes(plan.year, plan.digest())
    ):
        raise FileRefused(
            f"Chữ ký số trong tệp kế hoạch {path.name} không đúng: tệp đã bị sửa sau khi ký, hoặc "
            "không phải do chương trình lập. Hãy xin lại tệp gốc từ cơ quan giao chỉ tiêu."
        )
    return PlanFile(plan, str(signer))


_YEAR = re.compile(r"n[aă]m\s+(20\d\d)", re.IGNORECASE)


def _column_kind(header: str) -> str | None:
    key = fold_key(header)
    if key in ("stt", "tt", "so tt"):
        return "stt"
    if key in ("ma don vi", "ma", "ma dv"):
        return "code"
    if "don vi" in key and "ty le" not in key:
        return "unit"
    if "so hoa" in key:
        return "digitization_target"
    if "truc tuyen" in key and ("giao" in key or "chi tieu" in key):
        return "online_target"
    if "truc tuyen" in key and "ty le" in key:
        return "online_baseline"
    if "so luong" in key or "tthc" in key or "thu tuc" in key:
        return "procedures"
    return None


_PERCENT = re.compile(r"^\d{1,4}(\.\d{1,8})?%?$")


def parse_percent(raw: object) -> Fraction | None:
    """40%, "40%", "40,5%", 0.4 (a cell formatted as percent), 40 -> an exact fraction.

    NaN, infinities, exponents ("1e400") and absurd sizes are refused before any Fraction sees
    them (ValueError)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise ValueError(raw)
    if isinstance(raw, int | float):
        if (isinstance(raw, float) and not math.isfinite(raw)) or not 0 <= raw <= 10_000:
            raise ValueError(raw)
        value = Fraction(Decimal(repr(raw) if isinstance(raw, float) else str(raw)))
        return value if value <= 1 else value / 100
    text = str(raw).strip().replace(" ", "").replace(",", ".")
    if not _PERCENT.match(text):
        raise ValueError(raw)
    percent = text.endswith("%")
    value = Fraction(Decimal(text.rstrip("%")))
    return value / 100 if percent or value > 1 else value


def _from_plain_table(
    path: Path, rows: list[list[object]], year: int | None, template: Plan
) -> Plan:
    header_at = None
    for i, row in enumerate(rows):
        kinds = [_column_kind(str(c)) if c is not None else None for c in row]
        if "unit" in kinds and "online_target" in kinds:
            header_at = i
            break
    if header_at is None:
        raise FileRefused(
            f"Không tìm thấy dòng tiêu đề của bảng trong tệp {path.name}. Bảng cần các cột: "
            "STT, Cơ quan/đơn vị, Số lượng TTHC, Giao chỉ tiêu số hóa, Tỷ lệ trực tuyến năm "
            "trước, Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến."
        )
    columns: dict[str, int] = {}
    for index, cell in enumerate(rows[header_at]):
        kind = _column_kind(str(cell)) if cell is not None else None
        if kind and kind not in columns:
            columns[kind] = index
    if year is None:
        above = " ".join(str(c) for r in rows[:header_at] for c in r if c is not None)
        found = _YEAR.findall(above) or _YEAR.findall(
            str(rows[header_at][columns["online_target"]])
        )
        if not found:
            raise FileRefused(
                f"Không xác định được năm của kế hoạch trong tệp {path.name}: hãy ghi "
                "«năm 2026» (ví dụ) ở tiêu đề phía trên bảng, hoặc chọn năm khi nhập."
            )
        year = int(found[-1])
    missing = [k for k in ("unit", "online_target", "digitization_target") if k not in columns]
    if missing:
        raise FileRefused(f"Bảng trong tệp {path.name} thiếu cột: {', '.join(missing)}.")
    problems: list[str] = []
    units: list[Unit] = []
    targets: dict[tuple[str, str], Fraction] = {}
    codes_seen: set[str] = set()
    for line, row in enumerate(rows[header_at + 1 :], start=header_at + 2):

        def cell(kind: str, row=row) -> object:
            i = columns.get(kind)
            return row[i] if i is not None and i < len(row) else None

        name = str(cell("unit") or "").strip()
        if not name:
            continue
        if fold_key(name).startswith(("ghi chu", "tong", "cong")):
            break
        given = str(cell("code") or "").strip().upper()
        code = given or unit_code(name)
        if not given:  # made from the name, and made unique: names may repeat, codes never
            made, n = code, 1
            while code in codes_seen:
                n += 1
                code = f"{made}-{n}"
        elif code in codes_seen:
            problems.append(f"dòng {line}: mã đơn vị {code} bị trùng với một dòng trên.")
        codes_seen.add(code)
        values: dict[str, Fraction | None] = {}
        for kind in ("online_target", "digitization_target", "online_baseline"):
            try:
                values[kind] = parse_percent(cell(kind))
            except ValueError:
                problems.append(
                    f"dòng {line}, {name}: «{cell(kind)}» không phải là tỷ lệ phần trăm."
                )
        procedures = cell("procedures")
        try:
            procedures = parse_count(procedures) or 0
        except CountError:
            problems.append(f"dòng {line}, {name}: số thủ tục «{procedures}» không phải là số.")
            procedures = 0
        for kind in ("online_target", "digitization_target"):
            if kind in values and values[kind] is None:
                problems.append(f"dòng {line}, {name}: thiếu chỉ tiêu giao.")
        if not code:
            problems.append(f"dòng {line}: tên đơn vị «{name}» không hợp lệ.")
            continue
        baseline = values.get("online_baseline")
        units.append(
            Unit(
                code,
                name,
                unit_kind(name),
                int(procedures),
                {"online_rate": baseline} if baseline is not None else {},
            )
        )
        targets[(code, "online_rate")] = values.get("online_target") or Fraction(0)
        targets[(code, "result_digitization_rate")] = values.get("digitization_target") or Fraction(
            0
        )
    if not units and not problems:
        problems.append("bảng không có đơn vị nào.")
    if problems:
        raise FileRefused(f"Bảng kế hoạch trong tệp {path.name} có lỗi:", problems)
    texts = [str(c).strip() for r in rows[:header_at] for c in r if isinstance(c, str)]
    title = max(texts, key=len) if texts else f"Giao chỉ tiêu năm {year}"
    issuer = template.issuer
    if template.year != year:  # the template's decision is not this year's
        issuer = replace(issuer, decision_number="", decision_date=None)
    try:
        return replace(
            template, year=year, title=title, issuer=issuer, units=tuple(units), targets=targets
        )
    except PlanError as exc:
        raise FileRefused(f"Bảng kế hoạch trong tệp {path.name} có lỗi: {exc}") from exc


# An edited printed sheet ---------------------------------------------------------------


def _cell_name(key: tuple[int, int]) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(key[1])}{key[0]}"


def _shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return "" if value is None else str(value)


def _shown_rate(value: object) -> str:
    """A rate's cell as the sheet shows it (0.45 in a percent cell: 45%)."""
    try:
        rate = parse_percent(value)
    except ValueError:
        return _shown(value)
    return "" if rate is None else format_percent(rate)


def _normal(value: object) -> object:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _with_edits(read: PlanFile, rows: list, written_on: object, year: int | None) -> PlanFile:
    """Compare the printed sheet with a fresh drawing of the file's own plan. Where the two
    differ, list each difference, and read the plan the sheet now shows: units' names,
    procedures, baselines and targets in the table, and the year in the title."""
    plan = read.plan
    try:
        when = date.fromisoformat(str(written_on))
    except ValueError:
        return read  # written before the sheet could be drawn again: only its data counts
    page = layout.ValueSheet()
    _draw(page, plan, when, fingerprint_of(read.signer))
    expected = {k: _normal(v) for k, v in page.values.items() if v not in ("", None)}
    shown = {
        (r, c): _normal(v)
        for r, row in enumerate(rows, start=1)
        for c, v in enumerate(row, start=1)
        if v not in ("", None)
    }
    header_row = next(r for (r, c), v in expected.items() if c == 1 and v == "STT")
    columns = ["stt", "code", "name", *(f"{kind}:{key}" for _, kind, key in _columns(plan))]
    edits: list[str] = []
    units = {u.code: u for u in plan.units}
    targets = dict(plan.targets)
    new_year = year if year is not None and year != plan.year else plan.year
    if new_year != plan.year:
        edits.append(f"Năm của kế hoạch: {plan.year} → {new_year} (theo lựa chọn khi nhập).")
    for key in sorted(set(expected) | set(shown)):
        before, after = expected.get(key), shown.get(key)
        if before == after:
            continue
        r, c = key
        index = r - header_row - 1
        if 0 <= index < len(plan.units) and c <= len(columns):
            unit = plan.units[index]
            what = columns[c - 1]
            show = _shown_rate if what.startswith(("target:", "baseline:")) else _shown
            line = (
                f"{unit.name} ({unit.code}), ô {_cell_name(key)}: "
                f"«{show(before)}» → «{show(after)}»"
            )
            if what == "name" and isinstance(after, str) and after.strip():
                units[unit.code] = replace(units[unit.code], name=after.strip())
            elif what == "procedures":
                try:
                    units[unit.code] = replace(units[unit.code], procedures=parse_count(after) or 0)
                except CountError:
                    line += " (không phải là số: không áp dụng)"
            elif what.startswith(("target:", "baseline:")):
                kind, _, code = what.partition(":")
                try:
                    value = parse_percent(after)
                except ValueError:
                    value = None
                    line += " (không phải là tỷ lệ: không áp dụng)"
                if kind == "target" and value is not None:
                    targets[(unit.code, code)] = value
                elif kind == "baseline":
                    baselines = dict(units[unit.code].baselines)
                    if value is None:
                        baselines.pop(code, None)
                    else:
                        baselines[code] = value
                    units[unit.code] = replace(units[unit.code], baselines=baselines)
            else:
                line += " (không áp dụng: sửa trong chương trình)"
            edits.append(line)
            continue
        found = _YEAR.findall(after) if isinstance(after, str) and r < header_row else []
        if found and int(found[-1]) != plan.year and year is None:
            if new_year == plan.year:
                edits.append(f"Năm của kế hoạch: {plan.year} → {found[-1]}.")
            new_year = int(found[-1])
            continue
        if r <= header_row and isinstance(before, str) and isinstance(after, str):
            if before.replace(str(plan.year), str(new_year)) == after:
                continue  # the year, changed in a heading too
        edits.append(
            f"Ô {_cell_name(key)}: «{_shown(before)}» → «{_shown(after)}» "
            "(không áp dụng: sửa trong chương trình)"
        )
    if not edits:
        return read
    edited = None
    try:
        edited = replace(
            plan,
            year=new_year,
            title=plan.title.replace(str(plan.year), str(new_year)),
            revision=plan.revision if new_year == plan.year else 1,
            issuer=plan.issuer
            if new_year == plan.year
            else replace(plan.issuer, decision_number="", decision_date=None),
            units=tuple(units[u.code] for u in plan.units),
            targets=targets,
        )
    except PlanError as exc:
        edits.append(f"Kế hoạch theo trang đã sửa không hợp lệ: {exc}")
    return replace(read, edits=tuple(edits), edited=edited)


def fingerprint_of(public_key: str | None) -> str:
    from lak_desktop.exchange.signing import fingerprint

    return fingerprint(public_key) if public_key else ""
