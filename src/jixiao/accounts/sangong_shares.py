"""A 三公 item's share said without its amount ("“公车”支出占2010年全部“三公”支出的61%", the amounts said in the sentence
before: "…“三公”支出合计94.7亿元。…车辆购置及运行费61.69亿元,…"): the share is the item's one amount in the text over
the total's one amount, on the share's own line where it states each once, else in the whole text. Only where the
text states each once (or always alike): with two years' or two stages' figures the words do not say which pair the
share is of, and nothing is said. ``suspect``: the two figures are
gathered from where the text states them, not from the share's own words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from jixiao.accounts.identity import Ctx
from jixiao.accounts.model import TO_WAN, AccountTable, clean_name
from jixiao.accounts.sangong import TOTAL, item_of
from jixiao.accounts.sangong_text import AMOUNT
from jixiao.accounts.text_rates import pct, pct_finding
from jixiao.core.findings import Finding
from jixiao.core.rounding import rate_allowed
from jixiao.core.source import Source

# the item's words right before 占 (no amount between: a share said with its amount is ``text_shares``'), the whole
# the 占 phrase names, the share
_SHARE = re.compile(r"([^\d。；;，,:：、()（）]{2,24}?)占([^,，。;；%]{1,24}?)的?(?:比重|比例)?[为是达]?\s*"
                    r"(\d+(?:\.\d+)?)\s*[%％]")


def item_shares(ctx: Ctx, t: AccountTable, body: list[tuple[str, Source]]) -> Iterable[Finding | None]:
    """Each share an item's words state of the 三公 whole, against the text's one amount of each."""
    def one(item: str, line: int | None = None) -> tuple[Decimal, str] | None:
        said = {((v.dec or Decimal(0)) * TO_WAN.get(r.unit or "万元", Decimal(1)), f"{v.text}{r.unit or '万元'}")
                for r in t.rows if r.item == item and (v := r.get(AMOUNT)).dec is not None
                and (line is None or r.source is not None and r.source.line == line)}
        return next(iter(said)) if len({d for d, _ in said}) == 1 else None

    def pair(item: str, line: int | None) -> tuple[tuple[Decimal, str], tuple[Decimal, str]] | None:
        """The item's and the total's one amount each: on the share's own line where it states both once (a
        round-up of many departments' figures: 中央's 2010 total beside 国税's), else in the whole text."""
        for at in (line, None):
            whole, part = one(TOTAL, at), one(item, at)
            if whole is not None and whole[0] and part is not None:
                return part, whole
        return None

    for x, s in body:
        for m in _SHARE.finditer(x):
            item = item_of(clean_name(m.group(1)))
            if item in (None, TOTAL) or "三公" not in m.group(2) or (got := pair(item, s.line)) is None:
                continue
            part, whole = got
            quoted = m.group(3)
            yield pct_finding(ctx, "text_percent", [(x, s)], quoted, pct(part[0], whole[0], quoted),
                              f"{part[1]} ÷ {whole[1]} × 100%", "suspect", (f"{clean_name(m.group(1))}占比", "share"),
                              (part[0], whole[0]), rate_allowed(quoted, part[0], whole[0]))
