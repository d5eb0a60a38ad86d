"""Completeness and timeliness of the units' reports, the way DHIS2 counts them.

Month M of a unit is due `plan.deadline_days` days after its reporting period closes. It is
*on time* when a file covering M (through month ≥ M, not refused) was received by then, *late*
when the first such file came after it, *missing* when none has come and the deadline has
passed, and *not due* otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction
from typing import NamedTuple

from lak_desktop.core.periods import month_range
from lak_desktop.core.plan import Plan, Unit


class MonthState(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    MISSING = "missing"
    NOT_DUE = "not_due"
    INACTIVE = "inactive"  # the unit did not exist that month (merged communes)


STATE_LABELS = {
    MonthState.ON_TIME: "Đúng hạn",
    MonthState.LATE: "Muộn",
    MonthState.MISSING: "Chưa gửi, quá hạn",
    MonthState.NOT_DUE: "Chưa đến hạn",
    MonthState.INACTIVE: "Không hoạt động",
}


@dataclass(frozen=True)
class Receipt:
    """A unit's file the office received and read (whatever it decided about its figures)."""

    unit_code: str
    through_month: int
    received_on: date
    revision: int
    plan_revision: int = 0  # of the plan the unit worked under; 0: not known


class MonthStatus(NamedTuple):  # a tuple: a national table makes 40,000 of them
    month: int
    due: date
    state: MonthState
    received_on: date | None  # the first file covering the month
    revision: int | None

    @property
    def days_late(self) -> int:
        if self.state is not MonthState.LATE or self.received_on is None:
            return 0
        return (self.received_on - self.due).days


@dataclass(frozen=True)
class UnitStatus:
    unit: Unit
    months: tuple[MonthStatus, ...]  # months 1..12
    # The plan revision of the unit's latest file (None: no file, or not known); lower than the
    # plan's own revision when the unit still works under an earlier one.
    plan_revision: int | None = None

    def month(self, month: int) -> MonthStatus:
        return self.months[month - 1]


@dataclass(frozen=True)
class MonthSummary:
    month: int
    due: date
    expected: int
    received: int
    on_time: int

    @property
    def rate(self) -> Fraction | None:
        return Fraction(self.received, self.expected) if self.expected else None

    @property
    def on_time_rate(self) -> Fraction | None:
        return Fraction(self.on_time, self.expected) if self.expected else None


@dataclass(frozen=True)
class StatusTable:
    year: int
    as_of: date
    units: tuple[UnitStatus, ...]
    months: tuple[MonthSummary, ...]

    def to_chase(self, month: int) -> list[UnitStatus]:
        """The units with no file covering `month` yet: the ones to call (đôn đốc)."""
        return [
            u
            for u in self.units
            if u.month(month).state in (MonthState.MISSING, MonthState.NOT_DUE)
        ]


def due_date(plan: Plan, month: int) -> date:
    """The last day on which month `month`'s file is on time."""
    last = month_range(plan.year, month, plan.period_convention)[1]
    return last + timedelta(days=plan.deadline_days)


def status_table(plan: Plan, receipts: Iterable[Receipt], as_of: date) -> StatusTable:
    """Every unit of the plan × months 1..12, and the counts of each month."""
    by_unit: dict[str, list[Receipt]] = {u.code: [] for u in plan.units}
    for r in receipts:
        if r.unit_code in by_unit and 1 <= r.through_month <= 12:
            by_unit[r.unit_code].append(r)
    dues = [due_date(plan, m) for m in range(1, 13)]
    # The months of a unit that has sent nothing are the same for every such unit: made once.
    unsent = tuple(
        MonthStatus(m, due, MonthState.MISSING if as_of > due else MonthState.NOT_DUE, None, None)
        for m, due in enumerate(dues, start=1)
    )
    inactive = tuple(
        MonthStatus(m, due, MonthState.INACTIVE, None, None) for m, due in enumerate(dues, start=1)
    )
    units = []
    for unit in plan.units:
        received = by_unit[unit.code]
        whole_year = unit.from_month == 1 and unit.until_month == 12
        if not received and whole_year:
            units.append(UnitStatus(unit, unsent))
            continue
        # Earliest first; on the same day the lower revision came first. Each month's first
        # file is the first in that order to cover it: one pass over the files.
        received.sort(key=lambda r: (r.received_on, r.revision))
        first: list[Receipt | None] = [None] * 13
        covered = 0
        for r in received:
            while covered < r.through_month:
                covered += 1
                first[covered] = r
        months = []
        for m, due in enumerate(dues, start=1):
            got = first[m]
            if not whole_year and not unit.active_in(m):
                months.append(inactive[m - 1])
            elif got is not None:
                state = MonthState.ON_TIME if got.received_on <= due else MonthState.LATE
                months.append(MonthStatus(m, due, state, got.received_on, got.revision))
            else:
                months.append(unsent[m - 1])
        latest = max(received, key=lambda r: (r.received_on, r.revision), default=None)
        plan_revision = latest.plan_revision if latest and latest.plan_revision else None
        units.append(UnitStatus(unit, tuple(months), plan_revision))
    summaries = []
    for m, due in enumerate(dues, start=1):
        states = [u.months[m - 1].state for u in units]
        on_time = states.count(MonthState.ON_TIME)
        expected = len(states) - states.count(MonthState.INACTIVE)
        summaries.append(
            MonthSummary(m, due, expected, on_time + states.count(MonthState.LATE), on_time)
        )
    return StatusTable(plan.year, as_of, tuple(units), tuple(summaries))
