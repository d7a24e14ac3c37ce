"""The project-layout form described once, as data: its anchors, its labels and their aliases, its
columns, and the arithmetic that ties its figures together.

The stream reader (``recognise.stream``) matches any text against this description. The same layout
serves 项目支出绩效自评表, 转移支付 forms and 部门整体支出绩效自评表 printed in the project layout; the
aliases cover the variants published (分值/权重, 当年财政拨款/财政资金, 年初预算 present or absent …).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.read.recognise.fundscolumn import column_by_meaning

# Labels that open a form (its name field), with the header fields read as "label value".
NAME_LABELS = ("项目名称", "部门名称", "单位名称", "预算单位名称", "转移支付名称", "政策名称",
               "部门(单位)名称", "单位(部门)名称",  # the department forms' 部门（单位）名称, full width folded
               "部门(单位)", "单位(部门)",  # … or without its 名称 (部门（单位）| 示例县示例局)
               "专项资金名称", "项目(政策)名称", "项目(资金)名称", "资金名称", "项目全称")  # a project's name, other labels
PROJECT_NAMES = ("项目名称", "专项资金名称", "项目(政策)名称", "项目(资金)名称", "资金名称", "项目全称")  # a project's own
NAME_FALLBACK = ("部门", "单位")  # a department-wide form's name field, when no other name label is there
HEADER_LABELS = (*NAME_LABELS, "主管部门", "实施单位", "项目负责人", "联系电话", "主管单位", "预算单位", "部门")
# Words above a form that say it is not a project's: a department's, a transfer's, a policy's form.
OTHER_KINDS = ("部门名称", "整体支出", "转移支付", "政策名称", "部门整体")
# A form is this layout when its text holds a name label and at least two of these.
MARKS = ("绩效指标", "年度指标值", "实际完成值", "三级指标", "预算执行", "全年预算数", "全年执行数",
         "年度资金总额", "资金总额", "执行率", "一级指标", "指标值", "完成值", "评价内容", "自评分")

# Funds block: where it starts, its rows (label → key) and its columns (label → field); longest alias first.
FUNDS_STARTS = ("项目资金", "预算资金", "年度预算申请", "资金情况", "预算执行情况", "部门预算执行情况", "年度预算数", "预算执行")
FUNDS_ROW_ALIASES: tuple[tuple[str, str], ...] = (
    ("年度财政资金总额", "total"), ("年度资金总额", "total"), ("资金总额", "total"), ("总额", "total"),
    ("当年财政拨款", "current_year"), ("本年财政拨款", "current_year"), ("财政拨款", "current_year"),
    ("本年一般公共预算拨款", "current_year"), ("一般公共预算拨款", "current_year"),
    ("财政专户管理资金", "special_account"), ("财政资金", "current_year"),
    ("上年结转资金", "carried_over"), ("上年结转", "carried_over"), ("单位资金", "unit_funds"),
    ("其他资金", "other"),
    ("合计", "total"),  # 部门整体支出合计 | 864.2 | …: the funds' total row under its other label
)
# The same rows found by a label that holds an alias anywhere (其中：当年财政拨款, 2.上年结转资金): every alias but the
# bare 总额 and 合计, which stand inside too many other labels.
FUNDS_ROW_CONTAINED = tuple((a, key) for a, key in FUNDS_ROW_ALIASES if a not in ("总额", "合计"))
FUNDS_ROW_ZH = {"total": "年度资金总额", "current_year": "当年财政拨款", "carried_over": "上年结转资金",
                "other": "其他资金", "special_account": "财政专户管理资金", "unit_funds": "单位资金"}
FUNDS_COLUMNS: tuple[tuple[str, str], ...] = (
    ("年初预算数", "initial_budget"), ("年初预算", "initial_budget"),
    ("全年(调整)预算数", "annual_budget"), ("全年预算数", "annual_budget"), ("调整后预算数", "annual_budget"),
    ("调整预算数", "annual_budget"),
    ("全年预算", "annual_budget"), ("预算数", "annual_budget"),
    ("全年执行数", "executed"), ("预算执行数", "executed"), ("全年实际执行数", "executed"), ("实际执行数", "executed"),
    ("执行数", "executed"), ("全年执行", "executed"),
    ("预算执行率", "rate"), ("执行率", "rate"), ("预算执行进度", "rate"),
    ("分值", "weight"), ("权重", "weight"), ("自评得分", "score"), ("自评分", "score"), ("得分", "score"),
)
STANDARD_ORDER = ("initial_budget", "annual_budget", "executed", "weight", "rate", "score")
MONEY = ("initial_budget", "annual_budget", "executed")

# Indicator block: its header (columns), for every reader of the block (the table reader ``indicators``, the
# stream readers ``stream*``, ``deptrun``, ``colmodel``): label → field, a label before any label it begins
# (年度指标值 before 指标值). Each reader keeps the fields it reads.
INDICATOR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("一级指标", "level1"), ("一级目标", "level1"), ("一级权重", "level1_weight"),
    ("二级指标", "level2"), ("二级目标", "level2"), ("三级指标", "level3"), ("指标名称", "level3"),
    ("指标性质", "nature"), ("年度指标值", "target"), ("年度绩效目标值", "target"), ("年初指标值", "target"),
    ("年初目标值", "target"), ("年度目标值", "target"), ("预期指标值", "target"), ("指标值", "target"), ("目标值", "target"),
    ("度量单位", "unit"), ("计量单位", "unit"), ("实际完成指标值", "actual"), ("实际完成值", "actual"),
    ("全年实际完成值", "actual"), ("全年实际值", "actual"), ("全年完成值", "actual"), ("完成值", "actual"), ("实际值", "actual"),
    ("参考分值", "weight"), ("考核分值", "weight"), ("分值", "weight"), ("权重", "weight"), ("指标权重", "weight"),
    ("指标分值", "weight"), ("标准分", "weight"),
    # 得分系数 (the score ÷ the weight, a percent before 指标权重 | 指标得分): never the score column it begins like
    ("得分系数", "aside"), ("得分", "score"), ("自评得分", "score"), ("自评分", "score"), ("指标得分", "score"),
    ("实际得分", "score"), ("评价得分", "score"),
    ("偏差原因", "reason"), ("未完成原因", "reason"), ("原因分析", "reason"), ("改进措施", "improvement"),
    ("备注", "reason"),  # a remarks column where the template prints 偏差原因: its text is the row's note
    ("指标解释", "aside"), ("指标方向", "aside"),  # a text column beside the name (反映…情况, 正向): no figure, not kept
)
# The text-stream readers read no 改进措施 column: in a stream it is the end of the reason column's label
# (偏差原因分析及改进措施, wrapped), never a column of its own, nor a place to cut a run of text.
STREAM_INDICATOR_COLUMNS = tuple(p for p in INDICATOR_COLUMNS if p[1] != "improvement")
# The first and second levels of the 财政部 indicator template, then those of the evaluation layouts.
LEVEL1_TEMPLATE = ("产出指标", "效益指标", "满意度指标", "成本指标")
LEVEL1 = (*LEVEL1_TEMPLATE, "决策", "过程", "产出", "效益", "项目决策", "项目过程", "项目管理", "项目产出", "项目效益")
LEVEL2_TEMPLATE = ("数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
                   "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标")
LEVEL2 = (*LEVEL2_TEMPLATE, "满意度指标", "经济效益", "社会效益", "生态效益", "可持续影响",
          # the second levels of the 决策 / 过程 (管理) first levels (财政部 共性指标; the older 项目管理 form)
          "项目立项", "绩效目标", "资金投入", "资金管理", "组织实施", "项目目标", "决策过程", "资金分配", "投入管理",
          "业务管理", "财务管理", "项目实施")
# Labels over the whole indicator block (its outer merged column), neither a level nor a column.
OUTER_LABELS = ("绩效指标", "指标", "绩效目标完成情况", "指标完成情况")
# The first level a second level belongs to, by meaning (the 财政部 template): a first-level label lost from
# the text (only its weight, (50分), is left) is the first level of the second levels under it.
FIRST_LEVEL_OF = {
    **dict.fromkeys(("数量指标", "质量指标", "时效指标", "成本指标"), "产出指标"),
    **dict.fromkeys(("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
                     "经济效益", "社会效益", "生态效益", "可持续影响"), "效益指标"),
    **dict.fromkeys(("服务对象满意度指标", "满意度指标"), "满意度指标"),
}
SCORE_TOTALS = ("自评总分", "自评得分", "总得分", "综合得分")  # labels of the total score alone (often in the header)
# (分总: 总分 set upright in one cell, its two characters read bottom up: "分总 100 100", 霍山's)
TOTAL_LABELS = ("总分", "分总", "合计", "总计", "得分合计", *SCORE_TOTALS)
GRADE_LABELS = ("评分等级", "自评等级", "绩效等级", "评价等级", "评定等级")
STOP_LABELS = ("评价结论", "存在问题", "改进措施", "备注", "注:", "项目负责人:", "填表人")
GOAL_LABELS = ("年度总体目标", "预期目标", "实际完成情况", "年度目标")

# Units of measure (度量单位 cells, and what follows a number inside a value: ≥266米).
UNITS = frozenset((
    "%", "‰", "元", "万元", "亿元", "个", "次", "人", "人次", "万人", "天", "日", "月", "年", "周", "篇", "份", "家", "项", "分",
    "户", "户次", "米", "公里", "千米", "平方米", "亩", "公顷", "台", "套", "台套", "件", "所", "辆", "场", "期", "批", "条", "处",
    "座", "册", "本", "小时", "工作日", "吨", "公斤", "千克", "名", "间", "栋", "张", "株", "棵", "头", "只", "段", "类", "门", "种",
    "部", "支", "盏", "个数", "百分比", "元/人", "元/亩", "人/次",
))

ALL_LABELS: tuple[str, ...] = tuple(sorted(
    {*HEADER_LABELS, *MARKS, *FUNDS_STARTS, *(a for a, _ in FUNDS_ROW_ALIASES), *(a for a, _ in FUNDS_COLUMNS),
     *(a for a, _ in STREAM_INDICATOR_COLUMNS), *LEVEL1_TEMPLATE, *LEVEL1[8:], *LEVEL2, *TOTAL_LABELS, *GRADE_LABELS,
     *GOAL_LABELS, "其中"} - {"预算资金"},  # 预算资金 opens a funds block as a cell of its own, but 预算资金执行率
    key=len, reverse=True,                # is an indicator's name: never split there
))


def alias(text: str, aliases: Sequence[tuple[str, str]]) -> str | None:
    """The key of the label ``text`` states: an alias itself, or an alias followed by a short qualifier
    (执行率(B/A), 年初预算数(万元))."""
    for a, key in aliases:
        if text == a or (text.startswith(a) and len(text) <= len(a) + 8):
            return key
    return None


# The funds block's total row by its meaning: a department's whole spending (单位整体支出总额, 部门整体支出合计, 整体支出,
# 年度部门整体支出), or a total (its head word 总额 / 合计 / 总计) of the funds named before it (年度预算资金总额, 部门预算
# 总额, 支出合计, 资金合计). The bare 合计 / 总计 stay out: they close score tables as often.
_WHOLE_SPENDING = re.compile(
    r"(?:年度|本年|全年|当年)?(?:部门|单位|机关)?(?:\((?:单位|部门)\))?整体支出(?:总额|合计|总计)?"
    r"|(?:年度|本年|全年|当年)?(?:部门|单位|机关)?(?:\((?:单位|部门)\))?(?:整体)?(?:财政)?"
    r"(?:预算资金|预算支出|支出预算|资金|支出|经费|预算)(?:总额|合计|总计)")


def funds_row(text: str) -> str | None:
    """The funds row a row label names: by the aliases (年度资金总额, 其中：当年财政拨款 …), or by its meaning a
    department's whole spending (单位整体支出总额) or a total of funds (年度预算资金总额, 支出合计), its total row."""
    return alias(text, FUNDS_ROW_ALIASES) or ("total" if _WHOLE_SPENDING.fullmatch(text) else None)


def funds_column(text: str) -> str | None:
    """The funds column a header label names: by its meaning (``fundscolumn``: 实际支出数, 执行率权重), else by
    the aliases (全年执行, 年初预算)."""
    return column_by_meaning(text) or alias(text, FUNDS_COLUMNS)
