"""``jixiao assess FRAMEWORK DATA``: a whole group at once — scores, ranks, ratings and the quota, with reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from jixiao.cli.common import EXIT_INPUT, JsonOpt, LangOpt, echo, framework_or_exit, print_json
from jixiao.core.i18n import tr
from jixiao.core.labels import rating_en, tie_rule_name
from jixiao.report import width
from jixiao.report.width import Cell, Col, fit, say

if TYPE_CHECKING:  # the scoring is imported by the command (start-up, issue 12)
    from rich.console import Console

    from jixiao.scoring.assess import Assessment, GroupResult


def _show(a: Assessment, lang: str, explain: bool) -> None:
    console = width.console()  # the terminal's width: the tables wrap to it
    for g in a.groups:
        _show_group(console, a, g, lang, explain)


def _show_group(console: Console, a: Assessment, g: GroupResult, lang: str, explain: bool) -> None:
    from jixiao.rules.common import pts

    cols = [Col(tr("排名", "rank", lang), justify="right", min=4), Col(tr("考核对象", "assessee", lang), min=6, max=30),
            Col(tr("得分", "total", lang), justify="right", min=6), Col(tr("评级", "rating", lang), min=4, max=16),
            Col(tr("理由", "reason", lang), min=16, max=400, flex=1)]
    rows: list[list[Cell]] = [
        [str(r.rank) if r.rank else "-", r.name, pts(r.total) if r.total is not None else "-",
         (rating_en(r.rating) if lang == "en" else r.rating) or "-", tr(r.reason, r.reason_en, lang)]
        for r in g.assessees
    ]
    console.print(fit(cols, rows, console.width, f"{a.framework.title} — {g.group.name}"))
    if g.quota is not None:
        say(console,
            tr("配额：", "Quota: ", lang)
            + g.quota.describe(lang)
            + tr(
                f"；并列规则：名额分界处{tie_rule_name(g.quota.ties)}"
                + ("" if g.quota.ties == "include" else f"（评为{g.quota.fallback}）")
                + f"；超出名额者评为{g.quota.fallback}",
                f"; tie rule: at the cut-off {tie_rule_name(g.quota.ties, 'en')}"
                + ("" if g.quota.ties == "include" else f" (rated {rating_en(g.quota.fallback)})")
                + f"; those over the quota are rated {rating_en(g.quota.fallback)}",
                lang,
            ))
    if not explain:
        return
    dcols = [Col(tr("代码", "code", lang), min=4, max=10), Col(tr("指标", "indicator", lang), min=8, max=30, flex=1),
             Col(tr("分值", "weight", lang), justify="right", min=4), Col(tr("得分", "score", lang), justify="right", min=4),
             Col(tr("说明", "explanation", lang), min=16, max=400, flex=4)]
    for r in g.assessees:
        drows: list[list[Cell]] = [
            [i.code, i.name, pts(i.weight) if i.weight is not None else "", pts(i.score) if i.score is not None else "-",
             i.explain(lang)]
            for i in r.result.leaves()
        ]
        console.print(fit(dcols, drows, console.width, f"{r.name} — {pts(r.total) if r.total is not None else '-'}"))


def register(app: typer.Typer) -> None:
    @app.command("assess")
    def assess_cmd(
        framework: str = typer.Argument(
            ..., metavar="FRAMEWORK", help="考核框架：内置 id（如 shanghai-2024-district-a）或文件路径 / an assessment framework: built-in id or file"
        ),
        data: str = typer.Argument(..., metavar="DATA", help="数据文件（YAML/JSON）：assessees: [{name, group, inputs}] / data file (YAML/JSON) with assessees: [{name, group, inputs}]"),
        as_json: bool = JsonOpt,
        explain: bool = typer.Option(False, "--explain", help="列出每个考核对象各指标的得分说明 / explain every indicator of every assessee"),
        lang: str = LangOpt,
    ) -> None:
        """考核评级：整组评分、排名、评级与优秀名额 / assess a group: scores, ranks, ratings, quota."""
        from jixiao.scoring.assess import assess_file

        result = assess_file(framework_or_exit(framework, lang), data)
        if result.problems:
            for p in result.problems:
                echo(p.format(lang), err=True)
            raise typer.Exit(EXIT_INPUT)
        if as_json:
            print_json(result.to_json(lang))
            return
        _show(result, lang, explain)
