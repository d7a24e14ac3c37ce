"""A funds row's placed numbers written to the document, each with its token's source, and the choice the
placement made said as a problem (several fits, label order, values not read).
"""

from __future__ import annotations

from jixiao.core.records import Document, FundsRow, Problem, Val
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import FUNDS_ROW_ZH, STANDARD_ORDER
from jixiao.read.recognise.placement import REPEATED, Placed
from jixiao.read.recognise.streamfunds_cut import UNREAD, funds_amount
from jixiao.read.recognise.tokens import Token

HOW_ZH = {"by arithmetic": "按表内算术关系确定", "by template": "按表式（分值栏由表式印出）确定",
          "label order": "按栏目顺序", "ambiguous": "无法确定", REPEATED: "去掉一个与相邻数值相同的多余数值后按表内算术关系确定"}


def put(doc: Document, problems: list[Problem], key: str, label: Token, values: list[Token],
        placed: Placed) -> None:
    """One row's placed numbers kept on ``doc.funds`` with the tokens they were read from; how they were placed,
    and what was not read, said on ``problems``."""
    row = doc.funds.setdefault(key, FundsRow())
    src = {funds_amount(v.text) or v.text: v for v in values}
    for col, item in placed.values.items():
        if col not in STANDARD_ORDER:
            continue  # a column the row holds but the record does not (全年预计执行数): placed, not kept
        tok = src.get(item.text)
        text = tok.text if tok is not None else item.text
        if col == UNREAD:
            problems.append(problem(f"{FUNDS_ROW_ZH.get(key, key)}行的数值“{text}”所在栏目的标签未能识别，未读取",
                                    f"the {key} row's '{text}' sits under a column label not understood; "
                                    "not read", tok.source if tok is not None else label.source))
            continue
        setattr(row, col, Val(item.value, text, tok.source if tok is not None else values[0].source))
    name = FUNDS_ROW_ZH.get(key, key)
    texts = " ".join(v.text for v in values)
    if placed.how in ("by arithmetic", "by template") and placed.candidates > 1:
        problems.append(problem(
            f"{name}行的数值“{texts}”有多种对应栏目的方式，{HOW_ZH[placed.how]}",
            f"the {key} row's values '{texts}' fit the columns in several ways; placed {placed.how}",
            label.source))
    elif placed.how == REPEATED:
        problems.append(problem(
            f"{name}行的数值“{texts}”比栏目多一个，多出的是与相邻数值相同的重复数值，{HOW_ZH[REPEATED]}",
            f"the {key} row's values '{texts}' are one more than its columns, a repeat of its neighbour; read "
            "without it, the form's arithmetic confirming the placement", label.source))
    elif placed.how == "label order" and not placed.values:
        problems.append(problem(f"{name}行的数值“{texts}”无法对应栏目，未读取",
                                f"the {key} row's values '{texts}' cannot be placed; not read", label.source))
    elif placed.how == "label order":
        problems.append(problem(
            f"{name}行的数值“{texts}”无论如何对应栏目都不符合表内算术关系，按栏目顺序读取",
            f"the {key} row's values '{texts}' fit no placement the form's arithmetic allows; read in label order",
            label.source))
    if placed.undecided:
        problems.append(problem(
            f"{name}行的数值“{texts}”可对应多个栏目，{'、'.join(placed.undecided)}未读取",
            f"the {key} row's values '{texts}' fit several placements; {', '.join(placed.undecided)} not read",
            label.source))
