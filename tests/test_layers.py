"""The layers keep to their rules: nothing below ui imports Qt."""

import subprocess
import sys


def test_core_storage_exchange_and_cli_leave_pyside6_out():
    code = (
        "import sys\n"
        "import lak_desktop.core.plan, lak_desktop.core.attainment, lak_desktop.core.ranking\n"
        "import lak_desktop.core.validation, lak_desktop.core.builtin\n"
        "import lak_desktop.storage, lak_desktop.exchange.tables\n"
        "import lak_desktop.core.timeliness, lak_desktop.cli\n"
        "import lak_desktop.operations.common, lak_desktop.operations.commune\n"
        "import lak_desktop.operations.office, lak_desktop.operations.plans\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'PySide6 imported'\n"
        "assert 'openpyxl' not in sys.modules, 'openpyxl loaded eagerly'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_core_imports_no_sqlite_or_openpyxl():
    code = (
        "import sys\n"
        "import lak_desktop.core.plan, lak_desktop.core.attainment, lak_desktop.core.ranking\n"
        "import lak_desktop.core.validation, lak_desktop.core.builtin\n"
        "names = ('sqlite3', 'sqlite_utils', 'openpyxl', 'PySide6')\n"
        "bad = [m for m in names if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_reports_preview_reads_without_openpyxl():
    """The report's data and its preview need no workbook: openpyxl comes only to write one."""
    code = (
        "import sys\n"
        "import lak_desktop.exchange.report, lak_desktop.operations.office\n"
        "assert 'openpyxl' not in sys.modules, 'openpyxl loaded for the preview'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
