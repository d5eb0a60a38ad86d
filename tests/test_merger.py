"""The 2025 Lắk merger (DOMAIN.md, "Since 1 July 2025"): eleven units became five communes on
1 July. The plan of 2025 keeps the old units through June and adds the new ones from July, each
formed from its predecessors; a merged commune's year to date counts theirs."""

import json
from fractions import Fraction

import pytest

from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.core.timeliness import MonthState
from lak_desktop.operations import plans
from lak_desktop.operations.commune import export_submission
from lak_desktop.operations.office import (
    attainment_report,
    import_submissions,
    status_report,
    write_report,
)
from lak_desktop.storage import open_repository
from tests.cli.test_cli import lak

# New code, name, predecessors (DOMAIN.md). Krông Nô is unchanged: it keeps its code.
MERGED = [
    ("LIENSONLAK", "UBND xã Liên Sơn Lắk", ("LIENSON", "YANGTAO", "BONGKRANG")),
    ("DAKLIENG-2025", "UBND xã Đắk Liêng", ("DAKLIENG", "BUONTRIET", "BUONTRIA")),
    ("NAMKA-2025", "UBND xã Nam Ka", ("NAMKA", "EARBIN")),
    ("DAKPHOI-2025", "UBND xã Đắk Phơi", ("DAKPHOI", "DAKNUE")),
]


def month(unit, m, received, online, resolved, digitized):
    return MonthlyFigures(
        unit,
        2025,
        m,
        {
            "received_total": received,
            "received_online": online,
            "resolved_total": resolved,
            "results_digitized": digitized,
        },
    )


def figures_2025():
    """Every unit 100 received a month; the old units Jan-Jun, the new ones Jul-Dec."""
    figures = []
    for n, (_, _, before) in enumerate(MERGED):
        for code in before:
            figures += [month(code, m, 100, 40 + n, 90, 30) for m in range(1, 7)]
    for n, (code, _, _) in enumerate(MERGED):
        figures += [month(code, m, 100, 60 + n, 90, 45) for m in range(7, 13)]
    figures += [month("KRONGNO", m, 100, 50, 90, 40) for m in range(1, 13)]
    return figures


def merger_plan(repo):
    """The 2025 plan as an office makes it with the plan jobs (`lak plan ...`)."""
    plans.new_plan(repo, 2025, 2022)
    for code, name, before in MERGED:
        plans.add_unit(repo, 2025, code, name, 0, before, from_month=7)
    return plans.set_plan(repo, 2025, issuer="UBND TỈNH ĐẮK LẮK|SỞ KHOA HỌC VÀ CÔNG NGHỆ")


@pytest.fixture
def office_2025(tmp_path):
    repo = open_repository(tmp_path / "office.sqlite")
    plan = merger_plan(repo)
    repo.save_figures(figures_2025(), "test")
    yield repo, plan
    repo.close()


def test_the_plan_expresses_the_merger(office_2025):
    _, plan = office_2025
    assert len(plan.units) == 15  # 11 through June, 4 new from July (Krông Nô throughout)
    namka = plan.unit("NAMKA-2025")
    assert (namka.name, namka.formed_from, namka.active_months) == (
        "UBND xã Nam Ka",
        ("NAMKA", "EARBIN"),
        (7, 12),
    )
    assert plan.unit("NAMKA").active_months == (1, 6)  # same name, another code
    assert plan.unit("KRONGNO").active_months == (1, 12)
    assert plan.issuer.name == "UBND TỈNH ĐẮK LẮK"
    assert plan.revision > 1  # each change of the plan made a revision


def test_a_merged_communes_year_counts_its_predecessors_months(office_2025):
    repo, _ = office_2025
    report = attainment_report(repo, 2025, 12)
    assert [r.attainment.unit.code for r in report.ranked if r.rank] != []
    ranked = {r.attainment.unit.code: r for r in report.ranked}
    assert set(ranked) == {"LIENSONLAK", "DAKLIENG-2025", "NAMKA-2025", "DAKPHOI-2025", "KRONGNO"}
    online = ranked["NAMKA-2025"].attainment.indicators["online_rate"]
    # Nam Ka and Ea R'bin: 2 × 6 months × 42 online of 100; the new Nam Ka: 6 × 62 of 100.
    assert (online.numerator, online.denominator) == (2 * 6 * 42 + 6 * 62, 18 * 100)
    assert online.rate == Fraction(876, 1800)
    # Through June the eleven old units are ranked, and no new one.
    june = {r.attainment.unit.code for r in attainment_report(repo, 2025, 6).ranked}
    assert "NAMKA" in june and "NAMKA-2025" not in june and len(june) == 11
    # Worked out once, lineage and all, for the screens that show it; the report's sums too.
    assert attainment_report(repo, 2025, 12) is report
    from lak_desktop.core.attainment import totals
    from lak_desktop.operations.office import consolidated_report

    sums = consolidated_report(repo, 2025, 12).sums
    assert sums == totals(repo.load_plan(2025), repo.figures(2025), 12)
    assert sums["NAMKA-2025"]["received_online"] == 2 * 6 * 42 + 6 * 62
    assert consolidated_report(repo, 2025, 12).sums is sums


