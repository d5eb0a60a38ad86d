"""The benchmarks' baselines are like for like: what a baseline computes must be what the
program computes, or its ratio says nothing."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from lak_desktop.commands import attainment_json
from lak_desktop.core.builtin import builtin_plan
from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.operations.office import attainment_report
from lak_desktop.storage import open_repository

ROOT = Path(__file__).resolve().parents[1]


def bench_scale():
    spec = importlib.util.spec_from_file_location("bench_scale", ROOT / "benchmarks/bench_scale.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_attainment_baseline_prints_the_same_json_with_blanks(tmp_path):
    """The benchmark's data has every figure; here units entered nothing, or one figure of a
    pair, or nothing through a month: the baseline still prints the program's JSON."""
    plan = builtin_plan()
    units = [u.code for u in plan.units]

    def month(unit, m, **values):
        return MonthlyFigures(unit, plan.year, m, values)

    figures = [
        month(
            units[0],
            1,
            received_total=100,
            received_online=40,
            resolved_total=90,
            results_digitized=30,
        ),
        month(units[0], 2, received_total=50),  # half of a pair: incomplete
        month(units[1], 3, resolved_total=20, results_digitized=5),  # one indicator only
        month(units[2], 1, received_total=0, received_online=0),  # zeros are values
        month(
            units[3],
            2,
            received_total=70,
            received_online=70,
            resolved_total=60,
            results_digitized=60,
        ),
    ]  # and the other units: nothing at all
    db = tmp_path / "blanks.sqlite"
    repo = open_repository(db)
    repo.save_plan(plan)
    repo.save_figures(figures, "test")
    ours = json.loads(json.dumps(attainment_json(attainment_report(repo, plan.year))))
    repo.close()
    theirs = subprocess.run(
        [sys.executable, "-c", bench_scale().MINIMAL_ATTAINMENT, str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(theirs.stdout) == ours
    blank = {u["code"]: u for u in ours["units"]}[units[1]]["indicators"]["online_rate"]
    assert blank["numerator"] is None and blank["shortfall"] is None
