"""A 转移支付 self-evaluation form whose indicator block is scored (分值 and 得分 columns, a 总分 row), as provinces
ask of counties: the central form's funds block (with or without 分值/得分 for the execution rate), the goals, then
the indicators with invented weights and scores (full where the value is met, in proportion where it is not). The 分值 column stands before or after the values.

``scored(seed, weight_first, funds_scored, planted, met, labels)`` gives the rows of cells (blank cells as "") and
the indicators' (name, weight, score); ``labels``: the header's words for 指标值, 实际完成值, 分值 and 得分 (provinces
print 年度指标值, 全年实际值, 指标分值 or 满分, 自评得分, 实际得分 or 评价得分); ``planted`` prints one indicator's score above its weight (the 总分 kept as
printed), a mistake the audit must report at that row; ``met``: every value met, full marks, no 偏差原因 text.
"""

from __future__ import annotations

import random
from decimal import Decimal

_NAMES = (("产出指标", "数量指标", "城乡低保对象人数", "≥1200人", "1260人"),
          ("", "质量指标", "低保标准动态调整率", "100%", "100%"),
          ("", "时效指标", "资金发放及时率", "100%", "95%"),
          ("", "成本指标", "人均补助标准", "≤500元", "480元"),
          ("效益指标", "社会效益指标", "困难群众基本生活保障率", "100%", "100%"),
          ("", "可持续影响指标", "救助制度持续运行", "长期", "持续"),
          ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "92%"))


def scored(seed: int, weight_first: bool = False, funds_scored: bool = True, planted: bool = False, met: bool = False,
           labels: tuple[str, str, str, str] = ("指标值", "实际完成值", "分值", "得分")
           ) -> tuple[list[list[str]], list[tuple[str, Decimal, Decimal]]]:
    rng = random.Random(seed)
    budget = Decimal(rng.randrange(100, 900))
    spent = budget - Decimal(rng.randrange(0, 40))
    rate = (spent / budget * 100).quantize(Decimal("0.01"))
    fscore = (rate / 10).quantize(Decimal("0.01"))
    rows = [[f"{2019 + seed % 5}年度中央对地方转移支付区域绩效自评表"], ["转移支付(项目)名称", "困难群众救助补助资金", "", ""],
            ["中央主管部门", "民政部", "地方主管部门", "县民政局"]]
    if funds_scored:
        rows += [["资金投入情况(万元)", "全年预算数(A)", "全年执行数(B)", "分值", "预算执行率(B/A×100%)", "得分"],
                 ["年度资金总额:", f"{budget}", f"{spent}", "10", f"{rate}%", f"{fscore}"],
                 ["其中:中央财政资金", f"{budget}", f"{spent}", "", f"{rate}%", ""], ["地方资金", "", "", "", "", ""]]
    else:
        rows += [["资金投入情况(万元)", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)"],
                 ["年度资金总额:", f"{budget}", f"{spent}", f"{rate}%"], ["其中:中央财政资金", f"{budget}", f"{spent}", f"{rate}%"]]
    rows += [["年度总体目标", "预期目标", "实际完成情况"], ["", "保障困难群众基本生活", "已保障困难群众基本生活"]]
    target_label, done_label, weight_label, score_label = labels  # the header's words for the four value columns
    values = ([weight_label, target_label, done_label, score_label] if weight_first
              else [target_label, done_label, weight_label, score_label])
    rows.append(["绩效指标", "一级指标", "二级指标", "三级指标", *values, "偏差原因分析及改进措施"])
    chosen = sorted(rng.sample(range(len(_NAMES)), rng.randint(3, len(_NAMES))))
    out: list[tuple[str, Decimal, Decimal]] = []
    total = fscore if funds_scored else Decimal(0)
    bad = rng.choice(chosen) if planted else None
    # the indicators' weights: multiples of 5 making up the form's 100 with the execution rate's 10
    left = 90 if funds_scored else 100
    weights = [5] * len(chosen)
    for _ in range((left - 5 * len(chosen)) // 5):
        weights[rng.randrange(len(chosen))] += 5
    for k, w in zip(chosen, weights, strict=True):
        l1, l2, l3, target, actual = _NAMES[k]
        weight = Decimal(w)
        missed = l3 == "资金发放及时率" and not met
        actual = actual if missed or l3 != "资金发放及时率" else target
        # full marks where the value is met; 资金发放及时率 (95% of 100%) in proportion, its reason given
        score = (weight * Decimal("0.95")).normalize() if missed else weight
        total += score
        printed = weight + 2 if k == bad else score
        cells = [f"{weight}", target, actual, f"{printed}"] if weight_first else [target, actual, f"{weight}", f"{printed}"]
        rows.append(["", l1, l2, l3, *cells, "" if score == weight else "个别月份发放延迟"])
        out.append((l3, weight, printed))
    # the 总分 row: the weights' 100 under 分值, the total under 得分
    rows.append(["总分", "", "", "", "100", "", "", f"{total}", ""] if weight_first else
                ["总分", "", "", "", "", "", "100", f"{total}", ""])
    return rows, out


def two_row_header(rows: list[list[str]], group: str = "自评情况") -> list[list[str]]:
    """The indicator header over two rows, as merged cells give it: ``group`` over the 分值 and 得分 columns in the
    first, 分值 | 得分 under it in the second (every other cell of the second row blank)."""
    out: list[list[str]] = []
    for r in rows:
        if "三级指标" not in r:
            out.append(r)
            continue
        i, j = sorted(r.index(w) for w in r if w in ("分值", "得分"))
        out.append([group if k == i else "" if k == j else c for k, c in enumerate(r)])
        out.append([c if k in (i, j) else "" for k, c in enumerate(r)])
    return out
