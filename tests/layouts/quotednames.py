"""Rule lists whose item names quote a phrase (落实“一河一策”方案情况) in any of the quote marks texts print: “” in
simplified texts, 『』 and 「」 in traditional ones (and their conversions), ‘’ inside a quotation; a note in brackets
may sit inside the quoted phrase (『一河(湖)一策』)."""

from __future__ import annotations

QUOTES = {"double": "“{q}”", "corner_white": "『{q}』", "corner": "「{q}」", "single": "‘{q}’"}
PHRASES = ("一河一策", "一河(湖)一策", "河长制")


def quoted_list(quote: str, phrase: str) -> tuple[str, list[tuple[str, str]]]:
    """A group of three items, the middle one's name quoting ``phrase``: the page and its (name, weight) rows."""
    quoted = QUOTES[quote].format(q=phrase)
    rows = [("巡河情况", "10"), (f"省级河湖{quoted}方案问题销号情况", "50"), ("水环境质量情况", "40")]
    lines = ["河湖长制工作考核评分细则", "河湖治理重点任务(满分100分)"]
    lines += [f"{k}.{name}({w}分)" for k, (name, w) in enumerate(rows, 1)]
    return "\n".join(lines) + "\n", rows
