"""The column labels of a form's indicator block read from its text stream (``recognise.streamindicators``).

Which columns the block has, in order, as the field names of ``formspec.STREAM_INDICATOR_COLUMNS`` (target,
actual, weight, score …): labels whose words a wrap cut apart are joined and read again (``cut_apart``), a header row
printed above the level labels is read too (``header_above``), and the two rows are made one
(``merged_header``: 指标性质 / 指标值 / 度量单位 under 年度指标值).
"""

from __future__ import annotations

import re

from jixiao.core.records import Problem
from jixiao.read.recognise.colmodel import INDICATORS, new_label, read_by_order
from jixiao.read.recognise.formspec import LEVEL1, STREAM_INDICATOR_COLUMNS, alias
from jixiao.read.recognise.streamlevels import level2_label, lost_first_level
from jixiao.read.recognise.tokens import TEMPLATE_MARK, Token, is_value

# 偏差原因 / 分析及 / 改进措施: pieces of the reason column's label, cut by a wrap or split off at the label 偏差原因
REASON_PART = re.compile(r"[偏差原因分析及和与改进措施]{2,8}")
_COLUMN_LABELS = re.compile("|".join(re.escape(a) for a, _ in sorted(STREAM_INDICATOR_COLUMNS, key=lambda x: -len(x[0]))))


def cut_apart(toks: list[Token], k: int) -> tuple[int, list[str | None], list[Token]] | None:
    """Column labels whose words break inside them (年度 / 指标值实际 / 完成值分 / 值得 / 分偏差原因): the short
    words up to the first row joined and read as labels again, a word between them that no alias knows as None
    (given apart, for the column model); None when they hold no two labels."""
    end = k
    while end < min(len(toks), k + 8):
        x = toks[end].text
        if len(x) > 10 or is_value(x) or any(x.startswith(a) for a in LEVEL1) or level2_label(x) is not None \
                or TEMPLATE_MARK.match(x) or lost_first_level(toks, end, None) is not None:
            break  # the rows begin: a level label, a numbered name (指标1:…), a first level's weight alone (50分)
        end += 1
    joined = "".join(t.text for t in toks[k:end])
    cols: list[str | None] = []
    words: list[Token] = []
    at = 0
    for m in _COLUMN_LABELS.finditer(joined):
        if _new(gap := joined[at : m.start()]):
            cols.append(None)
            words.append(Token(gap, toks[k].source))
        if (c := alias(m.group(0), STREAM_INDICATOR_COLUMNS)) is not None:
            cols.append(c)
        at = m.end()
    return (end, cols, words) if len([c for c in cols if c]) >= 2 else None


def header_above(toks: list[Token], start: int) -> list[str]:
    """Column labels of a header row printed above the level labels (绩效指标 | 年度指标值 | 实际完成值 …)."""
    out: list[str] = []
    k = start - 1
    while k >= 0 and start - k <= 12:
        x = toks[k].text
        c = alias(x, STREAM_INDICATOR_COLUMNS)
        if c in ("level1", "level2", "level3") or c is None and out[:1] != ["reason"] and REASON_PART.fullmatch(x):
            k -= 1  # the level labels, and the end of 偏差原因分析及改进措施 split off its label
            continue
        if c is None:
            break
        out.insert(0, c)
        k -= 1
    return out


def merged_header(upper: list[str], lower: list[str]) -> list[str]:
    """Two header rows as one: the lower row's 指标性质 / 指标值 / 度量单位 sit under the upper row's 年度指标值. A weight
    column the upper row names left of the level labels, where the lower row has its own, is the levels' (自评权重)."""
    if not upper:
        return lower
    if "weight" in lower:  # 自评权重 | 二级指标 | … | 分值 | 得分: a weight above the level labels is the level's
        upper = [c for c in upper if c != "weight"]
    out: list[str] = []
    for c in upper:
        if c == "target" and "target" in lower:
            out.extend(x for x in lower if x in ("nature", "target", "unit"))
        elif c not in out:
            out.append(c)
    out.extend(x for x in lower if x not in out)
    return out


def _new(text: str) -> bool:
    """A header word that is a label no alias knows (``colmodel.new_label``), not a piece of 偏差原因分析及改进措施."""
    return new_label(text) and not REASON_PART.fullmatch(text)


def unknown_label(toks: list[Token], k: int, cols: list[str | None]) -> bool:
    """Token ``k`` is a column label no alias knows: a word among the header's labels (三级指标 read, a known label
    right after it), not a value."""
    return ("level3" in cols and k + 1 < len(toks) and not is_value(toks[k].text) and _new(toks[k].text)
            and alias(toks[k + 1].text, STREAM_INDICATOR_COLUMNS) is not None)


def model(cols: list[str | None], unknown: list[tuple[int | None, Token]],
          problems: list[Problem]) -> tuple[list[str], int | None]:
    """The header's columns with its labels not understood read by the column model (``colmodel``), each reading
    said. A word a wrap's joined labels held that the model cannot read is left out (as it was); a whole token it
    cannot read ends the header where it stood: the columns before it, and its position, are returned."""
    got, stop = read_by_order(cols, [(tok.text, tok.source) for _, tok in unknown], problems, INDICATORS,
                              [at is not None for at, _ in unknown])
    return [c for c in got if c is not None], None if stop is None else unknown[stop][0]
