"""A yearly plan: who issued it, what is collected, which indicators, units and targets."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction
from functools import cached_property
from typing import Any

from lak_desktop.core.periods import PeriodConvention

PLAN_FORMAT = 1
# Days after a reporting period closes by which the unit's file is due. Plans that keep the default
# do not write it, so that the digests of plans made before the rule existed stay the same.
DEFAULT_DEADLINE_DAYS = 5
MAX_DEADLINE_DAYS = 60
UNIT_KINDS = ("xã", "thị trấn", "phường")


class PlanError(ValueError):
    """A plan that is inconsistent in itself; the message is for the user."""


@dataclass(frozen=True)
class Issuer:
    name: str
    place: str = ""  # for the date line of printed documents: "Lắk, ngày ..."
    office: str = ""  # the office that follows up and consolidates (Phòng Văn hóa và Thông tin)
    decision_number: str = ""
    decision_date: date | None = None


@dataclass(frozen=True)
class DataElement:
    """A figure collected every month, copied from the provincial system."""

    code: str
    label: str
    help: str = ""


@dataclass(frozen=True)
class Indicator:
    """A rate: numerator element over denominator element."""

    code: str
    name: str
    numerator: str
    denominator: str
    # What the numerator counts, for sentences such as "Còn thiếu 12 hồ sơ trực tuyến".
    numerator_noun: str = "hồ sơ"


@dataclass(frozen=True)
class Unit:
    """A unit of the plan. Its code is its identity: names may repeat, codes never do, and a
    code is never given to another unit. A unit may exist for part of the year only (communes
    merged on 1 July 2025): from `from_month` to `until_month`; one formed from others names them
    in `formed_from`, and its year to date counts their figures of the months before it
    existed."""

    code: str
    name: str
    kind: str
    procedures: int
    baselines: dict[str, Fraction] = field(default_factory=dict)
    formed_from: tuple[str, ...] = ()
    from_month: int = 1
    until_month: int = 12

    def active_in(self, month: int) -> bool:
        return self.from_month <= month <= self.until_month

    @property
    def active_months(self) -> tuple[int, int]:
        return (self.from_month, self.until_month)


@dataclass(frozen=True)
class Plan:
    year: int
    issuer: Issuer
    period_convention: PeriodConvention
    elements: tuple[DataElement, ...]
    indicators: tuple[Indicator, ...]
    units: tuple[Unit, ...]
    targets: dict[tuple[str, str], Fraction]  # (unit code, indicator code) -> target
    weights: dict[str, Fraction]  # indicator code -> ranking weight
    title: str = ""
    deadline_days: int = DEFAULT_DEADLINE_DAYS
    # A plan changed during its year (a revised target, say) is its next revision. Revision 1 is
    # not written, so that the digests of plans made before revisions existed stay the same.
    revision: int = 1
    # A commune's stand-in for a year whose plan has not arrived yet: the latest plan's units
    # and columns, so that figures can be entered; its targets are not assigned ("chưa giao").
    provisional: bool = False

    def __post_init__(self) -> None:
        check_plan(self)

    # Look-ups -------------------------------------------------------------
    @cached_property
    def _units_by_code(self) -> dict[str, Unit]:
        return {u.code: u for u in self.units}

    @cached_property
    def _elements_by_code(self) -> dict[str, DataElement]:
        return {e.code: e for e in self.elements}

    def unit(self, code: str) -> Unit:
        return self._units_by_code[code]

    def has_unit(self, code: str) -> bool:
        return code in self._units_by_code

    def successors(self, code: str) -> list[Unit]:
        """The units formed from unit `code` (its commune after a merger)."""
        return [u for u in self.units if code in u.formed_from]

    def element(self, code: str) -> DataElement:
        return self._elements_by_code[code]

    @property
    def element_codes(self) -> tuple[str, ...]:
        return tuple(e.code for e in self.elements)

    def target(self, unit_code: str, indicator_code: str) -> Fraction:
        return self.targets[(unit_code, indicator_code)]

    @cached_property
    def equal_weights(self) -> bool:
        """Every indicator weighs the same: scores are plain means."""
        return len(set(self.weights.values())) <= 1

    def digest(self) -> str:
        """SHA-256 of the canonical form: two offices hold the same plan when digests match."""
        return self._digest

    @cached_property
    def _digest(self) -> str:  # a plan is immutable: computed once (a national plan: ~50 ms)
        import hashlib  # here: a window reads its plan at start without digesting it

        canonical = json.dumps(plan_to_dict(self), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check_plan(plan: Plan) -> None:
    """Raise PlanError when the plan contradicts itself."""
    if not 2000 <= plan.year <= 2100:
        raise PlanError(f"Năm của kế hoạch không hợp lệ: {plan.year}.")
    if isinstance(plan.revision, bool) or not isinstance(plan.revision, int):
        raise PlanError("Lần sửa của kế hoạch không hợp lệ.")
    if not 1 <= plan.revision <= 999:
        raise PlanError(f"Lần sửa của kế hoạch không hợp lệ: {plan.revision}.")
    if (
        isinstance(plan.deadline_days, bool)
        or not isinstance(plan.deadline_days, int)
        or not 0 <= plan.deadline_days <= MAX_DEADLINE_DAYS
    ):
        raise PlanError(
            f"Hạn gửi báo cáo phải từ 0 đến {MAX_DEADLINE_DAYS} ngày sau khi kỳ báo cáo kết thúc."
        )
    element_codes = [e.code for e in plan.elements]
    _no_duplicates(element_codes, "chỉ số thu thập")
    _no_duplicates([i.code for i in plan.indicators], "chỉ tiêu")
    _no_duplicates([u.code for u in plan.units], "đơn vị")
    if not plan.indicators:
        raise PlanError("Kế hoạch phải có ít nhất một chỉ tiêu.")
    for ind in plan.indicators:
        for ref in (ind.numerator, ind.denominator):
            if ref not in element_codes:
                raise PlanError(f"Chỉ tiêu {ind.code} dùng chỉ số {ref} không có trong kế hoạch.")
        if ind.numerator == ind.denominator:
            raise PlanError(f"Chỉ tiêu {ind.code} có tử số trùng mẫu số.")
        weight = plan.weights.get(ind.code)
        if weight is None or weight <= 0:
            raise PlanError(f"Trọng số của chỉ tiêu {ind.code} phải lớn hơn 0.")
    indicator_codes = {i.code for i in plan.indicators}
    # Each distinct value is compared once; a national plan has a handful of them.
    # (by identity: hashing a Fraction costs more than comparing it).
    distinct = {id(t): t for t in plan.targets.values()}.values()
    bad_targets = [t for t in distinct if not 0 < t <= 1]
    for unit in plan.units:
        if not unit.code or not unit.name:
            raise PlanError("Mỗi đơn vị phải có mã và tên.")
        if unit.kind not in UNIT_KINDS:
            raise PlanError(f"Loại đơn vị của {unit.name} phải là xã, thị trấn hoặc phường.")
        if unit.procedures < 0:
            raise PlanError(f"Số thủ tục của {unit.name} không được âm.")
        first, last = unit.from_month, unit.until_month
        if type(first) is not int or type(last) is not int or not 1 <= first <= last <= 12:
            raise PlanError(
                f"Thời gian hoạt động của {unit.name} không hợp lệ: từ tháng {unit.from_month} "
                f"đến tháng {unit.until_month}."
            )
        if unit.code in unit.formed_from:
            raise PlanError(f"Đơn vị {unit.name} không thể được hợp nhất từ chính nó.")
        for ind in plan.indicators:
            target = plan.targets.get((unit.code, ind.code))
            if target is None:
                raise PlanError(f"Thiếu chỉ tiêu {ind.name} cho {unit.name}.")
            if bad_targets and any(target is t for t in bad_targets):
                raise PlanError(
                    f"Chỉ tiêu {ind.name} của {unit.name} phải trong khoảng (0%; 100%]."
                )
        for code, baseline in unit.baselines.items():
            if code not in indicator_codes or not 0 <= baseline <= 1:
                raise PlanError(f"Tỷ lệ năm trước của {unit.name} không hợp lệ ({code}).")
    unit_codes = {u.code for u in plan.units}
    by_code = {u.code: u for u in plan.units}
    for unit in plan.units:
        for code in unit.formed_from:
            before = by_code.get(code)
            if before is None:
                raise PlanError(
                    f"{unit.name} được hợp nhất từ đơn vị mã {code}, không có trong kế hoạch. "
                    "Đơn vị cũ phải có trong kế hoạch đến tháng trước khi hợp nhất."
                )
            if before.until_month >= unit.from_month:
                raise PlanError(
                    f"{before.name} phải kết thúc trước tháng {unit.from_month}, khi {unit.name} "
                    "được thành lập từ đơn vị này."
                )
    for unit_code, ind_code in plan.targets:
        if unit_code not in unit_codes or ind_code not in indicator_codes:
            raise PlanError(
                f"Chỉ tiêu giao cho đơn vị hoặc chỉ tiêu không có: {unit_code}/{ind_code}."
            )


def _no_duplicates(codes: list[str], what: str) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise PlanError(f"Mã {what} bị trùng: {code}.")
        seen.add(code)


# Plain data (JSON-ready) ---------------------------------------------------


def _fraction_text(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


_FRACTION = re.compile(r"^\d{1,15}(/\d{1,15})?$")


def _parse_fraction(text: Any) -> Fraction:
    """ "p/q" as plan_to_dict writes it. Exponents ("1e999999999"), NaN and huge numbers are
    refused before Fraction sees them."""
    if isinstance(text, bool) or not isinstance(text, str | int):
        raise PlanError(f"Giá trị tỷ lệ không hợp lệ: {str(text)[:30]!r}.")
    if isinstance(text, int):
        text = str(text) if abs(text) < 10**15 else "x"
    if not _FRACTION.match(text):
        raise PlanError(f"Giá trị tỷ lệ không hợp lệ: {text[:30]!r}.")
    numerator, _, denominator = text.partition("/")  # int() is much quicker than Fraction(str)
    if denominator and int(denominator) == 0:
        raise PlanError(f"Giá trị tỷ lệ không hợp lệ: {text[:30]!r}.")
    return Fraction(int(numerator), int(denominator or 1))


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """The whole plan as plain data; fractions are written exactly as "p/q"."""
    data: dict[str, Any] = {
        "format": PLAN_FORMAT,
        "year": plan.year,
        "title": plan.title,
        "issuer": {
            "name": plan.issuer.name,
            "place": plan.issuer.place,
            "office": plan.issuer.office,
            "decision_number": plan.issuer.decision_number,
            "decision_date": plan.issuer.decision_date.isoformat()
            if plan.issuer.decision_date
            else None,
        },
        "period_convention": plan.period_convention.value,
        "elements": [{"code": e.code, "label": e.label, "help": e.help} for e in plan.elements],
        "indicators": [
            {
                "code": i.code,
                "name": i.name,
                "numerator": i.numerator,
                "denominator": i.denominator,
                "numerator_noun": i.numerator_noun,
            }
            for i in plan.indicators
        ],
        "units": [
            {
                "code": u.code,
                "name": u.name,
                "kind": u.kind,
                "procedures": u.procedures,
                "baselines": {k: _fraction_text(v) for k, v in sorted(u.baselines.items())},
                **_lifetime(u),
            }
            for u in plan.units
        ],
        "targets": [
            {"unit": unit, "indicator": ind, "target": _fraction_text(value)}
            for (unit, ind), value in sorted(plan.targets.items())
        ],
        "weights": {k: _fraction_text(v) for k, v in sorted(plan.weights.items())},
    }
    if plan.deadline_days != DEFAULT_DEADLINE_DAYS:
        data["deadline_days"] = plan.deadline_days
    if plan.revision != 1:
        data["revision"] = plan.revision
    if plan.provisional:
        data["provisional"] = True
    return data


def _lifetime(unit: Unit) -> dict[str, Any]:
    """What is not the default of a unit's lifetime (so that older plans keep their digests)."""
    data: dict[str, Any] = {}
    if unit.formed_from:
        data["formed_from"] = list(unit.formed_from)
    if unit.from_month != 1:
        data["from_month"] = unit.from_month
    if unit.until_month != 12:
        data["until_month"] = unit.until_month
    return data


