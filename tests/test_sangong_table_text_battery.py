"""A 三公 决算 table and one sentence of its 说明 in the wordings pages use (each item's share, completion, change on the
budget and on last year in one sentence; the total said with its funds' words): each holds unchanged against the table,
and each figure planted off (an amount or change by 0.10, a rate, share or completion by one point) is found — no
finding on the sentence as written (a share's whole, 占“三公”经费的, is no item of its own; a change before 比上年 is no
amount of this year's; the total's completion said with no budget is held against the table's)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one

TABLE = """2023年度财政拨款“三公”经费支出决算表
单位：万元
| 项目 | 上年决算数 | 预算数 | 决算数 |
| 合计 | 22.00 | 20.00 | 18.60 |
| 1、因公出国（境）费 | 0.00 | 0.00 | 0.00 |
| 2、公务用车购置及运行维护费 | 12.20 | 12.00 | 10.20 |
| （1）公务用车购置费 | 0.00 | 0.00 | 0.00 |
| （2）公务用车运行维护费 | 12.20 | 12.00 | 10.20 |
| 3、公务接待费 | 9.80 | 8.00 | 8.40 |
“三公”经费支出决算情况说明
"""
FIGURES = dict(T="18.60", TB="20.00", TP="22.00", TD="3.40", TR="15.45", V="10.20", VD="2.00", VR="16.39", VS="54.84",
               VE="1.80", VC="85.00", R="8.40", RD="1.40", RR="14.29", RE="0.40", RC="105.00", RS="45.16",
               TC="93.00")
SENTENCES = [
    "2023年度“三公”经费支出决算{T}万元，比上年减少{TD}万元，下降{TR}%。",
    "2023年“三公”经费财政拨款支出{T}万元，其中：因公出国（境）费0万元；公务用车购置及运行维护费{V}万元；公务接待费{R}万元。",
    "公务接待费支出决算{R}万元，占“三公”经费的{RS}%，完成预算的{RC}%，比预算增加{RE}万元，比上年减少{RD}万元，下降{RR}%。",
    "公务用车购置及运行维护费支出决算{V}万元，占{VS}%，比预算减少{VE}万元，完成预算的{VC}%，比上年减少{VD}万元，下降{VR}%。",
    "“三公”经费决算数{T}万元，比年初预算{TB}万元减少1.40万元，比上年{TP}万元减少{TD}万元。",
    "2023年度“三公”经费支出决算{T}万元，完成年初预算的{TC}%，比上年减少{TD}万元。",
    "“三公”经费支出{T}万元，比上年减少{TD}万元，占年初预算的{TC}%。",
]


def _found(tmp_path: Path, sentence: str) -> list[str]:
    doc = one(tmp_path, TABLE + sentence + "\n", "sangong")
    return [f"{f.kind} {f.reported}" for f in check_accounts(doc) if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_each_sentence_holds_against_its_table(tmp_path: Path, sentence: str) -> None:
    assert _found(tmp_path, sentence.format(**FIGURES)) == []


@pytest.mark.parametrize(("sentence", "planted"), [(s, k) for s in SENTENCES for k in FIGURES if "{" + k + "}" in s])
def test_each_figure_planted_off_is_found(tmp_path: Path, sentence: str, planted: str) -> None:
    figures = dict(FIGURES)
    step = Decimal(1) if planted.endswith(("R", "C", "S")) else Decimal("0.10")
    figures[planted] = str(Decimal(figures[planted]) + step)
    assert _found(tmp_path, sentence.format(**figures))
