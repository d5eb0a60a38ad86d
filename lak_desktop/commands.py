"""What each `lak` command does once its arguments are parsed, and how its answer is printed.

Exit codes: 0 done, 2 bad input (every problem listed, nothing changed), 1 anything unexpected.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from fractions import Fraction
from pathlib import Path

from lak_desktop.cli import EXIT_BAD_INPUT, EXIT_OK
from lak_desktop.core.attainment import STATUS_LABELS
from lak_desktop.core.figures import CountError, parse_count
from lak_desktop.core.formatting import format_date, format_int, format_percent, format_range
from lak_desktop.core.periods import month_range, range_through
from lak_desktop.core.plan import Plan
from lak_desktop.core.ranking import ranking_note
from lak_desktop.core.timeliness import STATE_LABELS, StatusTable
from lak_desktop.operations.common import (
    PLACE_SETTING,
    RECIPIENTS_SETTING,
    REPORT_NUMBER_SETTING,
    SIGNER_NAME_SETTING,
    SIGNER_TITLE_SETTING,
    InputError,
    plan_for,
    setup,
)
from lak_desktop.operations.commune import export_submission, import_figures, set_figures
from lak_desktop.operations.demo import fill_demo, fill_office_demo
from lak_desktop.operations.office import (
    AttainmentReport,
    SubmissionOutcome,
    attainment_report,
    history,
    import_submissions,
    save_original,
    status_report,
    write_chase_list,
    write_report,
)
from lak_desktop.operations.plans import export_plan, import_plan
from lak_desktop.storage import Repository
from lak_desktop.storage.repository import SubmissionRecord

log = logging.getLogger(__name__)

CONVENTION_LABELS = {
    "calendar": "theo tháng dương lịch (ngày 1 đến cuối tháng)",
    "decree09": "theo Nghị định 09/2019/NĐ-CP (ngày 15 tháng trước đến ngày 14 tháng này)",
}


def backup_command(db_path: Path, args: argparse.Namespace) -> int:
    from lak_desktop.storage.backup import list_backups, make_backup, quick_check, restore

    if args.command == "backup" and args.action == "list":
        backups = list_backups(db_path)
        if args.json:
            listing = [
                {
                    "path": str(b.path),
                    "made_at": b.made_at.isoformat(),
                    "reason": b.reason,
                    "size": b.size,
                }
                for b in backups
            ]
            print(json_text({"backups": listing}))
        elif not backups:
            print(f"Chưa có bản sao lưu nào của {db_path}.")
        else:
            rows = [
                [b.made_at.strftime("%d/%m/%Y %H:%M:%S"), b.reason, format_int(b.size), str(b.path)]
                for b in backups
            ]
            print(render_table(["Lúc", "Lý do", "Byte", "Tệp"], rows, numeric={2}))
        return EXIT_OK
    if not db_path.exists() and args.command == "backup":
        raise InputError(f"Chưa có tệp dữ liệu {db_path} để sao lưu.")
    if args.command == "backup":
        if args.out is not None and args.out.exists() and not args.out.is_dir():
            raise InputError(f"Tệp {args.out} đã có; chương trình không ghi đè.")
        print(make_backup(db_path, "manual", args.out))
        return EXIT_OK
    if args.latest == (args.file is not None):
        raise InputError("Hãy chỉ một bản sao lưu, hoặc dùng --latest (xem `lak backup list`).")
    source = args.file
    if args.latest:
        good = [b.path for b in list_backups(db_path) if quick_check(b.path)]
        if not good:
            raise InputError(f"Không có bản sao lưu nào còn tốt của {db_path}.")
        source = good[0]
    if not source.is_file():
        raise InputError(f"Không tìm thấy bản sao lưu {source}.")
    aside = restore(db_path, source)
    print(f"Đã khôi phục {db_path} từ {source}.")
    print(f"Tệp trước khi khôi phục được giữ ở {aside}.")
    return EXIT_OK


def run(repo: Repository, args: argparse.Namespace) -> int:
    if args.command == "plan" and args.plan_command == "show":
        plan = plan_for(repo, args.year)
        print(json_text(plan_json(plan)) if args.json else plan_text(plan))
    elif args.command == "figures" and args.figures_command == "import":
        summary = import_figures(repo, args.file)
        print(
            f"Đã nhập {format_int(summary.rows)} dòng từ {args.file.name}; "
            f"{format_int(summary.changed)} giá trị thay đổi."
        )
    elif args.command == "figures" and args.figures_command == "print":
        from lak_desktop.ui.headless import unit_report_pdf

        print(unit_report_pdf(repo, args.unit, args.year, args.through, args.out))
    elif args.command == "figures" and args.figures_command == "set":
        values = parse_assignments(args.values)
        fig = set_figures(repo, args.unit, args.year, args.month, values, args.note)
        shown = ", ".join(f"{k}={format_int(v)}" for k, v in sorted(fig.values.items()))
        print(f"Đã lưu {args.unit}, tháng {args.month}/{args.year}: {shown or '(trống)'}")
    elif args.command == "attainment":
        report = attainment_report(repo, args.year, args.through, args.complete_only)
        if args.json:
            print(json_text(attainment_json(report)))
        else:
            print(attainment_text(report))
    elif args.command == "plan" and args.plan_command in (
        "new",
        "set",
        "unit",
        "target",
        "indicator",
    ):
        plan = plan_edit_command(repo, args)
        print(
            f"Đã lưu kế hoạch năm {plan.year}, bản lần {plan.revision}: {len(plan.units)} đơn vị. "
            "Hãy xuất tệp kế hoạch (`lak plan export`) gửi các đơn vị."
        )
    elif args.command == "plan" and args.plan_command == "export":
        print(export_plan(repo, args.year, args.out))
    elif args.command == "plan" and args.plan_command == "import":
        plan = import_plan(repo, args.file, args.year, args.trust_new_signer, args.accept_edits)
        print(f"Đã nhập kế hoạch năm {plan.year}: {len(plan.units)} đơn vị.")
    elif args.command == "submission" and args.submission_command == "export":
        result = export_submission(
            repo,
            args.unit,
            args.year,
            args.month,
            args.out,
            allow_incomplete=args.allow_incomplete,
        )
        gaps = sorted(result.empty_months + result.incomplete_months)
        if gaps:
            months = ", ".join(str(m) for m in gaps)
            print(
                f"Lưu ý: tháng {months} chưa đủ số liệu; tệp ghi rõ và không tính các tháng này.",
                file=sys.stderr,
            )
        print(result.path)
    elif args.command == "submission" and args.submission_command == "import":
        outcomes = import_submissions(repo, args.paths, received_on=args.received_at)
        if args.json:
            print(json_text(submission_json(outcomes)))
        else:
            print(submission_text(outcomes))
        return EXIT_BAD_INPUT if any(o.outcome == "refused" for o in outcomes) else EXIT_OK
    elif args.command == "submission" and args.submission_command == "history":
        records = history(repo, args.year, args.unit, args.month)
        if args.json:
            print(json_text(history_json(records)))
        else:
            print(history_text(records))
    elif args.command == "submission" and args.submission_command == "save":
        print(save_original(repo, args.id, args.out))
    elif args.command == "status":
        if args.out is not None or args.month is not None:
            if args.out is None or args.month is None:
                raise InputError("Danh sách cần đôn đốc cần cả --month và --out.")
            if args.out.suffix.lower() == ".pdf":  # as the window prints it
                from lak_desktop.ui.headless import chase_list_pdf

                print(chase_list_pdf(repo, args.year, args.month, args.out, args.as_of))
            else:
                print(write_chase_list(repo, args.year, args.month, args.out, args.as_of))
            return EXIT_OK
        table = status_report(repo, args.year, args.as_of)
        if args.json:
            print(json_text(status_json(table)))
        else:
            print(status_text(table))
    elif args.command == "report":
        if args.out.suffix.lower() == ".pdf":  # as the window saves it as PDF
            from lak_desktop.ui.headless import report_pdf

            print(report_pdf(repo, args.year, args.through, args.out, args.complete_only))
        else:
            print(write_report(repo, args.year, args.through, args.out, args.complete_only))
    elif args.command == "setup":
        details = {
            key: value
            for key, value in (
                (SIGNER_NAME_SETTING, args.signer_name),
                (SIGNER_TITLE_SETTING, args.signer_title),
                (PLACE_SETTING, args.place),
                (REPORT_NUMBER_SETTING, args.report_number),
                (
                    RECIPIENTS_SETTING,
                    "\n".join(p.strip() for p in args.recipients.split("|"))
                    if args.recipients is not None
                    else None,
                ),
            )
            if value is not None
        }
        setup(repo, args.role, args.unit, details)
        role = "cơ quan nhận báo cáo" if args.role == "office" else f"đơn vị {args.unit}"
        print(f"Đã thiết lập: {role}.")
    elif args.command == "keys":
        return keys_command(repo, args)
    elif args.command == "demo":
        if args.office:
            count = fill_office_demo(repo, args.files)
            print(f"Đã nhận {format_int(count)} tệp mẫu của các xã cho kế hoạch có sẵn.")
        else:
            count = fill_demo(repo)
            print(f"Đã tạo {format_int(count)} tháng số liệu mẫu cho kế hoạch có sẵn.")
    return EXIT_OK


def plan_edit_command(repo: Repository, args: argparse.Namespace) -> Plan:
    from lak_desktop.operations import plans

    if args.plan_command == "new":
        return plans.new_plan(repo, args.year, args.from_year)
    if args.plan_command == "set":
        return plans.set_plan(
            repo, args.year, args.issuer, args.place, args.period, args.deadline_days, args.title
        )
    if args.plan_command == "indicator":
        return plans.add_indicator(
            repo,
            args.year,
            args.code,
            args.name,
            args.numerator,
            args.denominator,
            args.target,
        )
    if args.plan_command == "target":
        return plans.set_target(
            repo, args.year, args.indicator, args.value, None if args.all else args.unit
        )
    if args.unit_command == "add":
        formed_from = tuple(
            c.strip().upper() for c in (args.formed_from or "").split(",") if c.strip()
        )
        return plans.add_unit(
            repo, args.year, args.code, args.name, args.procedures, formed_from, args.from_month
        )
    if args.unit_command == "retire":
        return plans.retire_unit(repo, args.year, args.code, args.after_month)
    return plans.rename_unit(repo, args.year, args.code, args.name)


def keys_command(repo: Repository, args: argparse.Namespace) -> int:
    from lak_desktop.operations.keys import own_fingerprint, trust_unit_key, unit_keys

    if args.keys_command == "show":
        fingerprint = own_fingerprint(repo)
        if args.json:
            print(json_text({"fingerprint": fingerprint}))
        else:
            print(f"Mã khóa của máy này: {fingerprint}")
            print(
                "Mã này in ở cuối mỗi tệp chương trình lập, để nơi nhận đối chiếu qua điện thoại."
            )
    elif args.keys_command == "list":
        keys = unit_keys(repo)
        if args.json:
            print(json_text({"keys": [keys_json(k) for k in keys]}))
        else:
            print(keys_text(keys))
    else:
        outcomes = trust_unit_key(repo, args.unit, args.fingerprint)
        if args.json:
            print(json_text(submission_json(outcomes)))
        else:
            print(f"Đã tin khóa {args.fingerprint.upper()} của đơn vị {args.unit}.")
            if outcomes:
                print(f"Các tệp đã giữ lại của đơn vị ký bằng khóa này ({len(outcomes)}):")
                print(submission_text(outcomes))
    return EXIT_OK


def keys_json(key) -> dict:
    return {
        "unit": key.unit_code,
        "name": key.unit_name,
        "fingerprint": key.fingerprint,
        "since": key.since,
        "until": key.until,
        "source": key.source,
        "files_signed": key.files,
    }


KEY_SOURCES = {
    "first-file": "tệp đầu tiên",
    "trusted": "cơ quan xác nhận",
    "plan": "tệp kế hoạch",
}


def keys_text(keys) -> str:
    if not keys:
        return "Chưa biết khóa của đơn vị nào (khóa được ghi khi nhận tệp đầu tiên của đơn vị)."
    rows = [
        [
            k.unit_code,
            k.unit_name,
            k.fingerprint,
            format_date(datetime.fromisoformat(k.since)),
            format_date(datetime.fromisoformat(k.until)) if k.until else "đang dùng",
            KEY_SOURCES.get(k.source, k.source),
            format_int(k.files),
        ]
        for k in keys
    ]
    return render_table(
        ["Mã", "Đơn vị", "Mã khóa", "Từ ngày", "Đến", "Ghi nhận qua", "Số tệp đã ký"],
        rows,
        numeric={6},
    )


def json_text(data: object) -> str:
    """What `--json` prints: for scripts, one line, written by json's C encoder (a national
    table is 40 times quicker to write than indented)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def parse_assignments(items: Sequence[str]) -> dict[str, int | None]:
    values: dict[str, int | None] = {}
    problems = []
    if not items:
        raise InputError("Chưa có giá trị nào. Ví dụ: received_total=120 received_online=50")
    for item in items:
        code, sep, raw = item.partition("=")
        if not sep or not code.strip():
            problems.append(f"«{item}» phải có dạng MÃ_CHỈ_SỐ=GIÁ_TRỊ, ví dụ received_total=120.")
            continue
        try:
            values[code.strip()] = parse_count(raw)
        except CountError as exc:
            problems.append(f"{code.strip()}: {exc}")
    if problems:
        raise InputError("\n".join(problems))
    return values


