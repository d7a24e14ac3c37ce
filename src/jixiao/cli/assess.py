"""``jixiao assess FRAMEWORK DATA``: a whole group at once — scores, ranks, ratings and the quota, with reasons."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from jixiao.cli.common import EXIT_INPUT, LangOpt, echo, framework_or_exit, print_json
from jixiao.core.i18n import tr
from jixiao.report.safe import console as safe_console
from jixiao.rules.common import pts
from jixiao.scoring.assess import Assessment, GroupResult, assess_file, rating_en


def _show(a: Assessment, lang: str, explain: bool) -> None:
    console = safe_console(soft_wrap=False, width=max(Console().width, 140))
    for g in a.groups:
        _show_group(console, a, g, lang, explain)


def _show_group(console: Console, a: Assessment, g: GroupResult, lang: str, explain: bool) -> None:
    title = f"{a.framework.title} — {g.group.name}"
    table = Table(title=title, show_lines=False)
    for zh, en, just in (
        ("排名", "rank", "right"),
        ("考核对象", "assessee", "left"),
        ("得分", "total", "right"),
        ("评级", "rating", "left"),
        ("理由", "reason", "left"),
    ):
        table.add_column(tr(zh, en, lang), justify=just, overflow="fold")  # type: ignore[arg-type]
    for r in g.assessees:
        table.add_row(
            str(r.rank) if r.rank else "-",
            r.name,
            pts(r.total) if r.total is not None else "-",
            (rating_en(r.rating) if lang == "en" else r.rating) or "-",
            tr(r.reason, r.reason_en, lang),
        )
    console.print(table)
    if g.quota is not None:
        console.print(
            tr("配额：", "Quota: ", lang)
            + g.quota.describe(lang)
            + tr(
                f"；并列规则 {g.quota.ties}，超额者评为{g.quota.fallback}",
                f"; ties: {g.quota.ties}; those over the quota are rated {rating_en(g.quota.fallback)}",
                lang,
            )
        )
    if not explain:
        return
    for r in g.assessees:
        detail = Table(title=f"{r.name} — {pts(r.total) if r.total is not None else '-'}")
        for zh, en in (
            ("代码", "code"),
            ("指标", "indicator"),
            ("分值", "weight"),
            ("得分", "score"),
            ("说明", "explanation"),
        ):
            detail.add_column(tr(zh, en, lang), overflow="fold")
        for i in r.result.leaves():
            detail.add_row(
                i.code,
                i.name,
                pts(i.weight) if i.weight is not None else "",
                pts(i.score) if i.score is not None else "-",
                i.explain(lang),
            )
        console.print(detail)


def register(app: typer.Typer) -> None:
    @app.command("assess")
    def assess_cmd(
        framework: str = typer.Argument(
            ..., help="考核框架：内置 id（如 shanghai-2024-district-a）或文件路径"
        ),
        data: str = typer.Argument(..., help="数据文件 (YAML/JSON)：assessees: [{name, group, inputs}]"),
        as_json: bool = typer.Option(False, "--json", help="JSON 输出"),
        explain: bool = typer.Option(False, "--explain", help="列出每个考核对象各指标的得分说明"),
        lang: str = LangOpt,
    ) -> None:
        """考核评级：整组评分、排名、评级与优秀名额 / assess a group: scores, ranks, ratings, quota."""
        result = assess_file(framework_or_exit(framework, lang), data)
        if result.problems:
            for p in result.problems:
                echo(p.format(lang), err=True)
            raise typer.Exit(EXIT_INPUT)
        if as_json:
            print_json(result.to_json(lang))
            return
        _show(result, lang, explain)
