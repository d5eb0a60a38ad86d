"""Indicators are data: a later plan with Decree 42/2022 names and a third indicator, the
on-time resolution rate of Decision 766 (resolved before or on the deadline ÷ resolved), goes
through every part of the program without a change of code."""

import json
from dataclasses import replace
from fractions import Fraction

import pytest

from lak_desktop.core.builtin import builtin_plan
from lak_desktop.core.plan import DataElement, Indicator
from lak_desktop.operations.commune import export_submission, set_figures
from lak_desktop.operations.office import (
    attainment_report,
    consolidated_report,
    import_submissions,
    write_report,
)
from lak_desktop.operations.plans import export_plan, import_plan
from lak_desktop.storage import open_repository
from tests.cli.test_cli import lak

ON_TIME = "on_time_rate"


def decree42_plan():
    plan = builtin_plan()
    labels = {
        "received_total": "Tổng số hồ sơ tiếp nhận",
        "received_online": "Tiếp nhận trực tuyến (toàn trình, một phần)",
        "resolved_total": "Tổng số hồ sơ đã giải quyết",
        "results_digitized": "Kết quả được số hóa",
    }
    elements = tuple(replace(e, label=labels[e.code]) for e in plan.elements)
    elements += (
        DataElement(
            "resolved_on_time",
            "Giải quyết trước và đúng hạn",
            "Trong số hồ sơ đã giải quyết, số hồ sơ giải quyết trước hạn và đúng hạn.",
        ),
    )
    indicators = (
        *plan.indicators,
        Indicator(ON_TIME, "Tỷ lệ giải quyết đúng hạn", "resolved_on_time", "resolved_total"),
    )
    targets = dict(plan.targets)
    for unit in plan.units:
        targets[(unit.code, ON_TIME)] = Fraction(9, 10)
    weights = {**plan.weights, ON_TIME: Fraction(1)}
    return replace(
        plan,
        year=2026,
        elements=elements,
        indicators=indicators,
        targets=targets,
        weights=weights,
        title="Giao chỉ tiêu năm 2026",
    )


FIGURES = {
    "received_total": 100,
    "received_online": 70,
    "resolved_total": 80,
    "results_digitized": 60,
    "resolved_on_time": 76,
}


@pytest.fixture
def places(tmp_path):
    office = open_repository(tmp_path / "office.sqlite")
    office.save_plan(decree42_plan())
    commune = open_repository(tmp_path / "commune.sqlite")
    import_plan(commune, export_plan(office, 2026, tmp_path / "ke-hoach-2026.xlsx"))
    yield office, commune
    office.close()
    commune.close()


def test_the_commune_enters_five_figures_and_sees_three_indicators(places):
    _, commune = places
    for month in (1, 2):
        set_figures(commune, "NAMKA", 2026, month, FIGURES)
    report = attainment_report(commune, 2026, 2)
    namka = next(r for r in report.ranked if r.attainment.unit.code == "NAMKA")
    on_time = namka.attainment.indicators[ON_TIME]
    assert (on_time.numerator, on_time.denominator, on_time.rate) == (152, 160, Fraction(19, 20))
    assert on_time.status.value == "met"


def test_the_third_indicator_travels_to_the_office_and_into_its_report(places, tmp_path):
    office, commune = places
    for month in (1, 2):
        set_figures(commune, "NAMKA", 2026, month, FIGURES)
    path = export_submission(commune, "NAMKA", 2026, 2, tmp_path / "usb").path
    [outcome] = import_submissions(office, [path])
    assert outcome.outcome == "accepted", outcome.reason
    assert office.month_figures("NAMKA", 2026, 2).values["resolved_on_time"] == 76
    content = consolidated_report(office, 2026, 2)
    assert [i.code for i in content.plan.indicators][-1] == ON_TIME
    written = write_report(office, 2026, 2, tmp_path / "bao-cao.xlsx")
    from openpyxl import load_workbook

    cells = [c for r in load_workbook(written).active.iter_rows(values_only=True) for c in r]
    assert "Tỷ lệ giải quyết đúng hạn" in cells
    assert "Giải quyết trước và đúng hạn" in cells
    data = json.loads(lak(office.path, "attainment", "--year", 2026, "--json", check_code=0).stdout)
    namka = next(u for u in data["units"] if u["code"] == "NAMKA")
    assert namka["indicators"][ON_TIME]["rate"] == 0.95


def test_the_windows_follow_the_plan(qtbot, places, tmp_path):
    from lak_desktop.ui.main_window import CommuneWindow
    from lak_desktop.ui.office.window import OfficeWindow

    office, commune = places
    set_figures(commune, "NAMKA", 2026, 1, FIGURES)
    window = CommuneWindow(commune, commune.load_plan(2026), "NAMKA", commune.path)
    qtbot.addWidget(window)
    from PySide6.QtCore import Qt

    across = Qt.Orientation.Horizontal
    headers = [
        str(window.model.headerData(c, across)).replace("\n", " ")
        for c in range(window.model.columnCount())
    ]
    assert any("Giải quyết trước và đúng hạn" in str(h) for h in headers)
    assert any("Tỷ lệ giải quyết đúng hạn" in str(h) for h in headers)
    assert ON_TIME in window.panel.boxes
    path = export_submission(commune, "NAMKA", 2026, 1, tmp_path / "usb").path
    import_submissions(office, [path])
    office_window = OfficeWindow(office, office.load_plan(2026), office.path)
    qtbot.addWidget(office_window)
    office_window.tabs.setCurrentIndex(2)
    tab = office_window.consolidated
    texts = [tab.model.headerData(c, across) for c in range(tab.model.columnCount())]
    assert any("đúng hạn" in str(t) for t in texts)


def test_an_indicator_added_from_the_command_line(tmp_path):
    """`lak plan indicator add` chooses from the elements the plan collects."""
    db = tmp_path / "office.sqlite"
    repo = open_repository(db)
    full = decree42_plan()
    two = replace(
        full,
        indicators=full.indicators[:2],
        targets={k: v for k, v in full.targets.items() if k[1] != ON_TIME},
        weights={k: v for k, v in full.weights.items() if k != ON_TIME},
    )
    repo.save_plan(two)
    repo.close()
    args = ["plan", "indicator", "add", "--year", 2026, "--code", ON_TIME, "--name"]
    args += ["Tỷ lệ giải quyết đúng hạn", "--numerator", "resolved_on_time"]
    bad = lak(db, *args, "--denominator", "nope", "--target", "90%", check_code=2)
    assert "không thu thập chỉ số «nope»" in bad.stderr
    lak(db, *args, "--denominator", "resolved_total", "--target", "90%", check_code=0)
    shown = json.loads(lak(db, "plan", "show", "--year", 2026, "--json", check_code=0).stdout)
    assert [i["code"] for i in shown["indicators"]][-1] == ON_TIME
    assert shown["weights"][ON_TIME] == "1/1"
