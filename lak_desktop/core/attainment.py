"""How far a unit is from each target: exact rates, status and shortfall.

A blank is not a zero: a month counts toward an indicator only when both its numerator and its
denominator were entered (0 is a value). A month with some figures but not both of an
indicator's is *incomplete* for it: it adds nothing to that indicator, and every result says so.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from fractions import Fraction
from functools import cached_property

from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.core.plan import Indicator, Plan, Unit


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NO_DATA = "no_data"


STATUS_LABELS = {Status.MET: "Đạt", Status.NOT_MET: "Chưa đạt", Status.NO_DATA: "Chưa có số liệu"}


@dataclass(frozen=True)
class IndicatorAttainment:
    indicator: Indicator
    numerator: int  # over the months complete for this indicator
    denominator: int
    target: Fraction
    incomplete_months: tuple[int, ...] = ()  # some figures, but not both of this indicator's

    # Cached: a result is immutable, and a national table asks each one several times.
    @cached_property
    def rate(self) -> Fraction | None:
        return Fraction(self.numerator, self.denominator) if self.denominator else None

    @cached_property
    def status(self) -> Status:
        rate = self.rate
        if rate is None:
            return Status.NO_DATA
        return Status.MET if rate >= self.target else Status.NOT_MET

    @cached_property
    def shortfall(self) -> int:
        """Dossiers that, on the volume so far, would have had to count to meet the target."""
        return max(0, math.ceil(self.target * self.denominator - self.numerator))


# One indicator's year so far, as added up: (indicator, numerator sum, denominator sum, target,
# months with figures that lack one of the two).
IndicatorSums = tuple[Indicator, int, int, Fraction, tuple[int, ...]]


@dataclass(frozen=True)
class UnitAttainment:
    unit: Unit
    through_month: int
    sums: tuple[IndicatorSums, ...]  # the plan's indicators, in its order
    months_with_data: tuple[int, ...]

    @cached_property
    def indicators(self) -> dict[str, IndicatorAttainment]:
        """Each indicator's result, by its code; made when first asked (a national ranking
        needs only the sums, and a table the results of the rows it shows)."""
        return {s[0].code: IndicatorAttainment(*s) for s in self.sums}

    @property
    def has_data(self) -> bool:
        return any(denominator for _, _, denominator, _, _ in self.sums)  # a rate

    @property
    def data_through(self) -> int | None:
        """The last month with figures, up to `through_month`; None without any."""
        return self.months_with_data[-1] if self.months_with_data else None

    @property
    def incomplete_months(self) -> tuple[int, ...]:
        """Months with figures that lack an indicator's numerator or denominator."""
        months = {m for *_, incomplete in self.sums for m in incomplete}
        return tuple(sorted(months))

    def counted(self, indicator_code: str) -> bool:
        """Some month counts toward the indicator (it has both of its figures): its sums are
        numbers. Without one they are blank, not 0 (a blank is not a zero)."""
        for ind, _, _, _, incomplete in self.sums:
            if ind.code == indicator_code:
                return len(self.months_with_data) > len(incomplete)
        raise KeyError(indicator_code)

    @property
    def complete(self) -> bool:
        """Every month 1..through_month has every indicator's numerator and denominator."""
        return len(self.months_with_data) == self.through_month and not self.incomplete_months

    @property
    def missing_months(self) -> tuple[int, ...]:
        have = set(self.months_with_data)
        return tuple(m for m in range(1, self.through_month + 1) if m not in have)


def with_lineage(plan: Plan, figures: Iterable[MonthlyFigures]) -> Iterable[MonthlyFigures]:
    """The figures, and for each unit formed from others, their figures of the months before it
    existed as if they were its own: the merged commune's year to date is the sum of all."""
    merged = [u for u in plan.units if u.formed_from and u.from_month > 1]
    if not merged:
        return figures
    figures = list(figures)
    heirs: dict[str, list[tuple[str, int]]] = {}
    for unit in merged:
        for before in unit.formed_from:
            heirs.setdefault(before, []).append((unit.code, unit.from_month))
    inherited = [
        MonthlyFigures(heir, f.year, f.month, f.values, f.note)
        for f in figures
        for heir, start in heirs.get(f.unit_code, ())
        if f.month < start
    ]
    return figures + inherited


