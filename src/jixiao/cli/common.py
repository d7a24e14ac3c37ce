"""Helpers shared by the commands: JSON output, language option, exit codes, the framework named."""

from __future__ import annotations

import json
import re
import sys
from typing import TYPE_CHECKING, Any

import typer

from jixiao.core.safetext import printable

if TYPE_CHECKING:
    from jixiao.frameworks import Framework

EXIT_OK = 0
EXIT_STRICT = 1  # --strict asked for and a check failed
EXIT_INPUT = 2  # unusable input or arguments



def _lang(ctx: typer.Context, param: typer.CallbackParam, value: str) -> str:
    """``--lang``: zh or en (any case); anything else is a usage error rather than a silent fallback to zh.
    Not given to this command, it is the language the command line asked for (``jixiao --lang en framework
    check F``, ``JIXIAO_LANG``: see cli/lang.py)."""
    from jixiao.cli.lang import current

    source = ctx.get_parameter_source(param.name) if param.name else None
    if source is not None and source.name == "DEFAULT":
        return current()
    lang = value.strip().lower()
    if lang not in ("zh", "en"):
        raise typer.BadParameter(f"{value!r}: 须为 zh 或 en / must be zh or en")  # the language is what is wrong
    return lang


LangOpt = typer.Option("zh", "--lang", help="输出语言：zh（默认）或 en / output language: zh (default) or en",
                       callback=_lang, metavar="zh|en", show_default=False)
JsonOpt = typer.Option(False, "--json", help="输出 JSON / print JSON")


_SURROGATE = re.compile("[\ud800-\udfff]")


def print_json(data: Any) -> None:
    """JSON on stdout. A file name that is not UTF-8 keeps its surrogate escapes as ``\\udcXX`` (valid
    JSON that reads back as the same name) instead of failing on a strict UTF-8 terminal."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    sys.stdout.write(_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def echo(message: str | None, err: bool = False) -> None:
    """One line of text that may hold document text: control characters and escapes shown, never sent raw."""
    typer.echo(printable(message or ""), err=err)


def fail(message: str, code: int = EXIT_INPUT) -> None:
    """One located line on stderr and a non-zero exit."""
    sys.stderr.write(printable(message.rstrip()) + "\n")
    raise typer.Exit(code)


def framework_or_exit(ref: str, lang: str) -> Framework:
    """A built-in id or framework file, loaded; otherwise its located problems on stderr and exit 2."""
    from jixiao.frameworks import resolve_framework

    fw, problems = resolve_framework(ref)
    if fw is None:
        for p in problems:
            sys.stderr.write(printable(p.format(lang)) + "\n")
        raise typer.Exit(EXIT_INPUT)
    return fw
