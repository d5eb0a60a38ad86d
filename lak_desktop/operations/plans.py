"""Plan jobs: the office hands its plan out as a file, the commune takes it in."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lak_desktop.core.builtin import builtin_plan
from lak_desktop.core.plan import Plan, PlanError, carried_into
from lak_desktop.operations.common import (
    InputError,
    ensure_plan,
    local_now,
    new_file,
    plan_for,
    write_out,
)
from lak_desktop.operations.keys import ROLE_OFFICE_KEY, installation_signer
from lak_desktop.storage import Repository, StorageError
from lak_desktop.storage.repository import KnownKey

# What the command line is told to do about a file that needs the clerk's word; a window
# asks instead, and says its own (`reason` is the message without it).
_TRUST_ON_THE_COMMAND_LINE = (
    "Nếu chắc chắn tệp đúng, nhập lại và xác nhận (dòng lệnh: thêm --trust-new-signer)."
)


class NewPlanSigner(InputError):
    """The plan file was signed by another key than the office's known one (or by none)."""

    def __init__(self, reason: str, fingerprint: str | None, known: str) -> None:
        super().__init__(f"{reason} {_TRUST_ON_THE_COMMAND_LINE}")
        self.reason = reason
        self.fingerprint = fingerprint
        self.known = known


class PlanEdited(InputError):
    """The plan file's printed sheet was changed by hand: `edits` says where."""

    def __init__(self, reason: str, edits: tuple[str, ...], edited_usable: bool) -> None:
        what = (
            "Nếu những thay đổi này là đúng, nhập lại và xác nhận (dòng lệnh: thêm "
            "--accept-edits); nếu không, hãy dùng tệp gốc."
            if edited_usable
            else "Các thay đổi này không áp dụng được: hãy sửa kế hoạch trong chương trình."
        )
        super().__init__(f"{reason}\n{what}")
        self.reason = reason
        self.edits = edits
        self.edited_usable = edited_usable  # False: the edits cannot make a valid plan


def export_plan(repo: Repository, year: int | None, out: Path | str) -> Path:
    from lak_desktop.exchange.plan_file import write_plan_file

    plan = plan_for(repo, year)
    out = new_file(out, ".xlsx", "kế hoạch")
    signer = installation_signer(repo)
    return write_out(out, lambda: write_plan_file(plan, out, local_now().date(), signer))