# Output -------------------------------------------------------------------------


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def plan_json(plan: Plan) -> dict:
    from lak_desktop.core.plan import plan_to_dict

    data = plan_to_dict(plan)
    data["digest"] = plan.digest()
    return data


def plan_text(plan: Plan) -> str:
    lines = [
        f"KẾ HOẠCH NĂM {plan.year} (bản lần {plan.revision}): {plan.title}",
        f"Cơ quan giao: {' / '.join(t for t in (plan.issuer.name, plan.issuer.office) if t)}"
        + (f", quyết định số {plan.issuer.decision_number}" if plan.issuer.decision_number else ""),
        f"Kỳ báo cáo: {CONVENTION_LABELS[plan.period_convention.value]}; cả năm "
        f"{format_range(*range_through(plan.year, 12, plan.period_convention))}",
        "",
        "Số liệu thu thập hằng tháng:",
    ]
    lines += [f"  {e.code}: {e.label}. {e.help}" for e in plan.elements]
    lines.append("Chỉ tiêu:")
    for ind in plan.indicators:
        num, den = plan.element(ind.numerator).label, plan.element(ind.denominator).label
        lines.append(f"  {ind.code}: {ind.name} = {num} / {den}")
    lines.append("")
    from lak_desktop.core.plan import lifetime_note

    changing = any(lifetime_note(plan, u) for u in plan.units)
    header = ["STT", "Mã", "Đơn vị", "Số TTHC"]
    for ind in plan.indicators:
        header += [f"{ind.name} năm trước", f"Giao {ind.name.lower()}"]
    if changing:
        header.append("Hoạt động")
    rows = []
    for n, unit in enumerate(plan.units, start=1):
        row = [str(n), unit.code, unit.name, format_int(unit.procedures)]
        for ind in plan.indicators:
            row += [
                format_percent(unit.baselines.get(ind.code)),
                format_percent(plan.target(unit.code, ind.code)),
            ]
        if changing:
            row.append(lifetime_note(plan, unit) or "cả năm")
        rows.append(row)
    numeric = {0} | set(range(3, 4 + 2 * len(plan.indicators)))
    lines.append(render_table(header, rows, numeric=numeric))
    return "\n".join(lines)


