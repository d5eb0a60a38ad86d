"""The one-folder bundle against running from source: size on disk and start-up time.

Run on demand after `make bundle`: `.venv/bin/python benchmarks/bench_bundle.py`.
Start-up is the wall time of `--self-test` (open a database, load plan and translations, compute,
write and read a file, draw the window), best of N runs of each, measured in the same run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "lak-desktop"
RUNS = 5


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def runtime_size() -> int:
    """Bytes of the installed distributions the program needs at run time (not the test tools)."""
    seen: set[str] = set()
    todo = ["lak-desktop"]
    total = 0
    while todo:
        name = re.split(r"[ ;<>=!\[]", todo.pop())[0].lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for f in dist.files or []:
            located = Path(dist.locate_file(f))
            if located.is_file():
                total += located.stat().st_size
        todo += [r for r in dist.requires or [] if "extra ==" not in r]
    return total + tree_size(ROOT / "lak_desktop") + tree_size(ROOT / "resources")


def best_time(cmd: list[str]) -> float:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "LAK_DATA_DIR")}
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    exe = BUNDLE / ("lak-desktop.exe" if sys.platform == "win32" else "lak-desktop")
    if not exe.exists():
        print("Build the bundle first: make bundle")
        return 1
    bundle_mb = tree_size(BUNDLE) / 1e6
    source_mb = runtime_size() / 1e6
    bundle_s = best_time([str(exe), "--self-test"])
    source_s = best_time([sys.executable, "-m", "lak_desktop", "--self-test"])
    print(
        f"size: bundle {bundle_mb:.0f} MB, source run-time packages {source_mb:.0f} MB, "
        f"ratio {bundle_mb / source_mb:.2f}"
    )
    print(
        f"self-test (best of {RUNS}): bundle {bundle_s:.2f} s, source {source_s:.2f} s, "
        f"ratio {bundle_s / source_s:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