def import_plan(
    repo: Repository,
    path: Path | str,
    year: int | None = None,
    trust_new_signer: bool = False,
    accept_edits: bool = False,
) -> Plan:
    """Store a plan from a plan file or a plain table. Figures of that year are kept.

    The key that signed the first plan file taken in is the office's; a plan file signed by
    another key, or a plan file with no signature once the office's key is known, raises
    NewPlanSigner unless `trust_new_signer` (the clerk checked the new key with the office),
    which then makes that key the office's.

    A plan file whose printed sheet was edited (in Excel) is never taken as if it were not:
    PlanEdited lists the differences, unless `accept_edits`, which takes the plan the sheet
    now shows (no longer the signer's: stored as a change made here)."""
    from lak_desktop.exchange.plan_file import read_plan_file
    from lak_desktop.exchange.signing import fingerprint

    ensure_plan(repo)
    template = None
    if year is not None:
        template = repo.load_plan(year)
    if template is None:
        template = repo.load_plan(repo.plan_years()[-1]) or builtin_plan()
    path = Path(path)
    read = read_plan_file(path, year, template)
    if read.edits:
        if not accept_edits or read.edited is None:
            lines = "\n".join(f"  - {e}" for e in read.edits)
            raise PlanEdited(
                f"Trang «Biểu mức giao» của tệp {path.name} đã bị sửa, khác với phần dữ liệu "
                f"của tệp:\n{lines}",
                read.edits,
                read.edited is not None,
            )
        read = replace(read, plan=read.edited, signer=None, edits=(), edited=None)
    signer = fingerprint(read.signer) if read.signer else None
    known = repo.key_in_force(ROLE_OFFICE_KEY)
    own = installation_signer(repo).fingerprint
    trust = None
    if signer is not None and signer != own and (known is None or known.fingerprint != signer):
        if known is not None and not trust_new_signer:
            raise NewPlanSigner(
                f"Tệp kế hoạch {path.name} được ký bằng khóa {signer}, khác với khóa của cơ quan "
                f"đã giao kế hoạch trước đây ({known.fingerprint}). Hãy gọi điện cho cơ quan giao "
                "chỉ tiêu để đối chiếu mã khóa in ở cuối biểu mức giao (cơ quan có thể đã đổi "
                "máy).",
                signer,
                known.fingerprint,
            )
        trust = KnownKey(
            ROLE_OFFICE_KEY, "", signer, read.signer, local_now().isoformat(), None, "plan"
        )
    elif signer is None and read.from_program and known is not None and not trust_new_signer:
        raise NewPlanSigner(
            f"Tệp kế hoạch {path.name} không có chữ ký số, trong khi các kế hoạch trước đây được "
            f"cơ quan giao ký bằng khóa {known.fingerprint}. Hãy xin lại tệp từ cơ quan giao chỉ "
            "tiêu.",
            None,
            known.fingerprint,
        )
    plan = read.plan
    stored = repo.load_plan(plan.year)
    if stored is not None and stored.provisional:
        stored = None  # the commune's stand-in, until the plan came: the plan replaces it
    if read.signer is None:  # typed by hand, or unsigned: a change made here, the next revision
        plan = next_revision(stored, plan)
    elif stored is not None and plan.revision < stored.revision:
        raise InputError(
            f"Tệp kế hoạch {path.name} là bản lần {plan.revision} của kế hoạch năm {plan.year}, "
            f"cũ hơn bản lần {stored.revision} đã có ở đây. Không nhập: hãy dùng tệp kế hoạch "
            "mới nhất của cơ quan giao chỉ tiêu."
        )
    repo.backup("before-import")
    with repo.transaction():
        repo.save_plan(plan)
        if trust is not None:
            repo.trust_key(trust)
    return plan


# Editing plans (the office) -----------------------------------------------------------


def next_revision(stored: Plan | None, plan: Plan) -> Plan:
    """`plan` as the next revision after `stored` (revision 1 when there is none); `stored`
    itself when `plan` changes nothing."""
    if stored is None:
        return replace(plan, revision=1)
    if replace(plan, revision=stored.revision).digest() == stored.digest():
        return stored
    return replace(plan, revision=stored.revision + 1)


def save_revision(repo: Repository, plan: Plan) -> Plan:
    """Store a changed plan of a year as its next revision; a year's first plan is revision 1,
    and a plan that changes nothing is not stored again."""
    stored = repo.load_plan(plan.year)
    plan = next_revision(stored, plan)
    if plan is stored:
        return stored
    try:
        repo.save_plan(plan)
    except StorageError as exc:
        raise InputError(str(exc)) from exc
    return plan


def _edited(repo: Repository, year: int, change) -> Plan:
    """Apply `change(plan) -> plan` to the plan of `year` and store the next revision."""
    plan = plan_for(repo, year)
    try:
        changed = change(plan)
    except PlanError as exc:
        raise InputError(str(exc)) from exc
    return save_revision(repo, changed)


def new_plan(repo: Repository, year: int, from_year: int | None = None) -> Plan:
    """Start the plan of `year` from the plan of `from_year` (the latest by default): the same
    units (those still existing at its end), indicators and targets; last year's rates as the
    baselines when `from_year` is the year before and has figures; no decision yet."""
    from lak_desktop.core.attainment import year_attainment

    ensure_plan(repo)
    if repo.load_plan(year) is not None:
        raise InputError(
            f"Đã có kế hoạch năm {year}. Sửa kế hoạch đó bằng `lak plan set`, `lak plan unit …` "
            "hoặc `lak plan target set`."
        )
    source = plan_for(repo, from_year if from_year is not None else repo.plan_years()[-1])
    baselines: dict[str, dict] = {}
    if source.year == year - 1:
        for att in year_attainment(source, repo.figures(source.year), 12):
            rates = {c: a.rate for c, a in att.indicators.items() if a.rate is not None}
            baselines[att.unit.code] = rates
    title = source.title.replace(str(source.year), str(year)) or f"Giao chỉ tiêu năm {year}"
    try:
        plan = carried_into(source, year, title, baselines)
    except PlanError as exc:
        raise InputError(str(exc)) from exc
    repo.save_plan(plan)
    return plan


