"""The audit as a stream: paths in, one ``FileAudit`` out per file, in order, as each file is done.

read → recognise → score → audit runs file by file (``engine.audit_one``), in this process (``jobs=0``) or in
worker processes with a time and memory limit each (``jobs`` ≥ 1, ``audit.workers``). Nothing is collected
here: the caller writes each file out (``--jsonl``), spills it (``Spill``) or keeps it (``audit_paths``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from jixiao.audit.engine import absent_path, audit_one, finish
from jixiao.audit.packed import Packed, pack, unpack
from jixiao.audit.result import AuditResult, FileAudit, Totals
from jixiao.audit.spill import Spill
from jixiao.audit.workers import Limits, guarded, run_in_workers

T = TypeVar("T")


def _failed(path: str, zh: str, en: str) -> FileAudit:
    """A file its worker gave up on (time, memory, a crash): a located error, and not recognised."""
    return finish(FileAudit(path, None, [], error=f"{path}: {zh}", error_en=f"{path}: {en}"))


def _audit_packed(path: str, framework: str | None, keep_read: bool, lang: str, min_severity: str,
                  jsonl: bool, keep: bool) -> Packed:
    return pack(audit_one(path, framework, keep_read), lang, min_severity, jsonl, keep)


def _failed_packed(lang: str, min_severity: str, jsonl: bool, keep: bool, path: str, zh: str, en: str) -> Packed:
    return pack(_failed(path, zh, en), lang, min_severity, jsonl, keep)


def warm(framework: str | None = None) -> None:
    """Load what every file needs (the built-in frameworks, the readers of text) once, before workers fork."""
    from jixiao.audit.choose import framework_of, pick_framework  # noqa: F401
    from jixiao.audit.pickling import register_audit_records
    from jixiao.frameworks import builtin_ids

    register_audit_records()  # files come back from the workers several times faster

    for fid in builtin_ids():
        framework_of(fid)
    if framework:
        framework_of(framework)
    import jixiao.read.recognise  # noqa: F401
    import jixiao.read.text  # noqa: F401


def planned(paths: Iterable[str]) -> list[FileAudit | str]:
    """What the run will do, in order: a path to audit, or a path already known to be unusable (absent, a
    folder with nothing to read) as a file with a located error. Each folder is walked once, and its files
    kept as text (a province's 100,000 ``Path`` objects are not)."""
    from jixiao.read import empty_folder, iter_files

    unusable: list[FileAudit | str] = []
    files: list[FileAudit | str] = []
    for p in paths:
        if not Path(p).exists():
            unusable.append(absent_path(p))
            continue
        found = [str(f) for f in iter_files([p])]
        if not found and (e := empty_folder(p)) is not None:
            unusable.append(FileAudit(p, None, [], error=f"{p}: {e.message}", error_en=f"{p}: {e.message_en}"))
        files.extend(found)
    return unusable + files


def audit_stream(
    paths: Iterable[str],
    framework: str | None = None,
    *,
    jobs: int = 0,
    limits: Limits = Limits(),
    keep_read: bool = True,
    on_start: Callable[[str], None] | None = None,
    plan: list[FileAudit | str] | None = None,
) -> Iterator[FileAudit]:
    """Each file audited, in the order of ``planned(paths)`` whatever ``jobs`` is."""
    plan = planned(list(paths)) if plan is None else plan
    yield from (finish(p) for p in plan if isinstance(p, FileAudit))
    work = partial(audit_one, framework=framework, keep_read=keep_read)
    yield from _run([p for p in plan if isinstance(p, str)], work, _failed, framework, jobs, limits, on_start)


def _run(files: list[str], work: Callable[[str], T], failed: Callable[[str, str, str], T], framework: str | None, jobs: int,
         limits: Limits, on_start: Callable[[str], None] | None) -> Iterator[T]:
    """``work`` on each file in order: here when ``jobs`` is 0, else in worker processes (``failed`` stands
    for a file whose worker died or ran out of its limits)."""
    if jobs <= 0:
        for f in files:
            if on_start is not None:
                on_start(f)
            yield guarded(work, failed, f)
        return
    warm(framework)
    yield from run_in_workers(files, work, failed, jobs, limits, on_start)


def packed_stream(
    plan: list[FileAudit | str],
    framework: str | None = None,
    *,
    jobs: int = 0,
    limits: Limits = Limits(),
    keep_read: bool = True,
    on_start: Callable[[str], None] | None = None,
    lang: str = "zh",
    min_severity: str = "info",
    jsonl: bool = False,
    keep: bool = True,
) -> Iterator[Packed]:
    """``audit_stream``, each file packed where it was audited (``audit.packed``: in the worker with
    ``jobs`` ≥ 1), with its ``--jsonl`` line when ``jsonl``, pickled for the reports when ``keep``."""
    opts = (lang, min_severity, jsonl, keep)
    yield from (pack(finish(p), *opts) for p in plan if isinstance(p, FileAudit))
    work = partial(_audit_packed, framework=framework, keep_read=keep_read, lang=lang, min_severity=min_severity,
                   jsonl=jsonl, keep=keep)
    yield from _run([p for p in plan if isinstance(p, str)], work, partial(_failed_packed, *opts), framework, jobs,
                    limits, on_start)


def collect(stream: Iterable[FileAudit | Packed], spill: Spill | None = None,
            each: Callable[[Any], None] | None = None) -> AuditResult:
    """The result of a stream of files, audited or packed: held in memory, or on disk in ``spill`` (the
    caller closes it). Files packed without their record (``keep=False``) are counted, not kept."""
    totals = Totals()
    held: list[FileAudit] = []
    for x in stream:
        if each is not None:
            each(x)
        if isinstance(x, FileAudit):
            totals.add(x)
            if spill is not None:
                spill.append(x)
            else:
                held.append(x)
        else:
            totals.add_tally(x.path, x.tally)
            if not x.blob:
                continue
            if spill is not None:
                spill.append_blob(x.blob)
            else:
                held.append(unpack(x))
    return AuditResult(spill if spill is not None else held, totals)
