"""Checks on monthly figures. Every problem names unit, month and field in Vietnamese."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lak_desktop.core.figures import MAX_COUNT, MonthlyFigures
from lak_desktop.core.formatting import format_int
from lak_desktop.core.plan import Plan


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, ready to show to the user."""

    message: str
    unit_code: str | None = None
    month: int | None = None
    field: str | None = None
    row: int | None = None  # line of the file it came from, when it came from a file
    source: str | None = None  # the file, when it came from one

    def __str__(self) -> str:
        where = []
        if self.source:
            where.append(self.source)
        if self.row is not None:
            where.append(f"dòng {self.row}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


def place(plan: Plan | None, unit_code: str | None, month: int | None, field: str | None) -> str:
    """'UBND xã Yang Tao, tháng 3, «Tiếp nhận trực tuyến»' — where a problem is."""
    parts = []
    if unit_code is not None:
        name = plan.unit(unit_code).name if plan and plan.has_unit(unit_code) else unit_code
        parts.append(name)
    if month is not None:
        parts.append(f"tháng {month}")
    if field is not None:
        label = field
        if plan is not None:
            try:
                label = plan.element(field).label
            except KeyError:
                pass
        parts.append(f"«{label}»")
    return ", ".join(parts)


def problem(
    plan: Plan | None,
    text: str,
    unit_code: str | None = None,
    month: int | None = None,
    field: str | None = None,
    row: int | None = None,
) -> Problem:
    where = place(plan, unit_code, month, field)
    return Problem(f"{where}: {text}" if where else text, unit_code, month, field, row)


def validate_figures(plan: Plan, figures: MonthlyFigures, row: int | None = None) -> list[Problem]:
    """Every problem with one month's figures against the plan; empty when they may be saved."""
    found: list[Problem] = []
    unit, month = figures.unit_code, figures.month

    def add(text: str, field: str | None = None) -> None:
        found.append(problem(plan, text, unit, month, field, row))

    if figures.year != plan.year:
        add(f"năm {figures.year} không thuộc kế hoạch đang dùng (năm {plan.year}).")
    if not plan.has_unit(unit):
        found.append(
            Problem(
                f"Mã đơn vị «{unit}» không có trong kế hoạch năm {plan.year}.",
                unit,
                month,
                None,
                row,
            )
        )
    if not isinstance(month, int) or not 1 <= month <= 12:
        add(f"tháng phải từ 1 đến 12, không phải «{month}».")
    for code, value in figures.values.items():
        if code not in plan.element_codes:
            add(f"chỉ số «{code}» không có trong kế hoạch.", code)
        elif isinstance(value, bool) or not isinstance(value, int):
            add(f"«{value}» không phải là số nguyên.", code)
        elif not 0 <= value <= MAX_COUNT:
            add(f"giá trị {value} phải từ 0 đến {format_int(MAX_COUNT)}.", code)
    if found:
        return found
    for ind in plan.indicators:
        num = figures.values.get(ind.numerator)
        den = figures.values.get(ind.denominator, 0)
        if num is not None and num > den:
            add(
                f"{plan.element(ind.numerator).label} ({format_int(num)}) không được lớn hơn "
                f"{plan.element(ind.denominator).label} ({format_int(den)}).",
                ind.numerator,
            )
    return found


def validate_batch(plan: Plan, batch: Iterable[tuple[MonthlyFigures, int | None]]) -> list[Problem]:
    """Validate rows together: each row on its own, and no unit-month twice."""
    found: list[Problem] = []
    first_row: dict[tuple[str, int, int], int | None] = {}
    for figures, row in batch:
        found.extend(validate_figures(plan, figures, row))
        if figures.key in first_row:
            earlier = first_row[figures.key]
            also = f" (đã có ở dòng {earlier})" if earlier is not None else ""
            found.append(
                problem(
                    plan,
                    f"số liệu bị trùng{also}; mỗi đơn vị mỗi tháng chỉ một dòng.",
                    figures.unit_code,
                    figures.month,
                    None,
                    row,
                )
            )
        else:
            first_row[figures.key] = row
    return found
