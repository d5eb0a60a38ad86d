"""Every job of the window, from the command line: `lak --help`.

Exit codes: 0 done, 2 bad input (every problem listed, nothing changed), 1 anything unexpected.
Only the parser is imported up front; what a command needs is imported when it runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

EXIT_OK, EXIT_UNEXPECTED, EXIT_BAD_INPUT = 0, 1, 2


class VersionAction(argparse.Action):
    """`--version`, reading the installed version only when asked."""

    def __init__(
        self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None
    ):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from lak_desktop import __version__

        print(f"lak {__version__}")
        parser.exit()


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"Lỗi: lệnh không đúng: {message}. Xem `lak --help`.", file=sys.stderr)
        sys.exit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="lak", description="Theo dõi chỉ tiêu hồ sơ trực tuyến và số hóa.")
    parser.add_argument("--version", action=VersionAction, help="phiên bản chương trình")
    parser.add_argument(
        "--db", type=Path, help="tệp dữ liệu (mặc định: thư mục dữ liệu người dùng)"
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    plan = sub.add_parser("plan", help="kế hoạch giao chỉ tiêu")
    plan_sub = plan.add_subparsers(dest="plan_command", required=True, parser_class=Parser)
    show = plan_sub.add_parser("show", help="xem kế hoạch")
    show.add_argument("--year", type=int)
    show.add_argument("--json", action="store_true")
    pexp = plan_sub.add_parser("export", help="xuất tệp kế hoạch (.xlsx) để gửi các đơn vị")
    pexp.add_argument("--year", type=int, required=True)
    pexp.add_argument("--out", type=Path, required=True)
    pimp = plan_sub.add_parser(
        "import", help="nhập tệp kế hoạch, hoặc bảng mức giao gõ trong Excel"
    )
    pimp.add_argument("file", type=Path)
    pimp.add_argument("--year", type=int, help="năm của kế hoạch, khi bảng không ghi năm")
    pimp.add_argument(
        "--trust-new-signer",
        action="store_true",
        help="nhận kế hoạch ký bằng khóa khác khóa của cơ quan giao trước đây (đã đối chiếu)",
    )
    pimp.add_argument(
        "--accept-edits",
        action="store_true",
        help="nhận các chỗ đã sửa trên trang in của tệp kế hoạch (được liệt kê khi nhập)",
    )

    pnew = plan_sub.add_parser("new", help="lập kế hoạch năm mới từ kế hoạch một năm đã có")
    pnew.add_argument("--year", type=int, required=True)
    pnew.add_argument("--from-year", type=int, help="năm lấy làm mẫu (mặc định: năm mới nhất)")
    pset = plan_sub.add_parser("set", help="sửa thông tin chung của kế hoạch (lần sửa mới)")
    pset.add_argument("--year", type=int, required=True)
    pset.add_argument("--issuer", help="các dòng tiêu đề cơ quan ban hành, cách nhau bởi «|»")
    pset.add_argument("--place", help="địa danh ở dòng ngày tháng")
    pset.add_argument("--period", choices=["calendar", "decree09"], help="quy ước kỳ báo cáo")
    pset.add_argument("--deadline-days", type=int, help="số ngày sau kỳ báo cáo phải gửi tệp")
    pset.add_argument("--title", help="trích yếu của kế hoạch")
    punit = plan_sub.add_parser("unit", help="thêm, cho thôi hoạt động, đổi tên đơn vị")
    punit_sub = punit.add_subparsers(dest="unit_command", required=True, parser_class=Parser)
    uadd = punit_sub.add_parser("add", help="thêm đơn vị (cả đơn vị hợp nhất từ đơn vị cũ)")
    uadd.add_argument("--year", type=int, required=True)
    uadd.add_argument("--code", required=True, help="mã mới, không trùng mã đã dùng")
    uadd.add_argument("--name", required=True)
    uadd.add_argument("--procedures", type=int, default=0, help="số TTHC công bố trực tuyến")
    uadd.add_argument("--formed-from", help="mã các đơn vị cũ hợp nhất thành, cách nhau bởi «,»")
    uadd.add_argument("--from-month", type=int, default=1, help="tháng đầu tiên hoạt động")
    uret = punit_sub.add_parser("retire", help="đơn vị thôi hoạt động sau một tháng")
    uret.add_argument("--year", type=int, required=True)
    uret.add_argument("--code", required=True)
    uret.add_argument("--after-month", type=int, required=True, help="tháng hoạt động cuối cùng")
    uren = punit_sub.add_parser("rename", help="đổi tên đơn vị (mã giữ nguyên)")
    uren.add_argument("--year", type=int, required=True)
    uren.add_argument("--code", required=True)
    uren.add_argument("--name", required=True)
    pind = plan_sub.add_parser("indicator", help="chỉ tiêu (tỷ lệ tử số / mẫu số)")
    pind_sub = pind.add_subparsers(dest="indicator_command", required=True, parser_class=Parser)
    iadd = pind_sub.add_parser("add", help="thêm chỉ tiêu từ các chỉ số kế hoạch thu thập")
    iadd.add_argument("--year", type=int, required=True)
    iadd.add_argument("--code", required=True, help="mã chỉ tiêu, ví dụ on_time_rate")
    iadd.add_argument("--name", required=True, help="tên, ví dụ «Tỷ lệ giải quyết đúng hạn»")
    iadd.add_argument("--numerator", required=True, help="mã chỉ số tử số")
    iadd.add_argument("--denominator", required=True, help="mã chỉ số mẫu số")
    iadd.add_argument("--target", required=True, help="chỉ tiêu giao cho mọi đơn vị, ví dụ 90%%")
    ptarget = plan_sub.add_parser("target", help="chỉ tiêu giao")
    ptarget_sub = ptarget.add_subparsers(dest="target_command", required=True, parser_class=Parser)
    tset = ptarget_sub.add_parser("set", help="giao chỉ tiêu cho một đơn vị hoặc mọi đơn vị")
    tset.add_argument("--year", type=int, required=True)
    who = tset.add_mutually_exclusive_group(required=True)
    who.add_argument("--unit", help="mã đơn vị")
    who.add_argument("--all", action="store_true", help="mọi đơn vị")
    tset.add_argument("--indicator", required=True, help="mã chỉ tiêu (xem `lak plan show`)")
    tset.add_argument("--value", required=True, help="ví dụ 50%% hoặc 40,5%%")

    subm = sub.add_parser("submission", help="tệp báo cáo gửi cấp trên")
    subm_sub = subm.add_subparsers(dest="submission_command", required=True, parser_class=Parser)
    sexp = subm_sub.add_parser("export", help="xuất tệp báo cáo của đơn vị; in ra đường dẫn tệp")
    sexp.add_argument("--unit", required=True)
    sexp.add_argument("--year", type=int, required=True)
    sexp.add_argument("--month", type=int, required=True)
    sexp.add_argument("--out", type=Path, required=True, help="thư mục lưu tệp")
    sexp.add_argument(
        "--allow-incomplete",
        action="store_true",
        help="vẫn xuất khi có tháng trống hoặc chưa đủ số liệu (tệp ghi rõ các tháng này)",
    )
    simp = subm_sub.add_parser("import", help="nhập các tệp báo cáo của đơn vị (tệp hoặc thư mục)")
    simp.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    simp.add_argument(
        "--received-at",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="ngày nhận tệp, khi tệp đến trước hôm nay (mặc định: hôm nay)",
    )
    simp.add_argument("--json", action="store_true")
    shist = subm_sub.add_parser("history", help="các tệp đã nhận, mới nhất trước")
    shist.add_argument("--year", type=int)
    shist.add_argument("--unit")
    shist.add_argument("--month", type=int, help="tháng báo cáo của tệp")
    shist.add_argument("--json", action="store_true")
    ssave = subm_sub.add_parser("save", help="lưu bản sao đúng nguyên tệp đã nhận")
    ssave.add_argument("--id", type=int, required=True, help="số của tệp (xem history)")
    ssave.add_argument("--out", type=Path, required=True, help="tệp hoặc thư mục")

    status = sub.add_parser("status", help="tình hình gửi báo cáo: đúng hạn, muộn, chưa gửi")
    status.add_argument("--year", type=int, required=True)
    status.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD", help="mặc định: hôm nay")
    status.add_argument("--month", type=int, help="tháng của danh sách cần đôn đốc")
    status.add_argument(
        "--out", type=Path, help="ghi danh sách cần đôn đốc (.xlsx, hoặc .pdf để in), cần --month"
    )
    status.add_argument("--json", action="store_true")

    rep = sub.add_parser("report", help="báo cáo tổng hợp (.xlsx hoặc .pdf) để in trình lãnh đạo")
    rep.add_argument("--year", type=int, required=True)
    rep.add_argument("--through", type=int, required=True)
    rep.add_argument("--out", type=Path, required=True, help="tệp .xlsx, hoặc .pdf như bản in")
    rep.add_argument(
        "--complete-only", action="store_true", help="chỉ xếp hạng đơn vị đủ số liệu các tháng"
    )

    stp = sub.add_parser("setup", help="thiết lập như hộp thoại lần đầu (cài đặt hàng loạt)")
    stp.add_argument("--role", choices=["office", "commune"], required=True)
    stp.add_argument("--unit", help="mã đơn vị, ở xã")
    stp.add_argument("--signer-name", help="họ tên người ký báo cáo")
    stp.add_argument("--signer-title", help="chức vụ người ký, ví dụ «Trưởng phòng»")
    stp.add_argument("--place", help="địa danh ở dòng ngày tháng, ví dụ «Lắk»")
    stp.add_argument("--report-number", help="số văn bản, ví dụ «15/BC-VHTT»")
    stp.add_argument("--recipients", help="nơi nhận, các dòng cách nhau bởi «|»")

    figures = sub.add_parser("figures", help="số liệu hằng tháng")
    fig_sub = figures.add_subparsers(dest="figures_command", required=True, parser_class=Parser)
    imp = fig_sub.add_parser("import", help="nhập số liệu từ tệp CSV hoặc XLSX")
    imp.add_argument("file", type=Path)
    set_ = fig_sub.add_parser("set", help="nhập số liệu một tháng: MÃ_CHỈ_SỐ=GIÁ_TRỊ ...")
    set_.add_argument("--unit", required=True)
    set_.add_argument("--year", type=int, required=True)
    set_.add_argument("--month", type=int, required=True)
    set_.add_argument("--note")
    set_.add_argument("values", nargs="*", metavar="ELEMENT=VALUE")
    prn = fig_sub.add_parser(
        "print", help="báo cáo của đơn vị đến một tháng, ra tệp PDF như bản in ở xã"
    )
    prn.add_argument("--unit", required=True)
    prn.add_argument("--year", type=int, required=True)
    prn.add_argument("--through", type=int, required=True, help="lũy kế đến tháng")
    prn.add_argument("--out", type=Path, required=True, help="tệp .pdf")

    att = sub.add_parser("attainment", help="kết quả thực hiện chỉ tiêu và xếp hạng")
    att.add_argument("--year", type=int, required=True)
    att.add_argument(
        "--through", type=int, help="lũy kế đến tháng (mặc định: tháng cuối có số liệu)"
    )
    att.add_argument(
        "--complete-only", action="store_true", help="chỉ xếp hạng đơn vị đủ số liệu các tháng"
    )
    att.add_argument("--json", action="store_true")

    keys = sub.add_parser("keys", help="khóa ký tệp: của máy này và của các đơn vị gửi tệp")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True, parser_class=Parser)
    kshow = keys_sub.add_parser("show", help="mã khóa của máy này (in ở cuối mỗi tệp đã ký)")
    kshow.add_argument("--json", action="store_true")
    klist = keys_sub.add_parser(
        "list", help="khóa của từng đơn vị: từ khi nào, đã ký bao nhiêu tệp"
    )
    klist.add_argument("--json", action="store_true")
    ktrust = keys_sub.add_parser(
        "trust", help="tin khóa của một đơn vị (đã đối chiếu qua điện thoại); nhập các tệp bị giữ"
    )
    ktrust.add_argument("--unit", required=True, help="mã đơn vị")
    ktrust.add_argument("--fingerprint", required=True, help="mã khóa, ví dụ 7KQ2-M9XA-4TZP-31HC")
    ktrust.add_argument("--json", action="store_true")

    bkp = sub.add_parser("backup", help="sao lưu tệp dữ liệu; `backup list`: các bản sao lưu")
    bkp.add_argument("action", nargs="?", choices=["list"], help="list: liệt kê các bản sao lưu")
    bkp.add_argument("--out", type=Path, help="tệp hoặc thư mục (mặc định: thư mục backups)")
    bkp.add_argument("--json", action="store_true")
    rst = sub.add_parser(
        "restore", help="khôi phục từ bản sao lưu; tệp hiện tại được để riêng, không bị xóa"
    )
    rst.add_argument("file", type=Path, nargs="?", help="bản sao lưu")
    rst.add_argument("--latest", action="store_true", help="bản sao lưu mới nhất còn tốt")

    demo = sub.add_parser("demo", help="tạo số liệu mẫu trong một tệp dữ liệu mới")
    demo.add_argument(
        "--office",
        action="store_true",
        help="dữ liệu mẫu của cơ quan nhận: tệp của 11 xã đã nhận trong nửa năm",
    )
    demo.add_argument("--files", type=Path, help="với --office: giữ các tệp mẫu trong thư mục này")
    return parser


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = f"ngày «{text}» phải viết YYYY-MM-DD, ví dụ 2022-04-05"
        raise argparse.ArgumentTypeError(message) from None


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _main(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # `lak ... | head` closed the pipe: the reader has what it wanted. End quietly, and keep
        # Python from complaining when it flushes stdout on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    return code


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    import sqlite3

    from lak_desktop.commands import backup_command, run
    from lak_desktop.core.plan import PlanError
    from lak_desktop.exchange.limits import FileRefused
    from lak_desktop.operations.common import InputError
    from lak_desktop.paths import default_database_path
    from lak_desktop.storage import StorageError, open_repository
    from lak_desktop.storage.errors import UpdateDue, storage_error

    db_path = args.db or default_database_path()
    if args.command in ("backup", "restore"):  # these work on the file, damaged or not
        try:
            return backup_command(db_path, args)
        except (StorageError, InputError) as exc:
            print(f"Lỗi: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        except (sqlite3.Error, OSError) as exc:
            print(f"Lỗi: {storage_error(exc, db_path)}", file=sys.stderr)
            return EXIT_BAD_INPUT
    try:
        # Checked before its first write: a command that only reads need not read every page.
        try:
            repo = open_repository(db_path, check=False, update=False)
        except UpdateDue:
            print("Đang cập nhật tệp dữ liệu cho phiên bản mới (chỉ làm một lần)…", file=sys.stderr)
            repo = open_repository(db_path, check=False)
    except StorageError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        return run(repo, args)
    except InputError as exc:
        print("Lỗi: dữ liệu không hợp lệ, chưa lưu gì:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (FileRefused, StorageError, PlanError) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        raise
    except (sqlite3.Error, OSError) as exc:  # the data file or the disk: nothing half-saved
        print(f"Lỗi: {storage_error(exc, db_path)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception:
        import logging  # only for a fault: `lak --help` does without it
        import traceback

        logging.getLogger(__name__).exception("unexpected error")
        traceback.print_exc()
        print(
            "Lỗi không mong đợi. Dữ liệu đã lưu trước đó không bị ảnh hưởng. "
            "Hãy gửi nội dung trên cho người hỗ trợ.",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED
    finally:
        repo.close()


if __name__ == "__main__":
    sys.exit(main())
