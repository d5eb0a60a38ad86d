from dataclasses import replace
from fractions import Fraction

from lak_desktop.core.attainment import (
    IndicatorAttainment,
    Status,
    monthly_rates,
    totals,
    unit_attainment,
    year_attainment,
)
from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.core.ranking import rank_units


def fig(unit, month, rt=0, ro=0, rs=0, rd=0):
    return MonthlyFigures(
        unit,
        2022,
        month,
        {
            "received_total": rt,
            "received_online": ro,
            "resolved_total": rs,
            "results_digitized": rd,
        },
    )


def online(plan, unit, figures, through=12):
    return unit_attainment(plan, unit, figures, through).indicators["online_rate"]


def test_seed_worked_example_800_of_1000_is_80_percent(plan):
    a = online(plan, "NAMKA", [fig("NAMKA", 1, rt=1000, ro=800)])
    assert a.rate == Fraction(4, 5)
    assert a.status is Status.MET
    assert a.shortfall == 0


def test_exactly_at_target_is_met(plan):
    a = online(plan, "NAMKA", [fig("NAMKA", 1, rt=1000, ro=400)])
    assert a.rate == Fraction(2, 5) and a.status is Status.MET


def test_just_below_target_is_not_met_and_short_by_one(plan):
    a = online(plan, "NAMKA", [fig("NAMKA", 1, rt=1000, ro=399)])
    assert a.status is Status.NOT_MET
    assert a.shortfall == 1


def test_below_target_by_a_hair_that_floats_would_round_away(plan):
    # 3999999/10000000 is 39.99999%: exact arithmetic still says not met.
    ind = plan.indicators[0]
    a = IndicatorAttainment(ind, 399_999, 1_000_000, Fraction(2, 5))
    assert a.status is Status.NOT_MET
    assert a.shortfall == 1


def test_shortfall_rounds_up_to_whole_dossiers(plan):
    # 60% of 7 is 4.2: five online dossiers were needed.
    a = online(plan, "LIENSON", [fig("LIENSON", 1, rt=7, ro=3)])
    assert a.shortfall == 2


def test_year_to_date_sums_months_through_the_given_month(plan):
    figures = [fig("NAMKA", 1, rt=10, ro=2), fig("NAMKA", 2, rt=10, ro=8), fig("NAMKA", 3, rt=80)]
    assert online(plan, "NAMKA", figures, through=1).rate == Fraction(1, 5)
    assert online(plan, "NAMKA", figures, through=2).rate == Fraction(1, 2)
    assert online(plan, "NAMKA", figures, through=3).rate == Fraction(1, 10)


def test_zero_denominator_is_no_data_not_zero(plan):
    a = online(plan, "NAMKA", [fig("NAMKA", 1, rs=10, rd=5)])
    assert a.rate is None and a.status is Status.NO_DATA and a.shortfall == 0
    other = unit_attainment(plan, "NAMKA", [fig("NAMKA", 1, rs=10, rd=5)], 12)
    assert other.indicators["result_digitization_rate"].status is Status.MET


def test_other_units_and_years_are_not_counted(plan):
    other_year = MonthlyFigures("NAMKA", 2021, 1, {"received_total": 50})
    a = online(plan, "NAMKA", [fig("EARBIN", 1, rt=100, ro=100), other_year])
    assert a.denominator == 0


def test_monthly_rates_for_charts(plan):
    rates = monthly_rates(plan, "NAMKA", [fig("NAMKA", 2, rt=4, ro=1)])
    assert rates["online_rate"][2] == Fraction(1, 4)
    assert rates["online_rate"][1] is None


def rank_map(plan, figures, through=12):
    ranked = rank_units(plan, year_attainment(plan, figures, through))
    return {r.attainment.unit.code: r for r in ranked}, ranked


def test_ranking_ties_share_a_rank_and_the_next_skips(plan):
    figures = [
        fig("LIENSON", 1, rt=10, ro=9, rs=10, rd=9),  # best on the uncapped tie-break
        fig("BONGKRANG", 1, rt=10, ro=4, rs=10, rd=4),  # exactly at target: 100%
        fig("YANGTAO", 1, rt=20, ro=8, rs=20, rd=8),  # same rates as BONGKRANG: tie
        fig("DAKLIENG", 1, rt=10, ro=1, rs=10, rd=1),
    ]
    by_code, ranked = rank_map(plan, figures)
    assert by_code["LIENSON"].rank == 1
    assert by_code["BONGKRANG"].rank == 2
    assert by_code["YANGTAO"].rank == 2
    assert by_code["DAKLIENG"].rank == 4
    assert by_code["BONGKRANG"].score == 1
    # Units with no data have no rank and come last.
    assert by_code["EARBIN"].rank is None and by_code["EARBIN"].score is None
    assert [r.rank for r in ranked[-7:]] == [None] * 7