def test_status_does_not_expect_files_from_units_that_did_not_exist(office_2025):
    repo, _ = office_2025
    from datetime import date

    table = status_report(repo, 2025, date(2026, 1, 31))
    units = {u.unit.code: u for u in table.units}
    assert units["NAMKA"].month(7).state is MonthState.INACTIVE
    assert units["NAMKA-2025"].month(6).state is MonthState.INACTIVE
    assert units["NAMKA-2025"].month(7).state is MonthState.MISSING
    assert table.months[5].expected == 11 and table.months[6].expected == 5


def test_attainment_json_and_the_report_follow_the_lineage(office_2025, tmp_path):
    repo, _ = office_2025
    path = repo.path
    written = write_report(repo, 2025, 12, tmp_path / "bao-cao-2025.xlsx")
    assert written.exists()
    repo.close()
    data = json.loads(lak(path, "attainment", "--year", 2025, "--json", check_code=0).stdout)
    namka = next(u for u in data["units"] if u["code"] == "NAMKA-2025")
    assert namka["formed_from"] == ["NAMKA", "EARBIN"]
    assert namka["active_months"] == [7, 12]
    assert namka["rank"] is not None
    assert len(data["units"]) == 5


def test_a_merged_commune_sends_its_file_without_months_before_it_existed(office_2025, tmp_path):
    """The new Nam Ka's December file: January to June are marked as before the unit existed,
    not refused as empty; the office takes it in."""
    office, plan = office_2025
    commune = open_repository(tmp_path / "namka-2025.sqlite")
    commune.save_plan(plan)
    commune.save_figures([f for f in figures_2025() if f.unit_code == "NAMKA-2025"], "test")
    result = export_submission(commune, "NAMKA-2025", 2025, 12, tmp_path / "usb")
    assert result.empty_months == ()
    from openpyxl import load_workbook

    cells = [c for r in load_workbook(result.path).active.iter_rows(values_only=True) for c in r]
    assert cells.count("(đơn vị chưa thành lập)") == 6
    commune.close()
    [outcome] = import_submissions(office, [result.path])
    assert outcome.outcome == "accepted", outcome.reason


def test_the_walk_through_of_the_readme(tmp_path):
    """The README's commands, as an office types them."""
    db = tmp_path / "office.sqlite"
    lak(db, "plan", "new", "--year", 2025, "--from-year", 2022, check_code=0)
    lak(
        db, "plan", "unit", "add", "--year", 2025, "--code", "NAMKA-2025",
        "--name", "UBND xã Nam Ka", "--formed-from", "NAMKA,EARBIN", "--from-month", 7,
        check_code=0,
    )  # fmt: skip
    refused = lak(
        db, "plan", "unit", "add", "--year", 2025, "--code", "NAMKA", "--name", "UBND xã Nam Ka",
        check_code=2,
    )  # fmt: skip
    assert "không bao giờ được dùng lại" in refused.stderr
    lak(
        db, "plan", "target", "set", "--year", 2025, "--unit", "NAMKA-2025",
        "--indicator", "online_rate", "--value", "55%", check_code=0,
    )  # fmt: skip
    shown = json.loads(lak(db, "plan", "show", "--year", 2025, "--json", check_code=0).stdout)
    namka = next(u for u in shown["units"] if u["code"] == "NAMKA-2025")
    assert namka["formed_from"] == ["NAMKA", "EARBIN"] and namka["from_month"] == 7
    target = next(
        t for t in shown["targets"] if (t["unit"], t["indicator"]) == ("NAMKA-2025", "online_rate")
    )
    assert target["target"] == "11/20"
    assert shown["revision"] == 3
    out = tmp_path / "ke-hoach-2025.xlsx"
    lak(db, "plan", "export", "--year", 2025, "--out", out, check_code=0)
    commune = tmp_path / "commune.sqlite"
    lak(commune, "plan", "import", out, check_code=0)
    again = json.loads(lak(commune, "plan", "show", "--year", 2025, "--json").stdout)
    assert again["digest"] == shown["digest"]
