"""The command line in the reader's language: help texts, Click's own words and its error messages.

The language is read from the arguments before they are parsed (``--lang en`` or ``--lang=en`` anywhere, else
``JIXIAO_LANG``, else Chinese), so ``jixiao --lang en --help`` and ``jixiao audit --help --lang en`` are
English and ``jixiao audit`` without arguments says 缺少参数 in Chinese. Help texts are written once as
``中文 / English``; the half for the language is shown. Help is wrapped by ``report.width.wrap`` (between
words and between Chinese characters, counting a Chinese character as two columns), so ``COLUMNS=80 jixiao
--help`` never cuts a word.

Typer's commands and groups are subclassed (``Command``, ``Group``); ``App`` is a ``typer.Typer`` whose
commands use them.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import typer
import typer.core
from rich.cells import cell_len

from jixiao.core.i18n import tr
from jixiao.report.width import wrap

try:  # typer ≥ 0.29 carries its own copy of Click
    from typer import _click as click  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older typer depends on Click
    import click  # type: ignore[no-redef]

_STATE = {"lang": "zh"}
_BILINGUAL = re.compile(r"\s*/\s+(?=[A-Za-z\[(])")

# Click's and Typer's own words, as Chinese readers see them.
CLICK_ZH = {
    "Arguments": "参数",
    "Options": "选项",
    "Commands": "命令",
    "required": "必填",
    "default: {default}": "默认：{default}",
    "(dynamic)": "（动态）",
    "env var: {var}": "环境变量：{var}",
    "Missing command.": "缺少命令。",
    "No such command {name!r}.": "没有命令 {name!r}。",
    "Aborted!": "已中止。",
    "Show this message and exit.": "显示本帮助并退出。",
}
USAGE_ZH = {"[OPTIONS]": "[选项]", "COMMAND": "命令", "[ARGS]...": "[参数]..."}
_ERRORS_ZH = (  # Click's error messages (plain f-strings in Click) → Chinese
    (re.compile(r"^Missing argument '(.+)'\.$"), r"缺少参数 \1。"),
    (re.compile(r"^Missing option '(.+)'\.$"), r"缺少选项 \1。"),
    (re.compile(r"^Missing parameter: (.+)$"), r"缺少参数 \1。"),
    (re.compile(r"^No such option: (\S+)(?: Did you mean (.+)\?)?$"), r"没有选项 \1。"),
    (re.compile(r"^No such command '(.+)'\.(?: Did you mean (.+)\?)?$"), r"没有命令 \1。"),
    (re.compile(r"^Got unexpected extra arguments? \((.+)\)$"), r"多余的参数：\1"),
    (re.compile(r"^Invalid value for (.+?): (.+)$"), r"\1 的值无效：\2"),
    (re.compile(r"^Option '(.+)' requires an argument\.$"), r"选项 \1 需要一个值。"),
    (re.compile(r"^Option '(.+)' requires (\d+) arguments\.$"), r"选项 \1 需要 \2 个值。"),
)


def current() -> str:
    return _STATE["lang"]


def detect(args: Sequence[str]) -> str:
    """The language the arguments ask for: ``--lang en`` / ``--lang=en`` wins, then ``JIXIAO_LANG``."""
    for i, a in enumerate(args):
        if a == "--":
            break
        value = a.split("=", 1)[1] if a.startswith("--lang=") else (args[i + 1] if a == "--lang" and i + 1 < len(args)
                                                                     else None)
        if value is not None and value.strip().lower() in ("zh", "en"):
            return value.strip().lower()
    env = os.environ.get("JIXIAO_LANG", "").strip().lower()
    return env if env in ("zh", "en") else "zh"


def pick(text: str | None, lang: str | None = None) -> str | None:
    """The half of a ``中文 / English`` help text for ``lang``; a text with one language is shown as it is."""
    if not text:
        return text
    parts = _BILINGUAL.split(text, maxsplit=1)
    if len(parts) == 1:
        return text
    return parts[1].strip() if (lang or current()) == "en" else parts[0].strip()


def click_text(message: str) -> str:
    """One of Click's own words in the current language."""
    return CLICK_ZH.get(message, message) if current() == "zh" else message


def error_text(message: str) -> str:
    """Click's error message in the current language."""
    if current() == "en":
        return message
    for pattern, zh in _ERRORS_ZH:
        if pattern.match(message):
            return pattern.sub(zh, message)
    return message


typer.core._ = click_text  # Typer's help asks gettext for "Options", "required" …: answer in our language


