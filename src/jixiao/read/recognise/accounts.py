"""Recogniser (filled in by its issue)."""

from __future__ import annotations

from jixiao.core.records import Document
from jixiao.read.base import FileRead


def recognise(fr: FileRead) -> list[Document]:
    return []
