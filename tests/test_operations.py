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


def test_sums_added_up_by_the_database_give_the_same_attainment(tmp_path):
    """The office's tables add the year up in SQLite; the result is the same, blank months,
    half-filled months, months past the one reported on and all, as adding the figures up in
    Python."""
    import random

    from lak_desktop.core.attainment import attainment_from_sums, totals, year_attainment
    from lak_desktop.core.builtin import builtin_plan
    from lak_desktop.core.figures import MonthlyFigures
    from lak_desktop.operations.office import element_totals
    from lak_desktop.storage import open_repository

    plan = builtin_plan()
    rng = random.Random(7)
    figures = []
    for unit in plan.units[:-1]:  # the last unit has nothing
        for month in range(1, 13):
            if rng.random() < 0.15:
                continue  # a blank month
            total, resolved = rng.randint(0, 300), rng.randint(0, 300)
            values = {
                "received_total": total,
                "received_online": rng.randint(0, total),
                "resolved_total": resolved,
                "results_digitized": rng.randint(0, resolved),
            }
            for code in list(values):
                if rng.random() < 0.1:
                    del values[code]  # a figure not entered
            if values:
                figures.append(MonthlyFigures(unit.code, plan.year, month, values))
    # A unit that never entered one figure of a pair, and has a month with a figure outside
    # the plan's elements (it counts as a month with figures, as in Python).
    odd = plan.units[-2].code
    figures = [f for f in figures if f.unit_code != odd]
    figures += [
        MonthlyFigures(odd, plan.year, 2, {"received_total": 5, "resolved_total": 4}),
        MonthlyFigures(odd, plan.year, 5, {"not_in_the_plan": 3}),
    ]
    repo = open_repository(tmp_path / "sums.sqlite")
    try:
        repo.save_plan(plan)
        repo.save_figures(figures, "test")
        pairs = [(i.numerator, i.denominator) for i in plan.indicators]
        for through in (1, 6, 12):
            by_sql = attainment_from_sums(
                plan, repo.indicator_sums(plan.year, through, pairs), through
            )
            by_python = year_attainment(plan, repo.figures(plan.year), through)
            assert by_sql == by_python
            # ... and the report's sums of each element, blanks adding nothing.
            sums = element_totals(repo, plan, through)
            assert sums == totals(plan, figures, through)
            # A blank is not a zero: nothing entered, or not yet by the month, sums to None.
            assert set(sums[plan.units[-1].code].values()) == {None}
            assert sums[odd]["received_online"] is None
            assert sums[odd]["received_total"] == (None if through == 1 else 5)
        # The charts' months: each month's sums over the units that have both figures.
        for ind in plan.indicators:
            expected: dict[int, tuple[int, int]] = {}
            for f in figures:
                num, den = f.values.get(ind.numerator), f.values.get(ind.denominator)
                if num is not None and den is not None:
                    n, d = expected.get(f.month, (0, 0))
                    expected[f.month] = (n + num, d + den)
            assert repo.monthly_pair_sums(plan.year, ind.numerator, ind.denominator) == expected
    finally:
        repo.close()


def test_a_ranking_is_worked_out_once_until_the_data_changes(tmp_path):
    """The screens share the ranking; a save here, or a commit of another program, makes it
    worked out again."""
    from lak_desktop.core.builtin import builtin_plan
    from lak_desktop.core.figures import MonthlyFigures
    from lak_desktop.operations.office import attainment_report
    from lak_desktop.storage import open_repository

    path = tmp_path / "office.sqlite"
    repo = open_repository(path)
    try:
        plan = builtin_plan()
        repo.save_plan(plan)
        repo.save_figures([MonthlyFigures("NAMKA", 2022, 1, {"received_total": 10})], "t")
        first = attainment_report(repo, 2022, 1)
        assert attainment_report(repo, 2022, 1) is first  # nothing changed: the same one
        assert attainment_report(repo, 2022, 2) is not first  # another month: its own
        repo.save_figures(
            [MonthlyFigures("NAMKA", 2022, 1, {"received_total": 10, "received_online": 4})], "t"
        )
        second = attainment_report(repo, 2022, 1)
        assert second is not first
        namka = next(r for r in second.ranked if r.attainment.unit.code == "NAMKA")
        assert namka.attainment.indicators["online_rate"].numerator == 4
        other = open_repository(path)  # another program saves
        other.save_figures(
            [MonthlyFigures("NAMKA", 2022, 1, {"received_total": 10, "received_online": 7})], "t"
        )
        other.close()
        third = attainment_report(repo, 2022, 1)
        namka = next(r for r in third.ranked if r.attainment.unit.code == "NAMKA")
        assert namka.attainment.indicators["online_rate"].numerator == 7
    finally:
        repo.close()


def test_only_the_latest_few_results_are_kept(tmp_path):
    from lak_desktop.storage import open_repository
    from lak_desktop.storage.repository import REMEMBERED

    repo = open_repository(tmp_path / "office.sqlite")
    try:
        made = []
        for n in range(REMEMBERED + 2):
            repo.remembered(n, lambda n=n: made.append(n) or n)
        assert repo.remembered(REMEMBERED + 1, lambda: made.append("again")) == REMEMBERED + 1
        repo.remembered(0, lambda: made.append("again"))  # the oldest was let go
        assert made == [*range(REMEMBERED + 2), "again"]
    finally:
        repo.close()


