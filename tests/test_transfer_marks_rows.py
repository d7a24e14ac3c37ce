"""A transfer's form is known by its funds block split by level of government (省级补助 | 8954.4 beside 市县资金 |
505.94), never by level words in a name or a sentence: a department's project form for a fund named …省级财政补助资金,
on a page whose 三公 statement speaks of 县级财政资金, is the department's project form, its 当年财政拨款 row read
(``transfer_marks.marked``)."""

from __future__ import annotations

from jixiao.read.recognise.transfer_marks import marked
from layouts.archive import STATEMENT

_FORM = ["项目支出绩效自评表", "| 项目名称 | “三支一扶”省级财政补助资金 |", "| 主管部门 | 市人社局 | 实施单位 | 市人社局 |",
         "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
         "| 年度资金总额 | 99.00 | 99.00 | 99.00 | 10 | 100% | 10 |",
         "| 其中：当年财政拨款 | 99.00 | 99.00 | 99.00 | — | — | — |"]


def test_level_words_in_a_name_or_sentence_are_no_mark() -> None:
    sentence = "本单位“三公”经费全部由县级财政资金安排。"
    assert not marked("\n".join([*STATEMENT, sentence, *_FORM]))


def test_a_funds_block_split_by_level_is_a_mark() -> None:
    assert marked("资金情况(万元) 年度资金总额: 9460.34\n其中:省级补助 8954.4\n市县资金 505.94")
    assert marked("| 其中:中央补助 | 100 |\n| 地方资金 | 20 |")
