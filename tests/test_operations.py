import pytest

from lak_desktop.core.attainment import Status
from lak_desktop.operations.common import InputError
from lak_desktop.operations.commune import set_figures
from lak_desktop.operations.demo import fill_demo
from lak_desktop.operations.office import attainment_report


def snapshot(repo):
    return (repo.figures(2022), repo.audit_rows())


def test_set_figures_merges_with_what_is_stored(repo):
    set_figures(repo, "NAMKA", 2022, 1, {"received_total": 100})
    set_figures(repo, "NAMKA", 2022, 1, {"received_online": 60}, note="ok")
    fig = repo.month_figures("NAMKA", 2022, 1)
    assert fig.values == {"received_total": 100, "received_online": 60}
    assert fig.note == "ok"


def test_refused_set_changes_nothing(repo):
    set_figures(repo, "NAMKA", 2022, 1, {"received_total": 100})
    before = snapshot(repo)
    with pytest.raises(InputError) as info:
        set_figures(repo, "NAMKA", 2022, 1, {"received_online": 101})
    assert "không được lớn hơn" in str(info.value)
    assert snapshot(repo) == before


def test_demo_fills_a_new_database_once(repo):
    count = fill_demo(repo)
    assert count == 100
    assert repo.sample_months(2022) == 100
    report = attainment_report(repo, 2022)
    assert report.through_month == 10
    statuses = {a.status for r in report.ranked for a in r.attainment.indicators.values()}
    assert statuses == {Status.MET, Status.NOT_MET, Status.NO_DATA}
    with pytest.raises(InputError, match="đã có số liệu"):
        fill_demo(repo)


def test_attainment_of_a_year_without_plan(repo):
    with pytest.raises(InputError, match="Chưa có kế hoạch năm 2030"):
        attainment_report(repo, 2030)
