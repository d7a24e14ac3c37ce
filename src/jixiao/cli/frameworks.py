"""``jixiao frameworks`` (list the built-in ones) and ``jixiao framework check FILE`` (validate one)."""

from __future__ import annotations

from typing import Any

import typer

from jixiao.cli.common import EXIT_INPUT, JsonOpt, LangOpt, echo, fail, print_json
from jixiao.cli.lang import App
from jixiao.core.i18n import tr
from jixiao.core.labels import framework_kind_name
from jixiao.report import width
from jixiao.report.width import Cell, Col, fit


def _listing() -> list[dict[str, Any]]:
    from jixiao.frameworks import FrameworkError, builtin_ids, get_builtin

    rows: list[dict[str, Any]] = []
    for fid in builtin_ids():
        try:
            fw = get_builtin(fid)
        except FrameworkError as e:
            rows.append({"id": fid, "title": None, "kind": None, "year": None, "locality": None,
                         "problems": [p.format() for p in e.problems]})  # fmt: skip
            continue
        rows.append({"id": fw.id, "title": fw.title, "kind": fw.kind, "year": fw.year, "locality": fw.locality})
    return rows


def register(app: typer.Typer) -> None:
    @app.command("frameworks")
    def frameworks_cmd(
        as_json: bool = JsonOpt,
        lang: str = LangOpt,
    ) -> None:
        """列出内置指标框架 / list the built-in frameworks."""
        rows = _listing()
        if as_json:
            print_json(rows)
            return
        cols = [Col(tr("编号", "id", lang), min=10, max=34), Col(tr("名称", "title", lang), min=10, max=60, flex=1),
                Col(tr("类型", "kind", lang), min=4), Col(tr("年度", "year", lang), min=4),
                Col(tr("地区", "locality", lang), min=4, max=12)]
        cells: list[list[Cell]] = [
            [r["id"], r["title"] or tr("（无法加载）", "(does not load)", lang),
             (r["kind"] and framework_kind_name(r["kind"], lang)) or "", str(r["year"] or ""), r["locality"] or ""]
            for r in rows
        ]
        console = width.console()
        console.print(fit(cols, cells, console.width, tr("内置指标框架", "Built-in frameworks", lang)))

    framework_app = App(help="指标框架 / frameworks", no_args_is_help=True)

    @framework_app.callback()
    def _framework(lang: str = LangOpt) -> None:  # --lang before the command too: jixiao framework --lang en --help
        """指标框架 / frameworks"""

    @framework_app.command("check")
    def check_cmd(
        file: str = typer.Argument(..., metavar="FILE", help="框架文件（YAML）/ framework file (YAML)"),
        as_json: bool = JsonOpt,
        lang: str = LangOpt,
    ) -> None:
        """检查框架文件：权重、规则、参数、等级 / check a framework file."""
        from jixiao.frameworks import load_framework

        fw, problems = load_framework(file)
        if as_json:
            print_json({"file": file, "ok": fw is not None, "id": fw.id if fw else None,
                        "problems": [p.to_json(lang) for p in problems]})  # fmt: skip
        elif fw is not None:
            echo(tr(f"通过: {file}（{fw.id}，{fw.title}）", f"OK: {file} ({fw.id}, {fw.title})", lang))
        else:
            for p in problems:
                echo(p.format(lang), err=True)
            echo(tr(f"{len(problems)} 个问题", f"{len(problems)} problem(s)", lang), err=True)
        if fw is None:
            raise typer.Exit(EXIT_INPUT)

    @framework_app.command("draft")
    def draft_cmd(
        file: str = typer.Argument(..., metavar="FILE", help="评分细则/评价指标体系表 / a scoring-rule table"),
        lang: str = LangOpt,
    ) -> None:
        """从评分表生成框架草稿（YAML 输出到标准输出）/ draft a framework from a scoring table (YAML to stdout)."""
        from jixiao.read import UnreadableError, read_file
        from jixiao.read.draft import draft_framework

        try:
            fr = read_file(file)
        except UnreadableError as e:
            p = e.problem
            fail(f"{p.source}: {(p.message_en or p.message) if lang == 'en' else p.message}")
        # what the reader could not read (a line over the limit, a table refused, a nesting cut) is said first: a
        # table lost to it is why no draft, or only part of one, comes out
        for p in fr.problems:
            said = (p.message_en or p.message) if lang == "en" else p.message
            echo(tr(f"读取问题：{p.source or file}: {said}", f"reading problem: {p.source or file}: {said}", lang),
                 err=True)
        draft = draft_framework(fr)
        if draft is None:
            echo(tr(f"{file}: 没有找到评分表（需要有 一级/二级/三级指标 和 分值/权重 列的表）",
                    f"{file}: no scoring table found (a table with indicator-level and 分值/权重 columns)", lang),
                 err=True)
            raise typer.Exit(EXIT_INPUT)
        typer.echo(draft.text, nl=False)
        missing_zh, missing_en = ("舍入", "rounding is") if draft.grades else ("等级分数线与舍入", "grades and rounding are")
        echo(tr(f"草稿：{draft.leaves} 个末级指标，其中 {draft.todo} 个需要您选定评分规则（rule: TODO）；"
                f"{missing_zh}表中未给出，见文件开头的注释",
                f"draft: {draft.leaves} leaves, {draft.todo} of them need you to choose the rule (rule: TODO); "
                f"{missing_en} not in the table, see the comments at the top", lang), err=True)
        if draft.kind is None:
            echo(tr("表名未写明表的类别：请填写 kind（dept 或 assessment，见文件开头的注释）",
                    "the title does not say what the table is: fill in kind (dept or assessment, see the comments "
                    "at the top)", lang), err=True)
        for note in draft.notes:
            echo(tr(f"注意：{note}", f"note: {note}", lang), err=True)

    app.add_typer(framework_app, name="framework")
