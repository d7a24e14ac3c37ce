"""The HTML report in a real browser: Debian's chromium renders out/report.html headless; the DOM has the
overview and a document, and a screenshot is saved (out/report.png) for people to look at."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from jixiao import demo

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/system-deps installs it)")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = demo.ROOT / "out"
    assert demo.main(out) == 0
    return out / "report.html"


def run(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )


def test_dom_has_the_overview_and_a_document(report: Path, tmp_path: Path) -> None:
    r = run(["--dump-dom", report.resolve().as_uri()], tmp_path / "profile")
    dom = r.stdout
    assert r.returncode == 0, r.stderr[-500:]
    assert 'id="overview"' in dom and "概览" in dom
    assert "纪检专项工作经费" in dom  # a document of seed 001 …
    assert "2.20%" in dom  # … with its published rate beside the recomputed one
    assert "<svg" in dom and 'class="sev error"' in dom


def test_screenshot(report: Path, tmp_path: Path) -> None:
    png = report.parent / "report.png"
    png.unlink(missing_ok=True)
    r = run(["--screenshot=" + str(png), "--window-size=1280,2000", report.resolve().as_uri()], tmp_path / "profile")
    assert r.returncode == 0, r.stderr[-500:]
    assert png.exists() and png.stat().st_size > 20_000
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
