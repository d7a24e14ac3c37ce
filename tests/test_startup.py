"""Start-up imports only what the command line needs to list its commands (issue 12: `jixiao --help` and
`jixiao target` under 0.15 s; the time itself is measured by `make bench`, this checks what is imported)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("openpyxl", "pydantic", "rich.console", "rich.table", "rich.markdown", "rich.text", "ruamel", "jixiao.frameworks", "jixiao.scoring", "jixiao.audit", "jixiao.read",
         "jixiao.core.records", "jixiao.accounts.checks", "jixiao.accounts.identity", "pdfplumber", "docx", "xlrd", "zipfile")


def _imported(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "; import sys; print('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, check=True).stdout
    return {m for m in out.split() if any(m == h or m.startswith(h + ".") for h in HEAVY)}


def test_the_command_line_loads_without_the_heavy_packages() -> None:
    assert _imported("import jixiao.cli") == set()


def test_help_and_target_import_none_of_them() -> None:
    run = "from jixiao.cli import app; from typer.testing import CliRunner; r = CliRunner().invoke(app, {}); assert r.exit_code == 0, r.output"
    assert _imported(run.format("['--help']")) == set()
    assert _imported(run.format("['target', '≥60.00(家)']")) == set()