def test_capped_score_ties_are_broken_by_the_uncapped_mean(plan):
    figures = [
        fig("BONGKRANG", 1, rt=10, ro=5, rs=10, rd=5),  # 125% of target, capped to 100%
        fig("YANGTAO", 1, rt=10, ro=10, rs=10, rd=10),  # 250% of target, capped to 100%
    ]
    by_code, _ = rank_map(plan, figures)
    assert by_code["BONGKRANG"].score == by_code["YANGTAO"].score == 1
    assert by_code["YANGTAO"].rank == 1 and by_code["BONGKRANG"].rank == 2


def test_score_uses_only_indicators_with_data_and_weights(plan):
    figures = [fig("NAMKA", 1, rt=10, ro=2)]  # 20% of a 40% target, nothing resolved
    by_code, _ = rank_map(plan, figures)
    assert by_code["NAMKA"].score == Fraction(1, 2)
    weighted = replace(
        plan, weights={"online_rate": Fraction(3), "result_digitization_rate": Fraction(1)}
    )
    figures = [fig("NAMKA", 1, rt=10, ro=2, rs=10, rd=4)]  # 50% and 100% of target
    by_code, _ = rank_map(weighted, figures)
    assert by_code["NAMKA"].score == Fraction(3 * 1, 4 * 2) + Fraction(1, 4)


def test_complete_only_leaves_units_with_missing_months_unranked(plan):
    from lak_desktop.core.attainment import year_attainment
    from lak_desktop.core.ranking import rank_units, ranking_note

    def fig(unit, m, rt, ro):
        values = {"received_total": rt, "received_online": ro}
        values |= {"resolved_total": 10, "results_digitized": 4}  # 40%: met, like the rest
        return MonthlyFigures(unit, 2022, m, values)

    figures = [
        fig("NAMKA", 1, 10, 9),  # best rate, but month 2 is missing
        fig("LIENSON", 1, 10, 6),
        fig("LIENSON", 2, 10, 6),
        fig("EARBIN", 1, 10, 4),
        fig("EARBIN", 2, 10, 4),
    ]
    attainments = year_attainment(plan, figures, 2)
    everyone = rank_units(plan, attainments)
    assert [(r.attainment.unit.code, r.rank) for r in everyone[:3]] == [
        ("NAMKA", 1),
        ("LIENSON", 2),
        ("EARBIN", 2),  # equal on both scores: the same rank
    ]
    # All three at 100% of the online target: the tie-break (the uncapped mean) is shown.
    assert all(r.tied for r in everyone[:3])
    assert "bằng điểm" in ranking_note(everyone[0]).lower()
    complete = rank_units(plan, attainments, complete_only=True)
    namka = next(r for r in complete if r.attainment.unit.code == "NAMKA")
    assert namka.rank is None and namka.excluded and namka.attainment.data_through == 1
    assert ranking_note(namka).startswith("Số liệu đến tháng 1; thiếu tháng 2")
    assert [r.attainment.unit.code for r in complete if r.rank is not None] == [
        "LIENSON",
        "EARBIN",
    ]


def test_a_blank_is_not_a_zero(plan):
    """Only "received total" typed for June and July: those months add nothing to the online
    rate (they are incomplete), and they are named."""

    def month(m, **values):
        return MonthlyFigures("NAMKA", 2022, m, values)

    figures = [
        month(1, received_total=100, received_online=50, resolved_total=80, results_digitized=40),
        month(6, received_total=200),
        month(7, received_total=300, received_online=0),  # 0 is a value
        month(8, resolved_total=10),
    ]
    att = unit_attainment(plan, "NAMKA", figures, 8)
    online = att.indicators["online_rate"]
    assert (online.numerator, online.denominator) == (50, 400)  # January and July count
    assert online.incomplete_months == (6, 8)
    digit = att.indicators["result_digitization_rate"]
    assert (digit.numerator, digit.denominator) == (40, 80)
    assert digit.incomplete_months == (6, 7, 8)
    assert att.incomplete_months == (6, 7, 8) and not att.complete
    rates = monthly_rates(plan, "NAMKA", figures)
    assert rates["online_rate"][6] is None and rates["online_rate"][7] == 0
    assert rates["result_digitization_rate"][8] is None
    everyone = {a.unit.code: a for a in year_attainment(plan, figures, 8)}
    assert everyone["NAMKA"].indicators["online_rate"] == online
    # The year to date of each element: what was entered, and None (not 0) where nothing was.
    assert totals(plan, figures, 8, ["NAMKA"]) == {
        "NAMKA": {
            "received_total": 600,
            "received_online": 50,
            "resolved_total": 90,
            "results_digitized": 40,
        }
    }
    assert totals(plan, figures[1:], 8)["NAMKA"]["results_digitized"] is None
    assert set(totals(plan, figures, 8)["KRONGNO"].values()) == {None}
    assert att.counted("online_rate") and att.counted("result_digitization_rate")
    # Only June and August: months with figures, but none counts toward either indicator.
    late = unit_attainment(plan, "NAMKA", [figures[1], figures[3]], 8)
    assert late.months_with_data == (6, 8)
    assert not late.counted("online_rate") and not late.counted("result_digitization_rate")


