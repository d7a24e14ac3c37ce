"""``jixiao score FRAMEWORK DATA``: total, grade and every indicator's score, explained on request."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import typer

from jixiao.cli.common import EXIT_INPUT, JsonOpt, LangOpt, echo, framework_or_exit, print_json
from jixiao.core.i18n import tr
from jixiao.core.labels import rating_en
from jixiao.core.numbers import fmt_plain
from jixiao.report import width
from jixiao.report.width import Cell, Col, fit, say

if TYPE_CHECKING:  # the scoring is imported by the command (start-up, issue 12)
    from jixiao.scoring import ScoreResult


def _show(result: ScoreResult, explain: bool, lang: str) -> None:
    from rich.text import Text

    fw = result.framework
    console = width.console()
    if result.title:
        say(console, result.title)
    say(console, tr(f"框架: {fw.id}（{fw.title}）", f"framework: {fw.id} ({fw.title})", lang))
    digits = fw.rounding.score.digits  # weights and scores are shown alike, to the framework's digits

    def points(d: Decimal | None, empty: str) -> str:
        return empty if d is None else fmt_plain(d, digits)

    cols = [Col(tr("编码", "code", lang), min=4, max=12), Col(tr("指标", "indicator", lang), min=10, max=40, flex=1),
            Col(tr("分值", "weight", lang), justify="right", min=5), Col(tr("得分", "score", lang), justify="right", min=5)]
    if explain:
        cols.append(Col(tr("评分过程", "explanation", lang), min=16, max=400, flex=4))
    rows: list[list[Cell]] = []
    for i in result.indicators:
        name = "  " * (i.level - 1) + i.name
        cells: list[Cell] = [i.code, name if i.leaf else Text(name, style="bold"), points(i.weight, ""),
                             points(i.score, "—")]
        if explain:
            cells.append(i.explain(lang) if i.leaf else "")
        rows.append(cells)
    console.print(fit(cols, rows, console.width))
    total = points(result.total, "—")
    grade_en = rating_en(result.grade) if result.grade else "-"
    say(console, tr(f"总分: {total}  评分等级: {result.grade or '—'}", f"total: {total}  grade: {grade_en}", lang))
    published = result.published.get("total")
    if published is not None and result.total is not None and str(published) != str(result.total):
        say(console, tr(f"文档公布总分: {published}（与计算结果不同）", f"published total: {published} (differs)", lang))


def register(app: typer.Typer) -> None:
    @app.command("score")
    def score_cmd(
        framework: str = typer.Argument(..., metavar="FRAMEWORK", help="内置框架编号或框架文件 / built-in id or framework file"),
        data: str = typer.Argument(..., metavar="DATA", help="数据文件（YAML/JSON）/ data file (YAML/JSON)"),
        as_json: bool = JsonOpt,
        explain: bool = typer.Option(False, "--explain", help="显示评分过程 / show explanations"),
        lang: str = LangOpt,
    ) -> None:
        """按指标框架评分 / score a data file against a framework."""
        from jixiao.scoring import score_file
        from jixiao.scoring.engine import framework_warnings

        fw = framework_or_exit(framework, lang)
        for w in framework_warnings(fw, data):
            echo(tr("警告：", "warning: ", lang) + w.format(lang), err=True)
        result, problems = score_file(fw, data)
        if result is not None:
            if as_json:
                print_json(result.to_json(lang))
            else:
                _show(result, explain, lang)
        for p in problems:
            echo(p.format(lang), err=True)
        if problems:
            raise typer.Exit(EXIT_INPUT)
