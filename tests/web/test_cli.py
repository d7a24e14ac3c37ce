"""``jixiao serve`` and ``jixiao manage``: Django is not imported by ``jixiao --help``; the server starts on a
fresh folder (migrating its SQLite file on first use), answers, and stops; nothing can hang."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BIN = Path(sys.executable).parent


def test_help_does_not_import_django() -> None:
    code = "import sys; from jixiao.cli import app; print('django' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert r.stdout.strip() == "False"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_migrates_on_first_use_and_answers(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "JIXIAO_DB", "DJANGO_SETTINGS_MODULE")}
    proc = subprocess.Popen([str(BIN / "jixiao"), "serve", "--port", str(port), "--workers", "2"], cwd=tmp_path,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        body = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=5) as r:
                    body = r.read().decode()
                break
            except OSError:
                if proc.poll() is not None:
                    break
                time.sleep(0.3)
        assert 'name="password"' in body
        assert (tmp_path / "jixiao.sqlite3").exists()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/openapi.json", timeout=5) as r:
            assert b"/api/v1/forms" in r.read()
        # gunicorn: the process started is the arbiter, the requests were answered by its 2 worker processes.
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        assert len(children) == 2
        assert all("jixiao" in Path(f"/proc/{c}/cmdline").read_text() for c in children)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    assert proc.stdout is not None
    printed = proc.stdout.read()
    assert "(2 个进程 / worker processes" in printed and "已停止 / stopped" in printed, printed


def test_manage_runs_django_commands(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "JIXIAO_DB", "DJANGO_SETTINGS_MODULE")}
    r = subprocess.run([str(BIN / "jixiao"), "manage", "showmigrations", "selfeval"], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "0001_initial" in r.stdout