def set_plan(
    repo: Repository,
    year: int,
    issuer: str | None = None,
    place: str | None = None,
    period: str | None = None,
    deadline_days: int | None = None,
    title: str | None = None,
) -> Plan:
    """Change the plan's own details. `issuer` is the printed header's lines, "LINE1|LINE2":
    the issuing body, then the office that follows up."""
    from lak_desktop.core.periods import PeriodConvention

    def change(plan: Plan) -> Plan:
        details = plan.issuer
        if issuer is not None:
            lines = [line.strip() for line in issuer.split("|")]
            if not lines[0]:
                raise InputError("Dòng đầu của cơ quan ban hành không được để trống.")
            details = replace(details, name=lines[0], office=" ".join(lines[1:]))
        if place is not None:
            details = replace(details, place=place.strip())
        convention = plan.period_convention
        if period is not None:
            try:
                convention = PeriodConvention(period)
            except ValueError:
                raise InputError(
                    f"Kỳ báo cáo phải là «calendar» (theo tháng dương lịch) hoặc «decree09» "
                    f"(từ ngày 15 tháng trước đến ngày 14), không phải «{period}»."
                ) from None
        return replace(
            plan,
            issuer=details,
            period_convention=convention,
            deadline_days=plan.deadline_days if deadline_days is None else deadline_days,
            title=plan.title if title is None else title.strip(),
        )

    return _edited(repo, year, change)


def used_codes(repo: Repository) -> dict[str, str]:
    """Every unit code of every plan here, with the unit's latest name: codes are identities."""
    codes: dict[str, str] = {}
    for y in repo.plan_years():
        for u in repo.load_plan(y).units:
            codes[u.code] = u.name
    return codes


def add_unit(
    repo: Repository,
    year: int,
    code: str,
    name: str,
    procedures: int = 0,
    formed_from: tuple[str, ...] = (),
    from_month: int = 1,
) -> Plan:
    """Add a unit; its targets start as the most common target of each indicator. A unit
    formed from others ends them the month before it starts (when they still run on)."""
    from lak_desktop.core.plan import Unit
    from lak_desktop.core.text import unit_kind

    code = code.strip().upper()
    if not code or not all(c.isascii() and (c.isalnum() or c in "-_") for c in code):
        raise InputError(
            f"Mã đơn vị «{code}» chỉ gồm chữ cái không dấu, chữ số, «-» hoặc «_», ví dụ NAMKA-2025."
        )
    used = used_codes(repo)
    if code in used:
        raise InputError(
            f"Mã {code} đã là mã của {used[code]}. Mã đơn vị không bao giờ được dùng lại cho đơn "
            "vị khác (kể cả đơn vị hợp nhất giữ tên cũ): hãy chọn mã mới, ví dụ "
            f"{code}-{year}."
        )
    if not name.strip():
        raise InputError("Tên đơn vị không được để trống.")

    def change(plan: Plan) -> Plan:
        units = []
        for u in plan.units:
            if u.code in formed_from and u.until_month >= from_month:
                u = replace(u, until_month=from_month - 1)
            units.append(u)
        units.append(
            Unit(
                code,
                name.strip(),
                unit_kind(name),
                procedures,
                formed_from=tuple(formed_from),
                from_month=from_month,
            )
        )
        targets = dict(plan.targets)
        for ind in plan.indicators:
            values = [v for (_, i), v in plan.targets.items() if i == ind.code]
            targets[(code, ind.code)] = max(set(values), key=values.count)
        return replace(plan, units=tuple(units), targets=targets)

    missing = [c for c in formed_from if not plan_for(repo, year).has_unit(c)]
    if missing:
        raise InputError(
            f"Không có đơn vị mã {', '.join(missing)} trong kế hoạch năm {year} để hợp nhất."
        )
    if formed_from and from_month == 1:
        raise InputError(
            "Đơn vị hợp nhất từ đơn vị khác cần --from-month: tháng đầu tiên đơn vị mới hoạt động "
            "(ví dụ 7 khi hợp nhất từ ngày 01/7)."
        )
    return _edited(repo, year, change)


