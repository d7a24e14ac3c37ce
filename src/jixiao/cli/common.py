"""Helpers shared by the commands: JSON output, language option, exit codes."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer

EXIT_OK = 0
EXIT_STRICT = 1  # --strict asked for and a check failed
EXIT_INPUT = 2  # unusable input or arguments



def _lang(value: str) -> str:
    """``--lang``: zh or en (any case); anything else is a usage error rather than a silent fallback to zh."""
    lang = value.strip().lower()
    if lang not in ("zh", "en"):
        raise typer.BadParameter(f"{value!r}: 须为 zh 或 en / must be zh or en")
    return lang


LangOpt = typer.Option("zh", "--lang", help="输出语言 zh (默认) 或 en / output language", callback=_lang)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def fail(message: str, code: int = EXIT_INPUT) -> None:
    """One located line on stderr and a non-zero exit."""
    sys.stderr.write(message.rstrip() + "\n")
    raise typer.Exit(code)
