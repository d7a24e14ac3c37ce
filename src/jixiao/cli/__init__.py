"""The ``jixiao`` command. Thin: each command lives in its own module with a ``register(app)`` function."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="jixiao",
    help="jixiao (绩效) — 预算绩效管理: 指标框架、精确评分、文档读取与审核。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # click's own help: rich's help renderer alone costs ~0.1 s of start-up (markdown_it)
)



@app.callback()
def _root() -> None:
    """jixiao (绩效) — 预算绩效管理 / performance management of public spending."""


# One module a command group; each defines register(app).
COMMAND_MODULES = ("target", "frameworks", "score", "assess", "read", "export", "audit", "accounts")

for _name in COMMAND_MODULES:
    importlib.import_module(f"jixiao.cli.{_name}").register(app)


def main() -> None:
    app()
