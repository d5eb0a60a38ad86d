from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.exchange.signing import Signer
from lak_desktop.storage import open_repository

VN = timezone(timedelta(hours=7))
NOW = datetime(2022, 4, 3, 9, 30, tzinfo=VN)
TEST_SIGNER = Signer(bytes(range(32)))  # a fixed key, so that golden files stay the same


def month(unit, m, rt, ro, rs, rd, note=""):
    return MonthlyFigures(
        unit,
        2022,
        m,
        {
            "received_total": rt,
            "received_online": ro,
            "resolved_total": rs,
            "results_digitized": rd,
        },
        note,
    )


@pytest.fixture
def commune(tmp_path, plan):
    """A commune's database with three months of Nam Ka's figures."""
    repo = open_repository(tmp_path / "commune.sqlite")
    repo.save_plan(plan)
    repo.save_figures(
        [
            month("NAMKA", 1, 1000, 800, 900, 360, "Tháng 1"),
            month("NAMKA", 2, 120, 30, 100, 20),
            month("NAMKA", 3, 90, 20, 80, 50, "=chú ý"),
        ],
        "test",
    )
    yield repo
    repo.close()


@pytest.fixture
def office_path(tmp_path):
    path = tmp_path / "office.sqlite"
    repo = open_repository(path)
    from lak_desktop.operations.common import ensure_plan

    ensure_plan(repo)
    repo.close()
    return path


@pytest.fixture
def office(office_path):
    repo = open_repository(office_path)
    yield repo
    repo.close()


def libreoffice_csv(path: Path, out_dir: Path) -> str:
    """The visible first sheet as LibreOffice shows it on a Vietnamese PC, as CSV text."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed: `make test` installs libreoffice-calc-nogui"
    home = out_dir / "lo-home"
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(home), LC_ALL="vi_VN.UTF-8", LANG="vi_VN.UTF-8")
    # 44 = comma, 34 = quote, 76 = UTF-8, and "save cell contents as shown".
    fmt = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"
    subprocess.run(
        [soffice, "--headless", "--convert-to", fmt, "--outdir", str(out_dir), str(path)],
        check=True,
        env=env,
        capture_output=True,
        timeout=180,
    )
    return (out_dir / (path.stem + ".csv")).read_text(encoding="utf-8")
