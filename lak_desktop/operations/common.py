"""What both sides share: the settings, the plan in force, and the error every job raises."""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lak_desktop.storage import Repository

if TYPE_CHECKING:  # the window reads its settings before it needs a plan
    from lak_desktop.core.plan import Plan
    from lak_desktop.core.validation import Problem

PLAN_YEAR_SETTING = "plan_year"
ROLE_SETTING = "role"
UNIT_SETTING = "unit_code"
EXPORT_DIR_SETTING = "last_export_dir"
ROLE_COMMUNE, ROLE_OFFICE = "commune", "office"


class InputError(Exception):
    """Bad input from the user: nothing was saved. `problems` lists every one of them."""

    def __init__(self, problems: list[Problem] | str) -> None:
        from lak_desktop.core.validation import Problem

        if isinstance(problems, str):
            problems = [Problem(problems)]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def ensure_plan(repo: Repository) -> None:
    """A new database starts with the built-in plan."""
    if not repo.plan_years():
        from lak_desktop.core.builtin import builtin_plan

        repo.save_plan(builtin_plan())


def _year_in_force(repo: Repository) -> int | None:
    """The year `plan_for(repo)` gives, when its plan is stored."""
    chosen = repo.setting(PLAN_YEAR_SETTING)
    years = repo.plan_years()
    year = int(chosen) if chosen and chosen.isdigit() else (years[-1] if years else None)
    return year if year in years else None


def plan_heading(repo: Repository) -> tuple[int, str] | None:
    """The year and issuer of the plan `plan_for(repo)` gives, read without its units (a
    window's title before the plan is loaded); None when that plan is not there to read."""
    year = _year_in_force(repo)
    issuer = repo.plan_issuer(year) if year is not None else None
    if issuer is None:
        return None
    office, name = issuer
    return year, office or name


def unit_heading(repo: Repository, unit_code: str | None) -> tuple[int, str] | None:
    """The year of the plan `plan_for(repo)` gives and the name of `unit_code` in it, read
    without the plan's units (the commune window's title before the plan is loaded). None when
    the plan cannot say so at once: it is not there, it does not hold the unit, or the unit
    was merged into another and this computer has not yet been asked which one it reports for
    (`ui.app.after_merger`)."""
    year = _year_in_force(repo)
    entry = repo.unit_entry(year, unit_code) if year is not None and unit_code else None
    if entry is None:
        return None
    name, merged = entry
    if merged and not repo.setting(merger_asked_key(year, unit_code)):
        return None
    return year, name


def merger_asked_key(year: int, unit_code: str) -> str:
    """The setting that says a merged unit's computer was asked which unit it reports for."""
    return f"merger_asked_{year}_{unit_code}"


def plan_for(repo: Repository, year: int | None = None) -> Plan:
    """The plan of `year`; without a year the one chosen last, else the latest."""
    ensure_plan(repo)
    if year is None:
        chosen = repo.setting(PLAN_YEAR_SETTING)
        year = int(chosen) if chosen else repo.plan_years()[-1]
    plan = repo.load_plan(year)
    if plan is None:
        years = ", ".join(str(y) for y in repo.plan_years())
        raise InputError(
            f"Chưa có kế hoạch năm {year}. Các năm đã có kế hoạch: {years}. "
            "Hãy nhập tệp kế hoạch của năm đó trước."
        )
    return plan


def local_now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def new_file(out: Path | str, suffix: str, what: str) -> Path:
    """`out` as the name of a file to write: it ends in `suffix` (".xlsx", ".pdf"), and no file
    of that name is there yet (the program never writes over one)."""
    out = Path(out)
    if out.suffix.lower() != suffix:
        raise InputError(f"Tên tệp {what} phải kết thúc bằng {suffix}, không phải «{out.name}».")
    refuse_existing(out)
    return out


def require_unit(plan: Plan, unit_code: str) -> None:
    if not plan.has_unit(unit_code):
        raise InputError(
            f"Mã đơn vị «{unit_code}» không có trong kế hoạch năm {plan.year}. Xem `lak plan show`."
        )


def refuse_existing(path: Path) -> None:
    if path.exists():
        raise InputError(
            f"Tệp {path} đã có. Chương trình không ghi đè tệp có sẵn: hãy chọn tên khác hoặc "
            "xóa tệp cũ trước."
        )


