"""Golden files pin the formats: what we write today must read like what we wrote before.

Regenerate after a deliberate format change: LAK_REGEN_GOLDEN=1 pytest tests/exchange/test_golden.py
(and raise the format version when older programs could no longer read the new files).
"""

import os
import shutil
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lak_desktop.core.attainment import totals, year_attainment
from lak_desktop.core.ranking import rank_units
from lak_desktop.core.timeliness import Receipt, status_table
from lak_desktop.exchange.limits import FileRefused
from lak_desktop.exchange.plan_file import read_plan_file, write_plan_file
from lak_desktop.exchange.report import ConsolidatedReport, ReportSettings, write_report
from lak_desktop.exchange.submission import (
    Submission,
    complete_months,
    read_submission,
    write_submission,
)
from tests.conftest import FIXTURES
from tests.exchange.conftest import NOW, TEST_SIGNER, month

GOLDEN = FIXTURES / "golden"
TODAY = date(2022, 4, 3)
FIGURES = [
    month("NAMKA", 1, 1000, 800, 900, 360, "Tháng 1"),
    month("NAMKA", 3, 90, 20, 80, 50, "=chú ý"),
    month("LIENSON", 1, 200, 130, 180, 72),
]


def sheets(path: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}


def make_submission(plan, out: Path) -> Path:
    sub = Submission(
        plan_year=2022,
        plan_digest=plan.digest(),
        unit_code="NAMKA",
        through_month=3,
        revision=1,
        created_at=NOW.isoformat(),
        app_version="0.1.0",
        figures=complete_months("NAMKA", 2022, 3, FIGURES),
        signer=TEST_SIGNER.public_key,
    )
    return write_submission(plan, sub, out, TODAY, TEST_SIGNER)


def make_plan_file(plan, out: Path) -> Path:
    return write_plan_file(plan, out / "LAK_plan_2022.xlsx", TODAY, TEST_SIGNER)


def make_report(plan, out: Path) -> Path:
    report = ConsolidatedReport(
        plan=plan,
        through_month=3,
        ranked=rank_units(plan, year_attainment(plan, FIGURES, 3)),
        sums=totals(plan, FIGURES, 3),
        status=status_table(plan, [Receipt("NAMKA", 3, TODAY, 1)], TODAY),
        settings=ReportSettings(
            number="12/BC-VHTT",
            signer_title="Trưởng phòng",
            signer_name="Nguyễn Văn A",
            recipients=("- UBND huyện;", "- Lưu: VT."),
        ),
        complete_only=False,
        today=TODAY,
    )
    return write_report(report, out / "LAK_report_2022-03.xlsx")


def merged_plan(plan):
    """2025 after the merger: the old Nam Ka and Ea R'bin through June, the new Nam Ka (a new
    code, the same name) from July; revision 3; files due seven days after each month."""
    from dataclasses import replace

    from lak_desktop.core.plan import Unit

    units = [replace(u, until_month=6) if u.code in ("NAMKA", "EARBIN") else u for u in plan.units]
    units.append(Unit("NAMKA-2025", "UBND xã Nam Ka", "xã", 120, {}, ("NAMKA", "EARBIN"), 7))
    targets = dict(plan.targets)
    targets[("NAMKA-2025", "online_rate")] = targets[("NAMKA", "online_rate")]
    targets[("NAMKA-2025", "result_digitization_rate")] = Fraction(1, 2)
    return replace(
        plan, year=2025, units=tuple(units), targets=targets, revision=3, deadline_days=7
    )


def make_merged_plan_file(plan, out: Path) -> Path:
    return write_plan_file(merged_plan(plan), out / "LAK_plan_2025.xlsx", TODAY, TEST_SIGNER)


MAKERS = {
    "submission": make_submission,
    "plan": make_plan_file,
    "plan-2025": make_merged_plan_file,
    "report": make_report,
}


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_written_files_match_the_golden_files(plan, tmp_path, kind):
    made = MAKERS[kind](plan, tmp_path)
    golden = GOLDEN / made.name
    if os.environ.get("LAK_REGEN_GOLDEN") == "1":
        GOLDEN.mkdir(parents=True, exist_ok=True)
        shutil.copy(made, golden)
    assert golden.exists(), f"missing golden file {golden.name}; regenerate it"
    assert sheets(made) == sheets(golden)


def test_golden_submission_is_still_read(plan):
    read = read_submission(GOLDEN / "LAK_2022-03_NAMKA_nam-ka_r1.xlsx", {2022: plan}.get)
    sub = read.submission
    assert (sub.unit_code, sub.through_month, sub.revision) == ("NAMKA", 3, 1)
    assert [f.values for f in sub.figures] == [
        FIGURES[0].values,
        {},
        FIGURES[1].values,
    ]
    assert sub.figures[2].note == "=chú ý"


def test_golden_plan_file_is_still_read(plan):
    read = read_plan_file(GOLDEN / "LAK_plan_2022.xlsx", None, plan)
    assert read.plan == plan
    assert read.signer == TEST_SIGNER.public_key
    printed = [c for r in sheets(GOLDEN / "LAK_plan_2022.xlsx")["Biểu mức giao"] for c in r if c]
    assert any(f"Mã khóa của cơ quan giao: {TEST_SIGNER.fingerprint}." in str(c) for c in printed)


def test_golden_plan_of_a_merger_is_still_read(plan):
    read = read_plan_file(GOLDEN / "LAK_plan_2025.xlsx", None, plan)
    assert read.plan == merged_plan(plan) and read.edits == ()
    printed = [c for r in sheets(GOLDEN / "LAK_plan_2025.xlsx")["Biểu mức giao"] for c in r if c]
    assert "từ tháng 7, hợp nhất từ xã Nam Ka, xã Ea R'bin" in printed
    assert "(Bản sửa lần 3)" in printed
    assert any("Hạn gửi báo cáo: 7 ngày" in str(c) for c in printed)


def test_a_plan_file_from_before_signatures_and_revisions_still_imports(plan, tmp_path):
    """Plan files as offices handed them out until now: no signature, no revision, no codes
    column on the sheet."""
    from lak_desktop.operations.plans import import_plan
    from lak_desktop.storage import open_repository

    old = FIXTURES / "LAK_plan_2022_unsigned.xlsx"
    read = read_plan_file(old, None, plan)
    assert (read.plan, read.signer, read.edits) == (plan, None, ())
    repo = open_repository(tmp_path / "commune.sqlite")
    try:
        assert import_plan(repo, old) == plan
    finally:
        repo.close()


def test_an_unsigned_file_of_the_first_format_is_refused_with_what_to_do(plan):
    """Written before files were signed: who made it cannot be known."""
    with pytest.raises(FileRefused) as caught:
        read_submission(FIXTURES / "LAK_2022-03_NAMKA_unsigned.xlsx", {2022: plan}.get)
    assert "không có chữ ký số" in str(caught.value)
    assert "cập nhật chương trình" in str(caught.value)


def test_the_printed_sheet_marks_an_empty_month(plan):
    wb = load_workbook(GOLDEN / "LAK_2022-03_NAMKA_nam-ka_r1.xlsx")
    cells = [c for row in wb["Báo cáo"].iter_rows(values_only=True) for c in row if c]
    assert "(chưa có số liệu)" in cells
