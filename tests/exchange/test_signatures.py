"""Files prove who made them: forged unit codes and figures, a second PC, another office."""

import json

import pytest

from lak_desktop.exchange.signing import Signer, fingerprint, normal_fingerprint, verify
from lak_desktop.operations.commune import export_submission
from lak_desktop.operations.keys import own_fingerprint, trust_unit_key, unit_keys
from lak_desktop.operations.office import import_submissions
from lak_desktop.operations.plans import NewPlanSigner, export_plan, import_plan
from lak_desktop.storage import open_repository
from tests import hostile
from tests.cli.test_cli import lak
from tests.exchange.conftest import NOW, month

FORGER = Signer(b"\x07" * 32)


def test_fingerprints_read_aloud_and_typed_back():
    fp = Signer(bytes(32)).fingerprint
    groups = fp.split("-")
    assert [len(g) for g in groups] == [4, 4, 4, 4]
    assert not set(fp) & set("ILOU")
    assert normal_fingerprint(fp.lower().replace("-", " ")) == fp
    assert normal_fingerprint(fp.replace("0", "O")) == fp
    assert normal_fingerprint("ABCD-EFGH") is None
    assert normal_fingerprint("ABCD-EFGH-JKMN-PQRU") is None  # U is not in the alphabet
    assert fingerprint(Signer(bytes(32)).public_key) == fp
    assert fp != Signer(b"\x01" * 32).fingerprint


def test_a_signature_is_for_one_purpose_and_one_message():
    key = Signer(b"k" * 32)
    signature = key.sign("submission", b"abc")
    assert verify(key.public_key, signature, "submission", b"abc")
    assert not verify(key.public_key, signature, "plan", b"abc")
    assert not verify(key.public_key, signature, "submission", b"abd")
    assert not verify(FORGER.public_key, signature, "submission", b"abc")
    assert not verify(key.public_key, "00" * 64, "submission", b"abc")
    assert not verify(key.public_key, "zz", "submission", b"abc")
    assert not verify("12", signature, "submission", b"abc")


@pytest.fixture
def second_commune(tmp_path, plan):
    """Another installation (another PC) with the same figures as `commune`."""
    repo = open_repository(tmp_path / "second.sqlite")
    repo.save_plan(plan)
    repo.save_figures(
        [
            month("NAMKA", 1, 1000, 800, 900, 360),
            month("NAMKA", 2, 120, 30, 100, 20),
            month("NAMKA", 3, 90, 20, 80, 50),
            month("LIENSON", 1, 200, 130, 180, 72),
            month("LIENSON", 2, 210, 100, 200, 80),
            month("LIENSON", 3, 220, 100, 210, 90),
        ],
        "test",
    )
    yield repo
    repo.close()


def usb(commune, unit, m, tmp_path, revision_day=0):
    from datetime import timedelta

    return export_submission(
        commune, unit, 2022, m, tmp_path / "usb", now=NOW + timedelta(days=m + revision_day)
    ).path


def test_each_installation_has_its_own_key_kept_in_the_database(commune, office, tmp_path):
    assert own_fingerprint(commune) != own_fingerprint(office)
    path = commune.path
    fp = own_fingerprint(commune)
    commune.close()
    again = open_repository(path)
    try:
        assert own_fingerprint(again) == fp
    finally:
        again.close()


def test_the_first_file_records_the_units_key_and_the_sheet_prints_it(commune, office, tmp_path):
    from openpyxl import load_workbook

    path = usb(commune, "NAMKA", 2, tmp_path)
    printed = [
        c for r in load_workbook(path)["Báo cáo"].iter_rows(values_only=True) for c in r if c
    ]
    assert f"Mã khóa: {own_fingerprint(commune)}" in printed
    [outcome] = import_submissions(office, [path])
    assert (outcome.outcome, outcome.signer) == ("accepted", own_fingerprint(commune))
    [key] = unit_keys(office)
    assert (key.unit_code, key.fingerprint, key.source, key.files) == (
        "NAMKA",
        own_fingerprint(commune),
        "first-file",
        1,
    )


