"""Transfer self-evaluation reports beyond the first template (``layouts.transfer_kinds``): recognised by the later
template's outline, a 补助经费 title, the old template's sub-heading or a report on the transfer's use; the budget read
whatever its wording (经费, the level between fund and verb, the sum finally sent after a cut, 合计金额); one level's amount
beside other levels' and no total never read as the budget; parts that do not add up found, never an error."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.degrade import pdf_spaces, traditional
from layouts.files import one, write
from layouts.transfer_kinds import BUDGETS, HEADS, TITLES_SAID, UNITS, case, cases, levels, page_wrapped

CASES = cases()
DEGRADES = (lambda s: s, traditional, lambda s: pdf_spaces(s, 3))


def test_every_head_and_wording_is_generated() -> None:
    texts = "\n".join(c.text for c in CASES)
    for wording in (*HEADS, *BUDGETS):
        assert wording.split("{")[0] in texts, wording
    assert len(CASES) == len(HEADS) * len(BUDGETS) * len(UNITS)


@pytest.mark.parametrize("i", range(0, len(CASES), 6))
def test_each_head_and_budget_wording_is_read(tmp_path: Path, i: int) -> None:
    for k, c in enumerate(CASES[i : i + 6]):
        text = DEGRADES[(i + k) % len(DEGRADES)](c.text)
        doc = one(tmp_path, text)
        assert doc.extra.get("layout_family") == "transfer-report-text", text
        total = doc.funds["total"]
        assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (c.budget, c.executed, c.rate), text


@pytest.mark.parametrize("with_total", [False, True])
def test_one_levels_amount_is_never_the_budget(tmp_path: Path, with_total: bool) -> None:
    """中央下达…100万元。省级下达资金30万元。市县下达资金20.5万元。: no budget (a located problem names the 100) unless
    the text prints the total (以上共计下达…150.5万元)."""
    text, budget = levels(with_total)
    doc = one(tmp_path, text)
    assert doc.extra.get("layout_family") == "transfer-report-text"
    total = doc.funds.get("total")
    assert (total.annual_budget.dec if total else None) == budget
    assert with_total or any("100万元只是某一级次" in p.message for p in doc.problems)


@pytest.mark.parametrize("i", [0, 19, 30, 51, 78])
def test_parts_that_do_not_add_up_are_found_and_no_error(tmp_path: Path, i: int) -> None:
    """The budget's parts after 其中 (经费 or 合计金额 wording) ten more than they should be: the budget is still read,
    the audit finds the parts' sum suspect at the total, and no arithmetic error is made of the prose."""
    c = case(i, planted=True)
    assert c.planted and "其中" in c.text
    doc = one(tmp_path, c.text)
    assert doc.funds["total"].annual_budget.dec == c.budget
    findings = audit_paths([str(write(tmp_path, c.text, "b.txt"))]).findings
    assert [f.severity for f in findings if f.kind == "said_parts_sum"] == ["suspect"]
    assert not [f for f in findings if f.severity == "error"]


def test_a_project_reports_outline_stays_a_project_report(tmp_path: Path) -> None:
    """The later outline without its transfer heading (一、基本情况 (一)项目概况) is a project's report, not a transfer's."""
    text = ("示例局2023年度项目支出绩效自评报告\n一、基本情况\n（一）项目概况。\n"
            "2023年，示例项目全年预算资金120万元，实际支出108万元，执行率90%。\n")
    doc = one(tmp_path, text)
    assert doc.extra.get("form") != "transfer"


@pytest.mark.parametrize("said", ["自评得分{}分", "总得分为{}分", "考核得分{}分", "总体评分{}分", "评分结果：{}分", "自评得{}分"])
def test_an_indicators_score_beside_the_total_is_not_the_total(tmp_path: Path, said: str) -> None:
    """预算执行率指标得分为10分 (an indicator's) and the report's total in its own wording: the total is read."""
    c = case(0)
    text = c.text + "三、自评结论\n预算执行率指标得分为10分，产出指标得分为45分。" + said.format("92.5") + "，等级为“优”。\n"
    doc = one(tmp_path, text)
    assert doc.extra.get("layout_family") == "transfer-report-text"
    assert (doc.total_score.dec, doc.grade.value) == (Decimal("92.5"), "优")


