"""The wordings counties use to state a transfer report's key figures (``layouts.transfer_prose``: budget, spending,
rate, score and grade in every order and unit), read by ``recognise.transfer_prose``; a rate that does not fit its
amounts is suspected, never an arithmetic error, and one that another sum the text states gives is not read as the
budget's."""

from __future__ import annotations

import re
import time
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.source import Source
from jixiao.read.recognise.transfer_prose import read_prose
from jixiao.read.recognise.transfer_text import Flat
from layouts.files import one, write
from layouts.transfer_prose import (
    BUDGETS,
    DATED,
    GRADES,
    HEAD,
    RATES,
    SCORES,
    SPENDING,
    UNITS,
    case,
    paragraphs,
)

CASES = list(paragraphs())
_CJK_PAIR = re.compile(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])")


def _read(text: str) -> tuple[object, ...]:
    flat = Flat.join([(line, Source("t.txt", i + 1)) for i, line in enumerate(text.split("\n"))], "\n")
    p = read_prose(flat)
    assert p is not None
    row = p.block.rows.get("total", {})
    return (*(row[k].dec if k in row else None for k in ("annual_budget", "executed", "rate")),
            p.score.dec if p.score else None, p.grade.value if p.grade else None)


def test_every_wording_is_generated() -> None:
    """The generator meets every wording of every table (and every unit), so that the test below covers them."""
    texts = "\n".join(c.text for c in CASES)
    for table in (BUDGETS, SPENDING, DATED, RATES, SCORES, GRADES):
        for wording in table:
            head = re.split(r"\{", wording)[0]
            assert head in texts, wording
    for unit, b, *_ in UNITS:
        assert b + unit in texts


@pytest.mark.parametrize("i", range(0, len(CASES), 20))
def test_every_wording_in_every_order_is_read(i: int) -> None:
    for c in CASES[i : i + 20]:
        assert _read(c.text) == (c.budget, c.executed, c.rate, c.score, c.grade), c.text


@pytest.mark.parametrize("i", range(0, len(CASES), 29))
def test_the_whole_reader_reads_them_spaced_or_not(tmp_path: Path, i: int) -> None:
    c = CASES[i]
    text = c.text if i % 2 else _CJK_PAIR.sub(" ", c.text)  # (PDF text: a space between every two characters)
    doc = one(tmp_path, text)
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (c.budget, c.executed, c.rate)
    assert (doc.total_score.dec, doc.grade.value) == (c.score, c.grade)
    assert doc.extra.get("layout_family") == "transfer-report-text"


@pytest.mark.parametrize("i", range(0, 60, 7))
def test_a_rate_that_does_not_fit_is_suspected_never_an_error(tmp_path: Path, i: int) -> None:
    """The paragraph states 95% where its amounts make 90% (or 80%), and no other sum it states gives 95%: the rate is
    read as the report's, and the audit suspects it (疑似: the sentences may speak of a sum they do not state), never
    an error."""
    c = case(i, planted=True)
    doc = one(tmp_path, c.text)
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (c.budget, c.executed, Decimal(95))
    path = write(tmp_path, c.text, "again.txt")
    found = audit_paths([str(path)]).findings
    assert not [f for f in found if f.severity == "error"]
    assert [(f.kind, f.severity, f.reported) for f in found if f.kind == "execution_rate"] == [
        ("execution_rate", "suspect", "95%")]
    # (said of the report's words, not of a table it has none of)
    assert [f.message.endswith("文中为95%。") for f in found if f.kind == "execution_rate"] == [True]


def test_a_rate_another_stated_sum_gives_is_not_read_as_the_budgets(tmp_path: Path) -> None:
    """"下达120万元,到位114万元,实际支出108万元,执行率95%": 108 ÷ 114 = 95% (the funds arrived), not 108 ÷ 120 = 90%: the
    rate may be of that sum, so it is not read as the budget's, a located problem says so, and nothing is found."""
    text = ("示例县2023年度中央财政示例补助资金绩效自评报告\n一、绩效目标分解下达情况\n"
            "2023年省财政厅下达示例补助资金120万元，实际到位114万元，截至年底，实际支出108万元，执行率95%。\n")
    doc = one(tmp_path, text)
    assert doc.funds["total"].rate.dec is None
    assert any("执行率" in p.message for p in doc.problems)
    path = write(tmp_path, text, "again.txt")
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize(("said", "want"), [
    # the transfer's name is no spending (安排…转移支付资金X is the budget; 支付资金 inside it is no verb)
    ("2023年安排示例转移支付资金120万元，截至年底，资金使用108万元。", (Decimal(120), Decimal(108))),
    # 执行预算资金 is what was spent, never the budget
    ("2023年下达示例资金120万元，截至年底执行预算资金108万元。", (Decimal(120), Decimal(108))),
    # what was not spent is no spending (未支出资金12万元, 未支付资金…)
    ("2023年下达示例资金120万元，截至年底已支出108万元，未支出资金12万元。", (Decimal(120), Decimal(108))),
    ("2023年下达示例资金120万元，截至年底已支付108万元，未支付资金12万元。", (Decimal(120), Decimal(108))),
])
def test_plain_wordings_never_take_a_name_or_the_other_figure(said: str, want: tuple[Decimal, Decimal]) -> None:
    assert _read(HEAD + said + "\n")[:2] == want


@pytest.mark.parametrize("said", [
    "经自评，预算执行率指标未达标，得分8分。",  # the clause between is no grade's: an indicator's score
    "评价结果分为四个等级，得分90分以上为优。",  # a scale names no grade: its bound is no score
    "经自评，评价结果分为四个等级，得分90分以上为优。",
    "该指标得分10分。",
])
def test_an_indicators_score_or_a_scales_bound_is_no_total(said: str) -> None:
    text = HEAD + "2023年下达示例资金120万元，截至年底实际支出108万元。\n" + said + "\n"
    assert _read(text)[3] is None


@pytest.mark.parametrize("said", [
    "截至年底，实际支出108万元，其中中央资金90万元，省级资金18万元。",  # the spending's parts: no budget
    "2023年示例补助资金120万元，其中：中央100万元，省级30万元。",  # parts that do not add up prove nothing
    # one fund of several: another the text grants is larger
    "下达示例资金500万元，未分解。另下达配套资金120万元。其中100万元、20万元。",
])
def test_a_listed_amount_is_the_budget_only_where_its_parts_prove_a_funds_whole(said: str) -> None:
    assert _read(HEAD + said + "\n")[0] is None


@pytest.mark.parametrize("lead", ["该", "本", "经自评", "经自评，", "评价结果为优", "等级为", "等级为“", "等级为优", "经自评，等级为", ""])
def test_the_score_grammar_stays_linear_on_runs_of_spaces(lead: str) -> None:
    """A run of 10,000 spaces after any start of the score's wording is read in well under a second (white space is
    allowed in one place between two words: never two adjacent optional runs, which make the search exponential)."""
    from jixiao.read.recognise.reportwords import SCORE, SCORE_TOTAL

    text = lead + " " * 10000 + "x得分"
    started = time.perf_counter()
    assert SCORE.search(text) is None and SCORE_TOTAL.search(text) is None
    assert time.perf_counter() - started < 1