def attainment_json(report: AttainmentReport) -> dict:
    return {
        "year": report.plan.year,
        "through_month": report.through_month,
        "complete_only": report.complete_only,
        "units": [
            {
                "code": r.attainment.unit.code,
                "name": r.attainment.unit.name,
                "formed_from": list(r.attainment.unit.formed_from),
                "active_months": list(r.attainment.unit.active_months),
                "rank": r.rank,
                "score": _float(r.score),
                "tie_break": _float(r.uncapped) if r.tied else None,
                "data_through": r.attainment.data_through,
                "complete": r.attainment.complete,
                "indicators": _indicators_json(r.attainment),
            }
            for r in report.ranked
        ],
    }


def _indicators_json(att) -> dict:
    """Each indicator's year to date; its sums null when no month counts toward it, and its
    shortfall null without a rate (a blank is not a zero)."""
    result = {}
    for code, a in att.indicators.items():
        counted = att.counted(code)
        result[code] = {
            "numerator": a.numerator if counted else None,
            "denominator": a.denominator if counted else None,
            "rate": _float(a.rate),
            "target": float(a.target),
            "status": a.status.value,
            "shortfall": a.shortfall if a.rate is not None else None,
            "incomplete_months": list(a.incomplete_months),
        }
    return result


def attainment_text(report: AttainmentReport) -> str:
    plan, through = report.plan, report.through_month
    first, last = range_through(plan.year, through, plan.period_convention)
    lines = [
        f"KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM {plan.year}, lũy kế tháng 1–{through} "
        f"({format_range(first, last)})",
        f"Theo kế hoạch của {plan.issuer.name}. Tháng {through}: "
        f"{format_range(*month_range(plan.year, through, plan.period_convention))}.",
        "",
    ]
    header = ["Hạng", "Đơn vị", "Điểm"]
    for ind in plan.indicators:
        header += [ind.name, "Chỉ tiêu", "Đánh giá", "Còn thiếu"]
    header.append("Ghi chú")
    rows = []
    for r in report.ranked:
        row = [
            str(r.rank) if r.rank is not None else "—",
            r.attainment.unit.name,
            format_percent(r.score),
        ]
        for ind in plan.indicators:
            a = r.attainment.indicators[ind.code]
            rate = (
                f"{format_percent(a.rate)} ({format_int(a.numerator)}/{format_int(a.denominator)})"
                if a.rate is not None
                else "—"
            )
            row += [
                rate,
                format_percent(a.target),
                STATUS_LABELS[a.status],
                format_int(a.shortfall) if a.rate is not None else "—",
            ]
        row.append(ranking_note(r))
        rows.append(row)
    numeric = {2} | {3 + 4 * i + k for i in range(len(plan.indicators)) for k in (0, 1, 3)}
    lines.append(render_table(header, rows, numeric))
    lines += [
        "",
        "Điểm: trung bình các chỉ tiêu có số liệu của min(tỷ lệ / chỉ tiêu, 100%). "
        "Còn thiếu: số hồ sơ lẽ ra phải đạt thêm để đạt chỉ tiêu trên số hồ sơ đến nay.",
    ]
    return "\n".join(lines)


