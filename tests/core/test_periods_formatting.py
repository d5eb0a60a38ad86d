from datetime import date
from fractions import Fraction

import pytest

from lak_desktop.core.formatting import format_count, format_date, format_int, format_percent
from lak_desktop.core.periods import PeriodConvention, month_range, range_through

D09 = PeriodConvention.DECREE09
CAL = PeriodConvention.CALENDAR


def test_january_under_decree09_starts_in_previous_year():
    assert month_range(2022, 1, D09) == (date(2021, 12, 15), date(2022, 1, 14))


@pytest.mark.parametrize("month", range(2, 13))
def test_decree09_month_runs_15th_to_14th(month):
    assert month_range(2022, month, D09) == (date(2022, month - 1, 15), date(2022, month, 14))


def test_decree09_months_tile_the_year_without_gaps():
    for month in range(1, 12):
        assert (month_range(2022, month + 1, D09)[0] - month_range(2022, month, D09)[1]).days == 1
    assert range_through(2022, 12, D09) == (date(2021, 12, 15), date(2022, 12, 14))


def test_calendar_months_and_february_of_leap_year():
    assert month_range(2022, 1, CAL) == (date(2022, 1, 1), date(2022, 1, 31))
    assert month_range(2024, 2, CAL) == (date(2024, 2, 1), date(2024, 2, 29))
    assert month_range(2022, 12, CAL) == (date(2022, 12, 1), date(2022, 12, 31))
    assert range_through(2022, 3, CAL) == (date(2022, 1, 1), date(2022, 3, 31))


@pytest.mark.parametrize("month", [0, 13])
def test_month_out_of_range(month):
    with pytest.raises(ValueError):
        month_range(2022, month, CAL)


def test_vietnamese_number_and_date_formats():
    assert format_int(1234) == "1.234"
    assert format_int(1000000) == "1.000.000"
    assert format_int(7) == "7"
    # A count not entered is blank (or a dash, where a table wants one), never 0.
    assert format_count(None) == "" and format_count(None, "—") == "—"
    assert format_count(0) == "0" and format_count(1234, "—") == "1.234"
    assert format_percent(Fraction(81, 200)) == "40,5%"
    assert format_percent(Fraction(2, 5)) == "40%"
    assert format_percent(Fraction(4, 5)) == "80%"
    assert format_percent(None) == "—"
    assert format_date(date(2022, 3, 5)) == "05/03/2022"


def test_rates_are_truncated_for_display_so_below_target_never_shows_the_target():
    assert format_percent(Fraction(3996, 10000)) == "39,9%"
    assert format_percent(Fraction(3996, 10000), truncate=False) == "40%"
