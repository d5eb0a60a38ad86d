"""Sample data to try the program with: a commune's year, or an office's inbox of real files."""

from __future__ import annotations

import random
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from lak_desktop.core.builtin import builtin_plan
from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.core.periods import month_range
from lak_desktop.core.plan import Plan
from lak_desktop.core.validation import validate_batch
from lak_desktop.operations.common import (
    PLACE_SETTING,
    PLAN_YEAR_SETTING,
    RECIPIENTS_SETTING,
    REPORT_NUMBER_SETTING,
    ROLE_COMMUNE,
    ROLE_OFFICE,
    ROLE_SETTING,
    SIGNER_NAME_SETTING,
    SIGNER_TITLE_SETTING,
    UNIT_SETTING,
    InputError,
)
from lak_desktop.storage import Repository, open_repository

DEMO_THROUGH_MONTH = 10
DEMO_EMPTY_UNITS = 1  # the last unit of the plan gets no figures: it shows how "no data" looks


def demo_figures(plan: Plan, unit_codes: list[str], through_month: int) -> list[MonthlyFigures]:
    """Plausible figures, the same every time, checked against the rules they demonstrate."""
    rng = random.Random(plan.year)
    items = []
    for code in unit_codes:
        online_share = rng.uniform(0.2, 0.75)
        digitized_share = rng.uniform(0.25, 0.6)
        size = rng.randint(30, 140)
        for month in range(1, through_month + 1):
            received = max(1, int(size * rng.uniform(0.7, 1.3)))
            resolved = int(received * rng.uniform(0.8, 1.0))
            online = min(
                received, round(received * rng.uniform(online_share - 0.1, online_share + 0.1))
            )
            digitized = min(
                resolved,
                round(resolved * rng.uniform(digitized_share - 0.1, digitized_share + 0.1)),
            )
            values = {
                "received_total": received,
                "received_online": max(0, online),
                "resolved_total": resolved,
                "results_digitized": max(0, digitized),
            }
            items.append(MonthlyFigures(code, plan.year, month, values, "Số liệu mẫu"))
    problems = validate_batch(plan, [(f, None) for f in items])
    if problems:  # the generator above must keep to the rules it demonstrates
        raise AssertionError(problems)
    return items


def _refuse_filled(repo: Repository) -> None:
    if repo.has_figures() or repo.submissions():
        raise InputError(
            "Tệp dữ liệu này đã có số liệu; số liệu mẫu chỉ được tạo trong tệp dữ liệu mới. "
            "Hãy dùng --db để chỉ một tệp mới."
        )


def fill_demo(repo: Repository) -> int:
    """Sample figures (marked as sample) for the built-in plan in a database with no figures."""
    _refuse_filled(repo)
    plan = builtin_plan()
    repo.save_plan(plan)
    codes = [u.code for u in plan.units[: len(plan.units) - DEMO_EMPTY_UNITS]]
    items = demo_figures(plan, codes, DEMO_THROUGH_MONTH)
    repo.save_figures(items, "demo", sample=True)
    if repo.setting(ROLE_SETTING) is None:  # the demo opens straight on a commune's grid
        repo.set_setting(ROLE_SETTING, ROLE_COMMUNE)
        repo.set_setting(UNIT_SETTING, plan.units[0].code)
        repo.set_setting(PLAN_YEAR_SETTING, str(plan.year))
    return len(items)


# The office's demo: eleven communes' real files, as they arrive in a year -----------------

OFFICE_DEMO_AS_OF = date(2022, 7, 10)
OFFICE_DEMO_THROUGH = 6


def _on_time(plan: Plan, month: int, days: int = 3) -> date:
    return month_range(plan.year, month, plan.period_convention)[1] + timedelta(days=days)


def office_demo_schedule(plan: Plan) -> list[tuple[date, str, int, int]]:
    """(received on, unit, through month, revision) of every file, in the order they arrive.

    Most units send each month three days after it closes (on time: the deadline is five days).
    The exceptions are what an office meets: Bông Krang sends March a week late, Buôn Tría
    skips March and covers it with April's file, Yang Tao corrects April (r2), Đăk Nuê's
    forgotten March file arrives after April's, Đăk Phoi stops after April, Ea R'bin's June
    file was edited by hand (refused), Buôn Tría's June file comes from a new PC (held until
    the office trusts its key), and Krông Nô never sends.
    """
    late = {("BONGKRANG", 3): _on_time(plan, 3, 12)}
    skipped = {("BUONTRIA", 3), ("DAKNUE", 3)}
    stops = {"DAKPHOI": 4}
    schedule = []
    for unit in plan.units:
        if unit.code == "KRONGNO":
            continue
        for m in range(1, stops.get(unit.code, OFFICE_DEMO_THROUGH) + 1):
            if (unit.code, m) in skipped:
                continue
            schedule.append((late.get((unit.code, m), _on_time(plan, m)), unit.code, m, 1))
    schedule.append((_on_time(plan, 4, 6), "YANGTAO", 4, 2))  # a correction, after the first
    schedule.append((_on_time(plan, 4, 4), "DAKNUE", 3, 1))  # March, after April's file
    schedule.sort(key=lambda item: (item[0], item[1], item[2], item[3]))
    return schedule


