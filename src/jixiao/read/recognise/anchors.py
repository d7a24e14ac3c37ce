"""The words without which a recogniser finds nothing, looked for once in the whole file before it runs.

Each recogniser reads every line of a file, so a text of 50,000 short lines cost about 0.3 ms a line in every one
of them (15 to 35 s in all) even when it holds none of their words. A recogniser named in ``GATES`` runs only when
its words occur in the file's text: all its cells and lines, full width folded (NFKC), with every space, line break
and pipe taken out (a word letter-spaced or wrapped over lines is still found, so the test only ever lets more
through than the recogniser itself would find). The search stops at the first hit.

A gate is the recogniser's own first test, widened: a rule or score table's weight column or weights are named
with 分 or 权 (分值, 权重, 权数, 标准分, 满分, 得分, (5分): ``rulewords.WEIGHT_COLUMNS``, ``labeltree_atoms.WEIGHT_WORDS``),
its labels' reader needs one of ``ruletable_labels._SCORING``'s words, a label tree's header two levels (一级指标 …),
and a 预算/决算, 三公 or 绩效目标表 names itself (its titles, the lines its tables and statements are read by); a
转移支付 document names the transfer, a fund (资金/经费/基金/补助) or its 绩效目标.
``base.safely`` asks before it runs a recogniser's ``recognise``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from jixiao.read.base import FileRead, once

_RULES = re.compile(r"分|权")
GATES: dict[str, re.Pattern[str]] = {  # the recogniser's module → the words it needs
    "accounts": re.compile(r"决算|预算|收支|收入|支出|三公|公务|出国|绩效目标|经费|拨款|目录|财政"),
    **{name: _RULES for name in ("ruletable", "ruletable_numbered", "ruletable_tiers", "ruletable_seqline",
                                 "ruletable_wrapped", "ruletable_flat", "ruletable_stops", "scoretable",
                                 "scoretable_glued", "scoretable_levelcols")},
    "ruletable_labels": re.compile(r"评分|评价|考核|考评|绩效|指标|得分|分值"),
    "labeltree": re.compile(r"级指标"),  # its header names two levels (一级指标 | 二级指标 …: ``find_header``)
    # a 转移支付 form, report, notice or allocation names the transfer, its funds or its targets (``transfer.ANCHOR``,
    # ``transfer_notice.LOOSE``, ``transfer_prose.says``: each of their wordings holds one of these words)
    "transfer": re.compile(r"转移支付|资金|经费|基金|补助|绩效目标"),
    # a form read by its labels names a funds column or a row's points (``bylabels_funds.column``, ``bylabels_rows``)
    "bylabels": re.compile(r"预算|执行|支出|批复|分值|权重|得分"),
}
_GAPS = re.compile(r"[\s|]+")


def _text(fr: FileRead) -> str:
    return _GAPS.sub("", unicodedata.normalize("NFKC", "".join(fr.texts())))


def may_hold(fr: FileRead, read: Callable[[FileRead], object]) -> bool:
    """False when the file's text lacks every word the recogniser ``read`` needs (it would find nothing)."""
    gate = GATES.get(getattr(read, "__module__", "").rpartition(".")[2]) if getattr(read, "__name__", "") == "recognise" \
        else None
    if gate is None:
        return True
    return once(fr, f"anchor:{gate.pattern}", lambda: gate.search(once(fr, "anchor_text", lambda: _text(fr))) is not None)
