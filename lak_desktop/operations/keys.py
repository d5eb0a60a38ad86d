"""Who made a file: this installation's key, and the keys it knows of others.

At the office, each unit's key is recorded from its first accepted file (trust on first use) or
beforehand from a fingerprint read over the phone; a file signed by another key is held until
the office trusts that key. At the commune, the key that signed the first plan file is the
office's; a plan signed by another key needs the clerk's word.
"""

from __future__ import annotations

from dataclasses import dataclass

from lak_desktop.operations.common import InputError, local_now
from lak_desktop.storage import Repository
from lak_desktop.storage.repository import KnownKey

ROLE_UNIT, ROLE_OFFICE_KEY = "unit", "office"


def installation_signer(repo: Repository):
    """This installation's signing key."""
    from lak_desktop.exchange.signing import Signer

    return Signer(repo.installation_seed())


def own_fingerprint(repo: Repository) -> str:
    return installation_signer(repo).fingerprint


@dataclass(frozen=True)
class UnitKey:
    """A unit's key as the office knows it, with how many files it signed."""

    unit_code: str
    unit_name: str
    fingerprint: str
    since: str
    until: str | None
    source: str
    files: int


def unit_keys(repo: Repository) -> list[UnitKey]:
    """Every unit's keys, the one in force last; units of the latest plan named."""
    from lak_desktop.operations.common import plan_for

    plan = plan_for(repo)
    counts = repo.signed_counts()
    return [
        UnitKey(
            k.unit_code,
            plan.unit(k.unit_code).name if plan.has_unit(k.unit_code) else "",
            k.fingerprint,
            k.since,
            k.until,
            k.source,
            counts.get((k.unit_code, k.fingerprint), 0),
        )
        for k in repo.known_keys(ROLE_UNIT)
    ]


def trust_unit_key(repo: Repository, unit_code: str, fingerprint_text: str, now=None):
    """Trust `fingerprint` as the unit's key from now on, then import the unit's files held for
    that key, oldest first. Returns the outcomes of those files."""
    from lak_desktop.exchange.signing import normal_fingerprint
    from lak_desktop.operations.office import import_held

    fingerprint = normal_fingerprint(fingerprint_text)
    if fingerprint is None:
        raise InputError(
            f"«{fingerprint_text}» không phải là mã khóa. Mã khóa có 16 ký tự, chia bốn nhóm, "
            "ví dụ 7KQ2-M9XA-4TZP-31HC (in ở cuối trang báo cáo của đơn vị)."
        )
    from lak_desktop.operations.plans import used_codes

    if unit_code not in used_codes(repo):
        raise InputError(f"Mã đơn vị «{unit_code}» không có trong kế hoạch nào đã có ở đây.")
    now = now or local_now()
    repo.trust_key(
        KnownKey(ROLE_UNIT, unit_code, fingerprint, None, now.isoformat(), None, "trusted")
    )
    return import_held(
        repo, [s for s in repo.held_submissions(unit_code) if s.signer == fingerprint]
    )
