"""``jixiao frameworks`` (list the built-in ones) and ``jixiao framework check FILE`` (validate one)."""

from __future__ import annotations

from typing import Any

import typer
from rich.table import Table

from jixiao.cli.common import EXIT_INPUT, LangOpt, echo, print_json
from jixiao.core.i18n import tr
from jixiao.frameworks import FrameworkError, builtin_ids, get_builtin, load_framework
from jixiao.report.safe import console as safe_console

KIND_ZH = {"project": "项目", "policy": "政策", "dept": "部门整体", "assessment": "考核"}


def _listing() -> list[dict[str, Any]]:
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
        as_json: bool = typer.Option(False, "--json", help="JSON 输出"),
        lang: str = LangOpt,
    ) -> None:
        """列出内置指标框架 / list the built-in frameworks."""
        rows = _listing()
        if as_json:
            print_json(rows)
            return
        table = Table(title=tr("内置指标框架", "Built-in frameworks", lang))
        table.add_column(tr("编号", "id", lang), no_wrap=True)
        table.add_column(tr("名称", "title", lang), overflow="fold")
        for head in (tr("类型", "kind", lang), tr("年度", "year", lang), tr("地区", "locality", lang)):
            table.add_column(head, no_wrap=True)
        for r in rows:
            kind = r["kind"] and (KIND_ZH.get(r["kind"], r["kind"]) if lang != "en" else r["kind"])
            title = r["title"] or tr("（无法加载）", "(does not load)", lang)
            table.add_row(r["id"], title, kind or "", str(r["year"] or ""), r["locality"] or "")
        safe_console().print(table)

    framework_app = typer.Typer(help="指标框架 / frameworks", no_args_is_help=True)

    @framework_app.command("check")
    def check_cmd(
        file: str = typer.Argument(..., help="框架文件 (YAML) / framework file"),
        as_json: bool = typer.Option(False, "--json", help="JSON 输出"),
        lang: str = LangOpt,
    ) -> None:
        """检查框架文件：权重、规则、参数、等级 / check a framework file."""
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

    app.add_typer(framework_app, name="framework")
