"""Plan jobs: the office hands its plan out as a file, the commune takes it in."""

from __future__ import annotations

from pathlib import Path

from lak_desktop.core.builtin import builtin_plan
from lak_desktop.core.plan import Plan
from lak_desktop.operations.common import (
    InputError,
    ensure_plan,
    local_now,
    plan_for,
    refuse_existing,
    write_out,
)
from lak_desktop.operations.keys import ROLE_OFFICE_KEY, installation_signer
from lak_desktop.storage import Repository
from lak_desktop.storage.repository import KnownKey


class NewPlanSigner(InputError):
    """The plan file was signed by another key than the office's known one (or by none)."""

    def __init__(self, message: str, fingerprint: str | None, known: str) -> None:
        super().__init__(message)
        self.fingerprint = fingerprint
        self.known = known


def export_plan(repo: Repository, year: int | None, out: Path | str) -> Path:
    from lak_desktop.exchange.plan_file import write_plan_file

    plan = plan_for(repo, year)
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise InputError(f"Tên tệp kế hoạch phải kết thúc bằng .xlsx, không phải «{out.name}».")
    refuse_existing(out)
    signer = installation_signer(repo)
    return write_out(out, lambda: write_plan_file(plan, out, local_now().date(), signer))


def import_plan(
    repo: Repository,
    path: Path | str,
    year: int | None = None,
    trust_new_signer: bool = False,
) -> Plan:
    """Store a plan from a plan file or a plain table. Figures of that year are kept.

    The key that signed the first plan file taken in is the office's; a plan file signed by
    another key, or a plan file with no signature once the office's key is known, raises
    NewPlanSigner unless `trust_new_signer` (the clerk checked the new key with the office),
    which then makes that key the office's."""
    from lak_desktop.exchange.plan_file import read_plan_file
    from lak_desktop.exchange.signing import fingerprint

    ensure_plan(repo)
    template = None
    if year is not None:
        template = repo.load_plan(year)
    if template is None:
        template = repo.load_plan(repo.plan_years()[-1]) or builtin_plan()
    path = Path(path)
    read = read_plan_file(path, year, template)
    signer = fingerprint(read.signer) if read.signer else None
    known = repo.key_in_force(ROLE_OFFICE_KEY)
    own = installation_signer(repo).fingerprint
    trust = None
    if signer is not None and signer != own and (known is None or known.fingerprint != signer):
        if known is not None and not trust_new_signer:
            raise NewPlanSigner(
                f"Tệp kế hoạch {path.name} được ký bằng khóa {signer}, khác với khóa của cơ quan "
                f"đã giao kế hoạch trước đây ({known.fingerprint}). Hãy gọi điện cho cơ quan giao "
                "chỉ tiêu để đối chiếu mã khóa in ở cuối biểu mức giao. Nếu đúng (ví dụ cơ quan đã "
                "đổi máy), nhập lại và xác nhận (dòng lệnh: thêm --trust-new-signer).",
                signer,
                known.fingerprint,
            )
        trust = KnownKey(
            ROLE_OFFICE_KEY, "", signer, read.signer, local_now().isoformat(), None, "plan"
        )
    elif signer is None and read.from_program and known is not None and not trust_new_signer:
        raise NewPlanSigner(
            f"Tệp kế hoạch {path.name} không có chữ ký số, trong khi các kế hoạch trước đây được "
            f"cơ quan giao ký bằng khóa {known.fingerprint}. Hãy xin lại tệp từ cơ quan giao chỉ "
            "tiêu, hoặc nếu chắc chắn tệp đúng, nhập lại và xác nhận (dòng lệnh: thêm "
            "--trust-new-signer).",
            None,
            known.fingerprint,
        )
    repo.backup("before-import")
    with repo.transaction():
        repo.save_plan(read.plan)
        if trust is not None:
            repo.trust_key(trust)
    return read.plan
