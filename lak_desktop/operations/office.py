"""The receiving office's jobs: take in the units' files, see who is late, consolidate, rank,
and write the report for the chairman."""

from __future__ import annotations

import functools
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lak_desktop.core.attainment import (
    UnitAttainment,
    attainment_from_sums,
    totals,
    year_attainment,
)
from lak_desktop.core.plan import Plan
from lak_desktop.core.ranking import RankedUnit, rank_units
from lak_desktop.core.timeliness import StatusTable, status_from_first_files
from lak_desktop.operations.common import (
    PLACE_SETTING,
    RECIPIENTS_SETTING,
    REPORT_NUMBER_SETTING,
    SIGNER_NAME_SETTING,
    SIGNER_TITLE_SETTING,
    InputError,
    ensure_plan,
    local_now,
    new_file,
    plan_for,
    refuse_existing,
    write_out,
)
from lak_desktop.operations.keys import ROLE_UNIT
from lak_desktop.storage import Repository, StorageError
from lak_desktop.storage.repository import KnownKey, SubmissionRecord

if TYPE_CHECKING:
    from lak_desktop.exchange.limits import FileRefused
    from lak_desktop.exchange.submission import ReadSubmission

# Consolidation and ranking -------------------------------------------------------------


@dataclass(frozen=True)
class AttainmentReport:
    plan: Plan
    through_month: int
    ranked: list[RankedUnit]
    complete_only: bool = False


def attainment_report(
    repo: Repository,
    year: int | None,
    through_month: int | None = None,
    complete_only: bool = False,
) -> AttainmentReport:
    """Year-to-date attainment and ranking; `through_month` defaults to the last month with data.

    With `complete_only`, only units with figures for every month through it are ranked.
    """
    plan = plan_for(repo, year)
    if through_month is None:
        through_month = repo.last_month_with_data(plan.year) or 12
    if not 1 <= through_month <= 12:
        raise InputError(f"Tháng phải từ 1 đến 12, không phải {through_month}.")

    def work_out() -> AttainmentReport:
        attainments = _unit_attainments(repo, plan, through_month)
        return AttainmentReport(
            plan, through_month, rank_units(plan, attainments, complete_only), complete_only
        )

    # Worked out once for the screens that show it (consolidated, charts, report), until a
    # figure, a file or the plan changes.
    return repo.remembered(("attainment", plan.year, through_month, complete_only), work_out)


def _unit_attainments(repo: Repository, plan: Plan, through_month: int) -> list[UnitAttainment]:
    """Every unit's year to date, in plan order: added up by SQLite, unless the plan has a
    merger (the predecessors' months count for the merged unit)."""
    if has_merger(plan):
        return year_attainment(plan, repo.figures(plan.year), through_month)
    pairs = [(i.numerator, i.denominator) for i in plan.indicators]
    sums = repo.indicator_sums(plan.year, through_month, pairs)
    return attainment_from_sums(plan, sums, through_month)


def has_merger(plan: Plan) -> bool:
    return any(u.formed_from for u in plan.units)


# Taking in the files ------------------------------------------------------------------


@dataclass(frozen=True)
class SubmissionOutcome:
    path: Path
    outcome: str  # accepted, replaced, ignored, held, refused
    unit: str | None
    through_month: int | None
    revision: int | None
    reason: str
    signer: str | None = None  # the fingerprint of the key that signed the file


