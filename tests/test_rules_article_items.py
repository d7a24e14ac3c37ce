"""A rule text written as articles (考核办法: "第四条 规范执收行为情况考核计30分,具体考核内容如下: (一)按照规定…征收的,计4分;…
(二)…,计4分。…": 洞口县非税收入执收工作考核办法, a page of session 47). Its items give their points after their clause
(计N分), no bracket, no column: no reader found a weighted name, and the file was not recognised. Now an item "(一)…,
计N分" is a row named by its clause and the article "第N条 X考核计N分" is their group (``ruletable_confirmed``); as
every candidate, kept only where a sum confirms it (the article's weight) or the items are one list numbered in order.
Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write

_ITEMS = [("按照规定的项目和标准征收的", "8"), ("及时足额收取款项,不擅自缓减免征的", "6"), ("执收程序规范、资料完备的", "6")]
_MARKS = ("(一)", "(二)", "(三)")


def _text(marks: tuple[str, ...], article: str) -> str:
    items = " ".join(f"{m}{name},计{w}分;未按规定执收的,计0分。" for m, (name, w) in zip(marks, _ITEMS))
    return ("某县非税收入执收工作考核办法\n第一条 为规范非税收入执收行为,制定本办法。 第三条 执收工作考核满分为100分。 "
            f"第四条 规范执收行为情况考核计{article}分,具体考核内容如下: " + items + "\n")


@pytest.mark.parametrize(("marks", "article"), [(_MARKS, "20"), (_MARKS, "30"), (("(一)", "(三)", "(二)"), "20")])
def test_article_items_read(tmp_path: Path, marks: tuple[str, ...], article: str) -> None:
    """Confirmed by the article's weight (8 + 6 + 6 = 20), or by the items' numbers in order where the text ends
    before the article's other items (30)."""
    docs = [d for d in read_path(write(tmp_path, _text(marks, article))).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    assert [(i.level3.str_, i.weight.dec) for i in docs[0].indicators] == [(n, Decimal(w)) for n, w in _ITEMS]


def test_unconfirmed_items_read_nothing(tmp_path: Path) -> None:
    """Items out of order that make no article's weight: nothing confirms them."""
    docs = [d for d in read_path(write(tmp_path, _text(("(一)", "(三)", "(二)"), "30"))).documents
            if d.type == "assessment_rules"]
    assert docs == []