def test_a_forged_unit_code_is_not_taken_as_another_communes_file(
    commune, second_commune, office, tmp_path, plan
):
    """Lien Son's own files came first; a file from another PC that claims to be Lien Son's,
    re-signed with the forger's key and with both digests recomputed, is held, counted
    nowhere; without re-signing, refused."""
    import_submissions(office, [usb(second_commune, "LIENSON", 1, tmp_path)])
    before = office.figures(2022, "LIENSON")
    original = usb(commune, "NAMKA", 2, tmp_path)
    unsigned = hostile.forge_submission(original, tmp_path / "a.xlsx", plan, unit_code="LIENSON")
    resigned = hostile.forge_submission(
        original, tmp_path / "b.xlsx", plan, unit_code="LIENSON", signer=FORGER
    )
    refused, held = import_submissions(office, [unsigned, resigned])
    assert refused.outcome == "refused" and "Chữ ký số" in refused.reason
    assert held.outcome == "held" and held.signer == FORGER.fingerprint
    assert "lak keys trust --unit LIENSON" in held.reason
    assert office.figures(2022, "LIENSON") == before
    assert [s.outcome for s in office.submissions(2022, "LIENSON")] == ["accepted", "held"]


def test_forged_figures_with_recomputed_digests_are_refused(commune, office, tmp_path, plan):
    original = usb(commune, "NAMKA", 3, tmp_path)
    forged = hostile.forge_submission(
        original, tmp_path / "forged.xlsx", plan, figure=(3, "received_online", 85)
    )
    [outcome] = import_submissions(office, [forged])
    assert outcome.outcome == "refused"
    assert "Chữ ký số" in outcome.reason
    assert office.figures(2022) == []


def test_a_file_resigned_with_another_key_is_held_when_the_unit_has_one(
    commune, office, tmp_path, plan
):
    import_submissions(office, [usb(commune, "NAMKA", 2, tmp_path)])
    forged = hostile.forge_submission(
        usb(commune, "NAMKA", 3, tmp_path),
        tmp_path / "forged.xlsx",
        plan,
        figure=(3, "received_online", 85),
        signer=FORGER,
    )
    [outcome] = import_submissions(office, [forged])
    assert outcome.outcome == "held"
    assert [f.month for f in office.figures(2022, "NAMKA")] == [1, 2]


def test_a_second_installation_is_held_then_trusted_and_its_files_imported_in_order(
    commune, second_commune, office, tmp_path
):
    """Nam Ka moves to a new PC: its files are held until the office trusts the new key by
    its fingerprint, then imported oldest first; the old key stays listed, ended."""
    import_submissions(office, [usb(commune, "NAMKA", 1, tmp_path)])
    march = usb(second_commune, "NAMKA", 3, tmp_path)
    february = usb(second_commune, "NAMKA", 2, tmp_path)
    outcomes = import_submissions(office, [march, february])
    assert [o.outcome for o in outcomes] == ["held", "held"]
    assert [f.month for f in office.figures(2022, "NAMKA")] == [1]
    from lak_desktop.operations.office import status_report

    status = status_report(office, 2022, NOW.date().replace(month=6))
    namka = next(u for u in status.units if u.unit.code == "NAMKA")
    assert namka.month(2).state.value == "missing"  # held files count nowhere
    new = own_fingerprint(second_commune)
    path = office.path
    office.close()
    proc = lak(path, "keys", "trust", "--unit", "NAMKA", "--fingerprint", new.lower(), "--json")
    assert proc.returncode == 0, proc.stderr
    files = json.loads(proc.stdout)["files"]
    assert [(f["through_month"], f["outcome"]) for f in files] == [
        (2, "accepted"),
        (3, "accepted"),
    ]
    proc = lak(path, "keys", "list", "--json")
    keys = json.loads(proc.stdout)["keys"]
    assert [(k["fingerprint"], k["until"] is None, k["files_signed"]) for k in keys] == [
        (own_fingerprint(commune), False, 1),
        (new, True, 2),
    ]
    again = open_repository(path)
    try:
        assert [f.month for f in again.figures(2022, "NAMKA")] == [1, 2, 3]
        assert again.held_submissions() == []
        # The old PC's files are now the ones held.
        [late] = import_submissions(again, [usb(commune, "NAMKA", 2, tmp_path, 5)])
        assert late.outcome == "held"
    finally:
        again.close()


