from datetime import date, timedelta
from fractions import Fraction

from lak_desktop.core.builtin import builtin_plan
from lak_desktop.core.periods import PeriodConvention
from lak_desktop.core.plan import plan_from_dict, plan_to_dict
from lak_desktop.core.timeliness import (
    MonthState,
    Receipt,
    due_date,
    first_files,
    status_from_first_files,
    status_table,
)


def test_due_date_follows_the_plans_convention_and_deadline():
    plan = builtin_plan()
    assert plan.deadline_days == 5
    assert due_date(plan, 1) == date(2022, 2, 5)
    assert due_date(plan, 12) == date(2023, 1, 5)
    data = plan_to_dict(plan)
    data["period_convention"] = PeriodConvention.DECREE09.value
    data["deadline_days"] = 2
    decree = plan_from_dict(data)
    assert due_date(decree, 3) == date(2022, 3, 16)


def test_the_default_deadline_keeps_old_digests():
    plan = builtin_plan()
    assert "deadline_days" not in plan_to_dict(plan)
    data = plan_to_dict(plan)
    data["deadline_days"] = 7
    assert plan_from_dict(data).digest() != plan.digest()


def test_states_on_time_late_missing_not_due():
    plan = builtin_plan()
    receipts = [
        Receipt("NAMKA", 1, date(2022, 2, 5), 1),  # the last day is still on time
        Receipt("NAMKA", 3, date(2022, 4, 9), 1),  # covers the skipped month 2, late
        Receipt("NAMKA", 3, date(2022, 4, 1), 2),  # ... no: this earlier one came first
        Receipt("LIENSON", 2, date(2022, 3, 6), 1),
        Receipt("GHOST", 1, date(2022, 2, 1), 1),  # not a unit of the plan
    ]
    table = status_table(plan, receipts, as_of=date(2022, 4, 6))
    namka = next(u for u in table.units if u.unit.code == "NAMKA")
    states = [m.state for m in namka.months[:5]]
    assert states == [
        MonthState.ON_TIME,
        MonthState.LATE,
        MonthState.ON_TIME,
        MonthState.NOT_DUE,
        MonthState.NOT_DUE,
    ]
    assert namka.month(2).received_on == date(2022, 4, 1) and namka.month(2).revision == 2
    assert namka.month(2).days_late == 27
    lienson = next(u for u in table.units if u.unit.code == "LIENSON")
    assert [m.state for m in lienson.months[:3]] == [
        MonthState.LATE,
        MonthState.LATE,
        MonthState.MISSING,
    ]
    krong = next(u for u in table.units if u.unit.code == "KRONGNO")
    assert krong.month(3).state is MonthState.MISSING  # due 05/04, as of 06/04
    m1 = table.months[0]
    assert (m1.expected, m1.received, m1.on_time) == (11, 2, 1)
    # A preview's: the plan's first units only, read as in the whole table.
    first = status_from_first_files(plan, first_files(receipts), date(2022, 4, 6), 2)
    assert first.units == table.units[:2] and [u.unit.code for u in first.units] == [
        "LIENSON",
        "BONGKRANG",
    ]
    assert (first.months[0].expected, first.months[0].received) == (2, 1)
    assert m1.rate == Fraction(2, 11) and m1.on_time_rate == Fraction(1, 11)
    assert [u.unit.code for u in table.to_chase(3)] == [
        u.code for u in plan.units if u.code not in ("NAMKA",)
    ]


def _status_by_definition(plan, receipts, as_of):
    """The states read straight off the definition: for each unit and month, the earliest file
    (on the same day, the lower revision) whose through month covers it."""
    out = {}
    for unit in plan.units:
        mine = sorted(
            (r for r in receipts if r.unit_code == unit.code and 1 <= r.through_month <= 12),
            key=lambda r: (r.received_on, r.revision),
        )
        latest = max(mine, key=lambda r: (r.received_on, r.revision, r.plan_revision), default=None)
        out[unit.code] = latest.plan_revision or None if latest else None
        for m in range(1, 13):
            due = due_date(plan, m)
            first = next((r for r in mine if r.through_month >= m), None)
            if not unit.active_in(m):
                out[(unit.code, m)] = (MonthState.INACTIVE, None, None)
            elif first is not None:
                late = first.received_on > due
                state = MonthState.LATE if late else MonthState.ON_TIME
                out[(unit.code, m)] = (state, first.received_on, first.revision)
            else:
                state = MonthState.MISSING if as_of > due else MonthState.NOT_DUE
                out[(unit.code, m)] = (state, None, None)
    return out


def test_the_one_pass_table_agrees_with_the_definition_on_random_files():
    import random
    from dataclasses import replace

    base = builtin_plan()
    rng = random.Random(9)
    for case in range(40):
        units = list(base.units)
        for i in rng.sample(range(len(units)), 3):  # some units live part of the year only
            start = rng.randint(1, 12)
            units[i] = replace(units[i], from_month=start, until_month=rng.randint(start, 12))
        plan = replace(base, units=tuple(units))
        receipts = [
            Receipt(
                rng.choice([u.code for u in units] + ["GHOST"]),
                rng.randint(0, 13),
                date(2022, 1, 1) + timedelta(days=rng.randint(0, 400)),
                rng.randint(1, 3),
                rng.randint(0, 3),
            )
            for _ in range(rng.randint(0, 60))
        ]
        as_of = date(2022, 1, 1) + timedelta(days=rng.randint(0, 420))
        table = status_table(plan, receipts, as_of)
        expected = _status_by_definition(plan, receipts, as_of)
        got = {
            (u.unit.code, s.month): (s.state, s.received_on, s.revision)
            for u in table.units
            for s in u.months
        }
        got.update({u.unit.code: u.plan_revision for u in table.units})
        assert got == expected, case
