"""Start-up of the window: `lak-desktop [--db PATH]` or `python -m lak_desktop`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from lak_desktop.paths import default_database_path, user_data_dir


def setup_logging() -> Path | None:
    """A rotating log file in the user data folder."""
    folder = user_data_dir() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "lak-desktop.log"
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="lak-desktop", description="lak_desktop")
    parser.add_argument("--db", type=Path, help="tệp dữ liệu")
    parser.add_argument("--self-test", action="store_true", help="tự kiểm tra rồi thoát")
    args, qt_args = parser.parse_known_args(argv)
    if args.self_test:
        from lak_desktop.ui.selftest import run_self_test

        return run_self_test()
    db_path = args.db or default_database_path()
    log_path = setup_logging()
    logging.getLogger(__name__).info("starting with %s", db_path)
    if not has_display():
        print(
            "Không có màn hình để mở cửa sổ (biến DISPLAY trống).\n"
            "Trên máy không có màn hình, chạy cửa sổ với màn hình ảo:\n"
            f"  xvfb-run -a lak-desktop --db {db_path}\n"
            "Dưới đây là kết quả thực hiện chỉ tiêu (như lệnh `lak attainment`):\n",
            file=sys.stderr,
        )
        from lak_desktop import cli
        from lak_desktop.operations.common import plan_for
        from lak_desktop.storage import open_repository

        repo = open_repository(db_path)
        try:
            year = plan_for(repo).year
        finally:
            repo.close()
        return cli.main(["--db", str(db_path), "attainment", "--year", str(year)])
    from lak_desktop.ui.app import run

    return run(db_path, log_path, [sys.argv[0], *qt_args])


if __name__ == "__main__":
    sys.exit(main())
