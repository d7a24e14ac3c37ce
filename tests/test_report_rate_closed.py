"""Fresh reports' wordings (session 43), invented figures:

- a rate said in the spending's sentence with what was left unspent ("资金支付18501.096万元,未支703万元,支付率95%"),
  the budget in another sentence: spending + unspent = budget ties the three, so a rate that is not spending ÷
  budget is the report contradicting itself, found (``read.recognise.report._left_closes``); before, it was dropped
  as possibly another sum's rate. Without the unspent amount the rate stays unread (a control: so before too);
- the spending said with the fund's own name between (实际执行飞行经费9109.54万元, 云南's) is the spending;
- a 三公 statement titled "关于…“三公”经费2014年预算情况的说明" that states no total is a 三公 statement
  (四川省财政厅's; before: not recognised)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path


def _write(tmp_path: Path, lines: list[str]) -> str:
    p = tmp_path / "report.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(p)


def _report(rate: str, left: bool = True) -> list[str]:
    # 30000 = 28812.5 + 1187.5; 28812.5 ÷ 30000 = 96.04%
    spent = "资金支付28812.5万元," + ("未支1187.5万元," if left else "") + f"支付率{rate}。"
    return ["东山县乡村振兴项目绩效自评报告", "一、项目基本情况", "(一)资金安排情况",
            "2031年,用于巩固拓展脱贫攻坚成果和乡村振兴建设任务安排资金30000万元。其中,央省20000万元、县级10000万元。",
            "二、绩效目标完成情况分析", "(一)预算执行进度情况分析。", f"2031年,巩固拓展脱贫攻坚成果和乡村振兴建设任务{spent}"]


def _rate_findings(path: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.severity, f.reported, f.recomputed) for f in audit_paths([path]).findings if f.kind == "execution_rate"]


def test_a_rate_tied_to_the_budget_by_what_was_left_is_checked(tmp_path: Path) -> None:
    assert _rate_findings(_write(tmp_path, _report("96.04%"))) == []
    assert _rate_findings(_write(tmp_path, _report("94.04%"))) == [("suspect", "94.04%", "96.04%")]
    # (the control: no unspent amount, nothing ties the rate to the budget's sentence)
    assert _rate_findings(_write(tmp_path, _report("94.04%", left=False))) == []


# the spending with the fund's own name between (实际执行飞行经费, 云南's); 执行 and 支付 in one verb (已执行支付2668万元,
# 天津 蓟州's: session 52, before it no spending was read)
SPENDING_WORDS = [
    (["东山省应急管理厅2031年度中央对地方转移支付预算执行绩效自评报告", "一、项目概况",
      "中央自然灾害救灾资金安排7800万元,用于航空护林飞行费用。", "二、项目实施情况",
      "(1)项目资金执行情况。实际执行飞行经费7410万元,结余390万元。项目执行率95%。"], ("7800", "7410", "95%")),
    (["东山市视频监控转移支付2031年度绩效自评报告", "一、绩效目标分解下达情况",
      "2031年中央下达我市视频监控建设转移支付预算1520.4万元。", "2.资金执行情况分析;",
      "2031年度该项目资金1520.4万元,已执行支付1398万元,全部用于项目建设费用支出,执行率91.95%。"],
     ("1520.4", "1398", "91.95%")),
]


@pytest.mark.parametrize(("lines", "read"), SPENDING_WORDS, ids=["fund_name_between", "executed_and_paid"])
def test_the_spending_in_a_reports_words(tmp_path: Path, lines: list[str], read: tuple[str, str, str]) -> None:
    (doc,) = read_path(_write(tmp_path, lines)).documents
    total = doc.funds["total"]
    assert (total.annual_budget.text, total.executed.text, total.rate.text) == read


@pytest.mark.parametrize("title", ["关于东山县财政局财政拨款“三公”经费2031年预算情况的说明",
                                   "东山县财政局“三公”经费2031年预算情况的说明"])
def test_a_sangong_statement_titled_with_de_shuoming(tmp_path: Path, title: str) -> None:
    lines = [title, "东山县财政局财政拨款“三公”经费2031年预算情况如下:", "一、因公出国(境)经费",
             "2031年预算安排12万元,较2030年预算下降20%,主要原因是严格执行厉行节约的要求。", "二、公务接待费",
             "2031年预算安排35万元,较2030年预算下降12.5%。", "三、公务用车购置及运行维护费",
             "2031年预算安排64万元,较2030年预算基本持平。"]
    (doc,) = read_path(_write(tmp_path, lines)).documents
    assert doc.type == "sangong"
