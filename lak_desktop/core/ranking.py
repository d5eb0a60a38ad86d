"""Ranking units: weighted mean of capped attainment, ties broken by the uncapped mean."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from operator import itemgetter

from lak_desktop.core.attainment import UnitAttainment
from lak_desktop.core.formatting import format_percent
from lak_desktop.core.plan import Plan

# A score as the integers of its exact quotient, (numerator, denominator), not yet reduced: a
# national ranking orders 3,321 units by floats and needs the fractions only for the rows it
# shows and the rare runs of equal floats.
Exact = tuple[int, int]


@dataclass(frozen=True, eq=False)
class RankedUnit:
    attainment: UnitAttainment
    rank: int | None  # None: not ranked (no data at all, or left out by `complete_only`)
    exact: tuple[Exact, Exact] | None = field(default=None, repr=False)  # (score, uncapped)
    tied: bool = False  # another ranked unit has the same score: the tie-break decided

    @cached_property
    def score(self) -> Fraction | None:
        """Weighted mean of min(rate / target, 1); None without data."""
        return None if self.exact is None else Fraction(*self.exact[0])

    @cached_property
    def uncapped(self) -> Fraction | None:
        """The same mean without the cap, the tie-break."""
        return None if self.exact is None else Fraction(*self.exact[1])

    @property
    def excluded(self) -> bool:
        """Has data but was left out of the ranking (its months are not complete)."""
        return self.rank is None and self.exact is not None

    def _key(self) -> tuple:
        return (self.attainment, self.rank, self.score, self.uncapped, self.tied)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RankedUnit):
            return NotImplemented
        return self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]  # as a dataclass with eq: not hashable


def scores(plan: Plan, attainment: UnitAttainment) -> tuple[Fraction | None, Fraction | None]:
    """(score, uncapped score) over the indicators that have data; (None, None) without data."""
    found = _scored(plan, attainment)
    if found is None:
        return None, None
    score, uncapped = found[1]
    return Fraction(*score), Fraction(*uncapped)


def _scored(
    plan: Plan, attainment: UnitAttainment
) -> tuple[tuple[float, float], tuple[Exact, Exact]] | None:
    """((score, uncapped) as the floats nearest them, (score, uncapped) exactly, as integer
    pairs); None without data."""
    if plan.equal_weights:  # the usual case: a plain mean, without multiplying by weights
        # Added up as integer pairs: the same exact values as adding Fractions, at a fraction
        # of the cost for a national table, and reduced only when a fraction is asked for.
        cn, cd, un, ud, count = 0, 1, 0, 1, 0
        for _, numerator, denominator, target, _ in attainment.sums:
            if not denominator:
                continue
            # rate / target, exactly, as integers p / q
            p, q = numerator * target.denominator, denominator * target.numerator
            un, ud = un * q + p * ud, ud * q
            if p >= q:
                p = q = 1
            cn, cd = cn * q + p * cd, cd * q
            count += 1
        if not count:
            return None
        # Dividing integers gives the float nearest the exact quotient, as float() of the
        # Fraction does, without making the Fraction first.
        return (cn / (cd * count), un / (ud * count)), ((cn, cd * count), (un, ud * count))
    exact = [
        (indicator.code, Fraction(numerator, denominator) / target)
        for indicator, numerator, denominator, target, _ in attainment.sums
        if denominator
    ]
    if not exact:
        return None
    weights = plan.weights
    weight_sum = sum((weights[c] for c, _ in exact), Fraction(0))
    capped = sum((weights[c] * (r if r < 1 else 1) for c, r in exact), Fraction(0))
    uncapped = sum((weights[c] * r for c, r in exact), Fraction(0))
    score, mean = capped / weight_sum, uncapped / weight_sum
    return (float(score), float(mean)), (
        (score.numerator, score.denominator),
        (mean.numerator, mean.denominator),
    )


def _best_first(keyed: list[tuple]) -> list[tuple]:
    """Items keyed by the floats of their scores, ((score, uncapped), (attainment, (score,
    uncapped) exactly)), sorted by (score, uncapped), highest first, exactly, and stable (plan
    order on ties).

    Floats order the list quickly; the nearest float never reverses two fractions (a < b gives
    float(a) <= float(b)), so only runs of equal floats need an exact look."""
    keyed.sort(key=itemgetter(0), reverse=True)
    start = 0
    while start < len(keyed):
        end = start + 1
        while end < len(keyed) and keyed[end][0] == keyed[start][0]:
            end += 1
        if end - start > 1:
            keyed[start:end] = sorted(
                keyed[start:end],
                key=lambda k: (Fraction(*k[1][1][0]), Fraction(*k[1][1][1])),
                reverse=True,
            )
        start = end
    return keyed


def _equal(a: Exact, b: Exact) -> bool:
    """Two exact quotients, not reduced, are equal (their denominators are positive)."""
    return a[0] * b[1] == b[0] * a[1]


def rank_units(
    plan: Plan, attainments: Iterable[UnitAttainment], complete_only: bool = False
) -> list[RankedUnit]:
    """Best first. Units equal on both scores share a rank and the next rank skips (1, 2, 2, 4).
    Only the units that exist in the month reported on are ranked (merged communes).

    With `complete_only`, units without figures for every month through the report month are
    listed after the ranked ones, unranked; units without any data come last.
    """
    with_data: list[tuple] = []
    left_out: list[tuple] = []
    without: list[RankedUnit] = []
    for att in attainments:
        if not att.unit.active_in(att.through_month):
            continue  # dissolved before the month, or formed after it: not among the units
        found = _scored(plan, att)
        if found is None:
            without.append(RankedUnit(att, None))
            continue
        floats, exact = found
        if complete_only and not att.complete:
            left_out.append((floats, (att, exact)))
        else:
            with_data.append((floats, (att, exact)))
    ordered = _best_first(with_data)
    # Sorted, equal scores are next to each other: each run of them is one tie, and within it
    # a new rank starts where the uncapped score changes (1, 2, 2, 4). Unequal floats settle
    # nearly every comparison without the exact values.
    ranked: list[RankedUnit] = []
    count = len(ordered)
    start = 0
    while start < count:
        run_floats, (_, run_exact) = ordered[start]
        end = start + 1
        while (
            end < count
            and ordered[end][0][0] == run_floats[0]
            and _equal(ordered[end][1][1][0], run_exact[0])
        ):
            end += 1
        tied = end - start > 1
        rank = start + 1
        for position in range(start, end):
            floats, (att, exact) = ordered[position]
            if position > start:
                before_floats, (_, before) = ordered[position - 1]
                if before_floats[1] != floats[1] or not _equal(before[1], exact[1]):
                    rank = position + 1
            ranked.append(RankedUnit(att, rank, exact, tied))
        start = end
    return (
        ranked
        + [RankedUnit(att, None, exact) for _, (att, exact) in _best_first(left_out)]
        + without
    )


def ranking_note(r: RankedUnit) -> str:
    """Why a row reads as it does: figures that stop early, not ranked, a tie broken."""
    att = r.attainment
    parts = []
    if att.data_through is None:
        parts.append("chưa có số liệu")
    elif att.missing_months:
        missing = ", ".join(str(m) for m in att.missing_months)
        parts.append(f"số liệu đến tháng {att.data_through}; thiếu tháng {missing}")
    if att.incomplete_months:
        months = ", ".join(str(m) for m in att.incomplete_months)
        parts.append(f"tháng {months} chưa đủ số liệu, chưa tính")
    if r.excluded:
        parts.append("không xếp hạng (chưa đủ số liệu các tháng)")
    if r.tied and r.uncapped is not None:
        parts.append(f"bằng điểm, xét mức vượt {format_percent(r.uncapped)}")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]
