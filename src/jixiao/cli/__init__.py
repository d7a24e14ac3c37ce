"""The ``jixiao`` command. Thin: each command lives in its own module with a ``register(app)`` function."""

from __future__ import annotations

import importlib
import sys

import typer

app = typer.Typer(
    name="jixiao",
    help="jixiao (绩效) — 预算绩效管理: 指标框架、精确评分、文档读取与审核。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """jixiao (绩效) — 预算绩效管理 / performance management of public spending."""


# One module a command group; each defines register(app).
COMMAND_MODULES = ("target", "frameworks", "score", "assess", "read", "export", "audit", "accounts")

for _name in COMMAND_MODULES:
    importlib.import_module(f"jixiao.cli.{_name}").register(app)


def main() -> None:
    # a last guard: a character the terminal's encoding cannot show is written escaped, never a traceback
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    app()
