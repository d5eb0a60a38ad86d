"""The submission file: one unit, one reporting month, every month of the year up to it.

A visible sheet printable in the Decree 30 layout, and a very-hidden machine sheet with the
figures and two SHA-256 digests: one over the canonical figures and identity, one over the
visible sheet, so that a file edited by hand or damaged is refused on import. The installation
that wrote the file signs the same canonical bytes with its Ed25519 key (exchange.signing): a
digest anyone can recompute, a signature only the key's holder can make.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from lak_desktop.core.attainment import (
    STATUS_LABELS,
    month_note,
    totals,
    unit_attainment,
)
from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.core.formatting import format_date
from lak_desktop.core.periods import month_range, range_through
from lak_desktop.core.plan import Plan, PlanError, plan_from_dict, plan_to_dict, unit_plan
from lak_desktop.core.text import place_name, slug
from lak_desktop.core.validation import validate_batch
from lak_desktop.exchange import layout
from lak_desktop.exchange.limits import (
    FileRefused,
    open_workbook,
    reading,
    sheet_rows,
    strict_json,
)
from lak_desktop.exchange.machine_sheet import read_machine_sheet, write_machine_sheet
from lak_desktop.exchange.signing import Signer, fingerprint, is_public_key, verify

KIND = "submission"
SUBMISSION_FORMAT = 2  # 2: signed; the canonical bytes name the signer's public key
SIGNATURE_PURPOSE = "submission"
VISIBLE_SHEET = "Báo cáo"
MAX_VISIBLE_ROWS = 1_000  # a year's sheet has about forty
# How the printed sheet is drawn (not part of the digest). 2: months that are empty or lack a
# figure are marked in the note column; layout 1 belonged to the unsigned files of format 1.
LAYOUT_VERSION = 2


@dataclass(frozen=True)
class Submission:
    plan_year: int
    plan_digest: str
    unit_code: str
    through_month: int
    revision: int
    created_at: str  # ISO 8601 with time zone
    app_version: str
    figures: tuple[MonthlyFigures, ...]  # months 1..through_month, every one present
    signer: str = ""  # the signing installation's public key, 64 hex digits
    plan_revision: int = 1
    # The plan as the unit had it, its own part only (core.plan.unit_plan), as canonical JSON:
    # what its printed page was drawn from.
    unit_plan: str = ""

    def payload(self, visible_sha256: str) -> bytes:
        """The canonical bytes the figures digest is taken over."""
        body = {
            "format": SUBMISSION_FORMAT,
            "plan_year": self.plan_year,
            "plan_digest": self.plan_digest,
            "plan_revision": self.plan_revision,
            "unit_plan": self.unit_plan,
            "unit_code": self.unit_code,
            "through_month": self.through_month,
            "revision": self.revision,
            "created_at": self.created_at,
            "visible_sha256": visible_sha256,
            "signer": self.signer,
            "figures": [
                {"month": f.month, "values": dict(sorted(f.values.items())), "note": f.note}
                for f in self.figures
            ],
        }
        return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def complete_months(
    unit_code: str, year: int, through_month: int, stored: list[MonthlyFigures]
) -> tuple[MonthlyFigures, ...]:
    """Months 1..through_month of a unit, an empty month where nothing was stored."""
    by_month = {f.month: f for f in stored if f.unit_code == unit_code and f.year == year}
    return tuple(
        by_month.get(m, MonthlyFigures(unit_code, year, m)) for m in range(1, through_month + 1)
    )


def file_name(plan: Plan, unit_code: str, through_month: int, revision: int) -> str:
    """LAK_<year>-<MM>_<unitcode>_<ascii-name>_r<revision>.xlsx: ASCII, safe for e-mail and USB."""
    name = slug(plan.unit(unit_code).name) or "don-vi"
    code = "".join(c for c in unit_code if c.isascii() and (c.isalnum() or c in "-"))
    return f"LAK_{plan.year}-{through_month:02d}_{code}_{name}_r{revision}.xlsx"


# Writing ---------------------------------------------------------------------------


def write_submission(
    plan: Plan, sub: Submission, out_dir: Path, today: date, signer: Signer
) -> Path:
    """Write the file under its final name, through a temporary file; never overwrite one.
    `signer` (the installation's key, named in `sub.signer`) signs it."""
    if sub.signer != signer.public_key:
        raise ValueError("the submission names another signer than the one signing it")
    sub = replace(sub, plan_revision=plan.revision, unit_plan=unit_plan_text(plan, sub.unit_code))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / file_name(plan, sub.unit_code, sub.through_month, sub.revision)
    wb, ws = layout.new_workbook(target, VISIBLE_SHEET)
    draw_visible_sheet(ws, plan, sub, today)
    visible = visible_digest(ws.iter_rows(values_only=True))
    payload = sub.payload(visible)
    digest = hashlib.sha256(payload).hexdigest()
    elements = plan.element_codes
    write_machine_sheet(
        wb,
        KIND,
        [
            ("format_version", SUBMISSION_FORMAT),
            ("plan_year", sub.plan_year),
            ("plan_digest", sub.plan_digest),
            ("plan_revision", sub.plan_revision),
            ("unit_plan", sub.unit_plan),
            ("unit_code", sub.unit_code),
            ("unit_name", plan.unit(sub.unit_code).name),
            ("through_month", sub.through_month),
            ("revision", sub.revision),
            ("created_at", sub.created_at),
            ("app_version", sub.app_version),
            ("visible_sha256", visible),
            ("figures_sha256", digest),
            ("layout_version", LAYOUT_VERSION),
            ("signer_public_key", sub.signer),
            ("signature", signer.sign(SIGNATURE_PURPOSE, payload)),
        ],
        ["month", *elements, "note"],
        [[f.month, *(f.values.get(c) for c in elements), f.note] for f in sub.figures],
    )
    layout.atomic_save(wb, target)
    return target


def draw_visible_sheet(ws, plan: Plan, sub: Submission, today: date) -> None:
    unit = plan.unit(sub.unit_code)
    elements = plan.elements
    ncols = max(8, 4 + len(elements))
    left = 3
    layout.setup_page(ws)
    layout.column_widths(
        ws, [7, 11.5, 11.5] + [12.5] * len(elements) + [16] * (ncols - 3 - len(elements))
    )
    row = layout.document_header(ws, unit.name, plan.issuer.name, ncols, left)
    row = layout.date_line(ws, row, place_name(unit.name), today, ncols, left)
    first, last = range_through(plan.year, sub.through_month, plan.period_convention)
    m_first, m_last = month_range(plan.year, sub.through_month, plan.period_convention)
    row = layout.title(
        ws,
        row,
        [
            "BÁO CÁO",
            "Kết quả thực hiện chỉ tiêu hồ sơ trực tuyến và số hóa kết quả giải quyết TTHC",
            f"Tháng {sub.through_month} năm {plan.year}: từ ngày {format_date(m_first)} "
            f"đến ngày {format_date(m_last)}",
            f"(Lũy kế từ ngày {format_date(first)} đến ngày {format_date(last)})",
        ],
        ncols,
    )
    layout.put(ws, row, 1, "I. SỐ LIỆU TỪNG THÁNG", bold=True, span=ncols)
    row += 1
    note_span = ncols - 3 - len(elements)
    headers = ["Tháng", "Từ ngày", "Đến ngày", *(e.label for e in elements), "Ghi chú"]
    row = layout.table_header(ws, row, headers)
    if note_span > 1:
        layout.merge(ws, row - 1, ncols - note_span + 1, row - 1, ncols)
    count_formats = [layout.COUNT_FORMAT] * len(elements)
    ytd = totals(plan, sub.figures, sub.through_month, [sub.unit_code])[sub.unit_code]
    for fig in sub.figures:
        a, b = month_range(plan.year, fig.month, plan.period_convention)
        values = [fig.values.get(e.code) for e in elements]
        row = layout.table_row(
            ws,
            row,
            [fig.month, format_date(a), format_date(b), *values, month_note(plan, fig)],
            [None, None, None, *count_formats, None],
            text_cols=0,
        )
        _left_note(ws, row - 1, ncols - note_span + 1, note_span)
    row = layout.table_row(
        ws,
        row,
        ["Lũy kế", None, None, *(ytd[e.code] for e in elements), None],
        [None, None, None, *count_formats, None],
        bold=True,
        text_cols=0,
    )
    _left_note(ws, row - 1, ncols - note_span + 1, note_span)
    row += 1
    layout.put(ws, row, 1, "II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU (LŨY KẾ)", bold=True, span=ncols)
    row += 1
    row = layout.table_header(
        ws,
        row,
        [
            "Chỉ tiêu",
            "",
            "Tử số",
            "Mẫu số",
            "Tỷ lệ",
            "Chỉ tiêu giao",
            "Đánh giá",
            "Còn thiếu (hồ sơ)",
        ],
        height=34,
    )
    layout.merge(ws, row - 1, 1, row - 1, 2)
    att = unit_attainment(plan, sub.unit_code, list(sub.figures), sub.through_month)
    for ind in plan.indicators:
        a = att.indicators[ind.code]
        counted = att.counted(ind.code)  # without a month counted: blank, not 0
        row = layout.table_row(
            ws,
            row,
            [
                ind.name,
                None,
                a.numerator if counted else None,
                a.denominator if counted else None,
                layout.rate_cell_value(a.rate),
                float(a.target),
                STATUS_LABELS[a.status],
                a.shortfall if a.rate is not None else None,
            ],
            [
                None,
                None,
                layout.COUNT_FORMAT,
                layout.COUNT_FORMAT,
                layout.RATE_FORMAT,
                layout.percent_format(float(a.target)),
                None,
                layout.COUNT_FORMAT,
            ],
            text_cols=2,
        )
        layout.merge(ws, row - 1, 1, row - 1, 2)
        ws.row_dimensions[row - 1].height = 32
    row += 1
    row = layout.note(
        ws,
        row,
        "Tỷ lệ = Tử số / Mẫu số, cộng dồn từ tháng 1. Còn thiếu: số hồ sơ lẽ ra phải đạt thêm "
        "để đạt chỉ tiêu trên số hồ sơ đến nay.",
        ncols,
        size=11,
        height=30,
    )
    row += 1
    row = layout.signature_block(
        ws,
        row,
        ncols,
        left,
        "NGƯỜI LẬP BIỂU",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        key_line=f"Mã khóa: {fingerprint(sub.signer)}" if sub.signer else "",
    )
    created = datetime.fromisoformat(sub.created_at)
    layout.put(
        ws,
        row,
        1,
        f"Tệp lập bằng lak_desktop {sub.app_version} lúc {created:%H:%M} {format_date(created)}, "
        f"lần xuất {sub.revision}. Không sửa tệp này: nơi nhận sẽ từ chối tệp đã bị sửa.",
        size=9,
        italic=True,
        span=ncols,
    )


def _left_note(ws, row: int, col: int, span: int) -> None:
    """The row's note across its `span` columns, wrapped, the row as tall as it needs (a
    month that lacks figures names them)."""
    if span > 1:
        layout.merge(ws, row, col, row, col + span - 1)
    cell = ws.cell(row=row, column=col)
    cell.alignment = layout.alignment("left", True)
    layout.fit_height(ws, row, [(col, span, cell.value)])


def visible_digest(rows) -> str:
    """SHA-256 over the visible sheet's cell values, position by position."""
    return _cells_digest(_cells(rows))


def _cells_digest(cells: dict[tuple[int, int], object]) -> str:
    text = "".join(f"{r},{c}\t{type(v).__name__}\t{v}\n" for (r, c), v in cells.items())
    return hashlib.sha256(text.encode()).hexdigest()


# Reading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadSubmission:
    submission: Submission
    plan: Plan  # the office's plan of that year, which the figures are measured against
    content: bytes
    plan_note: str = ""  # set when the unit worked under another revision of the plan


def _damaged(path: Path, what: str) -> FileRefused:
    return FileRefused(
        f"Tệp {path.name} bị hỏng hoặc đã bị sửa ({what}). "
        "Hãy đề nghị đơn vị xuất lại tệp từ chương trình và gửi lại."
    )


def read_submission(path: Path, plan_for_year: Callable[[int], Plan | None]) -> ReadSubmission:
    """Check a submission file through and through; FileRefused says why it is not accepted."""
    path = Path(path)
    with reading(path):
        return _read_submission(path, plan_for_year)


def _read_submission(path: Path, plan_for_year: Callable[[int], Plan | None]) -> ReadSubmission:
    wb = open_workbook(path)
    try:
        data = read_machine_sheet(wb, path)
        if data is None:
            raise FileRefused(
                f"Tệp {path.name} không phải là tệp báo cáo do chương trình xuất ra "
                "(không có phần dữ liệu của chương trình)."
            )
        if data.kind == "plan":
            raise FileRefused(
                f"Tệp {path.name} là tệp kế hoạch, không phải tệp báo cáo của đơn vị. "
                "Hãy dùng chức năng nhập kế hoạch cho tệp này."
            )
        if data.kind != KIND:
            raise FileRefused(f"Tệp {path.name} không phải là tệp báo cáo của đơn vị.")
        meta = data.meta
        version = meta.get("format_version")
        if not isinstance(version, int):
            raise _damaged(path, "thiếu phiên bản định dạng")
        if version > SUBMISSION_FORMAT:
            raise FileRefused(
                f"Tệp {path.name} được tạo bằng phiên bản mới hơn của chương trình "
                f"(định dạng {version}). Hãy cập nhật chương trình rồi nhập lại."
            )
        if version < SUBMISSION_FORMAT or "signature" not in meta:
            raise FileRefused(
                f"Tệp {path.name} không có chữ ký số của máy đã lập tệp (tệp của phiên bản cũ, "
                "hoặc chữ ký đã bị xóa), nên không biết chắc ai đã lập. Hãy đề nghị đơn vị cập "
                "nhật chương trình rồi xuất lại báo cáo."
            )
        _check_layout(path, meta.get("layout_version"))
        signer = meta.get("signer_public_key")
        if not is_public_key(signer):
            raise _damaged(path, "khóa của người ký không hợp lệ")
        ints = {}
        for key in ("plan_year", "through_month", "revision", "plan_revision"):
            value = meta.get(key)
            if not isinstance(value, int) or isinstance(value, bool):
                raise _damaged(path, f"trường {key} không hợp lệ")
            ints[key] = value
        texts = {}
        for key in (
            "plan_digest",
            "unit_code",
            "created_at",
            "visible_sha256",
            "figures_sha256",
            "unit_plan",
        ):
            value = meta.get(key)
            if not isinstance(value, str) or not value:
                raise _damaged(path, f"trường {key} không hợp lệ")
            texts[key] = value
        year, through = ints["plan_year"], ints["through_month"]
        if (
            not 1 <= through <= 12
            or not 1 <= ints["revision"] <= 999_999
            or not 0 <= ints["plan_revision"] <= 999  # a plan's revisions end at 999
        ):
            raise _damaged(path, "tháng hoặc lần xuất không hợp lệ")
        figures = _figures(path, data.header, data.rows, texts["unit_code"], year, through)
        visible_rows = (
            list(sheet_rows(wb[VISIBLE_SHEET], path, MAX_VISIBLE_ROWS))
            if VISIBLE_SHEET in wb.sheetnames
            else []
        )
        shown = _cells(visible_rows)  # the printed sheet's cells: digested, then compared
        visible = _cells_digest(shown) if visible_rows else ""
    finally:
        wb.close()
    sub = Submission(
        plan_year=year,
        plan_digest=texts["plan_digest"],
        unit_code=texts["unit_code"],
        through_month=through,
        revision=ints["revision"],
        created_at=texts["created_at"],
        app_version=str(meta.get("app_version") or ""),
        figures=figures,
        signer=str(signer),
        plan_revision=ints["plan_revision"],
        unit_plan=texts["unit_plan"],
    )
    payload = sub.payload(texts["visible_sha256"])
    if hashlib.sha256(payload).hexdigest() != texts["figures_sha256"]:
        raise _damaged(path, "mã kiểm tra số liệu không khớp")
    if visible != texts["visible_sha256"]:
        raise FileRefused(
            f"Trang báo cáo trong tệp {path.name} đã bị sửa sau khi xuất từ chương trình. "
            "Số liệu phải được sửa trong chương trình rồi xuất lại; hãy đề nghị đơn vị gửi lại tệp."
        )
    if not verify(sub.signer, meta.get("signature"), SIGNATURE_PURPOSE, payload):
        raise FileRefused(
            f"Chữ ký số trong tệp {path.name} không đúng: tệp đã bị sửa sau khi ký, hoặc chữ ký "
            "không phải của khóa ghi trong tệp. Không nhận tệp này; hãy đề nghị đơn vị xuất lại "
            "tệp từ chương trình và gửi lại."
        )
    try:
        own = plan_from_dict(strict_json(sub.unit_plan, path))
    except PlanError as exc:
        raise _damaged(path, "kế hoạch của đơn vị trong tệp không hợp lệ") from exc
    if (
        own.year != year
        or [u.code for u in own.units] != [sub.unit_code]
        or tuple(data.header[1:-1]) != own.element_codes
    ):
        raise _damaged(path, "kế hoạch của đơn vị không khớp với số liệu")
    plan = plan_for_year(year)
    if plan is None:
        raise FileRefused(
            f"Tệp {path.name} là báo cáo năm {year}, nhưng chương trình chưa có kế hoạch năm "
            f"{year}. Hãy kiểm tra lại tệp, hoặc nhập kế hoạch năm {year} trước."
        )
    if not plan.has_unit(sub.unit_code):
        raise FileRefused(
            f"Tệp {path.name} của đơn vị mã «{sub.unit_code}», không có trong kế hoạch năm {year}."
        )
    unknown = [c for c in own.element_codes if c not in plan.element_codes]
    if unknown:
        raise FileRefused(
            f"Tệp {path.name} có số liệu {', '.join(unknown)} không có trong kế hoạch năm {year} "
            "đang dùng ở đây. Hãy kiểm tra tệp là của kế hoạch này, hoặc gửi lại tệp kế hoạch cho "
            "đơn vị để đơn vị nhập rồi xuất lại báo cáo."
        )
    problems = validate_batch(plan, [(f, None) for f in figures])
    if problems:
        raise FileRefused(
            f"Số liệu trong tệp {path.name} không hợp lệ:", [p.message for p in problems]
        )
    check_printed_sheet(path, shown, own, sub)
    return ReadSubmission(sub, plan, path.read_bytes(), _plan_note(sub, plan))


def _plan_note(sub: Submission, plan: Plan) -> str:
    """What the office should know when the unit worked under another revision of the plan:
    its figures count all the same, measured against the office's plan."""
    if sub.plan_digest == plan.digest():
        return ""
    if sub.plan_revision < plan.revision:
        which = f"bản lần {sub.plan_revision}, cũ hơn bản lần {plan.revision} đang dùng ở đây"
    else:
        which = f"bản lần {sub.plan_revision}, khác với bản lần {plan.revision} đang dùng ở đây"
    return (
        f"Đơn vị lập tệp theo kế hoạch năm {plan.year} {which}. Số liệu vẫn được nhận và tính "
        "theo kế hoạch đang dùng; hãy gửi tệp kế hoạch mới cho đơn vị."
    )


def _cells(rows) -> dict[tuple[int, int], object]:
    """Every non-empty cell by (row, column), row by row; a whole float as the int it is."""
    return {
        (r, c): _normal(value)
        for r, row in enumerate(rows, start=1)
        for c, value in enumerate(row, start=1)
        if value is not None and value != ""
    }


def _normal(value: object) -> object:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def check_printed_sheet(
    path: Path, shown: dict[tuple[int, int], object], plan: Plan, sub: Submission
) -> None:
    """The sheet the commune printed, signed and stamped says what the data says: the sheet is
    drawn again from the file's figures and compared cell by cell with `shown` (its cells, as
    `_cells` reads them). A file whose data was changed (and its digest recomputed) while the
    printed sheet was left alone is refused."""
    page = layout.ValueSheet()
    draw_visible_sheet(page, plan, sub, datetime.fromisoformat(sub.created_at).date())
    expected = {key: _normal(value) for key, value in page.values.items() if value != ""}
    if shown == expected:
        return
    for key in sorted(set(expected) | set(shown)):  # the first cell that differs, to name it
        if expected.get(key) != shown.get(key):
            from openpyxl.utils import get_column_letter

            cell = f"{get_column_letter(key[1])}{key[0]}"
            raise FileRefused(
                f"Trong tệp {path.name}, trang «{VISIBLE_SHEET}» ô {cell} ghi "
                f"«{shown.get(key, '')}», nhưng phần số liệu của tệp là «{expected.get(key, '')}». "
                "Trang in và số liệu không khớp nhau: tệp đã bị sửa. Hãy đề nghị đơn vị xuất lại "
                "tệp từ chương trình và gửi lại."
            )


def _check_layout(path: Path, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < LAYOUT_VERSION:
        raise _damaged(path, "phiên bản trang in không hợp lệ")
    if value > LAYOUT_VERSION:
        raise FileRefused(
            f"Tệp {path.name} được tạo bằng phiên bản mới hơn của chương trình. "
            "Hãy cập nhật chương trình rồi nhập lại."
        )


def _figures(
    path: Path, header: tuple[str, ...], rows, unit_code: str, year: int, through: int
) -> tuple[MonthlyFigures, ...]:
    if not header or header[0] != "month" or header[-1] != "note":
        raise _damaged(path, "bảng số liệu không đúng dạng")
    elements = header[1:-1]
    figures = []
    problems = []
    for row in rows:
        if all(c is None for c in row):
            continue
        row = tuple(row) + (None,) * (len(header) - len(row))
        month = row[0]
        if not isinstance(month, int) or isinstance(month, bool):
            raise _damaged(path, "cột tháng không phải là số")
        values = {}
        for code, raw in zip(elements, row[1:-1], strict=True):
            if raw is None:
                continue
            if isinstance(raw, bool) or not isinstance(raw, int | float):
                shown = str(raw)
                kind = "công thức" if shown.startswith("=") else "chữ"
                problems.append(f"tháng {month}, {code}: ô chứa {kind} «{shown}» ở chỗ phải là số")
                continue
            if isinstance(raw, float):
                if not raw.is_integer():
                    problems.append(f"tháng {month}, {code}: «{raw}» không phải số nguyên")
                    continue
                raw = int(raw)
            values[code] = raw
        note = row[-1]
        figures.append(
            MonthlyFigures(unit_code, year, month, values, "" if note is None else str(note))
        )
    if problems:
        raise FileRefused(f"Tệp {path.name} có ô không phải là số:", problems)
    if [f.month for f in figures] != list(range(1, through + 1)):
        raise _damaged(path, "danh sách tháng không đầy đủ")
    return tuple(figures)


def unit_plan_text(plan: Plan, unit_code: str) -> str:
    """The unit's part of the plan as a submission file carries it (canonical JSON)."""
    return json.dumps(
        plan_to_dict(unit_plan(plan, unit_code)),
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
