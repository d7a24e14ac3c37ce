"""An invented project evaluation score table (项目绩效评价评分表: 决策 / 管理 / 产出 / 效益), in the two layouts
published evaluations use, with mistakes planted on purpose:

- ``per_level``: every level's weight in a column of its own (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分),
  the report form's funds block (计划投资额 / 实际使用情况) and a 合计 row (海南's 项目绩效自评表);
- ``leaf``: the third level's weight only, the first levels' in their labels (项目决策(20分)), the second levels'
  too where they hold several rows, 参考分值 before 指标值 and 全年实际值, 自评得分 in the header and the funds
  block's amounts (宁夏's 项目支出绩效自评表).

``ocr`` gives the text an OCR engine's slips: 10 read as IO, 0 as O inside numbers, 预算数 as 预匏数, the header
cell 参考分值 read down its columns as 考值参分.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from layouts.model import Indicator as Row

EVAL_MISTAKES = ("total", "score_over_weight", "cut_total_high")
# (first level, second level, name, target, actual, weight)
TREE = (
    ("项目决策", "项目立项", "立项依据充分性", "充分", "充分", 4),
    ("项目决策", "项目立项", "立项程序规范性", "规范", "规范", 4),
    ("项目决策", "绩效目标", "绩效目标合理性", "合理", "合理", 6),
    ("项目决策", "资金投入", "预算编制科学性", "科学", "科学", 6),
    ("项目管理", "资金管理", "资金到位率", "100%", "100%", 6),
    ("项目管理", "资金管理", "预算执行率", "100%", "{rate}%", 8),
    ("项目管理", "组织实施", "管理制度健全性", "健全", "健全", 6),
    ("项目产出", "数量指标", "培训人数", "{n}人", "{n}人", 10),
    ("项目产出", "质量指标", "培训合格率", "≥95%", "{q}%", 10),
    ("项目产出", "时效指标", "完成时间", "{y}年12月", "{y}年12月", 5),
    ("项目产出", "成本指标", "人均培训成本", "{c}元", "{c}元", 5),
    ("项目效益", "社会效益指标", "群众知晓率", "≥90%", "{q}%", 15),
    ("项目效益", "满意度指标", "服务对象满意度", "≥90%", "{q}%", 15),
)


@dataclass
class EvalForm:
    name: str
    budget: Decimal
    executed: Decimal
    rows: list[Row]
    total: Decimal
    planted: str | None = None
    cut_after: int | None = None  # the text ends after this many rows
    notes: list[str] = field(default_factory=list)

    @property
    def grade(self) -> str:
        return "优" if self.total >= 90 else "良" if self.total >= 80 else "中" if self.total >= 60 else "差"

    def level_weights(self, level: str = "level1") -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for r in self.rows:
            key = getattr(r, level)
            out[key] = out.get(key, Decimal(0)) + r.weight
        return out


def invent_eval(seed: int, mistake: str | None = None) -> EvalForm:
    rnd = random.Random(seed)
    budget = Decimal(rnd.randint(2_000, 90_000)) / 100
    executed = budget - Decimal(rnd.randint(0, 150)) / 100
    fill = {"rate": (executed / budget * 100).quantize(Decimal("0.01")), "n": rnd.randint(120, 2900),
            "q": rnd.randint(91, 99), "y": rnd.choice((2021, 2022, 2023)), "c": rnd.randint(15, 90)}
    rows: list[Row] = []
    for k, (l1, l2, name, target, actual, w) in enumerate(TREE):
        weight = Decimal(w)
        lost = Decimal(rnd.randint(1, 2)) if k in (5, 8, 11) else Decimal(0)  # three rows lose points
        rows.append(Row(l1, l2, name, target.format(**fill), actual.format(**fill), weight, weight - lost))
    total = sum((r.score for r in rows), Decimal(0))
    f = EvalForm(f"示例县{seed}号职业技能培训项目", budget, executed, rows, total, mistake)
    if mistake == "total":
        f.total += 2
    elif mistake == "score_over_weight":
        f.rows[3].score = f.rows[3].weight + 1
        f.total = sum((r.score for r in f.rows), Decimal(0))
    elif mistake == "cut_total_high":  # the text ends in 项目效益; the total is above what the rows read allow
        f.cut_after = len(f.rows) - 1
        f.total = Decimal(100) - Decimal(1)
    return f


def per_level_rows(f: EvalForm) -> list[list[str]]:
    """海南's layout: one row a third level, the upper levels' name and weight on their first row only."""
    w1, w2 = f.level_weights(), f.level_weights("level2")
    out = [["项目绩效自评表"], ["一、项目基本情况"], ["项目名称", f.name], ["主管部门", "示例县人力资源和社会保障局"],
           ["计划投资额", "(万元)", f"{f.budget}", "实际到位资金", "(万元)", f"{f.budget}", "实际使用情况(万元)", f"{f.executed}"],
           ["二、绩效评价指标评分"], ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"]]
    last1 = last2 = ""
    for r in f.rows[: f.cut_after]:
        head1 = [r.level1, f"{w1[r.level1]}"] if r.level1 != last1 else []
        head2 = [r.level2, f"{w2[r.level2]}"] if r.level2 != last2 else []
        last1, last2 = r.level1, r.level2
        out.append([*head1, *head2, r.name, f"{r.weight}", f"{r.score}"])
    if f.cut_after is None:
        out.append(["合计", "100", f"{f.total}", "评价等级", f.grade])
    return out


def leaf_rows(f: EvalForm) -> list[list[str]]:
    """宁夏's layout: levels' weights in their labels, 参考分值 / 指标值 / 全年实际值 / 得分 / 未完成原因 per row."""
    w1, w2 = f.level_weights(), f.level_weights("level2")
    several = {k for k in w2 if sum(1 for r in f.rows if r.level2 == k) > 1}
    rate = (f.executed / f.budget * 100).quantize(Decimal("0.01"))
    out = [["项目支出绩效自评表（2022年度）"], ["项目名称", f.name, "主管部门", "示例县人社局", "自评得分", f"{f.total}"],
           ["项目资金(万元)", "年度资金总额", "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)",
            f"{f.budget}", f"{f.budget}", f"{f.executed}", f"{rate}%"],
           ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"]]
    last1 = last2 = ""
    for r in f.rows[: f.cut_after]:
        l1 = f"{r.level1}({w1[r.level1]}分)" if r.level1 != last1 else ""
        l2 = (f"{r.level2}({w2[r.level2]}分)" if r.level2 in several else r.level2) if r.level2 != last2 else ""
        last1, last2 = r.level1, r.level2
        out.append([l1, l2, r.name, f"{r.weight}", r.target, r.actual, f"{r.score}", ""])
    return out


def ocr(text: str) -> str:
    """An OCR engine's slips on the text (never on the project's name)."""
    text = text.replace("预算数", "预匏数", 1).replace("参考分值", "考值参分")
    return text.replace("10", "IO").replace("0%", "O%")


def explained_rows(f: EvalForm) -> list[list[str]]:
    """湖北's 评价指标评价综合得分表: 分值 printed with its unit (4分), then 指标解释 and 评价标准 whose own points
    ("(1分)", "计2分") are text, the score at the end of the criteria's first line."""
    w1 = f.level_weights()
    out = [["附件2"], [f"{f.name}绩效评价指标评价综合得分表"],
           ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "指标评价标准", "评价得分"]]
    last1 = last2 = ""
    for r in f.rows[: f.cut_after]:
        l1 = f"{r.level1}({w1[r.level1]}分)" if r.level1 != last1 else ""
        l2 = r.level2 if r.level2 != last2 else ""
        last1, last2 = r.level1, r.level2
        out.append([l1, l2, r.name, f"{r.weight}分", f"用以反映和考核{r.name}的情况",
                    f"评价要点:①目标明确(1分),每项计2分; {r.score}", "②未达到的酌情扣分。"])
    out.append(["合计", "100分", f"{f.total}"])
    return out


