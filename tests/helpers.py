"""Shared test helpers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

TABLES = (
    "plans",
    "units",
    "months",
    "figure_values",  # until m011
    "audit",
    "exports",
    "submissions",
    "unit_receipts",
    "unit_elements",
)


def db_dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table we own: equal dumps mean nothing changed."""
    con = sqlite3.connect(path)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {
            t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
            for t in TABLES
            if t in names
        }
    finally:
        con.close()


def receipts_of(repo, year: int):
    """The files the office counts (not the held ones), read from the history itself."""
    from lak_desktop.core.timeliness import Receipt

    return [
        Receipt(s.unit_code, s.through_month, s.received_on, s.revision, s.plan_revision)
        for s in repo.submissions(year)
        if s.outcome != "held"
    ]


def assert_plan_unreadable_is_said(qtbot, win) -> None:
    """A main window whose stored plan cannot be read says so where its first screen would be,
    with what to do, and keeps its menus (a backup can be restored)."""
    win.show()
    qtbot.waitUntil(lambda: "bị hỏng" in win._opening.text(), timeout=5_000)
    assert "Khôi phục" in win._opening.text()
    assert win.restore_action.isEnabled()
