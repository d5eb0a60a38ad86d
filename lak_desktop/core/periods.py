"""Reporting periods: the date range that month M of year Y covers under each convention."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum


class PeriodConvention(StrEnum):
    # Calendar months, as the seed's own baseline (01/01-31/12).
    CALENDAR = "calendar"
    # Decree 09/2019/NĐ-CP art. 12: the 15th of the previous month to the 14th of the month.
    DECREE09 = "decree09"


def month_range(year: int, month: int, convention: PeriodConvention) -> tuple[date, date]:
    """First and last day (both inclusive) of reporting month `month` of `year`."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, got {month}")
    if convention is PeriodConvention.CALENDAR:
        first = date(year, month, 1)
        nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return first, nxt - timedelta(days=1)
    start = date(year - 1, 12, 15) if month == 1 else date(year, month - 1, 15)
    return start, date(year, month, 14)


def range_through(year: int, month: int, convention: PeriodConvention) -> tuple[date, date]:
    """The date range from the start of the year through reporting month `month`."""
    return month_range(year, 1, convention)[0], month_range(year, month, convention)[1]
