"""The one label table: every code a person may see (document type, severity, finding kind, framework kind,
scoring rule, rounding mode, tie rule, rating), with its Chinese and English name.

Every output (terminal, HTML, xlsx, JSON messages, CLI) names a code through the functions below, so that a
raw code such as ``cross_table`` or ``half_up`` never reaches a reader. An unknown code is shown as itself
(English: with spaces for underscores), never dropped.
"""

from __future__ import annotations

from jixiao.core.i18n import tr

SEVERITIES = {"error": ("错误", "error"), "suspect": ("疑似", "suspect"), "info": ("提示", "info")}

TYPES = {
    "project_self_evaluation": ("项目自评表", "project self-evaluation"),
    "policy_self_evaluation": ("政策自评表", "policy self-evaluation"),
    "dept_evaluation": ("部门整体评价", "department-wide evaluation"),
    "final_accounts": ("部门决算", "final accounts"),
    "budget_disclosure": ("部门预算", "budget disclosure"),
    "sangong": ("三公经费表", "三公 expenses table"),
    "assessment_rules": ("考核评分细则", "assessment rules"),
}

KINDS = {
    "execution_rate": ("执行率", "execution rate"),
    "execution_score": ("执行得分", "execution score"),
    "rounding_convention": ("舍入惯例", "rounding convention"),
    "rounding_departure": ("偏离舍入惯例", "rounding departure"),
    "rate_wrong_row": ("执行率错行", "rate on the wrong row"),
    "funds_sum": ("分项之和", "funds sub-rows sum"),
    "funds_sum_incomplete": ("分项不全", "funds sub-rows incomplete"),
    "funds_parts_sum": ("分项目之和", "sub-programmes' sum"),  # 转移支付 checklists (audit.transfer)
    "said_parts_sum": ("正文所列分项之和", "parts the text lists"),  # 转移支付 prose (audit.transfer_said)
    "transfer_deduction": ("扣除统筹整合后预算", "budget after pooled funds"),
    "over_budget": ("超预算执行", "spent above budget"),
    "weight_sum": ("分值之和", "weights sum"),
    "total_sum": ("总分之和", "total sum"),
    "total_bound": ("总分超出可得", "total above what the rows allow"),
    "detail_sum": ("支出明细之和", "spending detail sum"),
    "funds_balance": ("结余不符", "balance left"),
    "score_bounds": ("得分越界", "score out of bounds"),
    "grade": ("等级不符", "grade"),
    "missing_grade": ("缺等级", "missing grade"),
    "missing_total": ("缺总分", "missing total"),
    "missing_score": ("缺得分", "missing score"),
    "cannot_verify": ("无法核对", "cannot verify"),
    "partial_score": ("部分得分不符", "partial score"),
    "full_score_missed_target": ("未达标却满分", "full marks, target missed"),
    "score_without_actual": ("无实际值却得分", "score without actual"),
    "float_artefact": ("浮点残迹", "float artefact"),
    "low_rate_top_grade": ("低执行率评优", "low rate rated 优"),
    "all_full_marks": ("全部满分", "all full marks"),
    "copied_actuals": ("照抄目标", "actuals copied from targets"),
    "vague_target": ("目标模糊", "vague targets"),
    "missing_reason": ("缺偏差原因", "no deviation reason"),
    "evidence_formula": ("评分过程公式", "evidence formula"),
    "evidence_score": ("评分过程得分", "evidence score"),
    "evidence_arithmetic": ("扣分算术", "deduction arithmetic"),
    "tree_weight": ("层级权重", "tree weights"),
    "tree_score": ("层级得分", "node score"),
    "dept_split_mismatch": ("资金两种分法不一致", "funds split two ways differ"),
    "dept_split_parts": ("资金分项之和", "sum of a funds split"),
    "dept_funds_parts": ("基本支出与项目支出之和", "basic and project spending vs the total"),
    "dept_tasks_total": ("年度主要任务金额合计", "sum of the year's main tasks"),
    "dept_base_rate": ("基础数据表控制率", "base table's staff control rate"),
    "dept_base_sum": ("基础数据表三公经费之和", "base table's 三公 sums"),
    "table_total": ("合计行", "table total"),
    "body_vs_table": ("正文与表格", "text vs table"),
    "body_rate": ("正文执行率", "rate in the text"),
    "figure_mismatch": ("同数异值", "figure quoted differently"),
    "section_total": ("分项得分", "section total"),
    "section_label": ("分项错名", "section mislabelled"),
    "section_points": ("分值之和", "section points"),
    "band_gap": ("格次空档", "band gap"),
    "band_overlap": ("格次边界两读", "band edge read two ways"),
    "ambiguous_formula": ("公式歧义", "ambiguous formula"),
    "unreadable": ("读取问题", "reading problem"),
    "not_recognised": ("未能识别", "not recognised"),
    # final accounts (jixiao.accounts)
    "balance": ("收支平衡", "balance"),
    "blank_column": ("整列为空", "blank column"),
    "code_mismatch": ("编码不一致", "code mismatch"),
    "code_missing_item": ("编码缺项", "code missing"),
    "code_name": ("科目名称", "code name"),
    "code_no_parent": ("缺上级科目", "code without parent"),
    "cross_table": ("跨表不符", "across tables"),
    "empty_table": ("空表无说明", "empty table"),
    "labelled_table": ("按标签读出的表", "table read by its labels"),
    "labelled_sum": ("表内合计不符", "total of a table read by its labels"),
    "missing_value": ("缺数", "missing value"),
    "row_sum": ("行合计", "row sum"),
    "rows_shifted": ("行错位", "rows shifted"),
    "text_amount": ("说明金额不符", "amount in text"),
    "text_percent": ("说明比例不符", "percentage in text"),
    "table_rate": ("表内比率不符", "rate in a table"),
    "text_growth": ("说明增减不符", "change in text"),
    "text_name": ("说明科目名称不符", "item name in text"),
    "text_year": ("说明年度不符", "year in text"),
    "text_compare": ("说明比较不符", "comparison in text"),
    "unit_name": ("单位名称写法不一", "unit name spelt otherwise"),
    "template_leftover": ("模板残留", "template left over"),
    "table_missing": ("缺表", "table missing"),
    "rate_as_fraction": ("执行率为小数", "rate as a fraction"),
    "tree_sum": ("层级合计", "class sums"),
    "related_columns": ("各栏关系", "relations between columns"),
    "compared_growth": ("增长与两年数字不符", "growth against two years' figures"),
    "three_public": ("“三公”经费等式", "三公 identity"),
    "unexplained_variance": ("变动未说明", "unexplained variance"),
}


