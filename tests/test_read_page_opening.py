"""What a page puts before a transfer's news or notice is not its text: the article's line of fields (发布时间：…
来源：… 浏览次数：…) and a sentence that only introduces the text (按照《预算法》…的要求，现将有关情况公开如下：). Before,
the line of fields was joined to the news's first sentence (its amounts then read as several, none chosen) and the
introducing sentence stood where the text's title or first sentence is looked for, so the text was read as a budget's
prose titled by the introduction, or not at all."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from jixiao.read.webchrome import chrome_line

_NEWS = ("近日,中央财政下达2024年某某事业发展补助资金8.6亿元,支持各地做好某某工作。加上已提前下达的15.2亿元,"
         "2024年中央财政某某事业发展补助资金23.8亿元已全部下达,由各地统筹用于相关支出。\n"
         "中央财政补助资金采用因素法分配,对工作绩效好的省份给予倾斜支持。\n")
_NOTICE = ("关于下达2024年某县水利救灾资金的通知\n各乡镇人民政府:\n现将2024年某县水利救灾资金350万元下达你们,"
           "请按规定用于水毁工程修复。\n某县财政局\n2024年6月3日\n")


@pytest.mark.parametrize("line", ["发布时间：2024-09-12 16:30 来源：县财政局 浏览次数：328",
                                  "来源：县财政局 浏览次数：328", "2024-09-12 16:30来源:某县政府 文字大小:[ ] 背景色:"])
def test_the_articles_line_of_fields_is_chrome(line: str) -> None:
    assert chrome_line(line)


@pytest.mark.parametrize("line", ["日期：2024-01-01 金额：300万元", "来源：县财政局",
                                  "作者：张三 来源：人民日报 2024年预算收入100万元,增长5%", "项目名称：某某 实施单位：某局"])
def test_content_with_labels_is_not(line: str) -> None:
    assert not chrome_line(line)


@pytest.mark.parametrize(("opening", "text", "budget"), [
    ("来源：县财政局 浏览次数：328\n", _NEWS, Decimal("23.8")),
    ("按照《中华人民共和国预算法》和《地方预决算公开操作规程》的要求，现将本单位有关情况公开如下：\n", _NEWS,
     Decimal("23.8")),
    ("按照《中华人民共和国预算法》和《地方预决算公开操作规程》的要求，现将本单位有关情况公开如下：\n", _NOTICE,
     Decimal("350")),
])
def test_the_transfer_is_read_after_what_opens_the_page(tmp_path: Path, opening: str, text: str,
                                                        budget: Decimal) -> None:
    p = tmp_path / "news.txt"
    p.write_text(opening + text, encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["project_self_evaluation"], [(d.type, d.title) for d in docs]
    assert docs[0].funds["total"].annual_budget.dec == budget


_STATEMENT = ("县档案馆2023年“三公”经费预算情况说明\n2023年“三公”经费财政拨款预算数为3.50万元，其中：因公出国（境）费0万元，"
              "公务接待费1.20万元，公务用车购置及运行维护费2.30万元（其中：公务用车购置费0万元，公务用车运行维护费2.30万元）。\n\n")


_EXECUTION = ("1-6月中央、省下达至我县的直达资金总量21.36亿元(其中共同财政事权转移支付3.12亿元,一般性转移支付0.84亿元,"
              "专项转移支付17.4亿元),支出金额5.12亿元,分配进度100%,支出进度23.97%。\n")


def test_a_fund_after_another_units_sangong_statement_is_read_too(tmp_path: Path) -> None:
    """A page listing its disclosures: a 三公 statement, then a fund's news read by what its sentences say, on the lines
    the statement leaves (its 3.50 is never the fund's). Before, the file gave the statement alone."""
    p = tmp_path / "page.txt"
    p.write_text(_STATEMENT + _EXECUTION, encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["sangong", "project_self_evaluation"], [(d.type, d.title) for d in docs]
    total = docs[1].funds["total"]
    assert (total.annual_budget.dec, total.executed.dec) == (Decimal("21.36"), Decimal("5.12"))


@pytest.mark.parametrize("text", [
    "EN https://www.gov.cn/ 财政部:2024年中央财政某某发展资金512.30亿元 全部下达 2024-06-27 09:07 来源: 财政部网站 字号: 默认 "
    "近日,财政部安排拨付中央财政某某发展资金212.30亿元,加上2023年12月提前下达的300亿元,至此,2024年中央财政某某发展资金"
    "512.30亿元已全部下达。",
    "1-5月中央、省下达至我区的直达资金总量19.56亿元(其中共同财政事权转移支付2.79亿元,一般性转移支付0.67亿元,专项转移支付"
    "16.1亿元),支出金额4.54亿元,分配进度100%,支出进度23.2%。这是一条说明文字,用于把全文连成一行。",
])
def test_a_funds_text_run_onto_one_line_is_the_funds(tmp_path: Path, text: str) -> None:
    """A document-sharing page's preview gives the whole text as one line: its title is in its opening words. Before,
    no title line was found, and the text was read as a budget's prose (预算情况（正文）)."""
    p = tmp_path / "one.txt"
    p.write_text(text + " " + "其余内容从略。" * 12, encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["project_self_evaluation"], [(d.type, d.title) for d in docs]


def test_running_headers() -> None:
    from jixiao.read.furniture import running_headers

    lines = ["某局2023年部门决算", "", "某局2023年部门决算", "一、概况", "a", "b", "c", "某局2023年部门决算", "d"]
    assert running_headers(lines) == {7}  # (printed again atop the page: the page's own heading stays)
    forms = ["项目支出绩效自评表", "x", "y", "z", "u", "v", "w", "项目支出绩效自评表"]
    assert running_headers(forms) == set()  # a title naming its table heads each table


def test_a_budgets_page_after_another_units_sangong_statement_is_read_too(tmp_path: Path) -> None:
    """The statement, then a budget's page of its heading and its 目录 (no figure of its own): the budget's heading is
    read on the lines the statement leaves (never the statement's title taken for it). Before, the file gave the
    statement alone: the budget's page was not said at all."""
    p = tmp_path / "page.txt"
    p.write_text(_STATEMENT + "某某学院2023年部门预算信息公开\n目 录\n一、部门主要职责\n二、机构设置情况\n"
                 "三、预算收支及增减变化情况\n四、一般公共预算“三公”经费及增减变化情况\n五、政府采购预算情况\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [(d.type, d.title) for d in docs] == [("sangong", "县档案馆2023年“三公”经费预算情况说明"),
                                                 ("budget_disclosure", "某某学院2023年部门预算信息公开")]


def test_a_funds_text_whose_title_was_lost_opens_on_its_first_section(tmp_path: Path) -> None:
    """The page's title lost (and its 分享: / 字号: tools, page chrome): the text opens on its first section, which names
    the fund (一、直达资金安排及支出总体情况). Before, no title named a fund and the text was not recognised."""
    p = tmp_path / "untitled.txt"
    p.write_text("\n日期:2022-06-10 15:54    来源:区财政局\n\n分享:\n字号:        \n\n一、直达资金安排及支出总体情况\n\n"
                 "截至5月31日,我区共接收中央直达资金指标5000万元,支出1200万元,具体执行情况如下。\n\n"
                 "接收分配共同财政事权转移支付资金3000万元,支出900万元。包括:就业补助资金800万元,已全部支出;优抚对象补助"
                 "经费1200万元,支出100万元;基本药物制度补助资金1000万元,支出0万元。\n\n"
                 "接收分配一般性转移支付资金2000万元,支出300万元。\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["project_self_evaluation"], [(d.type, d.title) for d in docs]
    assert (docs[0].funds["total"].annual_budget.dec, docs[0].funds["total"].executed.dec) == (5000, 1200)
