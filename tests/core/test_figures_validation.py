import pytest

from lak_desktop.core.figures import CountError, MonthlyFigures, parse_count
from lak_desktop.core.validation import validate_batch, validate_figures


@pytest.mark.parametrize(
    "raw, expected",
    [
        (0, 0),
        (12, 12),
        (12.0, 12),
        ("12", 12),
        (" 1.234 ", 1234),
        ("1000000", 1000000),
        ("", None),
        (None, None),
        ("  ", None),
    ],
)
def test_parse_count_accepts(raw, expected):
    assert parse_count(raw) == expected


@pytest.mark.parametrize(
    "raw, words",
    [
        ("abc", "không phải là số"),
        ("-3", "âm"),
        (-3, "âm"),
        ("12,5", "nguyên"),
        (12.5, "nguyên"),
        ("=A1+1", "công thức"),
        ("1000001", "quá lớn"),
        (True, "không phải là số"),
        ("1.5", "nguyên"),
    ],
)
def test_parse_count_refuses_with_a_reason(raw, words):
    with pytest.raises(CountError) as info:
        parse_count(raw)
    assert words in str(info.value)


def fig(unit="NAMKA", year=2022, month=3, **values):
    return MonthlyFigures(unit, year, month, values)


def test_valid_month_has_no_problems(plan):
    assert validate_figures(plan, fig(received_total=100, received_online=100)) == []


def test_online_above_received_names_unit_month_and_field(plan):
    problems = validate_figures(plan, fig(received_total=100, received_online=101))
    assert len(problems) == 1
    p = problems[0]
    assert (p.unit_code, p.month, p.field) == ("NAMKA", 3, "received_online")
    assert "UBND xã Nam Ka, tháng 3, «Tiếp nhận trực tuyến»" in p.message
    assert "không được lớn hơn" in p.message


def test_digitized_above_resolved(plan):
    problems = validate_figures(plan, fig(resolved_total=5, results_digitized=6))
    assert [p.field for p in problems] == ["results_digitized"]


def test_numerator_without_denominator_is_refused(plan):
    assert validate_figures(plan, fig(received_online=1))


@pytest.mark.parametrize(
    "figures, words",
    [
        (fig(unit="GHOST", received_total=1), "không có trong kế hoạch"),
        (fig(year=2023, received_total=1), "năm 2023"),
        (fig(month=13, received_total=1), "tháng phải từ 1 đến 12"),
        (fig(month=0), "tháng phải từ 1 đến 12"),
        (fig(received_total=-1), "phải từ 0"),
        (fig(received_total=1_000_001), "phải từ 0"),
        (fig(bogus=1), "bogus"),
    ],
)
def test_each_rule(plan, figures, words):
    problems = validate_figures(plan, figures)
    assert problems and words in " ".join(p.message for p in problems)


def test_duplicate_rows_in_a_batch(plan):
    a = fig(received_total=1)
    problems = validate_batch(plan, [(a, 2), (a, 3)])
    assert len(problems) == 1
    assert problems[0].row == 3 and "dòng 2" in problems[0].message


def test_merge_lays_values_over_and_none_clears():
    base = fig(received_total=10, received_online=4)
    merged = base.merged({"received_online": None, "resolved_total": 3}, note="x")
    assert merged.values == {"received_total": 10, "resolved_total": 3}
    assert merged.note == "x"
