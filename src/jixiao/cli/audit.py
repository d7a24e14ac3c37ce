"""``jixiao audit PATH... [--framework ID] [--json | --jsonl] [--html OUT] [--xlsx OUT] [--jobs N] [--quiet]
[--min-severity S] [--lang en] [--strict]``.

Files stream through read → score → audit one at a time, in worker processes (``--jobs``, each file under a
time and memory limit); each finished file goes to a spill file on disk (removed at the end), from which the
reports are written, or straight out as a JSON line (``--jsonl``). Memory stays flat in the number of files.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer

from jixiao.cli.common import EXIT_INPUT, EXIT_OK, EXIT_STRICT, JsonOpt, LangOpt, echo, fail
from jixiao.core.i18n import tr

if TYPE_CHECKING:
    from jixiao.audit.packed import Packed
    from jixiao.audit.result import AuditResult

SEVERITY_CHOICES = ("error", "suspect", "info")


def _severity(value: str) -> str:
    v = value.strip().lower()
    if v not in SEVERITY_CHOICES:
        raise typer.BadParameter(f"{value!r}: 须为 error、suspect 或 info / must be error, suspect or info")
    return v


def _jobs(value: int | None) -> int | None:
    if value is not None and value < 1:
        raise typer.BadParameter(f"{value}: 至少为 1 / at least 1")
    return value


def register(app: typer.Typer) -> None:
    @app.command("audit")
    def audit(
        paths: list[str] = typer.Argument(..., metavar="PATH", help="文件或目录（目录递归读取）/ files or folders (recursive)"),
        framework: str | None = typer.Option(None, "--framework", metavar="ID", help="指定框架 ID / framework id to use"),
        as_json: bool = JsonOpt,
        jsonl: bool = typer.Option(False, "--jsonl", help="每个文件审完即输出一行 JSON / one JSON line per file as it is done"),
        html: str | None = typer.Option(None, "--html", metavar="FILE", help="写出 HTML 报告 / write the HTML report"),
        xlsx: str | None = typer.Option(None, "--xlsx", metavar="FILE", help="写出 xlsx 报告 / write the xlsx report"),
        jobs: int | None = typer.Option(None, "--jobs", "-j", metavar="N", callback=_jobs,
                                        help="并行的工作进程数（默认：可用的核数）/ worker processes (default: cores available)"),
        timeout: float = typer.Option(300.0, "--timeout", metavar="SECONDS", min=1.0, help="每个文件的时限（CPU 秒）/ CPU seconds allowed a file"),
        max_memory: int = typer.Option(2048, "--max-memory", metavar="MB", min=256, help="每个工作进程的内存上限（MB）/ memory limit of a worker (MB)"),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="只输出摘要，不显示进度 / the summary only, no progress"),
        min_severity: str = typer.Option("info", "--min-severity", metavar="error|suspect|info", callback=_severity,
                                         help="列出的最低级别 error、suspect、info / lowest severity listed"),
        lang: str = LangOpt,
        strict: bool = typer.Option(False, "--strict", help="有错误或未能识别的文件时退出码为 1 / exit 1 on errors or files not recognised"),
    ) -> None:
        """审核已发布的文档：重算、比对、标注 / audit published documents: recompute, compare, flag."""
        from jixiao.audit.spill import Spill
        from jixiao.audit.stream import collect, packed_stream, planned
        from jixiao.audit.workers import Limits, available_cores
        from jixiao.report import jsonout, terminal, width
        from jixiao.report.progress import Progress

        if as_json and jsonl:
            fail(tr("--json 与 --jsonl 只能选一个", "--json and --jsonl cannot be used together", lang))
        if framework is not None:
            from jixiao.frameworks import builtin_ids

            if framework not in builtin_ids():
                fail(tr(f"未知框架 {framework}；可用：{', '.join(builtin_ids())}",
                        f"unknown framework {framework}; known: {', '.join(builtin_ids())}", lang))
        plan = planned(paths)
        progress = Progress(len(plan), lang, enabled=None if not quiet else False)
        errors: list[str] = []

        def each(done: Packed) -> None:
            progress.done()
            if done.error:
                errors.append(done.error)
            if done.line is not None:
                sys.stdout.write(done.line + "\n")
                sys.stdout.flush()

        workers = jobs if jobs is not None else available_cores()
        with Spill() as spill:
            # --jsonl alone writes each file as it comes and keeps none: nothing to pickle or spill
            keep = not jsonl or bool(html or xlsx)
            stream = packed_stream(plan, framework, jobs=min(workers, max(1, len(plan))),
                                   limits=Limits(timeout, max_memory), keep_read=bool(html),
                                   on_start=progress.start, lang=lang, min_severity=min_severity, jsonl=jsonl,
                                   keep=keep)
            try:
                result = collect(stream, spill, each)
            finally:
                progress.close()
            for message in errors:
                echo(message, err=True)
            written, failed, notices = _reports(result, html, xlsx, lang)
            for message in failed + notices:
                echo(message, err=True)
            if jsonl:
                sys.stdout.write(jsonout.summary_line(result) + "\n")
            elif as_json:
                jsonout.write_json(result, sys.stdout, lang, min_severity)
            else:
                terminal.render(result, width.console(), lang, min_severity=min_severity, quiet=quiet, written=written)
        if errors or failed:
            raise typer.Exit(EXIT_INPUT)
        if strict and (result.counts()["error"] or result.not_recognised()):
            raise typer.Exit(EXIT_STRICT)
        raise typer.Exit(EXIT_OK)


def _reports(
    result: AuditResult, html: str | None, xlsx: str | None, lang: str
) -> tuple[list[str], list[str], list[str]]:
    """Write the reports asked for: (written, failed, notices). A report that cannot be written (a folder,
    no permission) is one located line; the audit is still shown. A notice says what a writer changed
    (control characters an xlsx cell cannot hold)."""
    from jixiao.report import html as html_report
    from jixiao.report import xlsx as xlsx_report

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
    return written, failed, notices