def submission_paths(paths: list[Path]) -> list[Path]:
    """Files as given; a folder stands for the .xlsx files in it and in its subfolders (e-mail
    attachments are often saved one folder per commune). Hidden files and Excel's "~$" lock
    files are passed over."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found += sorted(
                c
                for c in p.rglob("*")
                if c.suffix.lower() == ".xlsx"
                and not c.name.startswith((".", "~$"))
                and c.is_file()
            )
        else:
            found.append(p)
    return found


# An import reads its files a batch at a time, then records the batch in one transaction: one
# commit, and one sync of the disk for the data file, however many files (the received files
# are each synced before it). A batch ends after this many files or seconds of reading, so that
# the progress shown (told as each batch is kept) moves, and a power cut loses little reading.
BATCH_FILES = 50
BATCH_SECONDS = 0.5


def import_submissions(
    repo: Repository,
    paths: list[Path | str],
    now: datetime | None = None,
    received_on: date | None = None,
    progress: Callable[[int, int, SubmissionOutcome], None] | None = None,
    want_cancel: Callable[[], bool] | None = None,
) -> list[SubmissionOutcome]:
    """Check and import each submission file on its own; each is all or nothing.

    `received_on` is the day the files arrived when that was before today (by e-mail, say).
    `progress(done, total, outcome)` is told of each file once it is kept (a batch at a time);
    when `want_cancel()` says so, the files not yet read are left alone and the outcomes so
    far are returned. An error while recording leaves the files told of kept, and no more.
    """
    from lak_desktop.exchange.limits import FileRefused
    from lak_desktop.exchange.submission import read_submission

    ensure_plan(repo)
    now = now or local_now()
    if received_on is not None and received_on > now.date():
        raise InputError(
            f"Ngày nhận {received_on:%d/%m/%Y} là ngày trong tương lai. Hãy chọn ngày đã nhận tệp."
        )
    received_at = received_on.isoformat() if received_on else now.isoformat()
    results: list[SubmissionOutcome] = []
    files = submission_paths([Path(p) for p in paths])
    if not files:
        raise InputError("Không có tệp .xlsx nào để nhập ở đường dẫn đã chọn.")
    repo.backup("before-import")
    plan_of = _plans_of(repo)
    waiting = iter(files)
    cancelled = ended = False
    while not (cancelled or ended):
        batch: list[tuple[Path, ReadSubmission | FileRefused]] = []  # each file, as read
        began = time.monotonic()
        while len(batch) < BATCH_FILES and time.monotonic() - began < BATCH_SECONDS:
            if want_cancel is not None and want_cancel():
                cancelled = True
                break
            path = next(waiting, None)
            if path is None:
                ended = True
                break
            try:
                batch.append((path, read_submission(path, plan_of)))
            except FileRefused as exc:
                batch.append((path, exc))
        if not batch:
            break
        with repo.transaction():
            decided = [_record(repo, path, read, now, received_at) for path, read in batch]
        for result in decided:
            results.append(result)
            if progress is not None:
                progress(len(results), len(files), result)
    return results


def _record(
    repo: Repository,
    path: Path,
    read: ReadSubmission | FileRefused,
    now: datetime,
    received_at: str,
) -> SubmissionOutcome:
    """Decide a file read (or refused) by `import_submissions`, and keep it in the history."""
    from lak_desktop.exchange.signing import fingerprint
    from lak_desktop.exchange.submission import ReadSubmission
    from lak_desktop.storage.received import digest_of

    if not isinstance(read, ReadSubmission):  # refused when it was read
        return SubmissionOutcome(path, "refused", None, None, None, str(read))
    sub = read.submission
    signer = fingerprint(sub.signer)
    outcome, reason, trust = _decide_signed(repo, sub, signer, now)
    reason = " ".join(t for t in (reason, read.plan_note) if t)
    record = SubmissionRecord(
        year=sub.plan_year,
        unit_code=sub.unit_code,
        through_month=sub.through_month,
        revision=sub.revision,
        created_at=sub.created_at,
        received_at=received_at,
        file_name=path.name,
        file_sha256=digest_of(read.content),
        outcome=outcome,
        reason=reason,
        signer=signer,
        plan_revision=sub.plan_revision,
    )
    repo.record_submission(
        record,
        list(sub.figures),
        read.content,
        apply=outcome in ("accepted", "replaced"),
        trust=trust,
    )
    return SubmissionOutcome(
        path, outcome, sub.unit_code, sub.through_month, sub.revision, reason, signer
    )


def _plans_of(repo: Repository) -> Callable[[int], Plan | None]:
    """The plan of a year, loaded, checked and digested once for a whole batch of files."""
    plans: dict[int, Plan | None] = {}

    def plan_of(year: int) -> Plan | None:
        if year not in plans:
            plans[year] = repo.load_plan(year)
        return plans[year]

    return plan_of


def _decide_signed(
    repo: Repository, sub, signer: str, now: datetime
) -> tuple[str, str, KnownKey | None]:
    """The outcome of a well-formed file, given who signed it: held when the unit's known key
    is another one; else as `_decide` says, recording the key of the unit's first file."""
    known = repo.key_in_force(ROLE_UNIT, sub.unit_code)
    if known is not None and known.fingerprint != signer:
        return "held", held_reason(sub.unit_code, signer, known.fingerprint), None
    outcome, reason = _decide(repo, sub)
    trust = None
    if outcome in ("accepted", "replaced") and (known is None or known.public_key is None):
        source = "first-file" if known is None else "trusted"
        trust = KnownKey(
            ROLE_UNIT, sub.unit_code, signer, sub.signer, now.isoformat(), None, source
        )
    return outcome, reason, trust


def held_reason(unit_code: str, signer: str, known: str) -> str:
    return (
        f"Tệp được ký bằng khóa {signer}, khác với khóa đã biết của đơn vị ({known}). Tệp được "
        "giữ lại, chưa tính vào tổng hợp. Hãy gọi điện cho đơn vị, đọc mã khóa in ở cuối trang "
        "báo cáo để đối chiếu; nếu đúng là máy của đơn vị (ví dụ đơn vị đã đổi máy), chọn «Tin "
        f"khóa này» hoặc chạy: lak keys trust --unit {unit_code} --fingerprint {signer}"
    )


