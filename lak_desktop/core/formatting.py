"""Vietnamese display of numbers, rates and dates: 1.234, 40,5%, dd/mm/yyyy.

Only for display: every decision is taken on the exact values before they come here.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction


def format_int(value: int) -> str:
    """1234567 -> '1.234.567'."""
    return f"{value:,}".replace(",", ".")


def format_count(value: int | None, blank: str = "") -> str:
    """A count as `format_int`, or `blank` where none was entered (a blank is not a zero)."""
    return blank if value is None else format_int(value)


def _percent_decimal(value: Fraction, decimals: int, rounding: str) -> Decimal:
    scaled = Decimal(value.numerator * 100) / Decimal(value.denominator)
    return scaled.quantize(Decimal(1).scaleb(-decimals), rounding=rounding)


def format_percent(value: Fraction | None, decimals: int = 1, *, truncate: bool = True) -> str:
    """A fraction as a Vietnamese percentage: 81/200 -> '40,5%', 2/5 -> '40%'.

    Rates are truncated by default, so that a rate just below its target never reads as
    the target itself (39,96% shows 39,9%, not 40%).
    """
    if value is None:
        return "—"
    rounding = ROUND_DOWN if truncate else ROUND_HALF_UP
    number = _percent_decimal(Fraction(value), decimals, rounding)
    text = f"{number:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = format_int(int(whole.lstrip("-") or "0"))
    return f"{sign}{whole}{',' + frac if frac else ''}%"


def format_date(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def format_range(first: date, last: date) -> str:
    return f"{format_date(first)} – {format_date(last)}"
