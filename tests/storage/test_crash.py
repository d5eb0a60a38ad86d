"""Power cuts: a program killed (SIGKILL) in the middle of saving loses no acknowledged write,
leaves no half-saved month, and leaves a sound file. `make crash-test` kills it 100 times."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

KILLS = int(os.environ.get("LAK_CRASH_KILLS", "5"))
ELEMENTS = ("received_total", "received_online", "resolved_total", "results_digitized")

CHILD = """
import sys
from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.storage import open_repository
repo = open_repository(sys.argv[1], daily_backup=False)
start = int(sys.argv[2])
for i in range(start, start + 100000):
    values = dict.fromkeys({elements!r}, i)
    repo.save_figures([MonthlyFigures("NAMKA", 2022, i % 12 + 1, values)], "crash-test")
    print(i, flush=True)  # acknowledged: saved and committed
"""


def test_sigkill_during_saves_loses_no_acknowledged_write(tmp_path):
    from lak_desktop.core.builtin import builtin_plan
    from lak_desktop.storage import open_repository

    path = tmp_path / "lak.sqlite"
    repo = open_repository(path)
    repo.save_plan(builtin_plan())
    repo.close()
    rng = random.Random(7)
    acked: dict[int, int] = {}  # month -> the last value acknowledged for it
    start = 1
    code = CHILD.format(elements=ELEMENTS)
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", code, str(path), str(start)],
            stdout=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + rng.uniform(0.3, 1.2)
        last = None
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            last = int(line)
            acked[last % 12 + 1] = last
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        for line in child.stdout:  # acknowledgements still in the pipe
            last = int(line)
            acked[last % 12 + 1] = last
        child.stdout.close()
        start = (last or start) + 1000  # the next run's values are all new
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            rows = con.execute(
                "SELECT month, element, value FROM figure_values WHERE unit_code = 'NAMKA'"
            ).fetchall()
        finally:
            con.close()
        months: dict[int, dict[str, int]] = {}
        for month, element, value in rows:
            months.setdefault(month, {})[element] = value
        for month, values in months.items():
            assert set(values) == set(ELEMENTS), f"month {month} half-saved: {values}"
            assert len(set(values.values())) == 1, f"month {month} half-saved: {values}"
        for month, value in acked.items():
            assert months[month][ELEMENTS[0]] >= value, f"acknowledged write lost: {month}"
    assert acked, "the child never saved anything"
