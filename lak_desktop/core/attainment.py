"""How far a unit is from each target: exact rates, status and shortfall."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
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
    numerator: int
    denominator: int
    target: Fraction

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


@dataclass(frozen=True)
class UnitAttainment:
    unit: Unit
    through_month: int
    indicators: dict[str, IndicatorAttainment]
    months_with_data: tuple[int, ...]

    @property
    def has_data(self) -> bool:
        return any(a.rate is not None for a in self.indicators.values())

    @property
    def data_through(self) -> int | None:
        """The last month with figures, up to `through_month`; None without any."""
        return self.months_with_data[-1] if self.months_with_data else None

    @property
    def complete(self) -> bool:
        """Figures for every month 1..through_month."""
        return len(self.months_with_data) == self.through_month

    @property
    def missing_months(self) -> tuple[int, ...]:
        have = set(self.months_with_data)
        return tuple(m for m in range(1, self.through_month + 1) if m not in have)


def _sums_and_months(
    plan: Plan, figures: Iterable[MonthlyFigures], through_month: int
) -> tuple[dict[str, dict[str, int]], dict[str, set[int]]]:
    """One pass over the figures: per unit the sum of each element over months 1..through_month
    (absent counts as 0), and the months that have any figure."""
    sums: dict[str, dict[str, int]] = {
        u.code: dict.fromkeys(plan.element_codes, 0) for u in plan.units
    }
    months: dict[str, set[int]] = {u.code: set() for u in plan.units}
    year = plan.year
    for fig in figures:
        acc = sums.get(fig.unit_code)
        if acc is None or fig.year != year or fig.month > through_month:
            continue
        values = fig.values
        if values:
            months[fig.unit_code].add(fig.month)
            for code, value in values.items():
                if code in acc:
                    acc[code] += value
    return sums, months


def totals(
    plan: Plan, figures: Iterable[MonthlyFigures], through_month: int
) -> dict[str, dict[str, int]]:
    """Per unit, the sum of each element over months 1..through_month (absent counts as 0)."""
    return _sums_and_months(plan, figures, through_month)[0]


def indicator_attainment(
    indicator: Indicator, values: dict[str, int], target: Fraction
) -> IndicatorAttainment:
    return IndicatorAttainment(
        indicator, values.get(indicator.numerator, 0), values.get(indicator.denominator, 0), target
    )


def year_attainment(
    plan: Plan, figures: Iterable[MonthlyFigures], through_month: int
) -> list[UnitAttainment]:
    """Attainment of every unit of the plan, months 1..through_month summed, in plan order."""
    if not 1 <= through_month <= 12:
        raise ValueError(f"through_month must be 1..12, got {through_month}")
    sums, months = _sums_and_months(plan, figures, through_month)
    indicators = plan.indicators
    targets = plan.targets
    return [
        UnitAttainment(
            unit=unit,
            through_month=through_month,
            indicators={
                ind.code: IndicatorAttainment(
                    ind,
                    sums[unit.code][ind.numerator],
                    sums[unit.code][ind.denominator],
                    targets[(unit.code, ind.code)],
                )
                for ind in indicators
            },
            months_with_data=tuple(sorted(months[unit.code])),
        )
        for unit in plan.units
    ]


def unit_attainment(
    plan: Plan, unit_code: str, figures: Iterable[MonthlyFigures], through_month: int
) -> UnitAttainment:
    """One unit's attainment; its cost does not grow with the number of units in the plan."""
    if not 1 <= through_month <= 12:
        raise ValueError(f"through_month must be 1..12, got {through_month}")
    unit = plan.unit(unit_code)
    sums = dict.fromkeys(plan.element_codes, 0)
    months = set()
    for fig in figures:
        if fig.unit_code != unit_code or fig.year != plan.year or fig.month > through_month:
            continue
        if fig.values:
            months.add(fig.month)
        for code, value in fig.values.items():
            if code in sums:
                sums[code] += value
    return UnitAttainment(
        unit=unit,
        through_month=through_month,
        indicators={
            ind.code: indicator_attainment(ind, sums, plan.target(unit_code, ind.code))
            for ind in plan.indicators
        },
        months_with_data=tuple(sorted(months)),
    )


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
            den = fig.values.get(ind.denominator, 0) if fig else 0
            num = fig.values.get(ind.numerator, 0) if fig else 0
            result[ind.code][month] = Fraction(num, den) if den else None
    return result


def last_month_with_data(figures: Iterable[MonthlyFigures]) -> int | None:
    months = [f.month for f in figures if f.values]
    return max(months) if months else None
