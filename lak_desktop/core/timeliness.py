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

from lak_desktop.core.formatting import format_date
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


# Per unit: for each of months 1..12, the first file that covered it as (day received,
# revision), or None; and the plan revision of its latest file (None: no file, or not known).
# The storage keeps this as files come in; `first_files` makes it from the files themselves.
FirstFiles = tuple[tuple[tuple[date, int] | None, ...], int | None]


def first_files(receipts: Iterable[Receipt]) -> dict[str, FirstFiles]:
    """Each unit's first file per month: of the files whose through month covers it, the one
    received earliest (on the same day, the lower revision). The latest file is the one
    received last (then the higher revision, then the higher plan revision): neither depends
    on the order the files are given in."""
    months: dict[str, list[tuple[date, int] | None]] = {}
    latest: dict[str, tuple[date, int, int]] = {}
    for r in receipts:
        if not 1 <= r.through_month <= 12:
            continue
        key = (r.received_on, r.revision)
        firsts = months.setdefault(r.unit_code, [None] * 12)
        for m in range(r.through_month):
            if firsts[m] is None or key < firsts[m]:
                firsts[m] = key
        last = (r.received_on, r.revision, r.plan_revision)
        if r.unit_code not in latest or last > latest[r.unit_code]:
            latest[r.unit_code] = last
    return {unit: (tuple(firsts), latest[unit][2] or None) for unit, firsts in months.items()}


def status_table(plan: Plan, receipts: Iterable[Receipt], as_of: date) -> StatusTable:
    """Every unit of the plan × months 1..12, and the counts of each month."""
    return status_from_first_files(plan, first_files(receipts), as_of)


def status_from_first_files(
    plan: Plan, firsts: dict[str, FirstFiles], as_of: date, first_units: int | None = None
) -> StatusTable:
    """The status table from each unit's first file per month (units without any: none); of
    the plan's first `first_units` units only, when given (what a preview shows), the months'
    counts then over those."""
    dues = [due_date(plan, m) for m in range(1, 13)]
    # The months of a unit that has sent nothing are the same for every such unit, and many
    # units send on the same days: each distinct month status is made once and shared.
    unsent = tuple(
        MonthStatus(m, due, MonthState.MISSING if as_of > due else MonthState.NOT_DUE, None, None)
        for m, due in enumerate(dues, start=1)
    )
    inactive = tuple(
        MonthStatus(m, due, MonthState.INACTIVE, None, None) for m, due in enumerate(dues, start=1)
    )
    made: list[dict[tuple[date, int], MonthStatus]] = [{} for _ in dues]  # per month

    def status(m: int, first: tuple[date, int]) -> MonthStatus:
        due = dues[m - 1]
        state = MonthState.ON_TIME if first[0] <= due else MonthState.LATE
        made[m - 1][first] = MonthStatus(m, due, state, *first)
        return made[m - 1][first]

    nothing: FirstFiles = ((None,) * 12, None)
    per_month = list(zip(range(1, 13), made, unsent, strict=True))
    units = []
    for unit in plan.units[:first_units]:
        got, plan_revision = firsts.get(unit.code, nothing)
        whole_year = unit.from_month == 1 and unit.until_month == 12
        if whole_year and got == nothing[0]:
            units.append(UnitStatus(unit, unsent))
            continue
        months = tuple(
            [
                inactive[m - 1]
                if not whole_year and not unit.active_in(m)
                else none
                if first is None
                else kept.get(first) or status(m, first)
                for (m, kept, none), first in zip(per_month, got, strict=True)
            ]
        )
        units.append(UnitStatus(unit, months, plan_revision))
    summaries = []
    for m, due in enumerate(dues, start=1):
        states = [u.months[m - 1].state for u in units]
        on_time = states.count(MonthState.ON_TIME)
        expected = len(states) - states.count(MonthState.INACTIVE)
        summaries.append(
            MonthSummary(m, due, expected, on_time + states.count(MonthState.LATE), on_time)
        )
    return StatusTable(plan.year, as_of, tuple(units), tuple(summaries))


# The list of units to call (danh sách cần đôn đốc): the same lines on the screen, on paper
# and in the workbook.


def latest_file(u: UnitStatus) -> str:
    months = [m for m in u.months if m.received_on is not None]
    if not months:
        return "Chưa gửi"
    last = max(months, key=lambda m: m.month)
    return f"Đến tháng {last.month}, lần {last.revision}, nhận {format_date(last.received_on)}"


def chase_rows(table: StatusTable, month: int) -> list[tuple[int, str, str, str, str]]:
    """Number, unit, state of the month, its deadline, the latest file received."""
    return [chase_row(table, n, u, month) for n, u in enumerate(table.to_chase(month), start=1)]


def chase_row(table: StatusTable, n: int, u, month: int) -> tuple[int, str, str, str, str]:
    """One unit's line of the list (`n`: its number in the list)."""
    m = u.month(month)
    state = STATE_LABELS[m.state]
    if m.state is MonthState.MISSING:
        state += f" {(table.as_of - m.due).days} ngày"
    return (n, u.unit.name, state, format_date(m.due), latest_file(u))


def chase_title(plan: Plan, table: StatusTable, month: int) -> list[str]:
    first, last = month_range(plan.year, month, plan.period_convention)
    return [
        "DANH SÁCH ĐƠN VỊ CẦN ĐÔN ĐỐC GỬI BÁO CÁO",
        f"Báo cáo tháng {month} năm {plan.year} (từ ngày {format_date(first)} đến ngày "
        f"{format_date(last)}), tính đến ngày {format_date(table.as_of)}",
    ]