@pytest.mark.parametrize("width", [15, 17, 19, 23, 29])
def test_sentences_a_page_wrapped_are_read_whole(tmp_path: Path, width: int) -> None:
    """Every case with its lines cut at the page's width (inside a word: 中央下达示例补助资 / 金120万元; inside a
    number): the figures read as from the unwrapped text."""
    for c in CASES[width % 6 :: 6]:
        text = page_wrapped(c.text, width)
        doc = one(tmp_path, text)
        assert doc.extra.get("layout_family") == "transfer-report-text", text
        total = doc.funds["total"]
        assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (c.budget, c.executed, c.rate), text


@pytest.mark.parametrize("title", TITLES_SAID)
@pytest.mark.parametrize("i", range(0, len(HEADS) * len(BUDGETS), len(HEADS)))
def test_a_title_in_other_words_is_a_transfers_report(tmp_path: Path, title: str, i: int) -> None:
    """…一般性转移支付绩效目标完成情况, …中央对地方…资金使用情况的报告, …资金绩效自评情况 over the text, every budget
    wording: a transfer's report, its budget and spending read."""
    c = case(i)
    text = title.format(y=2023) + c.text[c.text.index("2023年，"):]  # the title in place of the case's head
    doc = one(tmp_path, text)
    assert doc.extra.get("layout_family") == "transfer-report-text"
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec) == (c.budget, c.executed)


@pytest.mark.parametrize("passed", ("实际下达各乡镇资金", "最终下达到项目单位资金", "实际下达给各村补助资金", "实际下达至所属单位"))
@pytest.mark.parametrize(("budget", "spent", "rate"), [("100", "80", "80"), ("356.4", "301.25", "84.53")])
def test_the_money_passed_on_is_not_the_budget(tmp_path: Path, passed: str, budget: str, spent: str, rate: str) -> None:
    """实际下达 with a recipient after it (各乡镇, 到项目单位) is what the county passed on, never the grant it received
    (review 2 finding 3): the budget is the grant, the report's own rate kept."""
    text = ("某县2023年度农村综合改革转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n"
            f"2023年中央下达我县农村综合改革转移支付资金{budget}万元，用于村级公益事业建设。\n二、绩效目标完成情况分析\n"
            f"截至2023年12月31日，{passed}{spent}万元，已支出{spent}万元，预算执行率为{rate}%。\n"
            "三、自评结论\n经自评，该转移支付资金自评得分92分，等级为优。\n")
    total = one(tmp_path, text).funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (Decimal(budget), Decimal(spent),
                                                                             Decimal(rate))


@pytest.mark.parametrize(("scale", "said"), [("自评得分90分以上为优秀，80-90分为良好", None), ("自评得分85分以上为优秀", None),
                                             ("自评得分90分以上为优秀，80-90分为良好。经自评，自评得分86.5分", Decimal("86.5"))])
def test_a_scales_threshold_is_never_the_transfers_score(tmp_path: Path, scale: str, said: Decimal | None) -> None:
    """The transfer's total read by the one reader of a report's total and its guards (review 2 finding 14): a scale's
    band (自评得分90分以上为优秀) is no score; a score stated beside it still is."""
    text = ("某县2023年度农村综合改革转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n"
            "2023年中央下达我县农村综合改革转移支付资金100万元，用于村级公益事业建设。\n二、绩效目标完成情况分析\n"
            "截至2023年12月31日，已支出95万元，预算执行率为95%。\n"
            f"三、自评结论\n按照评分办法，{scale}。经自评，本次转移支付绩效自评等级为良好。\n")
    doc = one(tmp_path, text)
    assert doc.total_score.dec == said and doc.grade.value == "良好"


@pytest.mark.parametrize("k", range(4))
def test_spending_worded_as_a_total_and_the_share_paid_out(tmp_path: Path, k: int) -> None:
    """共计使用资金 (never the budget's 共计…资金), 全年执行, 全年共支付; 拨付率 / 发放率 / 使用率 / 报账率 as the rate."""
    from layouts.transfer_prose import RATES_PAID, SPENDING_MORE

    said = SPENDING_MORE[k % len(SPENDING_MORE)].format('108万元')
    text = ("示例县2023年度示例补助资金绩效自评报告\n一、绩效目标分解下达情况\n2023年上级下达我县示例补助资金120万元。\n"
            f"二、绩效情况分析\n截至年底，{said}，{RATES_PAID[k].format('90')}。\n")
    total = one(tmp_path, text).funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (120, 108, 90)