def test_scores_are_the_exact_means_of_capped_ratios():
    """Scores added up as integer pairs equal the plain Fraction arithmetic they replace."""
    import random
    from fractions import Fraction

    from lak_desktop.core.attainment import IndicatorAttainment, UnitAttainment
    from lak_desktop.core.builtin import builtin_plan
    from lak_desktop.core.ranking import scores

    plan = builtin_plan()
    unit = plan.units[0]
    rng = random.Random(3)
    for _ in range(300):
        sums = []
        for ind in plan.indicators:
            den = rng.choice([0, rng.randint(1, 10**6)])
            num = rng.randint(0, den) if den else 0
            target = Fraction(rng.randint(1, 100), 100)
            sums.append((ind, num, den, target, ()))
        att = UnitAttainment(unit, 12, tuple(sums), (1,))
        assert att.indicators == {s[0].code: IndicatorAttainment(*s) for s in sums}
        ratios = [
            Fraction(r.numerator, r.denominator) / r.target
            for r in att.indicators.values()
            if r.denominator
        ]
        expected = (
            (None, None)
            if not ratios
            else (
                sum(min(r, Fraction(1)) for r in ratios) / len(ratios),
                sum(ratios) / len(ratios),
            )
        )
        assert scores(plan, att) == expected


def test_ranking_agrees_with_the_rule_read_plainly_on_many_ties():
    """Ranks, ties and the order of a national table, against the rule written the plain way:
    sort by (score, uncapped) exactly, highest first, plan order on ties; equal pairs share a
    rank and the next skips; a unit is marked tied when another has the same score."""
    import random

    from lak_desktop.core.builtin import builtin_plan
    from lak_desktop.core.ranking import scores

    base = builtin_plan()
    rng = random.Random(11)
    units = tuple(replace(base.units[0], code=f"U{i:03d}", name=f"Xã {i}") for i in range(300))
    targets = {(u.code, i.code): Fraction(1, 2) for u in units for i in base.indicators}
    plan = replace(base, units=units, targets=targets)
    for complete_only in (False, True):
        figures = []
        for u in units:  # few distinct values: many equal scores, capped and uncapped
            for m in range(1, rng.choice([0, 3, 7, 7])):  # 7: months 1..6, complete
                total = rng.choice([10, 20])
                figures.append(fig(u.code, m, total, rng.choice([0, 5, 10]), total, total))
        atts = year_attainment(plan, figures, 6)
        ranked = rank_units(plan, atts, complete_only)
        scored = [(a, *scores(plan, a)) for a in atts]
        counted = [x for x in scored if x[1] is not None and (x[0].complete or not complete_only)]
        expected = sorted(counted, key=lambda x: (x[1], x[2]), reverse=True)
        got = [r for r in ranked if r.rank is not None]
        assert [r.attainment.unit.code for r in got] == [x[0].unit.code for x in expected]
        for r in got:
            assert r.rank == 1 + sum((x[1], x[2]) > (r.score, r.uncapped) for x in expected)
            assert r.tied == (sum(x[1] == r.score for x in expected) > 1)
        rest = [r.attainment.unit.code for r in ranked if r.rank is None]
        left_out = sorted(
            (x for x in scored if x[1] is not None and x not in counted),
            key=lambda x: (x[1], x[2]),
            reverse=True,
        )
        assert rest == [x[0].unit.code for x in left_out] + [
            x[0].unit.code for x in scored if x[1] is None
        ]


def test_scores_with_the_same_float_are_ordered_and_compared_exactly():
    """Two scores a hair apart have the same nearest float: their exact integers decide the
    order, and equal quotients written with other integers are the same score (a tie)."""
    from fractions import Fraction

    from lak_desktop.core.attainment import UnitAttainment
    from lak_desktop.core.builtin import builtin_plan
    from lak_desktop.core.ranking import rank_units

    plan = builtin_plan()
    online, digitized = plan.indicators
    big = 10**30
    # (numerator, denominator) of the online rate against a target of 100%; no other data
    low, high, low_again = (big, 3 * big + 1), (big, 3 * big), (2 * big, 6 * big + 2)
    assert low[0] / low[1] == high[0] / high[1]  # the floats cannot tell them apart
    attainments = [
        UnitAttainment(
            unit,
            12,
            ((online, num, den, Fraction(1), ()), (digitized, 0, 0, Fraction(2, 5), ())),
            (1,),
        )
        for unit, (num, den) in zip(plan.units, (low, high, low_again), strict=False)
    ]
    ranked = rank_units(plan, attainments)
    names = [r.attainment.unit.code for r in ranked[:3]]
    assert names == [plan.units[1].code, plan.units[0].code, plan.units[2].code]
    assert [r.rank for r in ranked[:3]] == [1, 2, 2]
    assert [r.tied for r in ranked[:3]] == [False, True, True]
    assert ranked[1].score == ranked[2].score == Fraction(*low) < ranked[0].score
