"""Attainment and ranking of a large plan, as a ratio against a bare loop over the same figures.

Run on demand: `.venv/bin/python benchmarks/bench_attainment.py`. Both are measured in the same
run, so the ratio does not depend on how busy the machine is.
"""

from __future__ import annotations

import random
import timeit
from dataclasses import replace
from fractions import Fraction

from lak_desktop.core.attainment import year_attainment
from lak_desktop.core.builtin import builtin_plan
from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.core.plan import Unit
from lak_desktop.core.ranking import rank_units

UNITS = 3321  # every commune-level unit of Vietnam since 2025


def big_plan_and_figures():
    plan = builtin_plan()
    units = tuple(Unit(f"U{i:04d}", f"Xã {i}", "xã", 100) for i in range(UNITS))
    targets = {(u.code, i.code): Fraction(2, 5) for u in units for i in plan.indicators}
    plan = replace(plan, units=units, targets=targets)
    rng = random.Random(1)
    figures = []
    for u in units:
        for m in range(1, 13):
            rt = rng.randint(0, 200)
            rs = rng.randint(0, 200)
            values = {
                "received_total": rt,
                "received_online": rng.randint(0, rt),
                "resolved_total": rs,
                "results_digitized": rng.randint(0, rs),
            }
            figures.append(MonthlyFigures(u.code, plan.year, m, values))
    return plan, figures


def main() -> None:
    plan, figures = big_plan_and_figures()

    def baseline():
        total = 0
        for f in figures:
            for v in f.values.values():
                total += v
        return total

    def measured():
        return rank_units(plan, year_attainment(plan, figures, 12))

    base = min(timeit.repeat(baseline, number=1, repeat=5))
    real = min(timeit.repeat(measured, number=1, repeat=5))
    print(f"units={UNITS} months=12")
    print(f"baseline {base * 1000:.1f} ms, attainment+ranking {real * 1000:.1f} ms")
    print(f"ratio attainment+ranking / bare loop = {real / base:.1f}")


if __name__ == "__main__":
    main()