def import_held(repo: Repository, held: list[SubmissionRecord]) -> list[SubmissionOutcome]:
    """Take in files that were held for their key, oldest first, now that the key is trusted:
    each is read and checked again, as if it had just arrived."""
    from lak_desktop.exchange.limits import FileRefused
    from lak_desktop.exchange.signing import fingerprint
    from lak_desktop.exchange.submission import read_submission

    plan_of = _plans_of(repo)
    results = []
    now = local_now()
    if held:
        repo.backup("before-import")
    for record in sorted(held, key=lambda s: (s.created_at, s.through_month, s.revision)):
        still_held = functools.partial(
            SubmissionOutcome,
            Path(record.file_name),
            "held",
            record.unit_code,
            record.through_month,
            record.revision,
            signer=record.signer,
        )
        try:
            name, content = repo.submission_content(record.id)
        except StorageError as exc:
            if exc.kind != "missing":
                raise
            results.append(still_held(str(exc)))  # its figures wait for the file to come back
            continue
        with tempfile.TemporaryDirectory(prefix="lak-held-") as tmp:
            path = Path(tmp) / name
            path.write_bytes(content)
            try:
                read = read_submission(path, plan_of)
            except FileRefused as exc:
                results.append(still_held(str(exc)))
                continue
        sub = read.submission
        signer = fingerprint(sub.signer)
        outcome, reason, trust = _decide_signed(repo, sub, signer, now)
        reason = " ".join(t for t in (reason, read.plan_note) if t)
        if outcome == "held":
            results.append(
                SubmissionOutcome(
                    Path(name),
                    outcome,
                    sub.unit_code,
                    sub.through_month,
                    sub.revision,
                    reason,
                    signer,
                )
            )
            continue
        if trust is not None:
            repo.trust_key(trust)
        repo.decide_held(record.id, outcome, reason, list(sub.figures))
        results.append(
            SubmissionOutcome(
                Path(name), outcome, sub.unit_code, sub.through_month, sub.revision, reason, signer
            )
        )
    return results


def _decide(repo: Repository, sub) -> tuple[str, str]:
    applied = [
        s
        for s in repo.submissions(sub.plan_year, sub.unit_code)
        if s.outcome in ("accepted", "replaced")
    ]
    same = [s for s in applied if s.through_month == sub.through_month]
    if same:
        best = max(s.revision for s in same)
        if sub.revision <= best:
            return "ignored", (
                f"Đã có bản lần {best} của báo cáo tháng {sub.through_month}; "
                f"tệp này (lần {sub.revision}) không mới hơn nên bỏ qua."
            )
    later = [
        s for s in applied if s.through_month > sub.through_month and s.created_at > sub.created_at
    ]
    if later:
        newest = max(later, key=lambda s: s.created_at)
        return "ignored", (
            f"Đã có báo cáo tháng {newest.through_month} lập sau tệp này, chứa số liệu mới hơn; "
            "tệp này bỏ qua."
        )
    if same:
        return "replaced", f"Thay bản lần {max(s.revision for s in same)} bằng lần {sub.revision}."
    return "accepted", ""


def history(
    repo: Repository,
    year: int | None = None,
    unit_code: str | None = None,
    month: int | None = None,
) -> list[SubmissionRecord]:
    """Every file ever received and read, newest first; of a year, unit or month when given."""
    return list(reversed(repo.submissions(year, unit_code, month)))


def save_original(repo: Repository, submission_id: int, out: Path | str) -> Path:
    """A copy of a received file, byte for byte as it arrived."""
    from lak_desktop.exchange.written import write_beside

    try:
        found = repo.submission_content(submission_id)
    except StorageError as exc:
        if exc.kind != "missing":
            raise
        raise InputError(str(exc)) from exc
    if found is None:
        raise InputError(f"Không có tệp đã nhận số {submission_id}. Xem `lak submission history`.")
    out = Path(out)
    if out.is_dir():
        out = out / found[0]
    refuse_existing(out)

    def write() -> Path:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_beside(out, lambda temporary: temporary.write_bytes(found[1]))
        return out

    return write_out(out, write)


# Completeness and timeliness ------------------------------------------------------------


def _status(repo: Repository, plan: Plan, as_of: date) -> StatusTable:
    """The status table from each unit's first file per month, as the office keeps them;
    worked out once for the screens that show it (status, report) until a file comes in."""
    return repo.remembered(
        ("status", plan.year, plan.revision, as_of),
        lambda: status_from_first_files(plan, repo.first_files(plan.year), as_of),
    )


def status_report(repo: Repository, year: int | None, as_of: date | None = None) -> StatusTable:
    """Every unit × month: on time, late, missing or not yet due, as of `as_of` (today)."""
    plan = plan_for(repo, year)
    return _status(repo, plan, as_of or local_now().date())


