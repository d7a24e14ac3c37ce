"""``jixiao score FRAMEWORK DATA``: total, grade and every indicator's score, explained on request."""

from __future__ import annotations

import typer
from rich.table import Table

from jixiao.cli.common import EXIT_INPUT, LangOpt, echo, framework_or_exit, print_json
from jixiao.core.i18n import tr
from jixiao.core.numbers import fmt_plain
from jixiao.report.safe import console as safe_console
from jixiao.report.safe import styled
from jixiao.scoring import ScoreResult, score_file
from jixiao.scoring.assess import rating_en


def _show(result: ScoreResult, explain: bool, lang: str) -> None:
    fw = result.framework
    console = safe_console()
    if result.title:
        console.print(result.title)
    console.print(tr(f"框架: {fw.id}（{fw.title}）", f"framework: {fw.id} ({fw.title})", lang))
    table = Table()
    table.add_column(tr("编码", "code", lang), no_wrap=True)
    table.add_column(tr("指标", "indicator", lang), overflow="fold")
    table.add_column(tr("分值", "weight", lang), justify="right", no_wrap=True)
    table.add_column(tr("得分", "score", lang), justify="right", no_wrap=True)
    if explain:
        table.add_column(tr("评分过程", "explanation", lang), overflow="fold", ratio=2)
    for i in result.indicators:
        name = "  " * (i.level - 1) + i.name
        cells = [i.code, name if i.leaf else styled(name, "bold"),
                 "" if i.weight is None else fmt_plain(i.weight),
                 "—" if i.score is None else fmt_plain(i.score)]  # fmt: skip
        if explain:
            cells.append(i.explain(lang) if i.leaf else "")
        table.add_row(*cells)
    console.print(table)
    total = "—" if result.total is None else fmt_plain(result.total)
    grade_en = rating_en(result.grade) if result.grade else "-"
    console.print(tr(f"总分: {total}  评分等级: {result.grade or '—'}", f"total: {total}  grade: {grade_en}", lang))
    published = result.published.get("total")
    if published is not None and result.total is not None and str(published) != str(result.total):
        console.print(tr(f"文档公布总分: {published}（与计算结果不同）", f"published total: {published} (differs)", lang))


def register(app: typer.Typer) -> None:
    @app.command("score")
    def score_cmd(
        framework: str = typer.Argument(..., help="内置框架编号或框架文件 / built-in id or framework file"),
        data: str = typer.Argument(..., help="数据文件 (YAML/JSON) / data file"),
        as_json: bool = typer.Option(False, "--json", help="JSON 输出"),
        explain: bool = typer.Option(False, "--explain", help="显示评分过程 / show explanations"),
        lang: str = LangOpt,
    ) -> None:
        """按指标框架评分 / score a data file against a framework."""
        result, problems = score_file(framework_or_exit(framework, lang), data)
        if result is not None:
            if as_json:
                print_json(result.to_json(lang))
            else:
                _show(result, explain, lang)
        for p in problems:
            echo(p.format(lang), err=True)
        if problems:
            raise typer.Exit(EXIT_INPUT)