OUTCOME_LABELS = {
    "accepted": "Nhận",
    "replaced": "Thay bản cũ",
    "ignored": "Bỏ qua",
    "held": "Giữ lại",
    "refused": "Từ chối",
}


def submission_json(outcomes: list[SubmissionOutcome]) -> dict:
    return {
        "files": [
            {
                "path": str(o.path),
                "outcome": o.outcome,
                "unit": o.unit,
                "through_month": o.through_month,
                "revision": o.revision,
                "reason": o.reason,
                "signer": o.signer,
            }
            for o in outcomes
        ]
    }


def submission_text(outcomes: list[SubmissionOutcome]) -> str:
    lines = []
    for o in outcomes:
        what = f"{o.unit}, tháng {o.through_month}, lần {o.revision}" if o.unit else ""
        head = f"[{OUTCOME_LABELS[o.outcome]}] {o.path.name}" + (f" ({what})" if what else "")
        lines.append(head)
        if o.reason:
            lines += [f"    {line}" for line in o.reason.splitlines()]
    counts = {k: sum(1 for o in outcomes if o.outcome == k) for k in OUTCOME_LABELS}
    lines.append(
        "Tổng: " + ", ".join(f"{OUTCOME_LABELS[k].lower()} {v}" for k, v in counts.items())
    )
    return "\n".join(lines)


