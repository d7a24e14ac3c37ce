"""The 三公 sums a 情况说明 states beside its table: the text's own total against the text's own items.

A 三公 table is usually followed by its 说明, which states the total and then, after 其中, each item ("…“三公”经费
支出预算为11.52万元,增长0%。其中:因公出国(境)费支出预算为0万元,公务接待费支出预算为11.52万元,公务用车购置及运行费
支出预算为35万元"). The table's identities are checked on the table and the text's amounts against the table's cells
(``accounts.text``); but where the table leaves a cell blank (a whole not printed, a cell lost) or the text misstates
a total the table does not print, only the text's own arithmetic shows it. So each line of the 说明 that states one
三公 total and each item once is checked as a text statement is (``sangong_text_sums._identities``: an error when its
figures stand on that one line, a suspect when gathered from lines apart) — where the table does not print them all:
where it does, the text's amounts are held against its cells, which say which figure is wrong, and the text's sum
would blame its total for an item's slip. A 说明 that is itself read as the document's notes (no table) is checked
there, not here.
"""

from __future__ import annotations

from jixiao.accounts.identity import Ctx
from jixiao.accounts.model import AccountRow, Accounts
from jixiao.accounts.sangong import TOTAL
from jixiao.accounts.sangong_text import stated_sangong
from jixiao.accounts.sangong_text_sums import _identities, _one_each
from jixiao.core.findings import Finding
from jixiao.core.source import Source


def told_sums(ctx: Ctx, acc: Accounts, body: list[tuple[str, Source]]) -> list[Finding]:
    """The findings of the 说明's own 三公 sums, line by line, for a document holding a 三公 table."""
    if not any(t.kind == "three_public" for t in acc.tables) or any(
            t.kind == "notes" and any(r.item for r in t.rows) for t in acc.tables):
        return []
    stated = stated_sangong(body, leads=False)
    if stated is None:
        return []
    lines: dict[int, list[AccountRow]] = {}
    for r in stated.rows:
        if r.item and r.source.line is not None:
            lines.setdefault(r.source.line, []).append(r)
    printed = _printed(acc)
    out: list[Finding] = []
    for _, group in sorted(lines.items()):
        # every figure of the set printed in the table too: the text's amounts are held against the table's cells
        # (``accounts.text``), which say which one is wrong; the text's own sum adds nothing there
        if _one_each(group) and any(r.item == TOTAL for r in group) and not all(r.item in printed for r in group):
            out.extend(f for f in _identities(ctx, group, "") if f.severity != "info")
    return out


def _printed(acc: Accounts) -> set[str]:
    """The 三公 items a table of the document prints a figure for in its own column (not blank, not unsure)."""
    from jixiao.accounts.sangong_rates import this_column  # (it builds on the 三公 checks: a late import)

    out: set[str] = set()
    for t in acc.tables:
        col = this_column(t) if t.kind == "three_public" else None
        for r in t.rows if col else []:
            if r.item and col and col not in r.unsure and r.get(col).dec is not None:
                out.add(r.item)
    return out
