"""Seeded fuzzing of the three import paths with mutated real files.

`make test` runs a few hundred cases; `make fuzz` runs LAK_FUZZ_CASES (2,000 by default there).
A failing case names its seed: LAK_FUZZ_SEED=<seed> LAK_FUZZ_CASES=1 reproduces it.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import time
from contextlib import redirect_stderr, redirect_stdout

import pytest
from openpyxl import Workbook

from lak_desktop import cli
from lak_desktop.operations.commune import export_submission
from lak_desktop.operations.plans import export_plan
from lak_desktop.storage import open_repository
from tests import hostile
from tests.exchange.conftest import NOW
from tests.helpers import db_dump

CASES = int(os.environ.get("LAK_FUZZ_CASES", "300"))
FIRST_SEED = int(os.environ.get("LAK_FUZZ_SEED", "20221"))
SECONDS = 10


class Hang(Exception):
    pass


def run_cli(*args) -> tuple[int, str, str]:
    """`lak ...` in this process, with an alarm in case a file makes it hang."""

    def alarm(*_):
        raise Hang

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(SECONDS * 3)
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = cli.main([str(a) for a in args])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    """A real submission, a real plan file, a real figures table, and an office database."""
    from lak_desktop.core.builtin import builtin_plan
    from tests.exchange.conftest import month

    folder = tmp_path_factory.mktemp("fuzz")
    commune = open_repository(folder / "commune.sqlite")
    commune.save_plan(builtin_plan())
    commune.save_figures(
        [month("NAMKA", 1, 1000, 800, 900, 360), month("NAMKA", 2, 120, 30, 100, 20)], "t"
    )
    submission = export_submission(commune, "NAMKA", 2022, 2, folder, now=NOW).path
    plan_file = export_plan(commune, 2022, folder / "plan.xlsx")
    expected = {f.month: dict(f.values) for f in commune.figures(2022, "NAMKA")}
    commune.close()
    wb = Workbook()
    ws = wb.active
    ws.append(["unit_code", "year", "month", "received_total", "received_online", "note"])
    ws.append(["NAMKA", 2022, 1, 100, 40, "ghi chú"])
    ws.append(["EARBIN", 2022, 2, 50, 10, None])
    table = folder / "table.xlsx"
    wb.save(table)
    office = folder / "office.sqlite"
    repo = open_repository(office)
    repo.save_plan(builtin_plan())
    repo.close()
    return {
        "submission": submission.read_bytes(),
        "plan": plan_file.read_bytes(),
        "figures": table.read_bytes(),
        "office": office,
        "expected": expected,
    }


def test_fuzz_every_import_path(originals, tmp_path):
    failures = []
    kinds = ["submission", "plan", "figures"]
    for seed in range(FIRST_SEED, FIRST_SEED + CASES):
        rng = random.Random(seed)
        kind = kinds[seed % 3]
        what, data = hostile.mutate(originals[kind], rng)
        db = tmp_path / f"case-{seed}.sqlite"
        shutil.copy(originals["office"], db)
        path = hostile.write(tmp_path / f"case-{seed}.xlsx", data)
        before = db_dump(db)
        command = {
            "submission": ["submission", "import", path],
            "plan": ["plan", "import", path],
            "figures": ["figures", "import", path],
        }[kind]
        started = time.monotonic()
        try:
            code, out, err = run_cli("--db", db, *command)
        except Hang:
            failures.append(f"seed {seed} {kind} {what}: hang")
            continue
        took = time.monotonic() - started
        problem = None
        if code not in (0, 2) or "Traceback" in err:
            problem = f"exit {code}: {err[-300:]}"
        elif took > SECONDS:
            problem = f"took {took:.1f} s"
        elif code == 2 and kind != "submission" and db_dump(db) != before:
            problem = "refused, but the database changed"
        elif kind == "submission":
            after = db_dump(db)
            if "[Từ chối]" in out and after != before:
                problem = "refused, but the database changed"
            elif "[Nhận]" in out:
                repo = open_repository(db)
                stored = {f.month: dict(f.values) for f in repo.figures(2022, "NAMKA")}
                repo.close()
                if stored != originals["expected"]:
                    problem = f"changed figures got through: {stored}"
        if problem:
            failures.append(f"seed {seed} {kind} {what}: {problem}")
        db.unlink()
        path.unlink()
    assert not failures, "\n".join(failures[:20])
