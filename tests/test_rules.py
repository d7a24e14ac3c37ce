"""The scoring rules reproduce the seeds' published figures from the seeds' inputs.

Where a seed's published figure is not what its own rule gives, the test asserts the recomputed value and
names the published one in a comment.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.core.rounding import Rounding
from jixiao.rules import RULES, RuleContext, RuleInputError

CTX = RuleContext()  # 四舍五入, 2 decimals for rates and scores
TRUNC = RuleContext(rate=Rounding("truncate", 2), score=Rounding("truncate", 2))


def score(name: str, weight: str, params: dict, inputs: dict, ctx: RuleContext = CTX):
    return RULES[name](D(weight), params, inputs, ctx)


def test_every_catalogue_rule_is_registered():
    assert set(RULES) >= {
        "manual", "checklist", "per_violation", "proportional", "range", "threshold", "step_deduction",
        "bands", "qualitative_band", "grade_band", "choice", "relative_best", "ratio_points",
        "compound_band", "execution_rate", "composite",
    }  # fmt: skip


# --- seed 002: 南京市工信局 2024 部门整体绩效自评价 (附件) ------------------------------------------------------

ADJUST = {"formula": "change", "numerator": "adjusted_budget", "denominator": "initial_budget"}
B11 = {
    "base": 0, "direction": "up", "deduct_share": "0.05", "counting": "floor",
    "zero_at": {"op": ">=", "value": 20}, "measure": ADJUST, "label": "预算调整率",
}  # fmt: skip


def test_seed002_b11_budget_adjustment_rate():
    r = score("step_deduction", "2.00", B11, {"initial_budget": "77011000", "adjusted_budget": "93367667.77"})
    assert r.score == D("0.00")
    assert r.explain() == "预算调整率=(93367667.77-77011000)÷77011000×100%=21.24%，扣减2分，不得分"
    en = r.explain("en")
    assert "21.24%" in en and "score 0" in en


def test_seed002_b11_below_the_cut_off_costs_5pct_of_the_weight_per_whole_1pct():
    r = score("step_deduction", "2.00", B11, {"initial_budget": "100", "adjusted_budget": "103.5"})
    assert r.score == D("1.70")  # 3.5% → 3 whole steps × 5% × 2 = 0.3


B12 = {
    "full_at": 100, "over": "zero", "label": "预算执行率",
    "measure": {"formula": "ratio", "numerator": "executed", "denominator": "adjusted_budget"},
}  # fmt: skip


def test_seed002_b12_budget_execution_rate():
    r = score("proportional", "2.00", B12, {"executed": "87877569.18", "adjusted_budget": "93367667.77"})
    assert r.score == D("1.88")
    assert r.explain() == "预算执行率=(87877569.18÷93367667.77)×100%=94.12%，扣减0.12分，得1.88分"
    assert r.explain("en").endswith("0.12 points deducted, score 1.88")


def test_seed002_b12_above_100pct_scores_zero():
    r = score("proportional", "2.00", B12, {"executed": "101", "adjusted_budget": "100"})
    assert r.score == D("0.00")
    assert r.explain().endswith("=101.00%，超过100%，不得分")


B13 = {
    "base": 0, "deduct_share": "0.1", "counting": "floor", "label": "结转结余率",
    "measure": {"numerator": "carry_over", "denominator": "adjusted_budget"},
}  # fmt: skip


def test_seed002_b13_carry_over_rate_counts_whole_percents():
    r = score("step_deduction", "1.00", B13, {"carry_over": "2717710.86", "adjusted_budget": "93367667.77"})
    assert r.score == D("0.80")
    assert r.explain() == "结转结余率=(2717710.86÷93367667.77)×100%=2.91%，扣减0.2分，得0.8分"


@pytest.mark.parametrize(
    ("label", "actual", "budgeted", "rate"),
    [("公用经费控制率", "4464061.48", "4629700", "96.42"), ("三公经费控制率", "528426.05", "553658.77", "95.44")],
)
def test_seed002_b14_b15_control_rates_at_most_100pct(label, actual, budgeted, rate):
    params = {"op": "<=", "limit": 100, "label": label, "measure": {"numerator": "actual", "denominator": "budget"}}
    r = score("threshold", "2.00", params, {"actual": actual, "budget": budgeted})
    assert r.score == D("2.00")
    assert r.explain() == f"{label}=({actual}÷{budgeted})×100%={rate}%，不高于100%，得满分2分"
    over = score("threshold", "2.00", params, {"actual": "100.01", "budget": "100"})
    assert over.score == D("0.00") and "不得分" in over.explain()


E11 = {
    "label": "满意度",
    "bands": [
        {"min": 90, "points": 3}, {"min": 80, "max": 90, "points": "2.5"}, {"min": 70, "max": 80, "points": 2},
        {"min": 60, "max": 70, "points": "1.5"}, {"min": 50, "max": 60, "points": 1}, {"max": 50, "points": 0},
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("value", "points"),
    [("95%", "3"), ("90", "3"), ("89.99", "2.5"), ("80", "2.5"), ("75", "2"), ("60", "1.5"), ("55", "1"),
     ("49.99", "0"), ("0", "0")],
)  # fmt: skip
def test_seed002_e11_satisfaction_bands(value, points):
    r = score("bands", "3.00", E11, {"value": value})
    assert r.score == D(points)
    assert "满意度=" in r.explain()


def test_seed002_a22_manual_deduction():
    r = score("manual", "2.00", {}, {"score": "1.5", "note": "量化程度不足"})
    assert r.score == D("1.5")
    assert r.explain() == "量化程度不足，扣减0.5分，得1.5分"


def test_seed002_a21_checklist_of_three_points():
    params = {"items": ["符合职责", "符合规划", "与预算匹配"]}
    assert score("checklist", "2.00", params, {"missed": []}).score == D("2.00")
    r = score("checklist", "2.00", params, {"missed": ["与预算匹配"]})
    assert r.score == D("1.33")  # 2 × 2/3
    assert "未符合：与预算匹配" in r.explain()


def test_seed002_c13_each_delay_costs_between_01_and_05():
    params = {"deduct_range": ["0.1", "0.5"]}
    assert score("per_violation", "2.00", params, {"count": 0}).score == D("2.00")
    r = score("per_violation", "2.00", params, {"deductions": ["0.3", "0.5"]})
    assert r.score == D("1.20")
    with pytest.raises(RuleInputError, match="不在0.1-0.5分之间"):
        score("per_violation", "2.00", params, {"deductions": ["0.6"]})


# --- seed 003: 宝山区经信委 2016 部门整体支出绩效评价 -------------------------------------------------------------


def test_seed003_b101_execution_rate_each_1pct_below_costs_33pct_of_the_weight():
    params = {
        "base": 100, "direction": "down", "deduct_share": "0.033", "counting": "exact",
        "zero_at": {"op": "<", "value": 70}, "label": "预算执行率",
        "measure": {"numerator": "executed", "denominator": "budget"},
    }  # fmt: skip
    r = score("step_deduction", "2", params, {"executed": "3169.46", "budget": "4241.63"})
    assert r.score == D("0.33")  # published: 74.72%, 扣1.67分, 得0.33分
    assert "74.72%" in r.explain() and "扣减1.67分，得0.33分" in r.explain()
    assert score("step_deduction", "2", params, {"executed": "69", "budget": "100"}).score == 0


B103 = {
    "parts": [
        {"name": "资金结转率", "weight": "0.4", "rule": "step_deduction", "inputs": "carry",
         "params": {"deduct_share": "0.05", "counting": "exact", "max_deduction": "0.4"}},
        {"name": "资金结余率", "weight": "0.6", "rule": "step_deduction", "inputs": "surplus",
         "params": {"deduct_share": "0.05", "counting": "exact", "max_deduction": "0.6"}},
    ]
}  # fmt: skip


def test_seed003_b103_carry_over_and_surplus_composite():
    r = score("composite", "1", B103, {"carry": {"value": "22.17"}, "surplus_value": "1.07"})
    assert r.score == D("0.57")  # published: 结转率22.17% 得0分; 结余率1.07% 得0.57分; 合计0.57
    zh = r.explain()
    assert "资金结转率=22.17%，扣减0.4分，不得分" in zh
    assert "资金结余率=1.07%，扣减0.03分，得0.57分" in zh and zh.endswith("合计扣减0.43分，得0.57分")
    assert "total" in r.explain("en")


def test_composite_parts_must_add_up_to_the_weight():
    with pytest.raises(RuleInputError, match="不等于权重"):
        score("composite", "2", B103, {"carry": {"value": "0"}, "surplus": {"value": "0"}})


def test_seed003_b1041_public_funds_control_rate():
    params = {"base": 100, "deduct_share": "0.01", "counting": "exact",
              "measure": {"numerator": "spent", "denominator": "budget"}}  # fmt: skip
    r = score("step_deduction", "0.75", params, {"spent": "192.46", "budget": "213.68"})
    assert r.score == D("0.75")  # published: 90.07%, 得满分0.75分
    assert "90.07%" in r.explain()


def test_seed003_b1042_three_public_expenses_change_rate():
    params = {"base": 0, "deduct_share": "0.1", "counting": "floor", "zero_at": {"op": ">", "value": 40}}
    assert score("step_deduction", "0.75", params, {"value": "-65.44%"}).score == D("0.75")  # published 0.75
    assert score("step_deduction", "0.75", params, {"value": "41"}).score == D("0")


def test_seed003_b302_fixed_assets_in_use():
    params = {"base": 100, "direction": "down", "deduct_share": "0.05", "counting": "exact",
              "zero_at": {"op": "<", "value": 80}}  # fmt: skip
    r = score("step_deduction", "2", params, {"value": "89.46"})
    # The rule gives 2 − 10.54 × 5% × 2 = 0.946 → 0.95; the seed publishes 扣1.29分，得0.71分 (47.33%),
    # which no reading of "每降低1%扣权重分的5%" produces (floor 1.00, ceiling 0.90).
    assert r.score == D("0.95")


def test_seed003_b4031_staff_control_rate():
    # 小于等于100%为满分，每提高1%扣权重分的10%. The rule text's "高于40%不得分" is copied from B1042:
    # read literally it would zero 79.25%, while the seed publishes 得满分0.5分 — so no zero_at here.
    params = {"base": 100, "deduct_share": "0.1", "counting": "floor"}
    r = score("step_deduction", "0.5", params, {"value": "79.25"})
    assert r.score == D("0.50")


SATISFACTION_003 = {"base": 85, "direction": "down", "deduct_share": "0.01", "counting": "exact",
                    "zero_at": {"op": "<", "value": 60}}  # fmt: skip


@pytest.mark.parametrize("value", ["97.25", "95.67"])
def test_seed003_c2031_c2032_satisfaction_full_at_85pct(value):
    # The report's text says 得满分2分, its tables give the weight 3 and the score 3.
    assert score("step_deduction", "3", SATISFACTION_003, {"value": value}).score == D("3.00")


def test_seed003_satisfaction_below_85_and_below_60():
    assert score("step_deduction", "3", SATISFACTION_003, {"value": "80"}).score == D("2.85")
    assert score("step_deduction", "3", SATISFACTION_003, {"value": "59.9"}).score == D("0.00")


C202 = {"options": {"A级": {"points": 3}, "B级": {"points": "1.5"}, "C级": {"points": "0.5"}, "C级以下": 0}}


def test_seed003_c202_assessment_grade_choice():
    r = score("choice", "3", C202, {"choice": "B级"})
    assert r.score == D("1.5")  # published: 获得B，得1.5分
    assert r.explain() == "选项“B级”，扣减1.5分，得1.5分"
    with pytest.raises(RuleInputError, match="不存在"):
        score("choice", "3", C202, {"choice": "D级"})


def test_seed003_c2011_growth_choice():
    params = {"options": {"增长": {"share": 1}, "基本持平": {"share": "0.5"}, "下降": {"share": 0}}}
    assert score("choice", "4", params, {"choice": "下降"}).score == D("0")  # published 0 分
    assert score("choice", "4", params, {"choice": "基本持平"}).score == D("2.00")


# --- seed 000: 上海 2024 产业和信息化工作考核 --------------------------------------------------------------


def test_seed000_broadband_relative_to_the_best():
    r = score("relative_best", "50", {}, {"value": "480", "peers": ["500", "450", "480"]})
    assert r.score == D("49")  # 4% below the best → a partial 5% counts as one step
    assert "低于最高值4%" in r.explain() and "得49分" in r.explain()
    assert score("relative_best", "50", {}, {"value": "500", "best": "500"}).score == D("50")
    assert score("relative_best", "50", {}, {"value": "475", "best": "500"}).score == D("49")  # exactly 5%
    assert score("relative_best", "50", {}, {"value": "474.99", "best": "500"}).score == D("48")
    assert score("relative_best", "50", {}, {"value": "0", "best": "500"}).score == D("30")


def test_seed000_garage_coverage_ratio():
    r = score("ratio_points", "50", {}, {"numerator": "183", "denominator": "200"})
    assert r.score == D("45.75")
    assert r.explain() == "得分=183÷200×50=45.75分"


CHANGXING = {
    "conditions": ["产值增长高于全市增速", "重大项目推进成效显著"],
    "bands": {2: {"min": 28, "max": 35}, 1: {"min": 21, "max": 27}, 0: {"min": 0, "max": 21, "max_exclusive": True}},
}


def test_seed000_changxing_compound_band():
    both = {"产值增长高于全市增速": True, "重大项目推进成效显著": "是"}
    r = score("compound_band", "35", CHANGXING, {**both, "score": 30})
    assert r.score == D("30")
    assert "（2项）" in r.explain() and "28-35分" in r.explain()
    with pytest.raises(RuleInputError, match="28-35"):
        score("compound_band", "35", CHANGXING, {**both, "score": 27})
    one = {"产值增长高于全市增速": "否", "重大项目推进成效显著": True}
    assert score("compound_band", "35", CHANGXING, {**one, "score": "21"}).score == D("21")
    with pytest.raises(RuleInputError):
        score("compound_band", "35", CHANGXING, {"产值增长高于全市增速": False, "重大项目推进成效显著": 0, "score": 21})


GRADES_10 = {
    "bands": [
        {"band": "完成好", "min": 8, "max": 10},
        {"band": "完成较好", "min": 6, "max": 7},
        {"band": "完成一般", "min": 0, "max": 6, "max_exclusive": True},
    ]
}


def test_seed000_grade_band():
    r = score("grade_band", "10", GRADES_10, {"band": "完成较好", "score": 7})
    assert r.score == D("7")
    assert "完成较好" in r.explain() and "6-7分" in r.explain()
    with pytest.raises(RuleInputError, match="不在"):
        score("grade_band", "10", GRADES_10, {"band": "完成一般", "score": 6})  # 6分以下
    with pytest.raises(RuleInputError, match="超出"):
        score("grade_band", "10", GRADES_10, {"band": "完成好", "score": 11})


# --- execution rate: seed 001 (万元) publishes rate and score truncated -------------------------------------


@pytest.mark.parametrize(
    ("budget", "executed", "rate", "points", "half_up_points"),
    [
        ("1995.03", "1984.00", "99.44", "9.94", "9.95"),
        ("59.80", "30.07", "50.28", "5.02", "5.03"),
        ("35.00", "34.75", "99.28", "9.92", "9.93"),
        ("197.00", "141.15", "71.64", "7.16", "7.17"),
        ("127.70", "103.37", "80.94", "8.09", "8.10"),
    ],
)
def test_seed001_execution_score_truncated(budget, executed, rate, points, half_up_points):
    inputs = {"annual_budget": budget, "executed": executed}
    r = score("execution_rate", "10", {}, inputs, TRUNC)
    assert r.score == D(points)
    zh = r.explain()
    assert f"=({executed}÷{budget})×100%={rate}%（截尾保留2位小数）" in zh and f"={points}分" in zh
    assert score("execution_rate", "10", {}, inputs, CTX).score == D(half_up_points)


def test_seed001_execution_score_capped_at_10_above_100pct():
    r = score("execution_rate", "10.00", {}, {"annual_budget": "187229.00", "executed": "298771.40"}, TRUNC)
    assert r.score == D("10.00")
    assert "=159.57%" in r.explain() and "超过100%按100%计，得满分10分" in r.explain()


def test_execution_rate_from_the_exact_quotient():
    inputs = {"annual_budget": "1995.03", "executed": "1984.00"}
    r = score("execution_rate", "10", {"score_from": "exact_rate"}, inputs, TRUNC)
    assert r.score == D("9.94")  # 10 × 0.99447… truncated
    assert "得分=10×(1984.00÷1995.03)=9.94分" in r.explain()


def test_execution_rate_without_budget_is_an_error():
    with pytest.raises(RuleInputError, match="全年预算数为0"):
        score("execution_rate", "10", {}, {"annual_budget": "0", "executed": "0"})


# --- project form indicators -------------------------------------------------------------------------------


def test_proportional_positive_target_from_the_form_text():
    r = score("proportional", "10", {}, {"target": "=160(份)", "actual": "150.00(份)"})
    assert r.score == D("9.38")
    assert r.explain() == "实际完成值150.00份，目标值160份，得分=10×150.00÷160=9.38分"
    assert score("proportional", "10", {}, {"target": "≥60.00(家)", "actual": "61"}).score == D("10.00")


def test_proportional_reverse_target():
    params = {"direction": "down"}
    assert score("proportional", "10", params, {"target": "<=48小时", "actual": "48"}).score == D("10.00")
    r = score("proportional", "10", params, {"target": "≤2", "actual": "3"})
    assert r.score == D("6.67")
    assert "得分=10×2÷3=6.67分" in r.explain()


def test_range_target():
    assert score("range", "10", {}, {"target": "5-8家", "actual": "6"}).score == D("10.00")
    assert score("range", "10", {}, {"target": "5-8家", "actual": "4"}).score == D("8.00")
    r = score("range", "10", {}, {"target": "5-8家", "actual": "10家"})
    assert r.score == D("8.00")
    assert "高于上限" in r.explain()


QUAL = {
    "bands": [
        {"band": "达成", "min": "0.8", "max": 1},
        {"band": "部分达成", "min": "0.6", "max": "0.8"},
        {"band": "未达成", "min": 0, "max": "0.6"},
    ]
}


def test_qualitative_band_checks_the_evaluator_score():
    r = score("qualitative_band", "10", QUAL, {"band": "部分达成", "score": "7"})
    assert r.score == D("7")
    assert r.explain() == "评价为“部分达成”（6-8分），扣减3分，得7分"
    with pytest.raises(RuleInputError, match="不在“部分达成”档的6-8分内"):
        score("qualitative_band", "10", QUAL, {"band": "部分达成", "score": "9"})
    assert score("qualitative_band", "10", QUAL, {"score": "9"}).explain().startswith("评价为“达成”")


@pytest.mark.parametrize(
    ("name", "params", "inputs", "zh"),
    [
        ("proportional", {}, {"target": "=2(场)"}, "实际完成值"),
        ("execution_rate", {}, {"annual_budget": "10"}, "executed"),
        ("threshold", {"op": "<=", "limit": 100}, {"value": "约九成"}, "不是数字"),
        ("manual", {}, {"score": "3"}, "超出0-2分"),
        ("manual", {"band": [1, "1.5"]}, {"score": "2"}, "不在1-1.5分之间"),
        ("bands", {"bands": [{"min": 50, "points": 1}]}, {"value": "40"}, "不在任何档次内"),
        ("step_deduction", {"deduct_share": "0.1"}, {"value": "1e5"}, "不是数字"),
    ],
)
def test_unusable_inputs_raise_located_bilingual_errors(name, params, inputs, zh):
    with pytest.raises(RuleInputError) as e:
        score(name, "2", params, inputs)
    assert zh in e.value.zh and e.value.en


def test_rounding_is_named_only_when_it_changed_a_value():
    params = {"measure": {"numerator": "a", "denominator": "b"}, "label": "执行率", "over": "zero", "full_at": 100}
    r = score("proportional", "2", params, {"a": "1", "b": "3"}, TRUNC)
    assert r.explain() == "执行率=(1÷3)×100%=33.33%（截尾保留2位小数），扣减1.34分，得0.66分（截尾保留2位小数）"
    exact = score("proportional", "2", params, {"a": "1", "b": "4"}, TRUNC)
    assert "截尾" not in exact.explain()


def test_input_names_follow_the_measure():
    assert RULES["threshold"].input_names({}) == ("value",)
    assert RULES["threshold"].input_names({"measure": B13["measure"]}) == ("carry_over", "adjusted_budget")
    assert RULES["execution_rate"].input_names({}) == ("annual_budget", "executed")


@pytest.mark.parametrize(
    ("code", "weight", "share", "count", "published"),
    [
        ("A102", "3", "0.05", 2, "2.7"),  # 有一项不一致扣权重分5%: 两处不完善, 扣0.3分, 得2.7分
        ("B102", "2", "0.34", 1, "1.32"),  # 依据缺失一条扣权重分34%: 扣0.68分, 得1.32分
        ("B204", "1", "0.1", 2, "0.8"),  # 有一项不符合扣权重分10%: 有2项不符, 扣0.2分, 得0.8分
        ("B301", "1", "0.2", 3, "0.4"),  # 有一项不符合规定扣权重分20%: 存在3点不完善, 扣0.6分, 得0.4分
        ("B501", "4", "0.1", 1, "3.6"),  # 缺失一项扣10%权重分: 存在1项不完善, 扣0.4分, 得3.6分
    ],
)
def test_seed003_deductions_per_shortcoming(code, weight, share, count, published):
    r = score("per_violation", weight, {"deduct_share": share}, {"count": count})
    assert r.score == D(published)
    assert f"得{published}分" in r.explain()


def test_seed003_per_shortcoming_down_to_zero():
    assert score("per_violation", "1", {"deduct_share": "0.2"}, {"count": 7}).score == D("0.00")  # 扣完为止


def test_seed002_d11_two_points_each_half_of_the_weight():
    # ①规上工业增加值增长3.2%，未达到5%，扣3分；②软件业务收入8600亿元，增长7.5%，得3分 → 3.00
    r = score("checklist", "6.00", {"items": ["工业增加值增速5%", "软件业务收入8500亿元"]},
              {"missed": ["工业增加值增速5%"]})  # fmt: skip
    assert r.score == D("3.00")
    assert r.explain() == "共2项评价要点，各占1/2，符合1项（未符合：工业增加值增速5%），扣减3分，得3分"


# --- parameter checks a framework loader runs (beyond names and kinds) -------------------------------------


@pytest.mark.parametrize(
    ("name", "weight", "params"),
    [
        ("step_deduction", "2", B11), ("proportional", "2", B12), ("step_deduction", "1", B13),
        ("bands", "3", E11), ("composite", "1", B103), ("choice", "3", C202), ("compound_band", "35", CHANGXING),
        ("grade_band", "10", GRADES_10), ("qualitative_band", "10", QUAL), ("relative_best", "50", {}),
        ("per_violation", "2", {"deduct_range": ["0.1", "0.5"]}), ("checklist", "2", {"points": 3}),
        ("manual", "10", {"band": [8, 10]}), ("range", "10", {"low": 5, "high": 8}),
        ("threshold", "2", {"op": "<=", "limit": 100}), ("execution_rate", "10", {}),
    ],
)  # fmt: skip
def test_the_seed_parameters_pass_their_checks(name, weight, params):
    assert RULES[name].check_params(D(weight), params) == []


@pytest.mark.parametrize(
    ("name", "weight", "params", "zh"),
    [
        ("step_deduction", "2", {"base": 0}, "deduct_share 或 deduct_points"),
        ("step_deduction", "2", {"deduct_share": "0.1", "zero_at": {"op": "≈", "value": 1}}, "比较符无法识别"),
        ("threshold", "2", {"op": "<=", "limit": 100, "measure": {"numerator": "a"}}, "numerator 和 denominator"),
        ("threshold", "2", {"op": "<=", "limit": 1, "measure": {"numerator": "a", "denominator": "b", "x": 1}},
         "不认识的字段"),
        ("bands", "3", {"bands": [{"min": 80, "points": 3}, {"min": 70, "max": 90, "points": 2}]}, "重叠"),
        ("bands", "3", {"bands": [{"min": 90, "points": 4}]}, "超出0-3"),
        ("bands", "3", {"bands": [{"min": 90}]}, "points 或 share"),
        ("qualitative_band", "10", {"bands": [{"band": "达成", "min": 80, "max": 100}]}, "超出0-1"),
        ("grade_band", "10", {"bands": [{"band": "好", "min": 8, "max": 12}]}, "超出0-10"),
        ("grade_band", "10", {"bands": [{"band": "好", "min": 8, "max": 10}, {"band": "好", "min": 0, "max": 8}]},
         "名称重复"),
        ("compound_band", "35", {"conditions": ["a"], "bands": {2: {"min": 28, "max": 35}}}, "超出条件个数"),
        ("choice", "3", {"options": {"A级": {"points": 5}}}, "超出0-3分"),
        ("composite", "1", {"parts": [{"name": "结转", "weight": "0.4", "rule": "step_deduction"}]}, "不等于权重"),
        ("composite", "1", {"parts": [{"name": "结转", "weight": 1, "rule": "step_deduction",
                                       "params": {"deduct_share": "0.05", "foo": 1}}]}, "没有参数 foo"),
        ("composite", "1", {"parts": [{"name": "结转", "weight": 1, "rule": "step_deduction"}]}, "deduct_share"),
        ("composite", "1", {"parts": [{"name": "结转", "weight": 1, "rule": "nope"}]}, "不可用"),
        ("per_violation", "2", {}, "deduct、deduct_share 或 deduct_range"),
        ("per_violation", "2", {"deduct_range": ["0.5", "0.1"]}, "0 ≤ 最少 ≤ 最多"),
        ("checklist", "2", {"points": 0}, "正整数"),
        ("manual", "10", {"band": [8, 12]}, "≤ 10"),
        ("relative_best", "50", {"step_pct": 0}, "step_pct"),
        ("range", "10", {"low": 5}, "同时给出"),
    ],
)  # fmt: skip
def test_bad_parameters_are_named_when_the_framework_loads(name, weight, params, zh):
    problems = RULES[name].check_params(D(weight), params)
    assert len(problems) == 1 and zh in problems[0][0] and problems[0][1]
