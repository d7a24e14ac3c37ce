"""Amounts in prose reports (``recognise.report``, ``recognise.transfer_prose``): a count after a money label is
never money (专项资金3批次, 累计支付12笔, 已使用1万张); a rate worked against the money arrived is never taken for the
execution rate, and a disagreement among figures read from sentences is a suspicion, never an error; one level's
part is never the whole when another level's part follows in the next sentence; reading stays linear in the text.
"""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import READ_FROM_PROSE
from jixiao.read import read_file, read_path
from jixiao.read.recognise import report
from jixiao.read.recognise.transfer_prose import read_prose
from jixiao.read.recognise.transfer_text import flatten
from layouts.files import one, write

HEAD = "示例局2023年度示例项目支出绩效自评报告\n一、项目资金情况\n"


def _errors(path: Path) -> list[tuple[str, str]]:
    return [(f.kind, f.message) for f in audit_paths([str(path)]).findings if f.severity == "error"]


@pytest.mark.parametrize(("sentence", "budget", "executed", "rate"), [
    # a count of batches between the label and its amount: the amount is the budget, never the count
    ("上级分3批下达专项资金3批次共计80万元，实际支出78万元，执行率97.5%。", "80", "78", "97.5"),
    ("项目资金2批共计120万元，实际支出120万元，执行率100%。", "120", "120", "100"),
    # PDF spaces inside every run of characters (专 项 资 金 3 批 次 共 计 80 万 元)
    ("专 项 资 金 3 批 次 共 计 80 万 元 ， 实 际 支 出 78 万 元 ， 执 行 率 97.5%。", "80", "78", "97.5"),
    # a count of payments after 支付: no spending read, never 12
    ("项目资金80万元，累计支付12笔，执行率100%。", "80", None, "100"),
    # 1万张 is a count of vouchers: the spending is the amount in money after it
    ("项目资金80万元，已使用1万张消费券，实际支出76万元，执行率95%。", "80", "76", "95"),
    # 万 alone before a punctuation mark is money; a label's own unit (万元) makes a bare number money
    ("项目资金80万元，实际支出72万，执行率90%。", "80", "72", "90"),
    ("项目预算资金13.971129万并且全部到位，实际支出13.971129万元。", "13.971129", "13.971129", None),
    ("全年预算数(万元)50，实际支出(万元)45，执行率90%。", "50", "45", "90"),
])
def test_a_count_is_never_money(tmp_path: Path, sentence: str, budget: str, executed: str | None,
                                rate: str | None) -> None:
    path = write(tmp_path, HEAD + sentence + "\n自评得分92分。\n")
    doc = one(tmp_path, HEAD + sentence + "\n自评得分92分。\n", report.TYPE)
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (
        Decimal(budget), None if executed is None else Decimal(executed), None if rate is None else Decimal(rate))
    assert _errors(path) == []


def test_a_rate_of_the_money_arrived_is_a_suspicion_never_an_error(tmp_path: Path) -> None:
    """批复预算100万元，实际到位资金80万元，实际支出80万元，资金执行率100%: 100% is 80 ÷ the 80 arrived; the reading
    cannot tell, so the audit says it as a suspicion (80 ÷ 100 = 80%), never an arithmetic error."""
    text = HEAD + "项目批复预算100万元，实际到位资金80万元，实际支出80万元，资金执行率100%。\n自评得分92分。\n"
    doc = one(tmp_path, text, report.TYPE)
    assert doc.extra[READ_FROM_PROSE]
    path = write(tmp_path, text, "b.txt")
    findings = [(f.kind, f.severity, f.recomputed) for f in audit_paths([str(path)]).findings
                if f.kind == "execution_rate"]
    assert findings == [("execution_rate", "suspect", "80.00%")]
    assert _errors(path) == []


@pytest.mark.parametrize("word", ["资金使用率", "支出进度"])
def test_a_use_rate_beside_money_arrived_is_not_the_execution_rate(tmp_path: Path, word: str) -> None:
    text = HEAD + f"项目年度预算100万元，实际到位资金80万元，已支出40万元，{word}50%。\n自评得分92分。\n"
    total = one(tmp_path, text, report.TYPE).funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (100, 40, None)
    # with no money arrived stated, the same words are the execution rate
    plain = text.replace("实际到位资金80万元，", "")
    total = one(tmp_path, plain, report.TYPE).funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (100, 40, 50)


def test_a_transfer_report_is_marked_read_from_prose(tmp_path: Path) -> None:
    text = ("示例县2023年度示例转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n下达我县资金100万元，"
            "已使用1万张消费券，实际支出90万元，执行率90%。\n")
    docs = read_path(write(tmp_path, text)).documents
    assert [(d.funds["total"].annual_budget.dec, d.funds["total"].executed.dec, bool(d.extra.get(READ_FROM_PROSE)))
            for d in docs] == [(100, 90, True)]


@pytest.mark.parametrize("parts", [
    "本项目中央财政下达资金60万元，实际支出55万元，执行率91.67%。省级配套资金40万元，实际支出40万元。",
    "省级下达资金60万元，实际支出55万元；执行率91.67%。县级配套资金40万元，实际支出40万元。",
])
def test_a_level_part_is_never_the_whole_when_the_next_sentence_has_another(tmp_path: Path, parts: str) -> None:
    docs = read_path(write(tmp_path, HEAD + parts + "\n自评得分92分。\n")).documents
    # (the titled report is recognised, its budget missing: never a part taken for the whole)
    assert [d.funds["total"].annual_budget.dec for d in docs if d.type == report.TYPE] == [None]
    # a level's money with no other part within reach (a heading between) is the project's budget
    alone = HEAD + "本项目中央财政下达资金60万元，实际支出55万元，执行率91.67%。\n二、绩效目标\n省级配套资金40万元。\n"
    assert one(tmp_path, alone, report.TYPE).funds["total"].annual_budget.dec == 60


def _read_time(tmp_path: Path, text: str) -> float:
    fr = read_file(write(tmp_path, text, f"t{len(text)}.txt"))
    start = time.perf_counter()
    report.recognise(fr)
    read_prose(flatten(fr))
    return time.perf_counter() - start


@pytest.mark.parametrize("unit", ["全年预算1万元，", "下达我县资金1万元，", "实际支出2万元，全年预算1万元，"])
def test_reading_stays_linear_in_the_text(tmp_path: Path, unit: str) -> None:
    """Adversarial text (a budget statement, or a total, repeated with no sentence end): four times the text takes
    no more than about four times as long (the reading was quadratic: 9.6 s at 20 KB, 124 s at 80 KB)."""
    head = "示例转移支付资金绩效自评报告\n" + HEAD
    # (the fastest of a few runs: a machine busy with other work slows one run, never all of them)
    small = min(_read_time(tmp_path, head + unit * (10_000 // len(unit))) for _ in range(3))
    large = min(_read_time(tmp_path, head + unit * (40_000 // len(unit))) for _ in range(2))
    assert large <= 6 * small + 0.5, (small, large)
