"""Chinese first: every message has a Chinese and an English text; ``lang`` picks one."""

from __future__ import annotations

LANGS = ("zh", "en")


def tr(zh: str, en: str, lang: str = "zh") -> str:
    """Pick the text for ``lang`` ("zh" default, "en")."""
    return en if lang == "en" else zh
