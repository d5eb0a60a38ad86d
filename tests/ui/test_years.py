"""A commune moves between the years it has, starts a year before its plan arrives, and after
a merger chooses its new unit."""

from dataclasses import replace

import pytest

from lak_desktop.core.builtin import builtin_plan
from lak_desktop.operations.common import InputError
from lak_desktop.operations.commune import export_submission, set_figures
from lak_desktop.operations.plans import export_plan, import_plan
from lak_desktop.storage import open_repository

FIGURES = {
    "received_total": 100,
    "received_online": 70,
    "resolved_total": 80,
    "results_digitized": 60,
}


def test_a_year_before_its_plan_then_the_plan_arrives(qtbot, window, repo, tmp_path):
    """Start 2023 in January: the columns of 2022, no targets; figures entered; the 2023 plan
    arrives in May and takes its place, the figures stay; the window lists both years."""
    from lak_desktop.ui.main_window import CommuneWindow

    assert [window.year_box.itemData(i) for i in range(window.year_box.count())] == [2022]
    assert window.start_new_year(2023)
    assert window.switch_to_year == 2023  # the window closes and opens on 2023
    provisional = repo.load_plan(2023)
    assert provisional.provisional and provisional.has_unit("NAMKA")
    set_figures(repo, "NAMKA", 2023, 1, FIGURES)
    early = CommuneWindow(repo, provisional, "NAMKA", repo.path)
    qtbot.addWidget(early)
    box = early.panel.boxes["online_rate"]
    assert box.status.text() == "Chưa giao chỉ tiêu"
    assert "70%" in box.figure.text()
    assert "2023 (chưa có kế hoạch)" in [early.year_box.itemText(i) for i in range(2)]
    with pytest.raises(InputError, match="Chưa có kế hoạch năm 2023"):
        export_submission(repo, "NAMKA", 2023, 1, tmp_path / "usb")
    early.tabs.setCurrentIndex(1)  # the chart, without a target line
    assert early.chart is not None
    office = open_repository(tmp_path / "office.sqlite")
    office.save_plan(replace(builtin_plan(), year=2023, title="Giao chỉ tiêu năm 2023"))
    plan_file = export_plan(office, 2023, tmp_path / "ke-hoach-2023.xlsx")
    office.close()
    plan = import_plan(repo, plan_file)
    assert not plan.provisional and repo.load_plan(2023) == plan
    assert repo.month_figures("NAMKA", 2023, 1).values == FIGURES
    late = CommuneWindow(repo, plan, "NAMKA", repo.path)
    qtbot.addWidget(late)
    assert late.panel.boxes["online_rate"].status.text() in ("Đạt", "Chưa đạt")
    late.year_box.setCurrentIndex(late.year_box.findData(2022))
    late.open_year(2022)
    assert late.switch_to_year == 2022


def test_a_merged_commune_chooses_its_new_unit_once(repo):
    from lak_desktop.operations import plans
    from lak_desktop.ui.app import after_merger

    plans.new_plan(repo, 2025, 2022)
    plan = plans.add_unit(
        repo, 2025, "NAMKA-2025", "UBND xã Nam Ka", 0, ("NAMKA", "EARBIN"), from_month=7
    )
    asked = []

    def ask(question, choices):
        asked.append((question, choices))
        return 0

    assert after_merger(repo, plan, "NAMKA", ask) == "NAMKA-2025"
    assert "từ tháng 7" in asked[0][0]
    assert asked[0][1][0] == "UBND xã Nam Ka (NAMKA-2025)"
    assert repo.setting("unit_code") == "NAMKA-2025"
    assert after_merger(repo, plan, "NAMKA", ask) == "NAMKA"  # asked once only
    assert len(asked) == 1
    assert after_merger(repo, plan, "KRONGNO", ask) == "KRONGNO"  # not merged: nothing asked
