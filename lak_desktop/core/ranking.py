"""Ranking units: weighted mean of capped attainment, ties broken by the uncapped mean."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from lak_desktop.core.attainment import UnitAttainment
from lak_desktop.core.plan import Plan


@dataclass(frozen=True)
class RankedUnit:
    attainment: UnitAttainment
    rank: int | None  # None: no data at all, listed last
    score: Fraction | None  # weighted mean of min(rate / target, 1)
    uncapped: Fraction | None  # the same mean without the cap, the tie-break


def scores(plan: Plan, attainment: UnitAttainment) -> tuple[Fraction | None, Fraction | None]:
    """(score, uncapped score) over the indicators that have data; (None, None) without data."""
    weight_sum = Fraction(0)
    capped = Fraction(0)
    uncapped = Fraction(0)
    for code, result in attainment.indicators.items():
        rate = result.rate
        if rate is None:
            continue
        weight = plan.weights[code]
        ratio = rate / result.target
        weight_sum += weight
        capped += weight * min(ratio, Fraction(1))
        uncapped += weight * ratio
    if not weight_sum:
        return None, None
    return capped / weight_sum, uncapped / weight_sum


def rank_units(plan: Plan, attainments: Iterable[UnitAttainment]) -> list[RankedUnit]:
    """Best first. Units equal on both scores share a rank and the next rank skips (1, 2, 2, 4)."""
    with_data: list[RankedUnit] = []
    without: list[RankedUnit] = []
    for att in attainments:
        score, uncapped = scores(plan, att)
        if score is None:
            without.append(RankedUnit(att, None, None, None))
        else:
            with_data.append(RankedUnit(att, None, score, uncapped))
    with_data.sort(key=lambda r: (r.score, r.uncapped), reverse=True)  # stable: plan order on ties
    ranked: list[RankedUnit] = []
    for position, item in enumerate(with_data, start=1):
        previous = ranked[-1] if ranked else None
        same = previous and (previous.score, previous.uncapped) == (item.score, item.uncapped)
        rank = previous.rank if same and previous else position
        ranked.append(RankedUnit(item.attainment, rank, item.score, item.uncapped))
    return ranked + without
