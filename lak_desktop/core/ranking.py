"""Ranking units: weighted mean of capped attainment, ties broken by the uncapped mean."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from lak_desktop.core.attainment import UnitAttainment
from lak_desktop.core.formatting import format_percent
from lak_desktop.core.plan import Plan


@dataclass(frozen=True)
class RankedUnit:
    attainment: UnitAttainment
    rank: int | None  # None: not ranked (no data at all, or left out by `complete_only`)
    score: Fraction | None  # weighted mean of min(rate / target, 1)
    uncapped: Fraction | None  # the same mean without the cap, the tie-break
    tied: bool = False  # another ranked unit has the same score: the tie-break decided

    @property
    def excluded(self) -> bool:
        """Has data but was left out of the ranking (its months are not complete)."""
        return self.rank is None and self.score is not None


def scores(plan: Plan, attainment: UnitAttainment) -> tuple[Fraction | None, Fraction | None]:
    """(score, uncapped score) over the indicators that have data; (None, None) without data."""
    ratios = []  # rate / target of each indicator with data, exactly, as integers p / q
    for code, result in attainment.indicators.items():
        if not result.denominator:
            continue
        target = result.target
        ratios.append(
            (code, result.numerator * target.denominator, result.denominator * target.numerator)
        )
    if not ratios:
        return None, None
    if plan.equal_weights:  # the usual case: a plain mean, without multiplying by weights
        # Added up as integer pairs and reduced once at the end: the same exact values as
        # adding Fractions, at a fraction of the cost for a national table.
        cn, cd, un, ud = 0, 1, 0, 1
        for _, p, q in ratios:
            un, ud = un * q + p * ud, ud * q
            if p >= q:
                p = q = 1
            cn, cd = cn * q + p * cd, cd * q
        count = len(ratios)
        return Fraction(cn, cd * count), Fraction(un, ud * count)
    weights = plan.weights
    exact = [(c, Fraction(p, q)) for c, p, q in ratios]
    weight_sum = sum((weights[c] for c, _ in exact), Fraction(0))
    capped = sum((weights[c] * (r if r < 1 else 1) for c, r in exact), Fraction(0))
    uncapped = sum((weights[c] * r for c, r in exact), Fraction(0))
    return capped / weight_sum, uncapped / weight_sum


def _best_first(items: list[RankedUnit]) -> None:
    """Sort by (score, uncapped), highest first, exactly, and stable (plan order on ties).

    Floats order the list quickly; float() never reverses two fractions (a < b gives
    float(a) <= float(b)), so only runs of equal floats need an exact look."""
    items.sort(key=lambda r: (float(r.score), float(r.uncapped)), reverse=True)
    start = 0
    while start < len(items):
        end = start + 1
        key = (float(items[start].score), float(items[start].uncapped))
        while (
            end < len(items)
            and (
                float(items[end].score),
                float(items[end].uncapped),
            )
            == key
        ):
            end += 1
        if end - start > 1:
            items[start:end] = sorted(
                items[start:end], key=lambda r: (r.score, r.uncapped), reverse=True
            )
        start = end


def rank_units(
    plan: Plan, attainments: Iterable[UnitAttainment], complete_only: bool = False
) -> list[RankedUnit]:
    """Best first. Units equal on both scores share a rank and the next rank skips (1, 2, 2, 4).
    Only the units that exist in the month reported on are ranked (merged communes).

    With `complete_only`, units without figures for every month through the report month are
    listed after the ranked ones, unranked; units without any data come last.
    """
    with_data: list[RankedUnit] = []
    left_out: list[RankedUnit] = []
    without: list[RankedUnit] = []
    for att in attainments:
        if not att.unit.active_in(att.through_month):
            continue  # dissolved before the month, or formed after it: not among the units
        score, uncapped = scores(plan, att)
        if score is None:
            without.append(RankedUnit(att, None, None, None))
        elif complete_only and not att.complete:
            left_out.append(RankedUnit(att, None, score, uncapped))
        else:
            with_data.append(RankedUnit(att, None, score, uncapped))
    _best_first(with_data)
    score_counts: dict[Fraction | None, int] = {}
    for item in with_data:
        score_counts[item.score] = score_counts.get(item.score, 0) + 1
    ranked: list[RankedUnit] = []
    for position, item in enumerate(with_data, start=1):
        previous = ranked[-1] if ranked else None
        same = previous and (previous.score, previous.uncapped) == (item.score, item.uncapped)
        rank = previous.rank if same and previous else position
        tied = score_counts[item.score] > 1
        ranked.append(RankedUnit(item.attainment, rank, item.score, item.uncapped, tied))
    _best_first(left_out)
    return ranked + left_out + without


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
