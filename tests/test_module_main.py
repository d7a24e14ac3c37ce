"""``python -m jixiao`` runs the command line (not only the ``jixiao`` script)."""

import subprocess
import sys


def test_python_dash_m_jixiao_runs_the_cli() -> None:
    out = subprocess.run([sys.executable, "-m", "jixiao", "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "audit" in out.stdout and "read" in out.stdout
