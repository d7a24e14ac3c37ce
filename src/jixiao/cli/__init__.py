"""The ``jixiao`` command. Thin: each command lives in its own module with a ``register(app)`` function."""

from __future__ import annotations

import importlib
import sys

import typer

from jixiao.cli.common import LangOpt
from jixiao.cli.lang import App

app = App(name="jixiao", no_args_is_help=True, pretty_exceptions_enable=False)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version  # 0.1 s to import: only when asked

        try:
            v = version("jixiao")
        except PackageNotFoundError:  # run from a source tree that was never installed
            v = "unknown"
        typer.echo(f"jixiao {v}")
        raise typer.Exit()


@app.callback()
def _root(
    lang: str = LangOpt,
    show_version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="显示版本并退出 / show the version and exit"),
) -> None:
    """jixiao（绩效）——预算绩效管理：指标框架、精确评分、文档读取与审核 / jixiao — performance management of
    public spending: indicator frameworks, exact scoring, reading and auditing published documents."""


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
    app(prog_name="jixiao")
