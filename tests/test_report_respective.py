"""A report that scores its indicators in one breath (``reportrespective``): 产出指标、效益指标和满意度指标分别得45分、28分、
10分, …得分分别为…, …分别自评得分…, the names joined by 、 or 和, the scores by 、 ， or 和, 分 after each score or the
last only; generated with invented scores, two to four names: each indicator's score is read (half read, no sum
checked) and the report's total stays its own; 分别为 alone (weights perhaps) and lists of unequal length give none."""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.core.records import HALF_READ
from jixiao.read import read_path

NAMES = ("产出指标", "效益指标", "满意度指标", "成本指标")
WORDS = ("分别得", "得分分别为", "分别自评得分", "的得分分别是")
JOINS = ("、", "和")
SCORES = (("、", True), ("，", True), ("、", False), ("和", True))


def _text(count: int, word: str, join: str, scores: tuple[str, bool]) -> tuple[str, list[tuple[str, Decimal]], Decimal]:
    names = NAMES[:count]
    values = [Decimal(40 - 7 * k) + Decimal("0.5") * (k % 2) for k in range(count)]
    listed = "、".join(names[:-1]) + join + names[-1]
    sep, each = scores
    nums = [f"{v}分" if each or k == count - 1 else f"{v}" for k, v in enumerate(values)]
    said = sep.join(nums[:-1]) + (sep if sep != "和" else "和") + nums[-1]
    total = sum(values, Decimal(0)) + 10
    text = ("示例县2023年度示例补助资金绩效自评报告\n一、绩效目标分解下达情况\n全年下达示例补助资金120万元，截至年底实际支出120万元。\n"
            f"二、绩效自评情况\n经自评，{listed}{word}{said}。综合得分{total}分，等级为优。\n")
    return text, list(zip(names, values, strict=True)), total


def _doc(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize(("count", "word", "join", "scores"),
                         list(itertools.product((2, 3, 4), WORDS, JOINS, SCORES)))
def test_the_scores_listed_in_one_breath(tmp_path: Path, count: int, word: str, join: str,
                                         scores: tuple[str, bool]) -> None:
    text, rows, total = _text(count, word, join, scores)
    doc = _doc(tmp_path, text)
    assert [(i.level3.str_, i.score.dec) for i in doc.indicators] == rows
    assert HALF_READ in doc.extra
    assert doc.total_score.dec == total


def test_respectively_alone_may_be_weights(tmp_path: Path) -> None:
    text, _, _ = _text(3, "分别为", "、", ("、", True))
    assert not _doc(tmp_path, text).indicators


def test_lists_of_unequal_length_give_none(tmp_path: Path) -> None:
    text, _, _ = _text(3, "分别得", "、", ("、", True))
    text = text.replace("满意度指标", "满意度指标和成本指标")
    assert not _doc(tmp_path, text).indicators
