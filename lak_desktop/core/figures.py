"""Monthly figures: what a unit enters for one month, and how raw cells become counts."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

MAX_COUNT = 1_000_000
_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$")  # Vietnamese thousands: 1.234.567
_PLAIN = re.compile(r"^\d+$")


@dataclass(frozen=True)
class MonthlyFigures:
    """One unit, one month: a count per data element (absent = not entered) and a note."""

    unit_code: str
    year: int
    month: int
    values: Mapping[str, int] = field(default_factory=dict)
    note: str = ""

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.unit_code, self.year, self.month)

    def merged(self, values: Mapping[str, int | None], note: str | None = None) -> MonthlyFigures:
        """A copy with `values` laid over these; a None value clears that element."""
        combined = dict(self.values)
        for code, value in values.items():
            if value is None:
                combined.pop(code, None)
            else:
                combined[code] = value
        return MonthlyFigures(
            self.unit_code, self.year, self.month, combined, self.note if note is None else note
        )


class CountError(ValueError):
    """A cell that is not a count; the message is Vietnamese and names what was found."""


def parse_count(raw: object) -> int | None:
    """A cell as typed or read from a file -> a non-negative whole number, or None when empty.

    Accepts 1234, 1234.0 (spreadsheets store numbers as floats), "1234", "1.234".
    Refuses text, fractions, negatives, formulas and anything above MAX_COUNT.
    """
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise CountError(f"«{raw}» không phải là số.")
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, float):
        if raw != raw or not raw.is_integer():
            raise CountError(f"«{_show(raw)}» không phải là số nguyên.")
        value = int(raw)
    elif isinstance(raw, str):
        text = raw.strip().replace("\u00a0", "").replace(" ", "")
        if not text:
            return None
        if len(text) > 30:  # no count is that long; int() of thousands of digits is slow
            raise CountError(f"«{raw.strip()[:20]}…» không phải là số hợp lệ (quá dài).")
        if text.startswith("="):
            raise CountError(f"«{raw.strip()}» là công thức; hãy nhập con số.")
        if text.startswith("-") and (_PLAIN.match(text[1:]) or _GROUPED.match(text[1:])):
            raise CountError(f"«{raw.strip()}» là số âm; số hồ sơ không được âm.")
        if _PLAIN.match(text):
            value = int(text)
        elif _GROUPED.match(text):
            value = int(text.replace(".", ""))
        elif re.match(r"^-?\d+([.,]\d+)?$", text):
            raise CountError(f"«{raw.strip()}» không phải là số nguyên.")
        else:
            raise CountError(f"«{raw.strip()}» không phải là số.")
    else:
        raise CountError(f"«{_show(raw)}» không phải là số.")
    if value < 0:
        raise CountError(f"«{value}» là số âm; số hồ sơ không được âm.")
    if value > MAX_COUNT:
        raise CountError(f"«{value}» quá lớn (tối đa {MAX_COUNT:,}).".replace(",", "."))
    return value


def _show(raw: object) -> str:
    return str(raw).replace(".", ",") if isinstance(raw, float) else str(raw)