def totals(
    plan: Plan,
    figures: Iterable[MonthlyFigures],
    through_month: int,
    units: Iterable[str] | None = None,
) -> dict[str, dict[str, int | None]]:
    """Per unit (of `units`, or of the plan), the sum of each element over months
    1..through_month: blanks add nothing, and an element with no figure in those months is
    None, not 0."""
    codes = (u.code for u in plan.units) if units is None else units
    sums: dict[str, dict[str, int | None]] = {c: dict.fromkeys(plan.element_codes) for c in codes}
    year = plan.year
    for fig in with_lineage(plan, figures):
        acc = sums.get(fig.unit_code)
        if acc is None or fig.year != year or fig.month > through_month:
            continue
        for code, value in fig.values.items():
            if code in acc:
                before = acc[code]
                acc[code] = value if before is None else before + value
    return sums


def _indicator_sums(
    plan: Plan, figures: Iterable[MonthlyFigures], through_month: int
) -> tuple[dict[tuple[str, str], list], dict[str, set[int]]]:
    """Per (unit, indicator): [numerator, denominator, incomplete months] over the months that
    have both figures; and per unit the months with any figure."""
    pairs = [(ind.code, ind.numerator, ind.denominator) for ind in plan.indicators]
    acc: dict[tuple[str, str], list] = {
        (u.code, code): [0, 0, []] for u in plan.units for code, _, _ in pairs
    }
    months: dict[str, set[int]] = {u.code: set() for u in plan.units}
    year = plan.year
    for fig in with_lineage(plan, figures):
        seen = months.get(fig.unit_code)
        values = fig.values
        if seen is None or fig.year != year or fig.month > through_month or not values:
            continue
        seen.add(fig.month)
        for code, num_code, den_code in pairs:
            num, den = values.get(num_code), values.get(den_code)
            slot = acc[(fig.unit_code, code)]
            if num is None or den is None:
                slot[2].append(fig.month)
            else:
                slot[0] += num
                slot[1] += den
    return acc, months


def year_attainment(
    plan: Plan, figures: Iterable[MonthlyFigures], through_month: int
) -> list[UnitAttainment]:
    """Attainment of every unit of the plan, months 1..through_month summed, in plan order."""
    if not 1 <= through_month <= 12:
        raise ValueError(f"through_month must be 1..12, got {through_month}")
    acc, months = _indicator_sums(plan, figures, through_month)
    return _attainments(plan, acc, months, through_month)


# What a database can add up itself: per unit, the months with any figure, and per indicator
# (numerator sum, denominator sum, months that lack one of the two), over complete months only;
# months as tuples in ascending order, one pair of sums per indicator in the plan's order.
UnitSums = tuple[tuple[int, ...], tuple[tuple[int, int, tuple[int, ...]], ...]]


def attainment_from_sums(
    plan: Plan, sums: dict[str, UnitSums], through_month: int
) -> list[UnitAttainment]:
    """The same as `year_attainment`, from sums already added up (by the database) with the
    same rule: a month counts toward an indicator only with both of its figures. Not for
    plans with merged units (their lineage needs the months)."""
    if not 1 <= through_month <= 12:
        raise ValueError(f"through_month must be 1..12, got {through_month}")
    if any(u.formed_from for u in plan.units):
        raise ValueError("a plan with merged units needs the months: use year_attainment")
    empty: UnitSums = ((), tuple((0, 0, ()) for _ in plan.indicators))
    indicators, targets = plan.indicators, plan.targets
    result = []
    for unit in plan.units:  # made straight from the sums: a national table has 3,321
        seen, per_indicator = sums.get(unit.code, empty)
        code = unit.code
        result.append(
            UnitAttainment(
                unit,
                through_month,
                tuple(
                    [
                        (ind, num, den, targets[(code, ind.code)], incomplete)
                        for ind, (num, den, incomplete) in zip(
                            indicators, per_indicator, strict=True
                        )
                    ]
                ),
                seen,
            )
        )
    return result


