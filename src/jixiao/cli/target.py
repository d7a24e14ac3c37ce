"""``jixiao target TEXT``: parse a target (年度指标值) or actual value."""

from __future__ import annotations

import typer

from jixiao.cli.common import JsonOpt, LangOpt, echo, fail, print_json
from jixiao.core.i18n import tr
from jixiao.core.target import parse_target


def register(app: typer.Typer) -> None:
    @app.command("target")
    def target_cmd(
        text: str = typer.Argument(..., metavar="TEXT", help="指标值文本，如 ≥60.00(家) / a target as written, e.g. ≥60.00(家)"),
        op: str = typer.Option(None, "--op", metavar="OP", help="指标性质列（=、≥、≤、定性）/ the comparison column (=, ≥, ≤, 定性)"),
        unit: str = typer.Option(None, "--unit", metavar="UNIT", help="度量单位列 / the unit column"),
        as_json: bool = JsonOpt,
        lang: str = LangOpt,
    ) -> None:
        """解析指标值 / parse a target or actual value."""
        if not text.strip():
            fail(tr("指标值为空：请给出如 ≥60.00(家) 的文本", "the target is empty: give a text such as ≥60.00(家)", lang))
        t = parse_target(text, op_hint=op, unit_hint=unit)
        if as_json:
            print_json(t.to_json())
            return
        if t.op == "range":
            echo(f"{t.text}: {tr('区间', 'range', lang)} {t.low}–{t.high} {t.unit or ''}".rstrip())
        elif t.qualitative:
            echo(f"{t.text}: {tr('定性', 'qualitative', lang)}")
        else:
            echo(f"{t.text}: {t.op} {t.value} {t.unit or ''}".rstrip())
