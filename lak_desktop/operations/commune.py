"""The commune's jobs: enter the monthly figures, check them, and send the submission file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lak_desktop.core.attainment import month_gaps
from lak_desktop.core.figures import CountError, MonthlyFigures, parse_count
from lak_desktop.core.plan import Plan, carried_into
from lak_desktop.core.validation import Problem, validate_batch, validate_figures
from lak_desktop.operations.common import (
    InputError,
    ensure_plan,
    local_now,
    plan_for,
    require_unit,
    write_out,
)
from lak_desktop.operations.keys import installation_signer
from lak_desktop.storage import Repository
from lak_desktop.storage.repository import ExportRecord


def stored_month(repo: Repository, plan: Plan, unit_code: str, month: int) -> MonthlyFigures:
    """What the database holds for the month; an empty month (to be refused by validation)
    when the unit or month is not in the plan."""
    if plan.has_unit(unit_code) and 1 <= month <= 12:
        return repo.month_figures(unit_code, plan.year, month)
    return MonthlyFigures(unit_code, plan.year, month)


def check_figures(
    repo: Repository,
    plan: Plan,
    unit_code: str,
    month: int,
    values: Mapping[str, int | None],
    note: str | None = None,
) -> tuple[MonthlyFigures, MonthlyFigures]:
    """(before, after) for laying `values` over the stored month; InputError when refused."""
    before = stored_month(repo, plan, unit_code, month)
    after = before.merged(values, note)
    problems = validate_figures(plan, after)
    if problems:
        raise InputError(problems)
    return before, after


def set_figures(
    repo: Repository,
    unit_code: str,
    year: int,
    month: int,
    values: Mapping[str, int | None],
    note: str | None = None,
    source: str = "cli",
) -> MonthlyFigures:
    """Lay `values` over what the month holds (None clears an element), check, and save."""
    _, after = check_figures(repo, plan_for(repo, year), unit_code, month, values, note)
    repo.save_figures([after], source)
    return after


@dataclass(frozen=True)
class ImportSummary:
    rows: int
    changed: int


def import_figures(repo: Repository, path: Path | str) -> ImportSummary:
    """Import a CSV/XLSX table of figures. The whole file is checked before anything is saved.

    An empty cell keeps the value already stored for that month.
    """
    from lak_desktop.exchange.tables import KEY_COLUMNS, NOTE_COLUMN, read_table

    path = Path(path)
    table = read_table(path)
    ensure_plan(repo)
    problems: list[Problem] = []

    def report(text: str, row: int | None = None) -> None:
        problems.append(Problem(text, row=row, source=path.name))

    missing = [c for c in KEY_COLUMNS if c not in table.header]
    if missing:
        report(
            f"thiếu cột {', '.join(missing)}. Dòng đầu phải là: unit_code,year,month, rồi mã các "
            "chỉ số (ví dụ received_total,received_online,resolved_total,results_digitized)."
        )
        raise InputError(problems)
    seen_columns: set[str] = set()
    for name in table.header:
        if name in seen_columns and name:
            report(f"cột «{name}» xuất hiện hai lần.")
        seen_columns.add(name)

    plans: dict[int, Plan | None] = {}
    batch: list[tuple[Plan, MonthlyFigures, int]] = []
    for row in table.rows:
        keys: dict[str, int] = {}
        for column in ("year", "month"):
            try:
                value = parse_count(row.cells.get(column))
            except CountError as exc:
                report(f"cột {column}: {exc}", row.line)
                continue
            if value is None:
                report(f"cột {column} đang trống.", row.line)
                continue
            keys[column] = value
        unit_code = str(row.cells.get("unit_code") or "").strip()
        if not unit_code:
            report("cột unit_code đang trống.", row.line)
        if len(keys) < 2 or not unit_code:
            continue
        year, month = keys["year"], keys["month"]
        if year not in plans:
            plans[year] = repo.load_plan(year)
        plan = plans[year]
        if plan is None:
            report(f"chưa có kế hoạch năm {year} trong chương trình.", row.line)
            continue
        values: dict[str, int] = {}
        for column, raw in row.cells.items():
            if column in KEY_COLUMNS or column == NOTE_COLUMN:
                continue
            if column not in plan.element_codes:
                report(f"cột «{column}» không phải mã chỉ số của kế hoạch năm {year}.", row.line)
                continue
            try:
                value = parse_count(raw)
            except CountError as exc:
                label = plan.element(column).label
                report(f"{unit_code}, tháng {month}, «{label}»: {exc}", row.line)
                continue
            if value is not None:
                values[column] = value
        note = row.cells.get(NOTE_COLUMN)
        note_text = None if note is None else str(note).strip()
        stored = stored_month(repo, plan, unit_code, month)
        batch.append((plan, stored.merged(values, note_text), row.line))

    by_plan: dict[int, list[tuple[MonthlyFigures, int | None]]] = {}
    for plan, fig, line in batch:
        by_plan.setdefault(plan.year, []).append((fig, line))
    for year, items in by_plan.items():
        plan = plans[year]
        assert plan is not None
        for p in validate_batch(plan, items):
            problems.append(Problem(p.message, p.unit_code, p.month, p.field, p.row, path.name))
    if problems:
        problems.sort(key=lambda p: p.row or 0)
        raise InputError(problems)
    repo.backup("before-import")
    changed = repo.save_figures([fig for _, fig, _ in batch], f"import:{path.name}")
    return ImportSummary(rows=len(batch), changed=changed)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    revision: int
    empty_months: tuple[int, ...]  # months with no figure at all
    incomplete_months: tuple[int, ...]  # months with some figures but not all an indicator needs


def month_problems(plan: Plan, months) -> tuple[tuple[int, ...], tuple[int, ...], list[str]]:
    """(empty months, incomplete months, a line for each) of the months a file would carry."""
    empty, incomplete, lines = [], [], []
    for fig in months:
        if not plan.unit(fig.unit_code).active_in(fig.month):
            continue  # before the unit was formed, or after it was merged: nothing is due
        gaps = month_gaps(plan, fig)
        if gaps == []:
            empty.append(fig.month)
            lines.append(f"Tháng {fig.month}: chưa có số liệu.")
        elif gaps:
            incomplete.append(fig.month)
            labels = ", ".join(f"«{plan.element(c).label}»" for c in gaps)
            lines.append(f"Tháng {fig.month}: chưa đủ số liệu, còn trống {labels}.")
    return tuple(empty), tuple(incomplete), lines


def export_submission(
    repo: Repository,
    unit_code: str,
    year: int,
    month: int,
    out_dir: Path | str,
    now: datetime | None = None,
    allow_incomplete: bool = False,
) -> ExportResult:
    """Write the unit's submission file for `month` (carrying months 1..month) into `out_dir`.

    Months that are empty or lack a figure are refused (InputError listing them) unless
    `allow_incomplete`; the file then marks them, and they count for nothing."""
    from lak_desktop import __version__
    from lak_desktop.exchange.submission import (
        Submission,
        complete_months,
        file_name,
        write_submission,
    )

    plan = plan_for(repo, year)
    require_unit(plan, unit_code)
    if plan.provisional:
        raise InputError(
            f"Chưa có kế hoạch năm {year} của cơ quan giao chỉ tiêu, nên chưa gửi báo cáo được. "
            "Số liệu đã nhập được giữ nguyên; khi nhận được tệp kế hoạch, hãy nhập tệp đó rồi "
            "gửi báo cáo."
        )
    if not 1 <= month <= 12:
        raise InputError(f"Tháng phải từ 1 đến 12, không phải {month}.")
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir} không phải là thư mục.")
    now = now or local_now()
    signer = installation_signer(repo)
    months = complete_months(unit_code, year, month, repo.figures(year, unit_code))
    empty, incomplete, lines = month_problems(plan, months)
    if lines and not allow_incomplete:
        raise InputError(
            [Problem(line) for line in lines]
            + [
                Problem(
                    "Hãy nhập đủ số liệu các tháng này, hoặc chọn tháng trước đó. Nếu vẫn muốn "
                    "gửi, hãy xuất với --allow-incomplete: tệp sẽ ghi rõ các tháng này và chúng "
                    "không được tính vào tỷ lệ."
                )
            ]
        )
    revision = repo.next_export_revision(year, unit_code, month)
    while (out_dir / file_name(plan, unit_code, month, revision)).exists():
        revision += 1  # a file of that name is already there: never overwrite it
    sub = Submission(
        plan_year=year,
        plan_digest=plan.digest(),
        unit_code=unit_code,
        through_month=month,
        revision=revision,
        created_at=now.isoformat(),
        app_version=__version__,
        figures=months,
        signer=signer.public_key,
    )
    path = write_out(out_dir, lambda: write_submission(plan, sub, out_dir, now.date(), signer))
    repo.record_export(
        ExportRecord(year, unit_code, month, revision, now.isoformat(), path.name, list(months))
    )
    return ExportResult(path, revision, empty, incomplete)


@dataclass(frozen=True)
class ExportMark:
    revision: int
    through_month: int
    changed: bool  # the month differs from what the latest file carrying it said


def export_marks(repo: Repository, unit_code: str, year: int) -> dict[int, ExportMark]:
    """For each month sent in a submission file: the latest file carrying it, and whether the
    month was changed after that file was written."""
    current = {f.month: f for f in repo.figures(year, unit_code)}
    marks: dict[int, ExportMark] = {}
    for record in repo.exports(year, unit_code):  # oldest first: later files win
        sent = {f.month: f for f in record.figures}
        for m in range(1, record.through_month + 1):
            was = sent.get(m)
            now = current.get(m)
            was_key = (dict(was.values), was.note) if was else ({}, "")
            now_key = (dict(now.values), now.note) if now else ({}, "")
            if not was_key[0] and not now_key[0]:
                marks.pop(m, None)  # an empty month is never marked sent
                continue
            marks[m] = ExportMark(record.revision, record.through_month, was_key != now_key)
    return marks


def start_year(repo: Repository, year: int) -> Plan:
    """A year whose plan has not arrived yet (the 2022 decision came in May): the latest plan's
    units and columns, targets not assigned, so that the clerk can enter figures from January.
    The plan, when it comes, takes its place and the figures stay."""
    from dataclasses import replace

    ensure_plan(repo)
    if repo.load_plan(year) is not None:
        raise InputError(f"Đã có kế hoạch năm {year}: chọn năm đó trong danh sách.")
    if not 2000 <= year <= 2100:
        raise InputError(f"Năm {year} không hợp lệ.")
    latest = repo.load_plan(repo.plan_years()[-1])
    title = f"Năm {year}: chưa có kế hoạch giao chỉ tiêu"
    plan = replace(carried_into(latest, year, title), provisional=True)
    repo.save_plan(plan)
    return plan