def write_chase_list(
    repo: Repository, year: int | None, month: int, out: Path | str, as_of: date | None = None
) -> Path:
    """The units to call for `month` (no file covering it yet), as a printable workbook."""
    plan, table, settings = chase_list(repo, year, month, as_of)
    return save_chase_list(plan, table, month, settings, out)


def chase_list(repo: Repository, year: int | None, month: int, as_of: date | None = None):
    """What the list of units to call for `month` is made from, as a workbook or printed: the
    plan, its status table as of `as_of` (today) and the office's lines."""
    if not 1 <= month <= 12:
        raise InputError(f"Tháng phải từ 1 đến 12, không phải {month}.")
    plan = plan_for(repo, year)
    return plan, _status(repo, plan, as_of or local_now().date()), report_settings(repo)


def save_chase_list(plan: Plan, table, month: int, settings, out: Path | str) -> Path:
    """The workbook of a list of units to call already worked out (`status_report`): it reads
    nothing from the data file, so that the window writes a national one off its thread."""
    from lak_desktop.exchange.status_file import write_chase_list as write

    out = new_file(out, ".xlsx", "danh sách")
    return write_out(out, lambda: write(plan, table, month, settings, out))


# The report for the chairman ------------------------------------------------------------


def report_settings(repo: Repository):
    """The office's details for the printed report (number line, signer, recipients)."""
    from lak_desktop.exchange.report import ReportSettings

    recipients = repo.setting(RECIPIENTS_SETTING) or ""
    return ReportSettings(
        number=repo.setting(REPORT_NUMBER_SETTING) or "",
        signer_title=repo.setting(SIGNER_TITLE_SETTING) or "",
        signer_name=repo.setting(SIGNER_NAME_SETTING) or "",
        recipients=tuple(line.strip() for line in recipients.splitlines() if line.strip()),
        place=repo.setting(PLACE_SETTING) or "",
    )


def consolidated_report(
    repo: Repository,
    year: int | None,
    through_month: int | None,
    complete_only: bool = False,
    today: date | None = None,
    first_units: int | None = None,
):
    """Everything the printed report shows, for the workbook, print and PDF alike. With
    `first_units`, for a preview of that many rows: its section II (the files each unit sent,
    in plan order) knows only the plan's first units, and the timeliness of the others is
    not worked out for it (a national table's: 60-100 ms)."""
    from lak_desktop.exchange.report import ConsolidatedReport

    plan = plan_for(repo, year)
    report = attainment_report(repo, plan.year, through_month, complete_only)
    today = today or local_now().date()
    if first_units is None:
        status = _status(repo, plan, today)
    else:
        codes = [u.code for u in plan.units[:first_units]]
        status = status_from_first_files(
            plan, repo.first_files(plan.year, codes), today, first_units
        )
    return ConsolidatedReport(
        plan=plan,
        through_month=report.through_month,
        ranked=report.ranked,
        sums=element_totals(repo, plan, report.through_month),
        status=status,
        settings=report_settings(repo),
        complete_only=complete_only,
        today=today,
    )


def element_totals(
    repo: Repository, plan: Plan, through_month: int
) -> dict[str, dict[str, int | None]]:
    """core.attainment.totals: every unit of the plan, each element (None: never entered);
    added up by SQLite unless the plan has a merger (the predecessors' months count for the
    merged unit)."""

    def work_out() -> dict[str, dict[str, int | None]]:
        if has_merger(plan):
            return totals(plan, repo.figures(plan.year), through_month)
        codes = plan.element_codes
        found = repo.element_sums(plan.year, through_month, codes)
        return {u.code: found.get(u.code) or dict.fromkeys(codes) for u in plan.units}

    return repo.remembered(("element totals", plan.year, plan.revision, through_month), work_out)


def work_ahead(repo: Repository, year: int | None = None) -> None:
    """What the office's screens show first, worked out while the window waits for its user:
    the ranking through the last month with figures, each unit's sums and today's status, each
    kept until a figure, a file or the plan changes. A national table then opens at once."""
    consolidated_report(repo, year, None)


def write_report(
    repo: Repository,
    year: int,
    through_month: int,
    out: Path | str,
    complete_only: bool = False,
) -> Path:
    """The consolidated report workbook for the chairman."""
    return save_report(consolidated_report(repo, year, through_month, complete_only), out)


def save_report(content, out: Path | str) -> Path:
    """The workbook of a report already worked out (`consolidated_report`): it reads nothing
    from the data file, so that the window writes a national one off its own thread."""
    from lak_desktop.exchange.report import write_report as write

    out = new_file(out, ".xlsx", "báo cáo")
    return write_out(out, lambda: write(content, out))
