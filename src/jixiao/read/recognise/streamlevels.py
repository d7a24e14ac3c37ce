"""The level labels of an indicator block read from a text stream (``recognise.streamindicators``).

A first-level label (产出指标, 效益指标 …) with its weight printed in it or in the next cell (产出指标(50分)),
a second-level label (数量指标 …), and the labels that go missing: a form whose first-level cells were
images, or merged cells the conversion dropped, keeps only their weights, ``(50分)`` on a line of its own.
Such a weight is the first level of the second levels that follow it, by meaning (数量/质量/时效/成本指标
are 产出指标, 经济/社会/生态效益 and 可持续影响 are 效益指标: ``formspec.FIRST_LEVEL_OF``). 成本指标 is a
first level in the newer template and a second level under 产出指标 in the older one: it is read as a
second level inside a first level already open, unless its own weight is printed with it; among second
levels that print their weights too, by the room its first level leaves or what follows it (``cost_is_first``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.read.recognise.formspec import FIRST_LEVEL_OF, LEVEL1, LEVEL2
from jixiao.read.recognise.tokens import Token

WEIGHT_IN_LABEL = re.compile(r"\(?(\d+(?:\.\d+)?)分\)?")
_LONE_WEIGHT = re.compile(r"\((\d+(?:\.\d+)?)分\)")
_COST_SECOND = ("经济成本指标", "社会成本指标", "生态环境成本指标")  # the newer template's second levels of 成本指标


def level2_label(x: str, weighted: bool = False) -> str | None:
    """The second-level label ``x`` states (数量指标, 经济效益 …), else None. A weight printed with it (数量指标(20分))
    is a second level's unless the label can be a first level's (满意度指标(10分), 成本指标(10分)), which it is
    then, except among second levels that print their weights (``weighted``)."""
    if x.endswith("分)"):
        b = bare(x)
        x = b if weighted or not any(b.startswith(a) for a in LEVEL1) else x
    return next((a for a in LEVEL2 if x == a or (x.startswith(a) and len(x) <= len(a) + 2)), None)


def level1_label(x: str, nxt: str, level1: Token | None, level2: Token | None) -> str | None:
    """The first-level label ``x`` states (its weight may follow in ``nxt``), else None. 成本指标 inside an
    open first level, or after a second level of 产出指标 whose first-level label was lost, is a second level
    unless its own weight is printed with it or a 成本 second level (经济成本指标 …) follows it."""
    l1 = next((a for a in LEVEL1 if x.startswith(a) and len(x) <= len(a) + 8), None)
    if l1 == "成本指标" and not WEIGHT_IN_LABEL.search(x + nxt) and not nxt.startswith(_COST_SECOND) and (
            level1 is not None or level2 is not None
            and FIRST_LEVEL_OF.get(bare(level2.text)) == "产出指标"):
        return None
    return l1


def bare(label: str) -> str:
    """A level label without the weight printed in it (数量指标(11分) → 数量指标)."""
    return WEIGHT_IN_LABEL.sub("", label, count=1)



def cost_is_first(toks: list[Token], k: int, room: Decimal | None) -> bool | None:
    """成本指标(N分) at ``k`` among second levels that print their weights: a first level (the newer template,
    True) or a second level of the open first level (the older, False); None when nothing tells. ``room``
    is the open first level's printed weight less its second levels' weights so far (None: not printed).
    By the room: N fits in it, a second level; it does not, a first. By what follows: a 成本 second level
    (经济成本指标 …), a first level; a row right under it, a second. Where the two disagree, nothing tells."""
    w = WEIGHT_IN_LABEL.search(toks[k].text)
    j = k + 1
    if w is None and j < len(toks) and (w := WEIGHT_IN_LABEL.fullmatch(toks[j].text)) is not None:
        j += 1
    after = toks[j].text if j < len(toks) else ""
    by_room = None if room is None or w is None else Decimal(w.group(1)) > room
    row = after and level2_label(after) is None and level1_label(after, "", None, None) is None \
        and _LONE_WEIGHT.fullmatch(after) is None
    by_next = True if after.startswith(_COST_SECOND) else False if row else None
    if by_room is None or by_next is None or by_room == by_next:
        return by_next if by_room is None else by_room
    return None


def lost_first_level(toks: list[Token], k: int, level1: Token | None) -> tuple[str, Decimal] | None:
    """A first level's weight standing alone at ``k`` (``(50分)``: its label lost) before a second-level
    label: the first level that second level belongs to and the weight. None when the cell is something
    else, or when that first level is already the open one (its label was read)."""
    m = _LONE_WEIGHT.fullmatch(toks[k].text)
    if m is None or k + 1 >= len(toks):
        return None
    l2 = level2_label(toks[k + 1].text)
    first = FIRST_LEVEL_OF.get(l2) if l2 is not None else None
    if first is None or (level1 is not None and level1.text.startswith(first)):
        return None
    return first, Decimal(m.group(1))


_APART = {"产出指标": "效益指标", "效益指标": "产出指标"}  # first levels whose second levels never mix


def changed_first_level(level1: Token | None, level2: str) -> str | None:
    """The first level a second-level label shows has begun although its own label was lost (社会效益指标 after
    rows of 产出指标: 效益指标 has begun), else None. 满意度 is left where it stands: the older forms put
    服务对象满意度指标 under 效益指标."""
    first = FIRST_LEVEL_OF.get(level2)
    if level1 is None or first is None:
        return None
    now = next((k for k in _APART if level1.text.startswith(k)), None)
    return first if now is not None and _APART[now] == first else None


# level labels and the template's numbering a converter ran onto the start of a row (满意度 / 指标服务对象 /
# 满意度指 / 标演出人员满意度…: 满意度指标, 服务对象满意度指标, then the row), longest first
_LEADING = re.compile("^(?:" + "|".join(re.escape(a) for a in sorted(
    {a for a in (*LEVEL1, *LEVEL2) if a.endswith("指标")}, key=len, reverse=True)) + r"|指标\d*[:：]?)")


def leading_labels(text: str) -> tuple[list[str], str]:
    """The level labels (and 指标1: marks between them) at the start of ``text``, and the rest; a mark that
    follows the last label is the name's own (指标1:工程完工率) and stays with it. A level's weight printed with
    its label (数量指标(20分)) is the level's, not the row's: it goes with the label, left out of both."""
    labels: list[str] = []
    raw: list[str] = []  # the labels as they stood, their weights with them
    while (m := _LEADING.match(text)) is not None and m.end() < len(text):
        labels.append(m.group(0))
        text = text[m.end() :]
        w = _LONE_WEIGHT.match(text) if m.group(0).endswith("指标") else None
        raw.append(m.group(0) + (w.group(0) if w is not None and w.end() < len(text) else ""))
        text = text[len(raw[-1]) - len(m.group(0)) :]
    while labels and not labels[-1].endswith("指标"):
        labels.pop()
        text = raw.pop() + text
    return (labels, text) if any(a in LEVEL1 or a in LEVEL2 for a in labels) else ([], "".join(raw) + text)