# The office's own details for the printed report (Decree 30/2020): set once, in the window or
# with `lak setup`.
REPORT_NUMBER_SETTING = "report_number"
SIGNER_TITLE_SETTING = "signer_title"
SIGNER_NAME_SETTING = "signer_name"
RECIPIENTS_SETTING = "recipients"  # one per line
PLACE_SETTING = "place"


def setup(
    repo: Repository,
    role: str,
    unit_code: str | None = None,
    details: dict[str, str] | None = None,
) -> None:
    """What the first-start dialog does: the role, the commune's unit, the office's details."""
    if role not in (ROLE_COMMUNE, ROLE_OFFICE):
        raise InputError(
            f"Vai trò phải là «{ROLE_COMMUNE}» hoặc «{ROLE_OFFICE}», không phải {role}."
        )
    plan = plan_for(repo)
    if role == ROLE_COMMUNE:
        if not unit_code:
            raise InputError("Ở xã cần chọn đơn vị: thêm --unit MÃ_ĐƠN_VỊ (xem `lak plan show`).")
        if not plan.has_unit(unit_code):
            codes = ", ".join(u.code for u in plan.units)
            raise InputError(
                f"Mã đơn vị «{unit_code}» không có trong kế hoạch năm {plan.year}. Các mã: {codes}."
            )
    known = {
        REPORT_NUMBER_SETTING,
        SIGNER_TITLE_SETTING,
        SIGNER_NAME_SETTING,
        RECIPIENTS_SETTING,
        PLACE_SETTING,
    }
    details = details or {}
    unknown = set(details) - known
    if unknown:
        raise InputError(f"Không có thiết lập {', '.join(sorted(unknown))}.")
    with repo.transaction():
        repo.set_setting(ROLE_SETTING, role)
        repo.set_setting(PLAN_YEAR_SETTING, str(plan.year))
        if role == ROLE_COMMUNE:
            repo.set_setting(UNIT_SETTING, str(unit_code))
        for key, value in details.items():
            repo.set_setting(key, value.strip())


def write_out(out: Path, write: Callable[[], Path]) -> Path:
    """Run `write` (which writes the file `out`); a full or read-only disk gets a plain message."""
    try:
        return write()
    except OSError as exc:
        raise not_written(out, exc) from exc


def not_written(out: Path, exc: OSError) -> InputError:
    """The plain message for a file that could not be written: why, in Vietnamese (the system's
    own words are in English on most office PCs), and what to do."""
    return InputError(
        f"Không ghi được tệp {out}: {os_reason(exc)}. Hãy kiểm tra ổ đĩa hoặc USB còn chỗ "
        "trống và cho phép ghi, hoặc chọn thư mục khác."
    )


# Why the system refused, by errno (Windows sets these too; a file open in Excel is EACCES).
_REASONS = {
    errno.ENOENT: "thư mục không còn (có thể USB đã được rút ra)",
    errno.ENOTDIR: "đường dẫn có một phần không phải là thư mục",
    errno.EACCES: "không được phép ghi vào đó, hoặc tệp đang mở trong chương trình khác",
    errno.EPERM: "không được phép ghi vào đó",
    errno.EROFS: "ổ đĩa chỉ cho phép đọc (USB có thể đang khóa chống ghi)",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EDQUOT: "đã hết dung lượng được phép dùng",
    errno.EEXIST: "đã có tệp trùng tên",
    errno.EISDIR: "đó là một thư mục",
    errno.ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài",
    errno.EINVAL: "tên tệp có ký tự không được phép",
    errno.EIO: "lỗi đọc ghi ổ đĩa (USB có thể đã hỏng hoặc bị rút ra)",
}


def os_reason(exc: OSError) -> str:
    """Why an operation on a file failed, in plain Vietnamese."""
    if getattr(exc, "winerror", None) in (32, 33):  # Windows: the file is open elsewhere
        return "tệp đang mở trong chương trình khác (như Excel); hãy đóng nó"
    reason = _REASONS.get(exc.errno) if exc.errno is not None else None
    if reason is not None:
        return reason
    return f"lỗi của hệ điều hành (mã {exc.errno})" if exc.errno else "lỗi của hệ điều hành"
