"""``jixiao audit PATH... [--framework ID] [--json] [--html OUT] [--xlsx OUT] [--lang en] [--strict]``."""

from __future__ import annotations

import typer

from jixiao.cli.common import EXIT_INPUT, EXIT_OK, EXIT_STRICT, LangOpt, echo, fail, print_json
from jixiao.core.i18n import tr


def register(app: typer.Typer) -> None:
    @app.command("audit")
    def audit(
        paths: list[str] = typer.Argument(..., help="文件或目录（目录递归读取）/ files or folders (recursive)"),
        framework: str | None = typer.Option(None, "--framework", help="指定框架 ID / framework id to use"),
        as_json: bool = typer.Option(False, "--json", help="输出 JSON / print JSON"),
        html: str | None = typer.Option(None, "--html", help="写出 HTML 报告 / write the HTML report"),
        xlsx: str | None = typer.Option(None, "--xlsx", help="写出 xlsx 报告 / write the xlsx report"),
        lang: str = LangOpt,
        strict: bool = typer.Option(False, "--strict", help="有错误或未能识别的文件时退出码为 1 / exit 1 on errors or files not recognised"),
    ) -> None:
        """审核已发布的文档：重算、比对、标注 / audit published documents: recompute, compare, flag."""
        from jixiao.audit import InputError, audit_paths
        from jixiao.report import html as html_report
        from jixiao.report import terminal
        from jixiao.report import xlsx as xlsx_report
        from jixiao.report.safe import console as safe_console

        if framework is not None:
            from jixiao.frameworks import builtin_ids

            if framework not in builtin_ids():
                fail(tr(f"未知框架 {framework}；可用：{', '.join(builtin_ids())}",
                        f"unknown framework {framework}; known: {', '.join(builtin_ids())}", lang))
        try:
            result = audit_paths(paths, framework)
        except InputError as e:
            fail(str(e))
        unreadable = [f for f in result.files if f.error]
        for f in unreadable:
            echo(f.error_text(lang), err=True)
        # A report that cannot be written (a folder, no permission) is one located line; the audit is still shown.
        written: list[str] = []
        failed: list[str] = []
        notices: list[str] = []
        for out, writer in ((html, html_report.write), (xlsx, xlsx_report.write)):
            if not out:
                continue
            try:
                writer(result, out, lang, notices)
            except OSError as e:
                failed.append(tr(f"{out}: 无法写入（{e.strerror or e}）", f"{out}: cannot write ({e.strerror or e})", lang))
            else:
                written.append(out)
        for message in failed + notices:
            echo(message, err=True)
        if as_json:
            print_json(result.to_json(lang))
        else:
            terminal.render(result, safe_console(), lang)
            for out in written:
                echo(tr(f"报告已写出：{out}", f"report written: {out}", lang))
        if unreadable or failed:
            raise typer.Exit(EXIT_INPUT)
        if strict and (result.counts()["error"] or result.not_recognised()):
            raise typer.Exit(EXIT_STRICT)
        raise typer.Exit(EXIT_OK)
