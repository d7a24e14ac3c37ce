"""A funds row with one number more than its columns, the extra one a repeat of its neighbour ("年度资金总额: 28.1 28.1
28.1 28.1 10 100% 10" under 年初预算数, 全年预算数(A), 全年执行数(B), 分值, 预算执行率(B/A), 得分, 安徽霍山's
transfer form): read without one of the pair when the form's arithmetic confirms the rest, and said so; nothing
placed when it does not, or when the extra number repeats nothing (before: nothing was read from any such row). The
total row printed "分总" (总分 set upright, read bottom up) ends the indicators: no indicator weighing 100
(figures invented)."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.read.recognise.placement import REPEATED, place

COLUMNS = ["initial_budget", "annual_budget", "executed", "weight", "rate", "score"]


def _placed(texts: str) -> tuple[str, dict[str, str]]:
    got = place(texts.split(), COLUMNS)
    return got.how, {k: it.text for k, it in got.values.items()}


def test_a_repeated_number_is_read_once() -> None:
    assert _placed("40.5 40.5 40.5 36.45 10 90% 9") == (REPEATED, {
        "initial_budget": "40.5", "annual_budget": "40.5", "executed": "36.45", "weight": "10", "rate": "90%",
        "score": "9"})


def test_no_repeat_or_no_arithmetic_places_nothing() -> None:
    assert _placed("40.5 38 40.5 36.45 10 90% 9")[1] == {}  # the extra number repeats nothing
    assert _placed("50 40.5 40.5 36 10 90% 9")[1] == {}  # without a 40.5: 36 ÷ 40.5 is not 90%


_FORM = """东山县特殊教育补助资金转移支付整体绩效目标自评表
(2031年度)
转移支付(项目)名称 特殊教育补助资金
市级主管部门 东山市教育局
项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 预算执行率(B/A) 得分
年度资金总额: 40.5 40.5 40.5 {executed} 10 90% 9
年度总体目标 年初设定目标 全年实际完成情况
采购教学软件,改善教学条件。 严格按照年初预算执行。
绩效指标 一级
指标
二级指标 三级指标 年度指标值 全年实际完成值 分值 得分 未完成原因和改进措施
数量指标 培智教学软件套数 ≥2套 3套 20 20
质量指标 软件验收合格率 ≥95% 100% 20 20
时效指标 项目完成及时率 ≥95% 100% 20 20
效益
指标
社会效益
指标
特殊教育资源 有所扩大 明显扩大 20 20
满意度指标 服务对象
满意度指标
学生家长满意度 ≥90% 95% 10 10
分总 100 99
"""


def test_the_form_is_read_and_checked(tmp_path: Path) -> None:
    p = tmp_path / "form.txt"
    p.write_text(_FORM.format(executed="36.45"), encoding="utf-8")
    result = audit_paths([str(p)])
    (doc,) = result.files[0].documents
    total = doc.funds["total"]
    assert [v.text for v in (total.annual_budget, total.executed, total.rate, total.score) if v] == [
        "40.5", "36.45", "90%", "9"]
    assert doc.total_score is not None and doc.total_score.text == "99"
    assert [f.kind for f in result.findings if f.severity in ("error", "suspect")] == []