def _units(rows: Any, rate: Callable[[Any], Fraction]) -> list[Unit]:
    """The units of plain data (a national plan has 3,321: made in one plain loop)."""
    units = []
    for u in rows:
        baselines = u.get("baselines")
        formed_from = u.get("formed_from")
        units.append(
            Unit(
                str(u["code"]),
                str(u["name"]),
                str(u["kind"]),
                int(u["procedures"]),
                {str(k): rate(v) for k, v in baselines.items()} if baselines else {},
                tuple(str(c) for c in formed_from) if formed_from else (),
                u.get("from_month", 1),
                u.get("until_month", 12),
            )
        )
    return units


def plan_from_dict(data: Any) -> Plan:
    """Rebuild a plan from plain data, raising PlanError (in Vietnamese) on anything wrong."""
    try:
        if not isinstance(data, dict):
            raise PlanError("Dữ liệu kế hoạch không đúng dạng.")
        fmt = data.get("format")
        if not isinstance(fmt, int) or fmt > PLAN_FORMAT:
            raise PlanError(
                "Kế hoạch được tạo bởi phiên bản mới hơn của chương trình. "
                "Hãy cập nhật chương trình rồi thử lại."
            )
        issuer = data["issuer"]
        decision_date = issuer.get("decision_date")
        # A national plan writes a few distinct rates 6,642 times: each text is parsed once
        # (a Fraction is immutable, so the units share it).
        parsed: dict[Any, Fraction] = {}

        def rate(text: Any) -> Fraction:
            key = (type(text), text)  # 1, 1.0 and True are equal keys; "1" and 1 are not
            value = parsed.get(key)
            if value is None:
                value = parsed[key] = _parse_fraction(text)
            return value

        return Plan(
            year=int(data["year"]),
            title=str(data.get("title") or ""),
            issuer=Issuer(
                name=str(issuer["name"]),
                place=str(issuer.get("place") or ""),
                office=str(issuer.get("office") or ""),
                decision_number=str(issuer.get("decision_number") or ""),
                decision_date=date.fromisoformat(decision_date) if decision_date else None,
            ),
            period_convention=PeriodConvention(data["period_convention"]),
            elements=tuple(
                DataElement(code=str(e["code"]), label=str(e["label"]), help=str(e.get("help", "")))
                for e in data["elements"]
            ),
            indicators=tuple(
                Indicator(
                    code=str(i["code"]),
                    name=str(i["name"]),
                    numerator=str(i["numerator"]),
                    denominator=str(i["denominator"]),
                    numerator_noun=str(i.get("numerator_noun") or "hồ sơ"),
                )
                for i in data["indicators"]
            ),
            units=tuple(_units(data["units"], rate)),
            targets={
                (str(t["unit"]), str(t["indicator"])): rate(t["target"]) for t in data["targets"]
            },
            weights={str(k): _parse_fraction(v) for k, v in data["weights"].items()},
            deadline_days=data.get("deadline_days", DEFAULT_DEADLINE_DAYS),
            revision=data.get("revision", 1),
            provisional=data.get("provisional", False) is True,
        )
    except PlanError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
        raise PlanError(f"Dữ liệu kế hoạch bị thiếu hoặc sai: {str(exc)[:200]}.") from exc


