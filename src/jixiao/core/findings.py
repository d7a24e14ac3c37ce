"""Findings of the audit: kind, severity, location, reported vs recomputed, one sentence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jixiao.core.safetext import bound_fields
from jixiao.core.source import Source

SEVERITIES = ("error", "suspect", "info")  # 错误 / 疑似 / 提示
SEVERITY_RANK = {"error": 0, "suspect": 1, "info": 2}


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # e.g. "execution_rate", "total_sum", "float_artefact"
    severity: str  # one of SEVERITIES
    document: str  # document title or id
    location: Source | None
    message: str  # Chinese, one sentence
    message_en: str = ""
    reported: str | None = None  # as published
    recomputed: str | None = None  # as jixiao computes it
    row: str | None = None  # the form's row (indicator name, table row label)

    def __post_init__(self) -> None:
        bound_fields(self, "message", "message_en", "reported", "recomputed", "row", "document")

    def text(self, lang: str = "zh") -> str:
        return self.message_en if lang == "en" and self.message_en else self.message

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": self.severity,
            "document": self.document,
            "location": self.location.to_json() if self.location else None,
            "row": self.row,
            "reported": self.reported,
            "recomputed": self.recomputed,
            "message": self.text(lang),
        }