def test_a_result_to_keep_is_made_with_the_cycle_collector_held_back(tmp_path):
    """A national ranking makes tens of thousands of objects: the collector looks at them once
    it is made, and is back on afterwards, also when the making fails."""
    import gc

    from lak_desktop.storage import open_repository

    repo = open_repository(tmp_path / "office.sqlite")
    try:
        assert gc.isenabled()
        assert repo.remembered("seen", gc.isenabled) is False
        assert gc.isenabled()

        def fails():
            raise ValueError("a fault while working out")

        with pytest.raises(ValueError):
            repo.remembered("fails", fails)
        assert gc.isenabled()
    finally:
        repo.close()


def test_the_plan_heading_is_the_title_of_the_plan_in_force(repo):
    """The window's title is read before the plan: the same year and issuer `plan_for` gives,
    and None (the plan read in full, which says what is wrong) whenever it cannot say."""
    from dataclasses import replace

    from lak_desktop.operations.common import PLAN_YEAR_SETTING, plan_for, plan_heading

    plan = plan_for(repo)
    assert plan_heading(repo) == (plan.year, plan.issuer.office or plan.issuer.name)
    later = replace(plan, year=2023, issuer=replace(plan.issuer, office=""))
    repo.save_plan(later)
    assert plan_heading(repo) == (2023, plan.issuer.name)  # the latest; its issuer's name
    repo.set_setting(PLAN_YEAR_SETTING, "2022")
    assert plan_heading(repo) == (2022, plan.issuer.office)
    repo.set_setting(PLAN_YEAR_SETTING, "2031")  # chosen, and gone
    assert plan_heading(repo) is None
    repo.set_setting(PLAN_YEAR_SETTING, "2022")
    for body in ("{not json", '{"issuer": {"name": 5}}', "[]"):
        repo.db.execute("UPDATE plans SET body = ? WHERE year = 2022", [body])
        assert plan_heading(repo) is None


def test_the_unit_heading_is_the_units_name_in_the_plan_in_force(repo):
    """The commune window's title is read before the plan: the year `plan_for` gives and the
    unit's name in that plan; None (the plan read in full, which says what is wrong, or the
    merger asked about) whenever it cannot say so at once."""
    from lak_desktop.operations import plans
    from lak_desktop.operations.common import (
        PLAN_YEAR_SETTING,
        merger_asked_key,
        plan_for,
        unit_heading,
    )

    plan = plan_for(repo)
    assert unit_heading(repo, "NAMKA") == (2022, plan.unit("NAMKA").name)
    assert unit_heading(repo, "NOWHERE") is None  # the unit left the plan: asked again
    assert unit_heading(repo, None) is None
    plans.new_plan(repo, 2025, 2022)
    merged = plans.add_unit(
        repo, 2025, "NAMKA-2025", "UBND xã Nam Ka", 0, ("NAMKA", "EARBIN"), from_month=7
    )
    assert merged.successors("NAMKA")
    assert unit_heading(repo, "NAMKA") is None  # merged in the latest plan, not yet asked
    assert unit_heading(repo, "KRONGNO") == (2025, merged.unit("KRONGNO").name)
    assert unit_heading(repo, "NAMKA-2025") == (2025, "UBND xã Nam Ka")
    repo.set_setting(merger_asked_key(2025, "NAMKA"), "1")
    assert unit_heading(repo, "NAMKA") == (2025, merged.unit("NAMKA").name)
    repo.set_setting(PLAN_YEAR_SETTING, "2022")
    assert unit_heading(repo, "EARBIN") == (2022, plan.unit("EARBIN").name)  # not merged then
    repo.db.execute("UPDATE plans SET body = ? WHERE year = 2022", ["{not json"])
    assert unit_heading(repo, "EARBIN") is None


def test_a_file_not_written_says_why_in_vietnamese(tmp_path):
    """The system's reason is in English on most office PCs: the message says it plainly."""
    import errno

    from lak_desktop.operations.common import os_reason, write_out

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    out = blocker / "report.xlsx"  # a folder that is a file

    def write():
        out.write_bytes(b"")
        return out

    with pytest.raises(InputError) as caught:
        write_out(out, write)
    message = str(caught.value)
    assert "không phải là thư mục" in message and "Not a directory" not in message
    assert "Hãy kiểm tra ổ đĩa" in message
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "ổ đĩa đã đầy"
    assert os_reason(OSError(errno.ENOENT, "x")).startswith("thư mục không còn")
    assert os_reason(OSError(errno.ENOTSUP, "Operation not supported")) == (
        f"lỗi của hệ điều hành (mã {errno.ENOTSUP})"
    )
    locked = OSError(errno.EACCES, "The process cannot access the file")
    locked.winerror = 32  # Windows: the file is open in Excel
    assert "đang mở trong chương trình khác" in os_reason(locked)