def unit_plan(plan: Plan, unit_code: str) -> Plan:
    """The part of `plan` one unit works under: everything but the other units. A submission
    file carries it, so that the receiver can redraw the page the unit printed even when its
    own plan has been revised since."""
    return replace(
        plan,
        # Alone in its plan, a merged unit does not name the units it was formed from.
        units=(replace(plan.unit(unit_code), formed_from=()),),
        targets={k: v for k, v in plan.targets.items() if k[0] == unit_code},
    )


def lifetime_note(plan: Plan, unit: Unit) -> str:
    """How long a unit of the plan exists, in words: "" for the whole year; "từ tháng 7, hợp
    nhất từ Nam Ka, Ea R'bin"; "đến tháng 6"."""
    parts = []
    if unit.from_month != 1:
        parts.append(f"từ tháng {unit.from_month}")
    if unit.until_month != 12:
        parts.append(f"đến tháng {unit.until_month}")
    if unit.formed_from:
        names = [
            plan.unit(c).name.replace("UBND ", "") if plan.has_unit(c) else c
            for c in unit.formed_from
        ]
        parts.append("hợp nhất từ " + ", ".join(names))
    return ", ".join(parts)


def carried_into(
    plan: Plan, year: int, title: str, baselines: dict[str, dict] | None = None
) -> Plan:
    """`plan` as the start of the plan of `year`: the units that still exist at its end (for
    the whole year, not formed from anyone), their targets, no decision yet, revision 1;
    `baselines` per unit code (last year's rates), none by default."""
    units = tuple(
        replace(
            u,
            formed_from=(),
            from_month=1,
            until_month=12,
            baselines=(baselines or {}).get(u.code, {}),
        )
        for u in plan.units
        if u.until_month == 12
    )
    kept = {u.code for u in units}
    return replace(
        plan,
        year=year,
        title=title,
        revision=1,
        issuer=replace(plan.issuer, decision_number="", decision_date=None),
        units=units,
        targets={k: v for k, v in plan.targets.items() if k[0] in kept},
    )
