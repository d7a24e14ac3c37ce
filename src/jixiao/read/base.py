"""What a format reader hands to the recognisers: the tables and body text of one file."""

from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.core.records import Problem
from jixiao.core.source import Source
from jixiao.core.table import Table


@dataclass(slots=True)
class FileRead:
    """One file as read: its tables (in order), its body text lines, and reading problems."""

    source: Source  # the file
    format: str  # "text", "xlsx", "xls", "docx", "html", "pdf"
    tables: list[Table] = field(default_factory=list)
    body: list[tuple[str, Source]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    encoding: str | None = None
