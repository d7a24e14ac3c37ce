"""Never silent: a file that gave no document is a finding of its own, with the reason.

A file that could not be read at all, or that was read but in which no document was recognised
(``jixiao.read.recognise.verdict``), is one ``not_recognised`` finding located at the file, so that the
terminal, JSON, HTML and xlsx reports all show it and ``--strict`` fails on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from jixiao.audit.common import finding
from jixiao.core.findings import Finding
from jixiao.core.source import Source

if TYPE_CHECKING:
    from jixiao.audit.result import FileAudit

KIND = "not_recognised"
SEVERITY = "suspect"  # not a mistake in the document, but never to pass as a clean audit


def check_recognised(fa: FileAudit) -> list[Finding]:
    """One finding for a file without any recognised document; none for a file with documents."""
    if fa.documents:
        return []
    name = Path(fa.path).name
    if fa.error:
        zh, en = f"未能识别：{fa.error_text('zh')}", f"not recognised: {fa.error_text('en')}"
        return [finding(KIND, SEVERITY, name, Source(fa.path), zh, en)]
    if fa.read is None:
        return [finding(KIND, SEVERITY, name, Source(fa.path), "未能识别：文件未读取", "not recognised: file not read")]
    from jixiao.read.recognise.verdict import not_recognised

    why = not_recognised(fa.read)
    return [finding(KIND, SEVERITY, name, why.source or Source(fa.path), why.message, why.message_en or why.message)]
