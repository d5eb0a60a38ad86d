"""The built-in plan: the seed's 2022 decision of UBND huyện Lắk, exactly as its appendix."""

from __future__ import annotations

import json

from lak_desktop.core.plan import Plan, plan_from_dict
from lak_desktop.paths import resource

BUILTIN_PLAN_FILE = ("plans", "builtin-2022.json")


def builtin_plan() -> Plan:
    with resource(*BUILTIN_PLAN_FILE).open(encoding="utf-8") as fh:
        return plan_from_dict(json.load(fh))
