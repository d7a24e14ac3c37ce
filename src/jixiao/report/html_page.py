"""The HTML report's page (``report.html``): where each finding is shown, once, with its anchor and number; and
the small pieces every part of the page writes with (escaping, a severity's tag, a kind's CSS id)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from html import escape
from pathlib import Path

from jixiao.audit.engine import AuditResult, FileAudit
from jixiao.core.findings import SEVERITIES, Finding
from jixiao.core.i18n import tr
from jixiao.core.source import Source
from jixiao.report.labels import kind_name, severity_name


def esc(x: object) -> str:
    return escape("" if x is None else str(x))


def css_id(code: str) -> str:
    return re.sub(r"[^a-z0-9_]", "_", code.lower())


def sev_tag(s: str, lang: str) -> str:
    return f'<span class="sev {s}">{esc(severity_name(s, lang))}</span>'


def worst_severity(fs: Iterable[Finding]) -> str | None:
    sev = {f.severity for f in fs}
    return next((s for s in SEVERITIES if s in sev), None)


class Page:
    """Where each finding is shown: once, with ``id="f-K-I"`` (file K, its I-th finding), at the first place
    that takes it; ``number`` is its place in the report (1, 2, …), shown as [n] beside a recomputed value."""

    def __init__(self, result: AuditResult, lang: str, base: Path | None) -> None:
        self.result, self.lang, self.base = result, lang, base
        self.k = 0
        self.index: dict[Finding, int] = {}
        self.offset = 0
        self.placed: set[int] = set()

    def file(self, k: int, fa: FileAudit, offset: int) -> None:
        """Start file ``k``: its findings are numbered from ``offset + 1``."""
        self.k, self.offset, self.placed = k, offset, set()
        self.index = {}
        for i, f in enumerate(fa.findings):
            self.index.setdefault(f, i)

    def anchor(self, f: Finding) -> str:
        return f"f-{self.k}-{self.index[f]}"

    def number(self, f: Finding) -> int:
        return self.offset + self.index[f] + 1

    def take(self, fs: Iterable[Finding]) -> list[Finding]:
        out = [f for f in fs if f in self.index and self.index[f] not in self.placed]
        self.placed.update(self.index[f] for f in out)
        return out

    def path(self, p: str) -> str:
        """``p`` relative to the report's folder (as given when the report is not written to a file)."""
        if self.base is None:
            return Path(p).as_posix()
        try:
            return Path(os.path.relpath(Path(p).resolve(), self.base.resolve())).as_posix()
        except ValueError:  # another drive
            return Path(p).name

    def where(self, src: Source | None) -> str:
        if src is None:
            return ""
        return f'<a class="loc" href="{esc(self.path(src.file))}">{esc(src.where())}</a>'

    def finding(self, f: Finding, tag: str = "div") -> str:
        nums = ""
        if f.reported or f.recomputed:
            nums = (f' <span class="muted">{tr("发布", "reported", self.lang)} {esc(f.reported or "—")} → '
                    f'{tr("重算", "recomputed", self.lang)} {esc(f.recomputed or "—")}</span>')
        return (f'<{tag} class="fd s-{f.severity} k-{css_id(f.kind)}" id="{self.anchor(f)}">[{self.number(f)}] '
                f"{sev_tag(f.severity, self.lang)} <b>{esc(kind_name(f.kind, self.lang))}</b> {esc(f.text(self.lang))}{nums} "
                f'<span class="muted">{self.where(f.location)}</span></{tag}>')
