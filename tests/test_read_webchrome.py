"""A web page's chrome around a document (neighbour links, related articles, tools, footer, download lines) is not
the document: a budget's page whose 下一篇 names a 部门决算 or a 绩效自评表 is still read as the budget with its figures,
and a cited title (《地方预决算公开操作规程》) does not make a budget's text a final account's (generators:
``tests/layouts/budget_prose.py``, ``tests/layouts/targets.py``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.stagewords import says_final
from jixiao.read import read_path
from jixiao.read.webchrome import chrome_lines
from layouts.budget_prose import budget_prose
from layouts.targets import SHAPES, funds, text

_NEIGHBOURS = ["上一篇：县农业农村局2022年部门决算公开", "下一篇：县水利局2023年度项目支出绩效自评表"]
_RELATED = ["相关文章", "县教育体育局2024年部门预算公开", "县卫生健康局2023年部门整体支出绩效自评报告",
            "关于下达2024年中央财政衔接推进乡村振兴补助资金的通知", "2023年度财政重点绩效评价指标体系及评分标准",
            "县人民政府办公室2023年“三公”经费决算公开"]
_FOOTER = ["扫一扫在手机打开当前页", "【打印本页】 【关闭窗口】", "主办单位：县人民政府办公室 网站标识码：5300000000",
           "1.绩效自评表.xls（下载次数：12）"]


def test_chrome_lines() -> None:
    lines = ["部门预算说明", *_NEIGHBOURS, *_RELATED, *_FOOTER]
    assert chrome_lines(lines) == set(range(1, len(lines)))


@pytest.mark.parametrize(("lines", "chrome"), [
    (["相关文章", "一般公共预算支出1,234.56万元，比上年增长3.2%。"], {0}),  # a sentence with an amount ends a list
    (["相关文章", "| 项目名称 | 社区养老服务补助 |"], {0}),  # a table row is never a link
    (["附件", "1.收支总表", "2.收入总表"], set()),  # a document's own attachments
    (["相关文件", "县财政局关于2024年部门预算的批复"], set()),
    (["2024年部门预算.pdf"], set()),  # a document-sharing page's title
    (["上一篇的结论见第三部分"], set()),
])
def test_content_is_never_chrome(lines: list[str], chrome: set[int]) -> None:
    assert chrome_lines(lines) == chrome


@pytest.mark.parametrize("seed", range(1, 5))
def test_a_budgets_page_naming_other_documents_is_the_budgets(tmp_path: Path, seed: int) -> None:
    p = budget_prose(seed)
    f = tmp_path / "page.txt"
    f.write_text("\n".join(["首页 > 政务公开 > 财政预决算", *p.lines, *_NEIGHBOURS, *_RELATED, *_FOOTER]) + "\n",
                 encoding="utf-8")
    docs = read_path(f).documents
    assert [(d.type, d.extra["accounts"].stage) for d in docs] == [("budget_disclosure", "budget")]
    stated = {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows}
    assert stated["一般公共预算支出"] == p.total and stated["基本支出"] == p.basic


@pytest.mark.parametrize("shape", SHAPES)
def test_a_target_tables_page_with_related_articles(tmp_path: Path, shape: str) -> None:
    f = tmp_path / "target.txt"
    f.write_text(text(9, shape) + "\n".join([*_NEIGHBOURS, *_RELATED]) + "\n", encoding="utf-8")
    docs = [d for d in read_path(f).documents if d.type == "budget_disclosure"]
    assert len(docs) == 1
    assert [(r.name, r.get("金额").dec) for r in docs[0].extra["accounts"].tables[0].rows] == funds(9)


def test_a_cited_title_says_no_stage(tmp_path: Path) -> None:
    """A text of revenue and spending says neither stage in its heading; its opening cites 《地方预决算公开操作规程》,
    whose 预决算 is not this text's 决算 (before, it was read as a final account)."""
    f = tmp_path / "cited.txt"
    f.write_text("\n".join([
        "按照《中华人民共和国预算法》和《地方预决算公开操作规程》的要求，现将本单位有关情况公开如下：", "2024年部门收支情况",
        "2024年本部门收入合计1,234.56万元，其中：一般公共预算拨款收入1,200.00万元，其他收入34.56万元。",
        "2024年本部门支出合计1,234.56万元，其中：基本支出1,000.00万元，项目支出234.56万元。"]) + "\n", encoding="utf-8")
    docs = read_path(f).documents
    assert [(d.type, d.extra["accounts"].stage) for d in docs] == [("budget_disclosure", "budget")]
    assert {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows}["基本支出"] == Decimal("1000.00")


def test_stage_words() -> None:
    assert not says_final("按照《地方预决算公开操作规程》，现将预决算情况公开：本年预算支出")
    assert says_final("2023年度部门决算说明：决算支出较年初预算增加，决算数")
