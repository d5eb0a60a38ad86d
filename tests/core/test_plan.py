from dataclasses import replace
from fractions import Fraction

import pytest

from lak_desktop.core.plan import PlanError, plan_from_dict, plan_to_dict


def test_builtin_plan_is_the_seed_appendix(plan):
    assert plan.year == 2022
    assert len(plan.units) == 11
    assert plan.units[0].name == "UBND thị trấn Liên Sơn"
    assert plan.units[0].kind == "thị trấn"
    assert plan.units[-1].name == "UBND xã Ea R'bin"
    assert plan.period_convention.value == "calendar"
    for unit in plan.units:
        assert unit.procedures == 102
        assert unit.baselines["online_rate"] == 0
        assert plan.target(unit.code, "result_digitization_rate") == Fraction(2, 5)
        expected = Fraction(3, 5) if unit.code == "LIENSON" else Fraction(2, 5)
        assert plan.target(unit.code, "online_rate") == expected
    assert [i.code for i in plan.indicators] == ["online_rate", "result_digitization_rate"]
    assert plan.element_codes == (
        "received_total",
        "received_online",
        "resolved_total",
        "results_digitized",
    )


def test_round_trip_through_plain_data_keeps_plan_and_digest(plan):
    again = plan_from_dict(plan_to_dict(plan))
    assert again == plan
    assert again.digest() == plan.digest()


def test_digest_changes_with_a_target(plan):
    data = plan_to_dict(plan)
    data["targets"][0]["target"] = "1/2"
    assert plan_from_dict(data).digest() != plan.digest()


def test_a_third_indicator_needs_only_plan_data(plan):
    data = plan_to_dict(plan)
    data["elements"].append({"code": "resolved_on_time", "label": "Giải quyết đúng hạn"})
    data["indicators"].append(
        {
            "code": "on_time_rate",
            "name": "Tỷ lệ đúng hạn",
            "numerator": "resolved_on_time",
            "denominator": "resolved_total",
        }
    )
    data["weights"]["on_time_rate"] = "1"
    data["targets"] += [
        {"unit": u.code, "indicator": "on_time_rate", "target": "9/10"} for u in plan.units
    ]
    bigger = plan_from_dict(data)
    assert bigger.target("NAMKA", "on_time_rate") == Fraction(9, 10)


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda d: d["targets"].pop(), "Thiếu chỉ tiêu"),
        (lambda d: d["targets"][0].update(target="3/2"), "(0%; 100%]"),
        (lambda d: d["targets"][0].update(target="0"), "(0%; 100%]"),
        (lambda d: d["units"].append(dict(d["units"][0])), "trùng"),
        (lambda d: d["indicators"][0].update(numerator="nope"), "nope"),
        (lambda d: d["weights"].update(online_rate="0"), "Trọng số"),
        (lambda d: d["units"][0].update(kind="huyện"), "xã, thị trấn hoặc phường"),
        (lambda d: d.update(format=99), "phiên bản mới hơn"),
        (lambda d: d.pop("units"), "thiếu"),
    ],
)
def test_inconsistent_plans_are_refused_in_vietnamese(plan, change, words):
    data = plan_to_dict(plan)
    change(data)
    with pytest.raises(PlanError, match=None) as info:
        plan_from_dict(data)
    assert words in str(info.value)


def test_plan_rejects_unknown_target_unit(plan):
    targets = dict(plan.targets)
    targets[("GHOST", "online_rate")] = Fraction(1, 2)
    with pytest.raises(PlanError):
        replace(plan, targets=targets)
