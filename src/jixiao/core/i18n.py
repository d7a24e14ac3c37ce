"""Chinese first: every message has a Chinese and an English text; ``lang`` picks one."""

from __future__ import annotations

LANGS = ("zh", "en")


def tr(zh: str, en: str, lang: str = "zh") -> str:
    """Pick the text for ``lang`` ("zh" default, "en")."""
    return en if lang == "en" else zh


def count_en(n: int, singular: str, plural: str | None = None) -> str:
    """"1 file", "2 files": an English count with the noun in the right number."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"