def _attainments(
    plan: Plan, acc: dict[tuple[str, str], list], months: dict[str, set[int]], through_month: int
) -> list[UnitAttainment]:
    indicators = plan.indicators
    targets = plan.targets
    result = []
    for unit in plan.units:
        code = unit.code
        per_indicator = []
        for ind in indicators:
            num, den, incomplete = acc[(code, ind.code)]
            per_indicator.append(
                (ind, num, den, targets[(code, ind.code)], tuple(sorted(incomplete)))
            )
        result.append(
            UnitAttainment(
                unit=unit,
                through_month=through_month,
                sums=tuple(per_indicator),
                months_with_data=tuple(sorted(months[code])),
            )
        )
    return result


def unit_attainment(
    plan: Plan, unit_code: str, figures: Iterable[MonthlyFigures], through_month: int
) -> UnitAttainment:
    """One unit's attainment; its cost does not grow with the number of units in the plan."""
    if not 1 <= through_month <= 12:
        raise ValueError(f"through_month must be 1..12, got {through_month}")
    unit = plan.unit(unit_code)
    own = [f for f in with_lineage(plan, figures) if f.unit_code == unit_code]
    one = (
        replace(
            plan,
            units=(replace(unit, formed_from=()),),  # its predecessors' figures are in `own`
            targets={(unit_code, i.code): plan.target(unit_code, i.code) for i in plan.indicators},
        )
        if len(plan.units) > 1
        else plan
    )
    return year_attainment(one, own, through_month)[0]


def monthly_rates(
    plan: Plan, unit_code: str, figures: Iterable[MonthlyFigures]
) -> dict[str, dict[int, Fraction | None]]:
    """Each month's own rate per indicator (not year to date), for charts."""
    by_month = {f.month: f for f in figures if f.unit_code == unit_code and f.year == plan.year}
    result: dict[str, dict[int, Fraction | None]] = {}
    for ind in plan.indicators:
        result[ind.code] = {}
        for month in range(1, 13):
            fig = by_month.get(month)
            den = fig.values.get(ind.denominator) if fig else None
            num = fig.values.get(ind.numerator) if fig else None
            # a blank is not a zero: a month's rate needs both of its figures
            result[ind.code][month] = Fraction(num, den) if num is not None and den else None
    return result


def last_month_with_data(figures: Iterable[MonthlyFigures]) -> int | None:
    months = [f.month for f in figures if f.values]
    return max(months) if months else None


def month_gaps(plan: Plan, fig: MonthlyFigures | None) -> list[str] | None:
    """What a month lacks: None when it counts fully; [] when nothing was entered at all;
    otherwise the codes of the elements that some indicator needs and that are blank."""
    if fig is None or not fig.values:
        return []
    missing = []
    for ind in plan.indicators:
        for code in (ind.numerator, ind.denominator):
            if code not in fig.values and code not in missing:
                missing.append(code)
    return missing or None


def month_note(plan: Plan, fig: MonthlyFigures) -> str | None:
    """The month's note, as a printed page shows it: a month that is empty or lacks a figure
    says so (and a month outside the unit's life), so that the page never passes a blank for a
    zero."""
    gaps = month_gaps(plan, fig)
    mark = None
    unit = plan.unit(fig.unit_code)
    if fig.month < unit.from_month:
        mark = "(đơn vị chưa thành lập)"
    elif fig.month > unit.until_month:
        mark = "(đơn vị đã hợp nhất)"
    elif gaps == []:
        mark = "(chưa có số liệu)"
    elif gaps:
        mark = "(chưa đủ số liệu: " + ", ".join(plan.element(c).label for c in gaps) + ")"
    return " ".join(t for t in (fig.note, mark) if t) or None
