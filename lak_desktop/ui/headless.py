"""The windows' printed documents from the command line, without a display: `lak report --out
FILE.pdf`, `lak status --month M --out FILE.pdf` and `lak figures print ... --out FILE.pdf` write
the same PDF pages as the windows' "Save as PDF" and "Print" (Qt lays them out, so Qt is started
here, off screen)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from lak_desktop.operations.common import InputError, new_file, plan_for, require_unit
from lak_desktop.storage import Repository


def report_pdf(
    repo: Repository, year: int, through_month: int, out: Path, complete_only: bool = False
) -> Path:
    """The consolidated report for the chairman, as the window saves it as PDF."""
    from lak_desktop.operations.office import consolidated_report

    out = new_file(out, ".pdf", "PDF")
    content = consolidated_report(repo, year, through_month, complete_only)
    _start_qt()
    from lak_desktop.ui.office.report_html import consolidated_html
    from lak_desktop.ui.printing import save_pdf

    return save_pdf(consolidated_html(content), out, landscape=True)


def chase_list_pdf(
    repo: Repository, year: int, month: int, out: Path, as_of: date | None = None
) -> Path:
    """The list of units to call for `month`, as the window prints it."""
    from lak_desktop.operations.office import chase_list

    out = new_file(out, ".pdf", "PDF")
    plan, table, settings = chase_list(repo, year, month, as_of)
    _start_qt()
    from lak_desktop.ui.office.report_html import chase_html
    from lak_desktop.ui.printing import save_pdf

    return save_pdf(chase_html(plan, table, month, settings), out)


def unit_report_pdf(
    repo: Repository, unit_code: str, year: int, through_month: int, out: Path
) -> Path:
    """A unit's report through a month, as the commune's window prints it and saves it as PDF
    (Tệp → In / Lưu PDF): its months, year to date and each indicator against its target."""
    out = new_file(out, ".pdf", "PDF")
    if not 1 <= through_month <= 12:
        raise InputError(f"Tháng phải từ 1 đến 12, không phải {through_month}.")
    plan = plan_for(repo, year)
    require_unit(plan, unit_code)
    figures = repo.figures(plan.year, unit_code)
    _start_qt()
    from lak_desktop.ui.printing import report_html, save_pdf

    return save_pdf(report_html(plan, unit_code, through_month, figures, date.today()), out)


def _start_qt() -> None:
    """Qt's fonts and layout need an application; off screen, a server or a script needs no
    display."""
    global _APP
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP = QGuiApplication(["lak"])
        from lak_desktop.ui.app import install_translations

        install_translations(_APP)  # the printed pages' own words, in Vietnamese


_APP = None  # the application, kept while the command runs