class Formatter(click.HelpFormatter):  # type: ignore[misc]
    """Click's help formatter, measuring a Chinese character as two columns and wrapping with width.wrap."""

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading}{'：' if current() == 'zh' else ':'}\n")

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix=tr("用法：", "Usage: ", current()) if prefix is None else prefix)

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        for para in re.split(r"\n\s*\n", text):
            for line in wrap(" ".join(para.split()), self.width - self.current_indent):
                self.write(f"{indent}{line}\n")
            self.write("\n")
        if self.buffer and self.buffer[-1] == "\n":
            self.buffer.pop()

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = [(re.sub(r" <[^>]*>$", "", a), b) for a, b in rows]  # Typer's "<str>", "<list[str]>": noise
        first_col = min(max((cell_len(a) for a, _ in rows), default=0), col_max) + col_spacing
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if cell_len(first) <= first_col - col_spacing:
                self.write(" " * (first_col - cell_len(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap(" ".join(second.split()), max(self.width - first_col - self.current_indent, 10))
            self.write(f"{lines[0]}\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + self.current_indent}}{line}\n")


class Context(typer.Context):
    formatter_class = Formatter


@contextmanager
def _in_language(cmd: Any, ctx: Any) -> Iterator[None]:
    """Show the help texts of ``cmd``, its parameters and subcommands in the current language meanwhile."""
    saved: list[tuple[Any, str, Any]] = []
    objs = [cmd, *cmd.get_params(ctx), *getattr(cmd, "commands", {}).values()]
    for obj in objs:
        for attr in ("help", "short_help"):
            value = getattr(obj, attr, None)
            if isinstance(value, str):
                saved.append((obj, attr, value))
                setattr(obj, attr, pick(value))
    try:
        yield
    finally:
        for obj, attr, value in saved:
            setattr(obj, attr, value)


class _Lang:
    """What the command and the group share: help in the language, Click's errors in the language."""

    context_class = Context

    def format_help(self, ctx: Any, formatter: Any) -> None:
        with _in_language(self, ctx):
            super().format_help(ctx, formatter)  # type: ignore[misc]

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [re.sub(r"\{(\w+)\}", lambda m: m.group(1).upper(), p)
                  for p in super().collect_usage_pieces(ctx)]  # type: ignore[misc]
        if current() == "zh":
            pieces = [USAGE_ZH.get(p, p) for p in pieces]
        return pieces

    def get_help_option(self, ctx: Any) -> Any:
        opt = super().get_help_option(ctx)  # type: ignore[misc]
        if opt is not None:
            opt.help = click_text("Show this message and exit.")
            _plain(opt)
        return opt

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        _STATE["lang"] = detect(argv)
        _plain_text_params(self)
        if not standalone_mode:
            return super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)  # type: ignore[misc]
        try:
            rv = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)  # type: ignore[misc]
        except click.exceptions.NoArgsIsHelpError as e:
            typer.echo(e.format_message(), err=True)
            sys.exit(e.exit_code)
        except click.exceptions.UsageError as e:
            _show_usage_error(e)
            sys.exit(e.exit_code)
        except click.exceptions.ClickException as e:
            typer.echo(tr("错误：", "Error: ", current()) + error_text(e.format_message()), err=True)
            sys.exit(e.exit_code)
        except typer.Abort:
            typer.echo(click_text("Aborted!"), err=True)
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)


def _plain_text_params(cmd: Any) -> None:
    """A text given for a ``str`` parameter (no parser) and a bool for a ``bool`` one are taken as they are, as
    typer's own rules take them (``typer._adapters``: ``_parse_cli_str``, ``_parse_cli_bool``), without the
    pydantic ``TypeAdapter`` typer builds for every parameter of the command run, which imports pydantic: most
    of the start-up of ``jixiao target`` (issue 12). Any other value, and other parameters, go to typer's
    adapters, built as typer builds them, when first used."""
    for c in [cmd, *getattr(cmd, "commands", {}).values()]:
        for p in c.params:
            _plain(p)


def _plain(p: Any) -> None:
    d = getattr(p, "type_descriptor", None)
    if (d is not None and getattr(p, "_runtime_param", False) is None and d.annotation in (str, bool)
            and d.file_annotation is None and getattr(d.parameter_info, "parser", None) is None):
        kind = _plain_kind()
        if kind is not None:
            p._runtime_param = kind(annotation=d.annotation, parameter_info=d.parameter_info)


@lru_cache(maxsize=1)
def _plain_kind() -> Any:
    try:
        from typer._coercion import RuntimeParam
    except ImportError:  # a typer without runtime coercion: nothing to do
        return None
    if not hasattr(RuntimeParam, "_coerce_value"):
        return None

    class PlainParam(RuntimeParam):  # type: ignore[misc,valid-type]
        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            if value.__class__ is self.annotation:  # a text for a str, a bool for a bool: as it is
                return value
            return _adapted(param, value, ctx)

    return PlainParam


def _adapted(param: Any, value: Any, ctx: Any) -> Any:
    """A value of another type (bytes from a shell with another encoding, a flag's text from the
    environment): typer's own adapter, as it would build it."""
    from typer._coercion import build_runtime_param

    param._runtime_param = build_runtime_param(param.type_descriptor)
    return param._runtime_param._coerce_value(value, param=param, ctx=ctx)


def _show_usage_error(e: Any) -> None:
    lang = current()
    if e.ctx is not None:
        typer.echo(e.ctx.get_usage(), err=True)
        typer.echo(tr(f"用 '{e.ctx.command_path} --help' 查看帮助。", f"Try '{e.ctx.command_path} --help' for help.",
                      lang), err=True)
    typer.echo(tr("错误：", "Error: ", lang) + error_text(e.format_message()), err=True)


class Command(_Lang, typer.core.TyperCommand):  # type: ignore[misc]
    pass


class Group(_Lang, typer.core.TyperGroup):  # type: ignore[misc]
    pass


class App(typer.Typer):
    """A ``typer.Typer`` whose groups and commands speak the reader's language."""

    def __init__(self, **kw: Any) -> None:
        kw.setdefault("cls", Group)
        kw.setdefault("rich_markup_mode", None)  # Click's plain layout, wrapped by our formatter
        kw.setdefault("add_completion", False)
        super().__init__(**kw)

    def command(self, *args: Any, **kw: Any) -> Any:
        kw.setdefault("cls", Command)
        return super().command(*args, **kw)