def history_json(records: list[SubmissionRecord]) -> dict:
    return {
        "files": [
            {
                "id": r.id,
                "year": r.year,
                "unit": r.unit_code,
                "through_month": r.through_month,
                "revision": r.revision,
                "created_at": r.created_at,
                "received_at": r.received_at,
                "file_name": r.file_name,
                "sha256": r.file_sha256,
                "outcome": r.outcome,
                "reason": r.reason,
                "signer": r.signer or None,
            }
            for r in records
        ]
    }


def history_text(records: list[SubmissionRecord]) -> str:
    if not records:
        return "Chưa nhận tệp nào."
    header = ["Số", "Ngày nhận", "Đơn vị", "Năm", "Tháng", "Lần", "Kết quả", "Tệp"]
    rows = [
        [
            str(r.id),
            r.received_on.strftime("%d/%m/%Y"),
            r.unit_code,
            str(r.year),
            str(r.through_month),
            str(r.revision),
            OUTCOME_LABELS[r.outcome],
            r.file_name,
        ]
        for r in records
    ]
    return render_table(header, rows, numeric={0, 3, 4, 5})


STATE_MARKS = {"on_time": "✓", "late": "M", "missing": "✗", "not_due": "·", "inactive": "—"}


def status_json(table: StatusTable) -> dict:
    return {
        "year": table.year,
        "as_of": table.as_of.isoformat(),
        "units": [
            {
                "code": u.unit.code,
                "name": u.unit.name,
                "plan_revision": u.plan_revision,
                "months": [
                    {
                        "month": m.month,
                        "due": m.due.isoformat(),
                        "state": m.state.value,
                        "received_at": m.received_on.isoformat() if m.received_on else None,
                        "revision": m.revision,
                    }
                    for m in u.months
                ],
            }
            for u in table.units
        ],
        "months": [
            {
                "month": s.month,
                "due": s.due.isoformat(),
                "expected": s.expected,
                "received": s.received,
                "on_time": s.on_time,
                "rate": _float(s.rate),
                "on_time_rate": _float(s.on_time_rate),
            }
            for s in table.months
        ],
    }