def retire_unit(repo: Repository, year: int, code: str, after_month: int) -> Plan:
    """The unit's last month is `after_month` (merged or dissolved); its figures stay."""

    def change(plan: Plan) -> Plan:
        _known(plan, code)
        units = tuple(
            replace(u, until_month=after_month) if u.code == code else u for u in plan.units
        )
        return replace(plan, units=units)

    return _edited(repo, year, change)


def rename_unit(repo: Repository, year: int, code: str, name: str) -> Plan:
    from lak_desktop.core.text import unit_kind

    if not name.strip():
        raise InputError("Tên đơn vị không được để trống.")

    def change(plan: Plan) -> Plan:
        _known(plan, code)
        units = tuple(
            replace(u, name=name.strip(), kind=unit_kind(name)) if u.code == code else u
            for u in plan.units
        )
        return replace(plan, units=units)

    return _edited(repo, year, change)


def set_target(
    repo: Repository, year: int, indicator: str, value: str, unit: str | None = None
) -> Plan:
    """One unit's target of an indicator, or every unit's when `unit` is None."""
    target = _target(value)

    def change(plan: Plan) -> Plan:
        if indicator not in {i.code for i in plan.indicators}:
            codes = ", ".join(i.code for i in plan.indicators)
            raise InputError(f"Kế hoạch không có chỉ tiêu mã «{indicator}». Các mã: {codes}.")
        if unit is not None:
            _known(plan, unit)
        targets = {
            k: (target if k[1] == indicator and (unit is None or k[0] == unit) else v)
            for k, v in plan.targets.items()
        }
        return replace(plan, targets=targets)

    return _edited(repo, year, change)


def _target(text: str):
    """A target as typed («50%», «40,5»), in (0%; 100%]."""
    from lak_desktop.exchange.plan_file import parse_percent

    try:
        value = parse_percent(text)
    except ValueError:
        value = None
    if value is None or not 0 < value <= 1:
        raise InputError(f"«{text}» không phải là tỷ lệ phần trăm trong khoảng (0%; 100%].")
    return value


def _known(plan: Plan, code: str) -> None:
    if not plan.has_unit(code):
        raise InputError(f"Không có đơn vị mã «{code}» trong kế hoạch năm {plan.year}.")


def add_indicator(
    repo: Repository,
    year: int,
    code: str,
    name: str,
    numerator: str,
    denominator: str,
    target: str,
) -> Plan:
    """A new indicator (numerator ÷ denominator), chosen from the elements the plan collects,
    with the same target for every unit and the weight of the others."""
    from lak_desktop.core.plan import Indicator

    code = code.strip()
    if not code or not all(c.isascii() and (c.isalnum() or c == "_") for c in code):
        raise InputError(f"Mã chỉ tiêu «{code}» chỉ gồm chữ không dấu, chữ số và «_».")
    if not name.strip():
        raise InputError("Tên chỉ tiêu không được để trống.")
    value = _target(target)

    def change(plan: Plan) -> Plan:
        elements = {e.code: e.label for e in plan.elements}
        for ref in (numerator, denominator):
            if ref not in elements:
                raise InputError(
                    f"Kế hoạch không thu thập chỉ số «{ref}». Các chỉ số: "
                    + ", ".join(f"{c} ({label})" for c, label in elements.items())
                    + "."
                )
        if code in {i.code for i in plan.indicators}:
            raise InputError(f"Đã có chỉ tiêu mã {code}.")
        weight = next(iter(plan.weights.values()))
        targets = dict(plan.targets)
        for unit in plan.units:
            targets[(unit.code, code)] = value
        return replace(
            plan,
            indicators=(*plan.indicators, Indicator(code, name.strip(), numerator, denominator)),
            targets=targets,
            weights={**plan.weights, code: weight},
        )

    return _edited(repo, year, change)
