"""A page read from its sentences alone whose table lost its rows' opening pipes (大冶's 项目计划安排表 under the notice
sending the fund): the file is read again with the pipes given back, and the document keeps the table (its 合计 row
as printed), saying it was read so; a page whose open-pipe lines add nothing is left as it was."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.core.records import Document
from jixiao.read import read_path
from jixiao.read.recognise.transfer_amounts import TITLE
from layouts.files import write

_NOTICE = ("根据《省财政厅关于下达2024年省级财政衔接推进乡村振兴补助资金预算的通知》文件精神,省财政厅下达我市财政衔接推进"
           "乡村振兴补助资金{budget}万元,现将项目计划安排情况公示如下。")
_TABLE = [
    "附件:",
    "东县2024年度省级财政衔接推进乡村振兴补助资金项目计划安排表",
    "单位:万元 | |||||||||",
    "序号 | 部门 | 乡镇 | 项目名称 | 建设内容 | 计划投入资金 | 资金来源 | 责任单位 | |||",
    "中央衔接资金 | 省级衔接资金 | 省级财政资金 | 其他资金 | ||||||",
    "合 计 | {total} | 0 | {budget} | 500 | {other} | ||||||",
    "1 | 县农业农村局 | 东镇 | 蔬菜基地提升项目 | 冷链设备采购 | {total} | 0 | {budget} | 500 | {other} | 县农业农村局 |",
]


def _page(budget: str, other: str) -> str:
    total = str(Decimal(budget) + 500 + Decimal(other))
    return "\n".join([_NOTICE.format(budget=budget), *(x.format(total=total, budget=budget, other=other) for x in _TABLE)]) + "\n"


def _total_cells(doc: Document) -> list[list[str]]:
    return [[c.text.strip() for c in r] for t in doc.tables for r in t.rows
            if r and r[0].text.replace(" ", "").strip() == "合计"]


def test_the_table_is_kept_with_its_total_row(tmp_path: Path) -> None:
    for budget, other in (("1000", "1569.7"), ("860", "212.35")):
        (doc,) = read_path(write(tmp_path, _page(budget, other))).documents
        total = str(Decimal(budget) + 500 + Decimal(other))
        rows = _total_cells(doc)
        assert rows and rows[0][1] == total, rows
        assert any("补齐后按表格读取" in p.message for p in doc.problems)


def test_a_page_without_open_pipe_rows_is_read_as_before(tmp_path: Path) -> None:
    (doc,) = read_path(write(tmp_path, _NOTICE.format(budget="1000") + "\n")).documents
    # (no table read: only the amounts its sentences state, ``transfer_amounts``)
    assert [t.title for t in doc.tables] == [TITLE] and not any("补齐后按表格读取" in p.message for p in doc.problems)
