"""``jixiao accounts FILE``: the final-accounts tables as read and their checks; ``jixiao codes import``."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from jixiao.accounts import DEFAULT_TOLERANCE
from jixiao.cli.common import EXIT_INPUT, EXIT_STRICT, JsonOpt, LangOpt, echo, fail, print_json
from jixiao.cli.lang import App
from jixiao.core.i18n import count_en, tr
from jixiao.core.safetext import quote
from jixiao.report import width
from jixiao.report.width import Cell, Col, fit, say

if TYPE_CHECKING:  # the rest is imported by the command that uses it (start-up, issue 12)
    from rich.console import Console

    from jixiao.accounts.model import AccountTable
    from jixiao.core.findings import Finding
    from jixiao.core.records import Document

CODE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")  # what read_code_file reads


def _tolerance(text: str, lang: str) -> Decimal:
    try:
        d = Decimal(text)
    except InvalidOperation:
        d = Decimal("NaN")
    if not d.is_finite():  # nan and infinity are not a tolerance (and nan cannot even be compared)
        fail(tr(f"--tolerance 须为数字：{quote(text)}", f"--tolerance must be a number: {quote(text)}", lang))
    if d < 0:
        fail(tr(f"--tolerance 不能为负：{text}", f"--tolerance must not be negative: {text}", lang))
    return d


def _show_table(console: Console, t: AccountTable, lang: str) -> None:
    summary = t.kind in ("summary", "fiscal_summary")
    cols = ([Col(tr("收/支", "side", lang), min=4)] if summary else []) + [
        Col(tr("编码", "code", lang), min=4, max=10), Col(tr("名称", "name", lang), min=8, max=40, flex=1)]
    cols += [Col(c, justify="right", min=6, max=16) for c in t.columns]
    rows: list[list[Cell]] = []
    for r in t.rows:
        side = [tr("收入", "income", lang) if r.side == "income" else tr("支出", "spending", lang)] if r.side else []
        if summary and not side:
            side = [""]
        rows.append([*side, r.code or "", r.name, *(r.get(c).text or "" for c in t.columns)])
    console.print(fit(cols, rows, console.width, f"{t.title}  ({t.source})"))
    if t.statement:
        say(console, f"  {t.statement[0]}")


def _show_findings(console: Console, findings: list[Finding], lang: str) -> None:
    from jixiao.core.findings import SEVERITY_RANK
    from jixiao.report.terminal import findings_view

    ordered = sorted(findings, key=lambda f: SEVERITY_RANK[f.severity])
    console.print(findings_view(ordered, console.width, lang, tr("审核结果", "checks", lang)))
    counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITY_RANK}
    say(console, tr(f"错误 {counts['error']}，疑似 {counts['suspect']}，提示 {counts['info']}",
                    f"{count_en(counts['error'], 'error')}, {counts['suspect']} suspect, {counts['info']} info", lang))


def register(app: typer.Typer) -> None:
    @app.command("accounts")
    def accounts_cmd(
        file: str = typer.Argument(..., metavar="FILE", help="部门决算文件（txt、md、xlsx、xls、docx、pdf）/ final accounts file (txt, md, xlsx, xls, docx, pdf)"),
        as_json: bool = JsonOpt,
        lang: str = LangOpt,
        tolerance: str = typer.Option(str(DEFAULT_TOLERANCE), "--tolerance", metavar="N",
                                      help="每个求和项允许的舍入尾差 / rounding tolerance per summed value"),
        store: Path = typer.Option(None, "--store", metavar="DIR", help="科目表目录 / code list store"),
        strict: bool = typer.Option(False, "--strict", help="有错误时退出码 1 / exit 1 when an error is found"),
    ) -> None:
        """部门决算：读取各表并审核 / final accounts: tables as read and their checks."""
        from jixiao.accounts.checks import check_accounts
        from jixiao.accounts.codes import load_codes
        from jixiao.accounts.model import Accounts
        from jixiao.core.records import ACCOUNT_TYPES
        from jixiao.read import read_path

        tol = _tolerance(tolerance, lang)
        result = read_path(file)
        if not result.files:
            for p in result.problems:
                msg = p.message_en if lang == "en" and p.message_en else p.message
                echo(f"{p.source or file}: {msg}", err=True)
            raise typer.Exit(EXIT_INPUT)
        docs = [d for d in result.documents if d.type in ACCOUNT_TYPES]
        if not docs:
            fail(f"{file}: " + tr("未找到部门决算表", "no final-accounts tables found", lang))
        report: list[tuple[Document, list[Finding]]] = []
        made: list[list[tuple[str, str, bool]]] = []
        for d in docs:
            acc = d.extra["accounts"]
            codes = load_codes(acc.year, store) if isinstance(acc, Accounts) else None
            made.append([])
            report.append((d, check_accounts(d, tol, codes, made[-1])))
        if as_json:
            print_json(_json(report, made, lang))
        else:
            from rich.text import Text

            from jixiao.report.safe import styled

            console = width.console()
            for (d, findings), checks in zip(report, made):
                console.print(Text.assemble(styled(d.title or "", "bold"), f"  {d.year or ''} {d.money_unit or ''}"),
                              highlight=False)
                acc = d.extra["accounts"]
                for t in acc.tables:
                    _show_table(console, t, lang)
                for p in d.problems:
                    console.print(f"  {p.source}: {p.message_en if lang == 'en' and p.message_en else p.message}",
                                  markup=False, highlight=False)
                _show_findings(console, findings, lang)
                held = sum(1 for *_, ok in checks if ok)
                console.print(tr(f"共核对 {len(checks)} 个等式（表内与表间），成立 {held} 个",
                                 f"{len(checks)} identities checked (within and across tables), {held} hold", lang))
        if strict and any(f.severity == "error" for _, fs in report for f in fs):
            raise typer.Exit(EXIT_STRICT)

    codes_app = App(help="科目表 / classification code lists", no_args_is_help=True)

    @codes_app.callback()
    def _codes(lang: str = LangOpt) -> None:  # --lang before the command too: jixiao codes --lang en --help
        """科目表 / classification code lists"""
    app.add_typer(codes_app, name="codes")

    @codes_app.command("import")
    def codes_import(
        file: Path = typer.Argument(..., metavar="FILE", help="CSV 或 xlsx，列为 code,name / CSV or xlsx with the columns code,name"),
        year: int = typer.Option(..., "--year", metavar="YEAR", help="科目表年度 / the year of the code list"),
        store: Path = typer.Option(None, "--store", metavar="DIR", help="科目表目录（默认用户数据目录）/ code list store (default: the user data folder)"),
        lang: str = LangOpt,
    ) -> None:
        """导入某年度的科目表 / import a year's code list."""
        from zipfile import BadZipFile

        from openpyxl.utils.exceptions import InvalidFileException

        from jixiao.accounts.codes import default_store, read_code_file, write_codes
        from jixiao.read import UnreadableError
        from jixiao.read.encoding import NotText

        if not file.exists():
            fail(f"{file}: " + tr("文件不存在", "file not found", lang))
        if not file.is_file():
            fail(f"{file}: " + tr("不是文件", "not a file", lang))
        if file.suffix.lower() not in CODE_SUFFIXES:
            fail(f"{file}: " + tr(f"不支持的格式“{file.suffix}”：科目表须为 CSV 或 xlsx",
                                  f"unsupported format '{file.suffix}': a code list must be CSV or xlsx", lang))
        try:
            codes, problems = read_code_file(file, year)
        except NotText as e:
            fail(f"{file}: " + tr(e.zh, e.en, lang))
            return
        except UnreadableError as e:  # an xlsx read as `jixiao read` reads it: one located problem
            p = e.problem
            fail(f"{p.source or file}: {p.message_en if lang == 'en' and p.message_en else p.message}")
            return
        except (OSError, ValueError, KeyError, BadZipFile, InvalidFileException) as e:  # damaged xlsx, unreadable
            fail(f"{file}: " + tr(f"无法读取（{type(e).__name__}: {e}）", f"cannot read ({type(e).__name__}: {e})", lang))
            return
        for p in problems:
            echo(f"{p.source}: {p.message_en if lang == 'en' and p.message_en else p.message}", err=True)
        if not codes.names:
            fail(f"{file}: " + tr("没有读到任何科目", "no codes read", lang))
        try:
            target = write_codes(codes, file, store)
        except OSError as e:
            where = e.filename or store or default_store()
            fail(f"{where}: " + tr(f"无法写入科目表（{e.strerror or e}）", f"cannot write the code list ({e.strerror or e})",
                                   lang))
            return
        echo(tr(f"已导入 {len(codes.names)} 个 {year} 年科目到 {target}",
                      f"imported {count_en(len(codes.names), 'code')} for {year} into {target}", lang))

    @codes_app.command("show")
    def codes_show(
        year: int = typer.Option(..., "--year", metavar="YEAR", help="科目表年度 / the year of the code list"),
        store: Path = typer.Option(None, "--store", metavar="DIR", help="科目表目录（默认用户数据目录）/ code list store (default: the user data folder)"),
        as_json: bool = JsonOpt,
        lang: str = LangOpt,
    ) -> None:
        """显示某年度使用的科目表及其来源 / the code list used for a year, and where it came from."""
        from jixiao.accounts.codes import load_codes

        codes = load_codes(year, store)
        if codes is None:
            fail(tr(f"没有 {year} 年的科目表（可用 jixiao codes import 导入）",
                    f"no code list for {year} (import one with jixiao codes import)", lang))
            return
        if as_json:
            print_json({"year": codes.year, "source": codes.origin, "codes": codes.names})
            return
        echo(f"{codes.year}: {codes.origin}")
        for code, name in codes.names.items():
            echo(f"{code}\t{name}")


def _json(report: list[tuple[Document, list[Finding]]], made: list[list[tuple[str, str, bool]]],
          lang: str) -> dict[str, Any]:
    docs: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    for (d, fs), checks in zip(report, made):
        j = d.to_json()
        acc = d.extra["accounts"]
        j["accounts"] = acc.to_json()
        j["checks"] = {"made": len(checks), "held": sum(1 for *_, ok in checks if ok),
                       "failed": [what for _, what, ok in checks if not ok]}
        docs.append(j)
        findings.extend(f.to_json(lang) for f in fs)
    return {"documents": docs, "findings": findings}
