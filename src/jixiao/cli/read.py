"""``jixiao read FILE... [--json]``: the documents found in files, with the problems met reading them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from jixiao.cli.common import EXIT_INPUT, JsonOpt, LangOpt, echo, print_json
from jixiao.core.i18n import tr
from jixiao.core.labels import type_name
from jixiao.report import width
from jixiao.report.width import Cell, Col, fit

if TYPE_CHECKING:  # the readers and records are imported by the command (start-up, issue 12)
    from jixiao.core.records import Document, Problem
    from jixiao.read import ReadResult


def _problem_text(p: Problem, lang: str) -> str:
    msg = p.message_en if lang == "en" and p.message_en else p.message
    return f"{p.source}: {msg}" if p.source else msg


def _funds_rows(d: Document) -> int:
    """Funds rows with at least one value read."""
    from jixiao.core.records import FUNDS_COLUMNS

    return sum(1 for r in d.funds.values() if any(getattr(r, k).value is not None for k in FUNDS_COLUMNS))


def _where(d: Document) -> str:
    return d.source.where()


def to_json(result: ReadResult) -> dict[str, Any]:
    """{"documents": [...], "problems": [...]} — the second lists files that could not be read at all."""
    return {
        "documents": [d.to_json() for d in result.documents],
        "problems": [p.to_json() for p in result.problems],
    }


def _show(result: ReadResult, lang: str) -> None:
    from jixiao.report.safe import styled

    console = width.console()
    cols = [Col(tr(z, e, lang), justify=j, min=m, max=x, flex=f, drop=dr) for z, e, j, m, x, f, dr in (
        ("位置", "source", "left", 10, 36, 1, 0), ("类型", "type", "left", 6, 16, 0, 0), ("标题", "title", "left", 10, 60, 2, 0),
        ("年度", "year", "right", 4, 6, 0, 3), ("单位", "unit", "left", 4, 8, 0, 4), ("资金行", "funds rows", "right", 4, 8, 0, 2),
        ("指标", "indicators", "right", 4, 10, 0, 1), ("总分", "total", "right", 5, 8, 0, 0), ("等级", "grade", "left", 4, 8, 0, 5),
        ("问题", "problems", "right", 4, 8, 0, 0))]
    rows: list[list[Cell]] = [
        [_where(d), type_name(d.type, lang), d.title or "—", str(d.year or "—"), d.money_unit or "—",
         str(_funds_rows(d)), str(len(d.indicators)), d.total_score.text or "—", d.grade.str_ or "—", str(len(d.problems))]
        for d in result.documents
    ]
    table = fit(cols, rows, console.width, tr("读取结果", "documents read", lang))
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
        files: list[str] = typer.Argument(..., metavar="PATH", help="文件或文件夹（txt、md、csv、xlsx、xls、docx、pdf）/ files or folders (txt, md, csv, xlsx, xls, docx, pdf)"),
        as_json: bool = JsonOpt,
        lang: str = LangOpt,
    ) -> None:
        """读取文档中的自评表、评分表和决算表 / read forms, score tables and accounts from documents."""
        from jixiao.read import read_paths

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
