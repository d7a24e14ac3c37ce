"""Small helpers every check uses: naming a document, building a finding, writing numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, fmt_plain, normalize_text
from jixiao.core.records import Document, Val
from jixiao.core.source import Source
from jixiao.core.table import Table

NAME_KEYS = ("项目名称", "政策名称", "单位名称", "部门名称")
_SPACE = re.compile(r"\s+")
_SPACE_IN_NUMBER = re.compile(r"(?<=[\d,.])\s+(?=[\d,.])")


def doc_name(doc: Document) -> str:
    """The name a reader recognises: the project or policy name, else the title, else the file."""
    for key in NAME_KEYS:
        v = doc.header.get(key)
        if v is not None and v.str_:
            return v.str_
    return doc.title or doc.source.file


def num(value: Decimal | None) -> str | None:
    """A Decimal as people write it (no exponent), or None."""
    return None if value is None else fmt_plain(value)


def loc(*vals: Val | Source | None) -> Source | None:
    """The first source among values and sources."""
    for v in vals:
        if isinstance(v, Source):
            return v
        if isinstance(v, Val) and v.source is not None:
            return v.source
    return None


def finding(
    kind: str,
    severity: str,
    document: str,
    location: Source | None,
    zh: str,
    en: str,
    reported: object = None,
    recomputed: object = None,
    row: str | None = None,
) -> Finding:
    def text(x: object) -> str | None:
        if x is None:
            return None
        if isinstance(x, Decimal):
            return fmt_plain(x)
        return str(x)

    return Finding(
        kind=kind,
        severity=severity,
        document=document,
        location=location,
        message=zh,
        message_en=en,
        reported=text(reported),
        recomputed=text(recomputed),
        row=row,
    )


def percent(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    """``part ÷ whole × 100``, exact (an execution rate: 实际支出 ÷ 调整后预算); None when either is missing
    or the whole is not positive, so there is no rate to recompute."""
    if part is None or whole is None or whole <= 0:
        return None
    return part / whole * HUNDRED


def squash_numbers(text: str) -> str:
    """Running text as the checks read it: normalised (``normalize_text``: full-width forms, OCR sign slips)
    and PDF extraction's spaces inside numbers undone: ``7701 1000`` → ``77011000``, ``8, 787.76`` → ``8,787.76``."""
    return _SPACE_IN_NUMBER.sub("", normalize_text(text))


def pct(value: Decimal) -> str:
    """A percentage as written in the forms: 94.12%."""
    return f"{fmt_plain(value)}%"


def mentions(tables: Sequence[Table], body: Sequence[tuple[str, Source]], *words: str) -> bool:
    """Whether every one of ``words`` stands in the file's text (cells and body lines joined, white space
    removed, so a word split over cells or spaced out still counts): a cheap test that lets a file-level check
    skip the files it cannot apply to."""
    parts = [c.text for t in tables for row in t.rows for c in row if c.text]
    parts += [text for text, _ in body]
    squashed = _SPACE.sub("", "".join(parts))
    return all(w in squashed for w in words)