def test_a_unit_key_trusted_beforehand_by_fingerprint(commune, office, tmp_path, plan):
    """The office records the fingerprint read over the phone before any file: a file signed by
    another key is held from the very first one."""
    trust_unit_key(office, "NAMKA", own_fingerprint(commune))
    [held] = import_submissions(office, [usb(commune, "NAMKA", 1, tmp_path)])
    assert held.outcome == "accepted"
    [forged] = import_submissions(
        office,
        [
            hostile.forge_submission(
                usb(commune, "NAMKA", 2, tmp_path), tmp_path / "f.xlsx", plan, signer=FORGER
            )
        ],
    )
    assert forged.outcome == "held"


def test_trust_refuses_what_is_not_a_fingerprint_or_a_unit(office):
    path = office.path
    office.close()
    proc = lak(path, "keys", "trust", "--unit", "NAMKA", "--fingerprint", "1234")
    assert proc.returncode == 2 and "không phải là mã khóa" in proc.stderr
    proc = lak(path, "keys", "trust", "--unit", "NOPE", "--fingerprint", "0" * 16)
    assert proc.returncode == 2 and "NOPE" in proc.stderr
    proc = lak(path, "keys", "show", "--json")
    assert normal_fingerprint(json.loads(proc.stdout)["fingerprint"])


def test_a_commune_knows_its_offices_key_from_the_first_plan(office, commune, tmp_path, plan):
    """The first plan file records the office's key; a plan from another office (another key)
    needs the clerk's confirmation, after which that key is the office's."""
    first = export_plan(office, 2022, tmp_path / "plan1.xlsx")
    import_plan(commune, first)
    assert commune.key_in_force("office").fingerprint == own_fingerprint(office)
    other = open_repository(tmp_path / "other-office.sqlite")
    try:
        other.save_plan(plan)
        second = export_plan(other, 2022, tmp_path / "plan2.xlsx")
        with pytest.raises(NewPlanSigner) as caught:
            import_plan(commune, second)
        assert own_fingerprint(other) in str(caught.value)
        assert commune.key_in_force("office").fingerprint == own_fingerprint(office)
        import_plan(commune, second, trust_new_signer=True)
        assert commune.key_in_force("office").fingerprint == own_fingerprint(other)
    finally:
        other.close()


def test_a_forged_plan_file_is_refused(office, commune, tmp_path):
    from openpyxl import load_workbook

    from lak_desktop.core.plan import plan_from_dict, plan_to_dict
    from lak_desktop.exchange.limits import FileRefused
    from lak_desktop.exchange.machine_sheet import SHEET

    path = export_plan(office, 2022, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    meta = {r[0].value: r[1] for r in wb[SHEET].iter_rows() if r[0].value}
    body = json.loads(meta["plan_json"].value)
    body["targets"] = [dict(t, target="1/2") for t in body["targets"]]
    forged_plan = plan_from_dict(body)
    meta["plan_json"].value = json.dumps(plan_to_dict(forged_plan), ensure_ascii=False)
    meta["plan_digest"].value = forged_plan.digest()
    wb.save(tmp_path / "forged.xlsx")
    with pytest.raises(FileRefused, match="Chữ ký số"):
        import_plan(commune, tmp_path / "forged.xlsx")


def test_plan_import_from_another_office_exits_2_unless_trusted(office, commune, tmp_path, plan):
    import_plan(commune, export_plan(office, 2022, tmp_path / "plan1.xlsx"))
    other = open_repository(tmp_path / "other-office.sqlite")
    other.save_plan(plan)
    second = export_plan(other, 2022, tmp_path / "plan2.xlsx")
    other.close()
    path = commune.path
    commune.close()
    proc = lak(path, "plan", "import", second)
    assert proc.returncode == 2 and "--trust-new-signer" in proc.stderr
    proc = lak(path, "plan", "import", second, "--trust-new-signer")
    assert proc.returncode == 0, proc.stderr
