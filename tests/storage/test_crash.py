"""Power cuts: a program killed (SIGKILL) in the middle of saving loses no acknowledged write,
leaves no half-saved month, no received file's record without its file, and a sound file.
`make crash-test` kills each 100 times."""

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


def new_file(path):
    from lak_desktop.core.builtin import builtin_plan
    from lak_desktop.storage import open_repository

    repo = open_repository(path)
    repo.save_plan(builtin_plan())
    repo.close()


def run_and_kill(code: str, path, start: int, rng: random.Random) -> list[int]:
    """Run `code` on the file from `start`, kill it (SIGKILL) after a random while, at any
    moment of its work; the numbers it acknowledged, in order."""
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(path), str(start)], stdout=subprocess.PIPE, text=True
    )
    acked = []
    deadline = time.monotonic() + rng.uniform(0.3, 1.2)
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        acked.append(int(line))
    time.sleep(rng.uniform(0, 0.005))  # at any moment of a save, not just after one
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    acked += [int(line) for line in child.stdout]  # acknowledgements still in the pipe
    child.stdout.close()
    return acked


def test_sigkill_during_saves_loses_no_acknowledged_write(tmp_path):
    path = tmp_path / "lak.sqlite"
    new_file(path)
    rng = random.Random(7)
    acked: dict[int, int] = {}  # month -> the last value acknowledged for it
    start = 1
    code = CHILD.format(elements=ELEMENTS)
    for _ in range(KILLS):
        saved = run_and_kill(code, path, start, rng)
        for value in saved:
            acked[value % 12 + 1] = value
        start = (saved[-1] if saved else start) + 1000  # the next run's values are all new
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            columns = ", ".join(f"v{m}" for m in range(1, 13))
            rows = con.execute(
                f"SELECT element, {columns} FROM unit_elements WHERE unit_code = 'NAMKA'"
            ).fetchall()
        finally:
            con.close()
        months: dict[int, dict[str, int]] = {}
        for element, *values in rows:
            for month, value in enumerate(values, start=1):
                if value is not None:
                    months.setdefault(month, {})[element] = value
        for month, values in months.items():
            assert set(values) == set(ELEMENTS), f"month {month} half-saved: {values}"
            assert len(set(values.values())) == 1, f"month {month} half-saved: {values}"
        for month, value in acked.items():
            assert months[month][ELEMENTS[0]] >= value, f"acknowledged write lost: {month}"
    assert acked, "the child never saved anything"


RECORDER = """
import os, sys
from lak_desktop.storage import open_repository
from lak_desktop.storage.received import digest_of
from lak_desktop.storage.repository import SubmissionRecord
repo = open_repository(sys.argv[1], daily_backup=False)
i = int(sys.argv[2])
while True:
    batch = range(i, i + 1 + i % 5)  # one file alone, or up to five together as an import does
    with repo.transaction():
        for n in batch:
            content = os.urandom(8000) + str(n).encode()
            record = SubmissionRecord(
                2022, "NAMKA", n % 12 + 1, n, "2022-01-01T09:00:00", "2022-01-02",
                f"{n}.xlsx", digest_of(content), "ignored", "",
            )
            repo.record_submission(record, [], content, apply=False)
    for n in batch:
        print(n, flush=True)  # acknowledged: the files kept and their records committed
    i = batch[-1] + 1
"""


def test_sigkill_while_files_are_received_leaves_no_record_without_its_file(tmp_path):
    """A received file is kept (and synced) before its record is committed, alone or with
    others recorded in the same transaction: whenever the program dies, every record's file is
    there, byte for byte."""
    from lak_desktop.storage import open_repository

    path = tmp_path / "lak.sqlite"
    new_file(path)
    rng = random.Random(11)
    acked: set[int] = set()
    start = 1
    for _ in range(KILLS):
        acked.update(run_and_kill(RECORDER, path, start, rng))
        start = max(acked | {start}) + 1000
        repo = open_repository(path, daily_backup=False)
        try:
            assert repo.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            records = repo.submissions(2022)
            assert acked <= {r.revision for r in records}, "an acknowledged file was lost"
            for r in records:
                content = repo.submission_content(r.id)[1]
                assert content.endswith(str(r.revision).encode())
        finally:
            repo.close()
    assert acked, "the child never recorded anything"
