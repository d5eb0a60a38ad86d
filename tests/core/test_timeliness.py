from datetime import date
from fractions import Fraction

from lak_desktop.core.builtin import builtin_plan
from lak_desktop.core.periods import PeriodConvention
from lak_desktop.core.plan import plan_from_dict, plan_to_dict
from lak_desktop.core.timeliness import MonthState, Receipt, due_date, status_table


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
    assert m1.rate == Fraction(2, 11) and m1.on_time_rate == Fraction(1, 11)
    assert [u.unit.code for u in table.to_chase(3)] == [
        u.code for u in plan.units if u.code not in ("NAMKA",)
    ]