def per_level_criteria_rows(f: EvalForm) -> list[list[str]]:
    """The 项目支出绩效评价评分表 template: every level's weight in its column, then 具体指标 and 评价标准 (with points
    of their own) before 自评得分."""
    w1, w2 = f.level_weights(), f.level_weights("level2")
    out = [["项目支出绩效评价评分表"],
           ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "具体指标", "评价标准", "自评得分"]]
    last1 = last2 = ""
    for r in f.rows:
        head1 = [r.level1, f"{w1[r.level1]}"] if r.level1 != last1 else []
        head2 = [r.level2, f"{w2[r.level2]}"] if r.level2 != last2 else []
        last1, last2 = r.level1, r.level2
        out.append([*head1, *head2, r.name, f"{r.weight}", f"{r.name}是否达到要求",
                    "达到要求(2分)提供佐证资料(1分)以上需提供佐证资料。", f"{r.score}"])
    out.append(["合计", "100", f"{f.total}"])
    return out


def glued_rows(f: EvalForm, report: bool = True) -> list[list[str]]:
    """A third party's 绩效评价报告 as a document-sharing site prints it: the report's opening (its total in a
    sentence), then the score table 一级指标 | 二级指标 | 三级指标 | 分值 | 得分, every level's weight in its label
    (项目决策(20分), 项目立项(8分)); run together, each row's 分值 and 得分 are one run of digits after its name."""
    w1, w2 = f.level_weights(), f.level_weights("level2")
    out = [[f"{f.name}绩效评价报告"], ["一、项目基本情况"], [f"项目预算{f.budget}万元，实际支出{f.executed}万元。"],
           [f"本项目绩效评价得分为{f.total}分，具体情况详见下表："]] if report else []
    out.append(["一级指标", "二级指标", "三级指标", "分值", "得分"])
    last1 = last2 = ""
    for r in f.rows[: f.cut_after]:
        l1 = f"{r.level1}({w1[r.level1]}分)" if r.level1 != last1 else ""
        l2 = f"{r.level2}({w2[r.level2]}分)" if r.level2 != last2 else ""
        last1, last2 = r.level1, r.level2
        out.append([l1, l2, r.name, f"{r.weight}", f"{r.score}"])
    return out