FRAMEWORK_KINDS = {
    "project": ("项目", "project"),
    "policy": ("政策", "policy"),
    "dept": ("部门整体", "department"),
    "assessment": ("考核", "assessment"),
}

RULE_NAMES = {
    "bands": ("分档", "bands"),
    "checklist": ("逐项检查", "checklist"),
    "choice": ("选项", "choice"),
    "composite": ("组合", "composite"),
    "compound_band": ("复合分档", "compound bands"),
    "execution_rate": ("预算执行率", "execution rate"),
    "grade_band": ("等级分档", "grade bands"),
    "manual": ("酌情给分", "evaluator's score"),
    "per_violation": ("按次扣分", "per violation"),
    "proportional": ("按比例", "proportional"),
    "qualitative_band": ("定性分档", "qualitative bands"),
    "range": ("区间", "range"),
    "ratio_points": ("比率得分", "ratio points"),
    "relative_best": ("与最优比较", "relative to the best"),
    "step_deduction": ("阶梯扣分", "step deduction"),
    "threshold": ("达标线", "threshold"),
}

# 舍入方式: the name alone, and as a verb phrase for "the count is …" (English).
ROUNDING_MODES = {
    "half_up": ("四舍五入", "half-up"),
    "truncate": ("截尾", "truncated"),
    "ceiling": ("向上进位", "rounded up"),
    "floor": ("向下取整", "rounded down"),
    "half_even": ("四舍六入五成双", "half-even"),
    "none": ("不舍入", "not rounded"),
}

TIE_RULES = {
    "exclude": ("并列者均不占名额", "the tied all go without a place"),
    "include": ("并列者均占名额（可超出名额）", "the tied all keep a place (the quota may be exceeded)"),
}

RATINGS = {"优秀": "excellent", "良好": "good", "一般": "fair", "较差": "poor",
           "合格": "pass", "不合格": "fail", "优": "excellent", "良": "good", "中": "fair", "差": "poor"}


def _name(table: dict[str, tuple[str, str]], code: str, lang: str) -> str:
    zh, en = table.get(code, (code, code.replace("_", " ")))
    return tr(zh, en, lang)


def type_name(t: str, lang: str = "zh") -> str:
    return _name(TYPES, t, lang)


def kind_name(k: str, lang: str = "zh") -> str:
    return _name(KINDS, k, lang)


def severity_name(s: str, lang: str = "zh") -> str:
    return _name(SEVERITIES, s, lang)


def framework_kind_name(k: str, lang: str = "zh") -> str:
    return _name(FRAMEWORK_KINDS, k, lang)


def rule_name(r: str, lang: str = "zh") -> str:
    return _name(RULE_NAMES, r, lang)


def mode_name(m: str, lang: str = "zh") -> str:
    return _name(ROUNDING_MODES, m, lang)


def tie_rule_name(t: str, lang: str = "zh") -> str:
    return _name(TIE_RULES, t, lang)


def rating_en(label: str | None) -> str:
    """A rating for English readers: the framework's label with its gloss, "优秀 (excellent)"."""
    return f"{label} ({RATINGS[label]})" if label in RATINGS else str(label)


def rating_name(label: str | None, lang: str = "zh") -> str:
    """A rating (评级/等级) as shown: the label itself in Chinese, glossed in English; "—" when there is none."""
    if not label:
        return "—"
    return rating_en(label) if lang == "en" else label