def status_text(table: StatusTable) -> str:
    lines = [
        f"TÌNH HÌNH GỬI BÁO CÁO NĂM {table.year}, tính đến ngày {table.as_of:%d/%m/%Y}",
        "  ".join(f"{STATE_MARKS[k.value]} {v.lower()}" for k, v in STATE_LABELS.items()),
        "",
    ]
    header = ["Đơn vị", *(str(m) for m in range(1, 13))]
    rows = [[u.unit.name, *(STATE_MARKS[m.state.value] for m in u.months)] for u in table.units]
    rows.append(["Đã gửi", *(str(s.received) for s in table.months)])
    rows.append(["Đúng hạn", *(str(s.on_time) for s in table.months)])
    rows.append(["Tỷ lệ đúng hạn", *(format_percent(s.on_time_rate, 0) for s in table.months)])
    lines.append(render_table(header, rows, numeric=set(range(1, 13))))
    return "\n".join(lines)


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 1 for c in unicodedata.normalize("NFC", text))


def render_table(header: list[str], rows: list[list[str]], numeric: set[int]) -> str:
    """A plain text table; the `numeric` columns are right-aligned."""
    widths = [max(_width(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            pad = " " * (widths[i] - _width(cell))
            out.append(pad + cell if i in numeric else cell + pad)
        return "  ".join(out).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows)])
