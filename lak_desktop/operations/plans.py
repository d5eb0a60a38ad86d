"""Plan jobs: the office hands its plan out as a file, the commune takes it in."""

from __future__ import annotations

from pathlib import Path

from lak_desktop.core.builtin import builtin_plan
from lak_desktop.core.plan import Plan
from lak_desktop.operations.common import (
    InputError,
    ensure_plan,
    local_now,
    plan_for,
    refuse_existing,
    write_out,
)
from lak_desktop.storage import Repository


def export_plan(repo: Repository, year: int | None, out: Path | str) -> Path:
    from lak_desktop.exchange.plan_file import write_plan_file

    plan = plan_for(repo, year)
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise InputError(f"Tên tệp kế hoạch phải kết thúc bằng .xlsx, không phải «{out.name}».")
    refuse_existing(out)
    return write_out(out, lambda: write_plan_file(plan, out, local_now().date()))


def import_plan(repo: Repository, path: Path | str, year: int | None = None) -> Plan:
    """Store a plan from a plan file or a plain table. Figures of that year are kept."""
    from lak_desktop.exchange.plan_file import read_plan_file

    ensure_plan(repo)
    template = None
    if year is not None:
        template = repo.load_plan(year)
    if template is None:
        template = repo.load_plan(repo.plan_years()[-1]) or builtin_plan()
    plan = read_plan_file(Path(path), year, template)
    repo.backup("before-import")
    repo.save_plan(plan)
    return plan
