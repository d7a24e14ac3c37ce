"""The HTML report in a real browser: Debian's chromium renders out/report.html headless; the DOM has the
overview and a document, and a screenshot is saved (out/report.png) for people to look at; a real click on the
first error of the summary lands on its place (out/report-click.png), and the print preview is counted."""

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


# ---------------------------------------------------------------- a click in a real page (DevTools over a pipe)


class DevTools:
    """Chromium driven by the DevTools protocol over --remote-debugging-pipe (fd 3 in, fd 4 out, messages
    ending in NUL): no websocket library, no network."""

    def __init__(self, profile: Path) -> None:
        import os

        assert CHROMIUM is not None
        self._in_r, self._in_w = os.pipe()  # we write commands, chromium reads fd 3
        self._out_r, self._out_w = os.pipe()  # chromium writes fd 4, we read
        self.proc = subprocess.Popen(
            [CHROMIUM, *FLAGS, "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"],
            pass_fds=(3, 4), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=lambda: (os.dup2(self._in_r, 3), os.dup2(self._out_w, 4)),  # type: ignore[func-returns-value]
        )
        os.close(self._in_r)
        os.close(self._out_w)
        self._buf = b""
        self._id = 0
        self.session: str | None = None
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]

    def _read(self, timeout: float = 60) -> dict:  # type: ignore[type-arg]
        import json
        import os
        import select

        while b"\0" not in self._buf:
            ready, _, _ = select.select([self._out_r], [], [], timeout)
            assert ready, "chromium did not answer"
            chunk = os.read(self._out_r, 1 << 20)
            assert chunk, "chromium closed the pipe"
            self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)  # type: ignore[no-any-return]

    def call(self, method: str, params: dict | None = None) -> dict:  # type: ignore[type-arg]
        import json
        import os

        self._id += 1
        msg: dict = {"id": self._id, "method": method, "params": params or {}}  # type: ignore[type-arg]
        if self.session and not method.startswith("Target."):
            msg["sessionId"] = self.session
        os.write(self._in_w, json.dumps(msg).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._id:
                assert "error" not in reply, reply
                return reply.get("result", {})  # type: ignore[no-any-return]

    def wait_event(self, name: str) -> None:
        while self._read().get("method") != name:
            pass

    def eval(self, expr: str) -> object:
        return self.call("Runtime.evaluate", {"expression": expr, "returnByValue": True})["result"].get("value")

    def close(self) -> None:
        import os

        os.close(self._in_w)
        self.proc.terminate()
        self.proc.wait(timeout=30)
        os.close(self._out_r)


def test_click_the_first_error_lands_on_its_row_and_prints_in_few_pages(report: Path, tmp_path: Path) -> None:
    import base64
    import io
    import time

    import pdfplumber

    dt = DevTools(tmp_path / "profile")
    try:
        dt.call("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900, "deviceScaleFactor": 1,
                                                       "mobile": False})
        dt.call("Page.enable")
        dt.call("Page.navigate", {"url": report.resolve().as_uri()})
        dt.wait_event("Page.loadEventFired")
        first = dt.eval("(() => { const a = document.querySelector('#summary li.s-error a');"
                        " const r = a.getBoundingClientRect();"
                        " return {x: r.x + 8, y: r.y + r.height / 2, href: a.getAttribute('href')}; })()")
        assert isinstance(first, dict) and str(first["href"]).startswith("#f-")
        for kind in ("mousePressed", "mouseReleased"):
            dt.call("Input.dispatchMouseEvent", {"type": kind, "x": first["x"], "y": first["y"], "button": "left",
                                                 "clickCount": 1})
        for _ in range(50):
            if dt.eval("location.hash") == first["href"]:
                break
            time.sleep(0.1)
        assert dt.eval("location.hash") == first["href"]
        landed = dt.eval("(() => { const t = document.querySelector(':target');"
                         " const row = t.closest('tr') || t; const r = row.getBoundingClientRect();"
                         " return {top: r.top, bottom: r.bottom, height: innerHeight, tag: row.tagName,"
                         " text: row.textContent}; })()")
        assert isinstance(landed, dict)
        assert 0 <= landed["top"] < landed["height"] and landed["bottom"] > 0  # the row is on the screen
        assert "执行率" in landed["text"]  # seed 002's first error: a rate quoted from the wrong row
        png = report.parent / "report-click.png"
        png.write_bytes(base64.b64decode(dt.call("Page.captureScreenshot", {"format": "png"})["data"]))
        assert png.stat().st_size > 20_000
        # the first error that sits on a table row: back to the summary, click it, land on that row
        dt.eval("window.scrollTo(0, 0)")
        row_link = dt.eval("(() => { for (const a of document.querySelectorAll('#summary li.s-error a')) {"
                           " const t = document.getElementById(a.getAttribute('href').slice(1));"
                           " if (t && t.closest('tr')) { a.scrollIntoView({block: 'center'});"
                           " const r = a.getBoundingClientRect();"
                           " return {x: r.x + 8, y: r.y + r.height / 2, href: a.getAttribute('href')}; } }"
                           " return null; })()")
        assert isinstance(row_link, dict)
        for kind in ("mousePressed", "mouseReleased"):
            dt.call("Input.dispatchMouseEvent", {"type": kind, "x": row_link["x"], "y": row_link["y"],
                                                 "button": "left", "clickCount": 1})
        for _ in range(50):
            if dt.eval("location.hash") == row_link["href"]:
                break
            time.sleep(0.1)
        on_row = dt.eval("(() => { const row = document.querySelector(':target').closest('tr');"
                         " const r = row.getBoundingClientRect();"
                         " return {top: r.top, bottom: r.bottom, height: innerHeight, cls: row.className}; })()")
        assert isinstance(on_row, dict) and on_row["cls"] == "error"
        assert 0 <= on_row["top"] < on_row["height"] and on_row["bottom"] > 0
        (report.parent / "report-click-row.png").write_bytes(
            base64.b64decode(dt.call("Page.captureScreenshot", {"format": "png"})["data"]))
        pdf = base64.b64decode(dt.call("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69,
                                                           "printBackground": False})["data"])
        pages = len(pdfplumber.open(io.BytesIO(pdf)).pages)
        (report.parent / "report-print.pdf").write_bytes(pdf)
        assert pages < 88, pages  # 88 A4 pages before the summary, print styles and folded tables
        print(f"print preview: {pages} A4 pages")
    finally:
        dt.close()
