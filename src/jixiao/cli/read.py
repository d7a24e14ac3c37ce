"""``jixiao read FILE... [--json]``: the documents found in files, with the problems met reading them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from jixiao.cli.common import EXIT_INPUT, LangOpt, echo, print_json
from jixiao.core.i18n import tr
from jixiao.core.records import FUNDS_COLUMNS, Document, Problem
from jixiao.read import ReadResult, read_paths
from jixiao.report.safe import console as safe_console
from jixiao.report.safe import styled

TYPE_ZH = {
    "project_self_evaluation": "项目自评",
    "policy_self_evaluation": "政策自评",
    "dept_evaluation": "部门评价",
    "final_accounts": "部门决算",
    "assessment_rules": "考核细则",
}
TYPE_EN = {
    "project_self_evaluation": "project",
    "policy_self_evaluation": "policy",
    "dept_evaluation": "department",
    "final_accounts": "accounts",
    "assessment_rules": "assessment",
}


def _problem_text(p: Problem, lang: str) -> str:
    msg = p.message_en if lang == "en" and p.message_en else p.message
    return f"{p.source}: {msg}" if p.source else msg


def _funds_rows(d: Document) -> int:
    """Funds rows with at least one value read."""
    return sum(1 for r in d.funds.values() if any(getattr(r, k).value is not None for k in FUNDS_COLUMNS))


def _where(d: Document) -> str:
    s = d.source
    return Path(s.file).name + (f":{s.line}" if s.line else "") + (f":p{s.page}" if s.page else "")


def to_json(result: ReadResult) -> dict[str, Any]:
    """{"documents": [...], "problems": [...]} — the second lists files that could not be read at all."""
    return {
        "documents": [d.to_json() for d in result.documents],
        "problems": [p.to_json() for p in result.problems],
    }


def _show(result: ReadResult, lang: str) -> None:
    console = safe_console()
    table = Table(title=tr("读取结果", "documents read", lang))
    for zh, en, just in (
        ("位置", "source", "left"), ("类型", "type", "left"), ("标题", "title", "left"),
        ("年度", "year", "right"), ("单位", "unit", "left"), ("资金行", "funds rows", "right"),
        ("指标", "indicators", "right"), ("总分", "total", "right"), ("等级", "grade", "left"),
        ("问题", "problems", "right"),
    ):
        table.add_column(tr(zh, en, lang), justify=just, overflow="fold")  # type: ignore[arg-type]
    for d in result.documents:
        table.add_row(
            _where(d), tr(TYPE_ZH.get(d.type, d.type), TYPE_EN.get(d.type, d.type), lang), d.title or "—",
            str(d.year or "—"), d.money_unit or "—", str(_funds_rows(d)), str(len(d.indicators)),
            d.total_score.text or "—", d.grade.str_ or "—", str(len(d.problems)),
        )
    console.print(table)
    for d in result.documents:
        if d.problems:
            console.print(styled(str(d.title or d.source), "bold"), highlight=False)
            for p in d.problems:
                console.print("  " + _problem_text(p, lang), markup=False, highlight=False)
    # Problems of a file as a whole (a PDF without a text layer, a sheet with error values …); the files
    # that could not be read at all are already on stderr.
    whole = [p for p in result.problems if p not in result.unreadable]
    if whole:
        console.print(styled(tr("文件层面的问题", "file-level problems", lang), "bold"))
        for p in whole:
            console.print("  " + _problem_text(p, lang), markup=False, highlight=False)
    if not result.documents:
        console.print(tr("未识别出任何文档", "no document recognised", lang))


def register(app: typer.Typer) -> None:
    @app.command("read")
    def read_cmd(
        files: list[str] = typer.Argument(..., help="文件或文件夹 (txt, md, csv, xlsx, xls, docx, pdf)"),
        as_json: bool = typer.Option(False, "--json", help="JSON 输出"),
        lang: str = LangOpt,
    ) -> None:
        """读取文档中的自评表、评分表和决算表 / read forms, score tables and accounts from documents."""
        result = read_paths(files)
        # One located line per file that could not be read at all, on stderr; the rest is still shown.
        for p in result.unreadable:
            echo(_problem_text(p, lang), err=True)
        if as_json:
            print_json(to_json(result))
        else:
            _show(result, lang)
        if result.unreadable:
            raise typer.Exit(EXIT_INPUT)