TAMPERED = ("EARBIN", 6)
NEW_PC = ("BUONTRIA", 6)  # signed by another key than the unit's first files: held


def write_office_demo_files(plan: Plan, folder: Path) -> list[tuple[date, list[Path]]]:
    """The communes' submission files of the demo, one subfolder per commune, grouped by the day
    they arrive. Each is written by the commune's own jobs on its own installation (its own
    key), as a clerk would; Buôn Tría's June file comes from its new PC."""
    from lak_desktop.operations.commune import export_submission

    schedule = office_demo_schedule(plan)
    senders = sorted({unit for _, unit, _, _ in schedule})
    figures = demo_figures(plan, senders, OFFICE_DEMO_THROUGH)
    by_day: dict[date, list[Path]] = {}
    with tempfile.TemporaryDirectory(prefix="lak-demo-") as tmp:
        communes: dict[str, Repository] = {}

        def installation(name: str, unit: str) -> Repository:
            if name not in communes:
                repo = open_repository(Path(tmp) / f"{name}.sqlite", daily_backup=False)
                repo.save_plan(plan)
                repo.save_figures([f for f in figures if f.unit_code == unit], "demo", sample=True)
                communes[name] = repo
            return communes[name]

        try:
            # Files are written in the order the communes made them: by month, then revision.
            for received, unit, month, revision in sorted(schedule, key=lambda s: (s[2], s[3])):
                commune = installation(unit, unit)
                if (unit, month) == NEW_PC:
                    commune = installation(f"{unit}-new-pc", unit)
                if revision > 1:  # the correction changes a figure of that month
                    fig = commune.month_figures(unit, plan.year, month)
                    values = dict(fig.values)
                    values["received_online"] = values["received_online"] + 1
                    values["received_total"] = values["received_total"] + 1
                    commune.save_figures(
                        [MonthlyFigures(unit, plan.year, month, values, fig.note)], "demo"
                    )
                made = datetime.combine(
                    _on_time(plan, month, 2), time(9, 0)
                ).astimezone() + timedelta(days=revision - 1, hours=1)
                result = export_submission(commune, unit, plan.year, month, folder / unit, made)
                if (unit, month) == TAMPERED:
                    _edit_visible_sheet(result.path)
                by_day.setdefault(received, []).append(result.path)
        finally:
            for repo in communes.values():
                repo.close()
    return sorted(by_day.items())


def _edit_visible_sheet(path: Path) -> None:
    """What a clerk does who 'fixes' a number in Excel instead of in the program."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.worksheets[0]
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, int) and cell.value > 20 and cell.row > 12:
                cell.value += 10
                wb.save(path)
                return


def fill_office_demo(repo: Repository, folder: Path | None = None) -> int:
    """An office's database after half a year of eleven communes' files (the built-in plan),
    imported on the days they arrived. Returns the number of files. The files are written into
    `folder` (kept) or a temporary folder."""
    from lak_desktop.operations.office import import_submissions

    _refuse_filled(repo)
    plan = builtin_plan()
    repo.save_plan(plan)
    with tempfile.TemporaryDirectory(prefix="lak-inbox-") as tmp:
        days = write_office_demo_files(plan, folder or Path(tmp))
        count = 0
        for received, paths in days:
            arrived = datetime.combine(received, time(16, 0)).astimezone()
            count += len(import_submissions(repo, paths, now=arrived, received_on=received))
    settings = {
        ROLE_SETTING: ROLE_OFFICE,
        PLAN_YEAR_SETTING: str(plan.year),
        PLACE_SETTING: "Lắk",
        REPORT_NUMBER_SETTING: "      /BC-VHTT",
        SIGNER_TITLE_SETTING: "Trưởng phòng",
        SIGNER_NAME_SETTING: "Nguyễn Văn An",
        RECIPIENTS_SETTING: "- Chủ tịch, các PCT UBND huyện;\n- Các xã, thị trấn;\n- Lưu: VT.",
    }
    for key, value in settings.items():
        repo.set_setting(key, value)
    return count
