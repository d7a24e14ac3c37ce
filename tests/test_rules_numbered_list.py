"""A rule text whose items are one numbered list, each item's weight in its label: "三、考核方法(总分值100分)
(1)财政收入任务考核(25分)。… (2)…(35分)。… (3)…(20分)。…" (a 乡镇财政考评制度 on a document site, a page of session 47,
cut inside its third item). No sum confirms these weights (the fourth item is cut off), so the last-resort reader
read nothing and the file was not recognised. Now a list numbered in order from its first item, three items or more,
each label right after its mark, confirms its items (``ruletable_confirmed._numbered``); the total is not checked on
a list that does not make it (half read). Marks out of order confirm nothing. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from jixiao.read.recognise.ruletable_printed import PRINTED
from layouts.files import write

_ITEMS = [("收入任务完成考核", "30"), ("预算支出进度状况", "40"), ("专项资金管理状况", "15")]


def _text(marks: list[str]) -> str:
    rules = ["以县下达的目标为标准,每少一个百分点扣1分,扣完为止。", "按成效系数法计算。", "以上年实际数为基数按成效系数法计算"]
    body = " ".join(f"{m}{name}({w}分)。{rule}" for m, (name, w), rule in zip(marks, _ITEMS, rules))
    return ("乡镇财政考评制度\n为调动乡镇组织收入的积极性,特制定本办法。 一、考核对象 全县各乡镇。 "
            "二、考核方法(总分值100分) " + body + "\n")


@pytest.mark.parametrize("marks", [["(1)", "(2)", "(3)"], ["1、", "2、", "3、"], ["(一)", "(二)", "(三)"]])
def test_numbered_items_are_rows(tmp_path: Path, marks: list[str]) -> None:
    docs = [d for d in read_path(write(tmp_path, _text(marks))).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    assert [(i.level3.str_, i.weight.dec) for i in docs[0].indicators] == [(n, Decimal(w)) for n, w in _ITEMS]
    found = audit_paths([tmp_path / "form.txt"]).findings
    assert not [f for f in found if f.severity in ("error", "suspect")]  # 85 of 100: the list is cut, not wrong


@pytest.mark.parametrize("marks", [["(1)", "(3)", "(4)"], ["(2)", "(3)", "(4)"], ["(1)", "2、", "(3)"]])
def test_marks_out_of_order_confirm_nothing(tmp_path: Path, marks: list[str]) -> None:
    """Nothing confirmed: the items' weights are read as printed and said unconfirmed (``ruletable_printed``)."""
    docs = [d for d in read_path(write(tmp_path, _text(marks))).documents if d.type == "assessment_rules"]
    assert [d.extra.get(PRINTED) for d in docs] == [True]
    assert [(i.level3.str_, i.weight.dec) for i in docs[0].indicators] == [(n, Decimal(w)) for n, w in _ITEMS]
