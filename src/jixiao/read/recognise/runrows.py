"""Indicator rows whose cells ran together, from a form's tokens: whether a token holds cells run together
(``run_together``), and the rows split back (``indicator_rows``) by ``runsplit``'s reading of their joined
text, each row's values located at the token they came from, the choice recorded as a located problem.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.core.records import IndicatorRow, Problem, Val
from jixiao.core.source import Source
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.runrows_partial import read_prefix
from jixiao.read.recognise.runsplit import CJK, NUMBERED_ROW, read_rows, split_values, unit_at
from jixiao.read.recognise.tokens import TEMPLATE_MARK, Token, by_source

NATURES = ("定性", "定量")  # 指标性质 cells that run onto the name before them


def run_together(text: str) -> bool:
    """Whether one token holds cells run together: a name and then a number (and more) in one token (the
    template's numbering 指标1: before a name is no number of the row)."""
    text = TEMPLATE_MARK.sub("", text, count=1) if TEMPLATE_MARK.match(text) else text
    return len(text) >= 6 and bool(re.search(r"[\u4e00-\u9fff)）]\D*\d", text))


def _numbers_run(text: str) -> bool:
    """Several numbers run together in one token: a percent sign inside it (``20100%100%20``), or two
    decimal points (``13.0013.00``)."""
    return bool(re.fullmatch(r"[\d.%]+", text)) and ("%" in text.rstrip("%") or text.count(".") > 1)


HOW_ZH = {"figures only": "各种拆分的分值和得分一致，名称与指标值的分界无法确定：名称连同指标值读取，指标值和完成值未读取",
          "by arithmetic": "按一级指标分值之和确定", "by shape": "按指标值与完成值写法一致确定",
          "only reading": "只有一种拆分方式"}


def indicator_rows(row: Sequence[Token], order: Sequence[str], level1: Token | None, level2: Token | None,
                   bound: Decimal | None, level_weight: Decimal | None,
                   ) -> tuple[list[IndicatorRow], Problem, list[IndicatorRow], list[Problem]] | None:
    """The indicator rows held by ``row``'s tokens when their cells ran together (None when they did not, or
    when no one reading of them is best: the caller then reads them its usual way and says what it could
    not), the note saying how, and the rows whose 分值 and 得分 were cut from one run of digits (``1010``: 10
    and 10, or the weight 1010 of a form whose 得分 is blank; ``levelsum.unscored_runs`` decides). Tokens from
    different lines or cells are read apart (a line break ends a row); text after a line's last score is that
    row's 偏差原因 when the table has that column. Last, the rows lost: a line's end cut short, after the rows read
    (``runrows_partial``)."""
    fields = [f for f in order if f in ("target", "actual", "weight", "score")]
    if len(row) >= len(fields) + 1 or not any(run_together(t.text) or _numbers_run(t.text) for t in row):
        return None
    groups = by_source(row)
    out: list[IndicatorRow] = []
    glued: list[IndicatorRow] = []
    said: list[str] = []
    hows: set[str] = set()
    lost: list[Problem] = []
    left = ""  # the text of a row the line cut short
    for group in groups:
        found = _group_rows(group, fields, "reason" in order, level1, level2, bound, level_weight, "nature" in order)
        if found is None and left:  # 8535.5亩 on the next line: the rest of the row the line before cut short
            lost[-1] = _cut_short(f"{left}{''.join(t.text for t in group)}", group[-1])
            left = ""
            continue
        if found is None:
            return None
        rows, how, text, cut, left = found
        if left:
            lost.append(_cut_short(left, group[-1]))
        out.extend(rows)
        glued.extend(cut)
        hows.add(how)
        said.append(text[:40])
    how = next(h for h in HOW_ZH if h in hows)
    names = "、".join(r.level3.str_ or "" for r in out)
    texts = "”“".join(said)
    note = problem(f"指标行的单元格连在一起（“{texts}”），拆为{len(out)}行（{names}），{HOW_ZH[how]}",
                   f"indicator cells run together ('{texts}') split into {len(out)} rows ({names}), {how}",
                   row[0].source)
    return out, note, glued, lost


def _cut_short(left: str, at: Token) -> Problem:
    return problem(f"指标行的单元格连在一起，“{left[:40]}”未能拆成完整的行，未读取",
                   f"indicator cells run together: '{left[:40]}' does not split into whole rows; not read", at.source)


def _group_rows(group: list[Token], fields: list[str], reason: bool, level1: Token | None, level2: Token | None,
                bound: Decimal | None, level_weight: Decimal | None,
                nature_column: bool = False) -> tuple[list[IndicatorRow], str, str, list[IndicatorRow], str] | None:
    text = ""
    starts: list[tuple[int, Token]] = []
    for t in group:
        starts.append((len(text), t))
        text += t.text
    text = text.rstrip(".…。")  # a row cut short in the excerpt ("10......")
    tail = ""
    last = max((k for k, ch in enumerate(text) if ch.isdigit()), default=-1)
    if reason and 0 <= last < len(text) - 1 and CJK.search(text[last + 1 :]) and not unit_at(text, last + 1):
        text, tail = text[: last + 1], text[last + 1 :]
    reading = read_rows(text, fields, bound, level_weight)
    left = ""
    if reading is None:
        if tail or (partial := read_prefix(text, fields, bound)) is None:
            return None
        reading, left, text = partial[0], text[partial[1] :], text[: partial[1]]

    def at(offset: int) -> Source:
        return next(t for s, t in reversed(starts) if s <= offset).source

    out: list[IndicatorRow] = []
    cut: list[IndicatorRow] = []  # rows whose weight and score were one run of digits
    texts = [f for f in fields if f in ("target", "actual")]
    for r in reading.rows:
        name = r.name
        if nature_column and name.endswith(NATURES) and len(name) > 2:
            name = name[:-2]  # 服务覆盖面定性: the 指标性质 cell (定性 / 定量) run onto the name
        if reason and out and (m := NUMBERED_ROW.search(name, 1)) is not None:  # 个别人未及时完成任务2:…: the row
            out[-1].deviation_note = Val(name[: m.start()], name[: m.start()], at(r.name_at))  # before's 偏差原因
            name = name[m.start() :]
        ind = IndicatorRow(level1=token_val(level1), level2=token_val(level2), level3=Val(name, name, at(r.name_at)),
                           source=at(r.name_at))
        for field, piece, offset in r.cells:
            if field == "values":
                for f, part in split_values(piece, texts):
                    setattr(ind, f, Val(part, part, at(offset)))
            else:
                setattr(ind, field, Val(Decimal(piece), piece, at(offset)))
        begin = {f: offset for f, _, offset in r.cells}
        weight = r.get("weight")
        if weight is not None and begin.get("score") == begin["weight"] + len(weight):
            cut.append(ind)
        out.append(ind)
    if tail and out:
        out[-1].deviation_note = Val(tail, tail, at(len(text)))
    return out, reading.how, text, cut, left


def token_val(tok: Token | None) -> Val:
    """A token as a value (its text, its source); no token, a missing value."""
    return Val(tok.text, tok.text, tok.source) if tok is not None else Val(None)
