"""Invented 考核标准 and 考核办法 texts in the layouts session 33 found on fresh pages:

- ``marked_stops``: a 考核标准 table run together (a document-sharing preview): the header's words run together or
  spaced by the preview (类别项 目考 核 内 容标准分赋 分 原 则备 注), groups 一、组织管理(150分), rows list-marked
  1、 2、 … (numbered on across the groups), each its name and requirement sentence closed by its weight after the
  stop (…管护人员。40), then its 赋分原则 whose clauses deduct points and end with ";" or "," rather than a stop
  (…扣20分; 无…此项不得分;2、规章制度…), sometimes a 备注 sentence after it;
- ``outline``: a 考核办法 one item a line, levels by their marks (一、/(一)/一 and 1.), each weight after the name, in
  brackets or bare (保障指标(10分), 一保障指标10分, 1.重视教育6分), a target inside a name before its weight
  (合法率达92%(12分)), rules on the next line awarding their own points (记5分, 扣0.1分), the full marks said in a
  sentence (考核以百分制);
- ``glued_marks``: a 考核评分表 run together whose rows' weights after the stop are glued to the next row's mark
  (…扣1分。52.建立…);
- ``bracketed_rules``: rows whose weight opens a bracket holding their deductions (…组长。(3分,…扣1分,扣完为止)2.…);
- ``seq_summary``: a 序号 | 项目 | 分值 summary run together, each weight glued to the next row's number, a 合计 after;
- ``spaced_pairs``: name–weight pairs kept apart by spaces, two a line, under labels whose weight is glued (食品卫生30分).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

GROUPS = (
    ("组织管理", ("管理体制和运行机制", "机构设置和人员配备", "规章制度建设", "档案管理")),
    ("安全管理", ("确权划界", "工程安全鉴定", "防汛组织", "安全生产")),
    ("运行管理", ("工程检查", "观测监测", "维修养护")),
)
WEIGHTS = (10, 15, 20, 25, 30, 40)
REQUIREMENTS = ("管理权限明确;建立竞争机制,实行竞聘上岗。", "岗位设置合理,人员配备满足管理需要。",
                "各项制度健全,执行效果好。", "档案有专人管理,资料齐全。")
RULES = ("管理权限不明确的扣{a}分;未建立激励机制,扣{b}分;", "无批文扣{a}分,岗位设置不合理扣{b}分,",
         "每缺1项扣{a}分;执行效果差,扣{b}分。", "无人管理的扣{a}分; 存放无序此项不得分;")


@dataclass
class Invented:
    text: str
    rows: list[tuple[str, Decimal]]  # each row's name and weight, in order
    rules: list[str]  # each row's 赋分原则 as printed


def marked_stops(seed: int, groups: int = 2, spaced: bool = False, style: str = "、", note: bool = False,
                 cut: bool = True) -> Invented:
    """A 考核标准 table run together; its rows list-marked with ``style`` (、 or .), each weight after its
    requirement's stop and its rule after the weight; ``cut``: the text ends inside one more group."""
    rnd = random.Random(seed)
    head = "类别项 目考 核 内 容标准分赋 分 原 则备 注" if spaced else "类别项目考核内容标准分赋分原则备注"
    parts = [f"某省水利工程管理考核标准 {head}"]
    rows: list[tuple[str, Decimal]] = []
    rules: list[str] = []
    k = 0
    numerals = "一二三四五"
    for g, (group, names) in enumerate(GROUPS[:groups]):
        weights = [rnd.choice(WEIGHTS) for _ in names]
        parts.append(f"{numerals[g]}、{group}({sum(weights)}分)")
        for name, w in zip(names, weights, strict=True):
            k += 1
            rule = rnd.choice(RULES).format(a=rnd.choice((2, 5, 10)), b=rnd.choice((3, 5, 15)))
            extra = "管养分离包括内部实行管养分离。" if note and rnd.random() < 0.5 else ""
            parts.append(f"{k}{style}{name}{rnd.choice(REQUIREMENTS)}{w}{rule}{extra}")
            rows.append((name, Decimal(w)))
            rules.append(rule)
    if cut:
        k += 1
        nxt = GROUPS[groups][0] if groups < len(GROUPS) else "其他管理"
        parts.append(f"{numerals[groups]}、{nxt}(100分){k}{style}工程面貌工程整洁,无违章建筑;")
    return Invented("".join(parts) + "\n", rows, rules)


LEVELS = (
    ("保障指标", ()),
    ("人口控制指标", ("计划生育合法率达92%", "违法生育多项控制率3%")),
    ("工作质量指标", ("重视教育", "优质服务和避孕节育措施知情选择", "计生协会和村民自治工作", "行政执法",
                "流动人口计划生育管理")),
)


def outline(seed: int, brackets: bool = True, marks: bool = True) -> Invented:
    """A 考核办法 outline, one item a line, the weights adding up to 100 (考核以百分制); ``brackets``: each weight
    in brackets after its name (else bare: 重视教育6分); ``marks``: the first level's marks 一、 (else 一 alone, the
    、 lost: 一保障指标10分)."""
    rnd = random.Random(seed)
    out: list[tuple[str, Decimal]] = []
    leaves: list[list[int]] = []
    for _, names in LEVELS:
        leaves.append([rnd.choice((3, 5, 6, 10, 12)) for _ in names])
    tops = [sum(ws) for ws in leaves]
    tops[0] = 100 - sum(tops[1:])  # the first level's one row without parts takes what is left of 100
    assert tops[0] > 0

    def weighted(name: str, w: int) -> str:
        return f"{name}({w}分)" if brackets else f"{name}{w}分"

    lines = ["村委人口与计划生育考核办法", "一、考核指标"]
    numerals = ("(一)", "(二)", "(三)") if marks else ("一", "二", "三")
    for (group, names), top, ws, mark in zip(LEVELS, tops, leaves, numerals, strict=True):
        lines.append(f"{mark}{weighted(group, top)}")
        if not names:
            lines.append(f"有领导小组、有办公场地、有制度;缺一项扣{rnd.choice((1, 2))}分。")
            out.append((group, Decimal(top)))
        for k, (name, w) in enumerate(zip(names, ws, strict=True), start=1):
            lines.append(f"{k}.{weighted(name, w)}")
            if rnd.random() < 0.6:
                half = Decimal(w) / 2
                lines.append(f"按要求完成记{half}分,每下降1个百分点扣0.1分;建立档案记{half}分。")
            out.append((name, Decimal(w)))
    lines += ["二、考核方式", "考核以百分制实行量化考核。考核80—90为达标、90—95为良好。"]
    return Invented("\n".join(lines) + "\n", out, [])


CHECKS = (("组织管理", ("将创卫工作纳入重要议事日程", "建立了工作责任制", "定期开展卫生检查评比活动")),
          ("健康教育", ("认真落实健康教育工作任务", "居民健康知识知晓率达标", "公共场所设禁烟标识")),
          ("环境卫生", ("落实门前三包责任制", "整治乱搭乱建", "垃圾日产日清")))


def glued_marks(seed: int, groups: int = 2) -> Invented:
    """A 考核评分表 run together whose rows, list-marked 1. 2. … again in each group, close with their weight after
    the stop glued to the next row's mark (…每项扣1分。52.建立…: the weight 5, then row 2)."""
    rnd = random.Random(seed)
    parts = ["村(社区)创卫工作考核评分表考核内容考核标准检查方法和评价标准分值得分"]
    rows: list[tuple[str, Decimal]] = []
    for g, (group, names) in enumerate(CHECKS[:groups]):
        weights = [rnd.choice((2, 3, 5, 8, 10)) for _ in names]
        parts.append(f"{'一二三'[g]}、{group}({sum(weights)}分)")
        for k, (name, w) in enumerate(zip(names, weights, strict=True), start=1):
            parts.append(f"{k}.{name},有计划、有检查。无计划扣{rnd.choice((1, 2))}分;每少1次扣0.5分。{w}")
            rows.append((name, Decimal(w)))
    parts.append(f"{'一二三'[groups]}、其他工作(20分)1.按时报送信息")  # the text cut inside the next group
    return Invented("".join(parts) + "\n", rows, [])


def bracketed_rules(seed: int, groups: int = 2) -> Invented:
    """A 创建标准评分表 run together: each row its requirement sentence, then its weight opening a bracket that holds
    its deductions ((3分,…扣1分,…扣完为止)), the rows numbered on over the groups."""
    rnd = random.Random(seed)
    parts = ["附件1:某省卫生先进单位创建标准评分表项目项目内容扣分扣分理由实得分"]
    rows: list[tuple[str, Decimal]] = []
    k = 0
    for g, (group, names) in enumerate(CHECKS[:groups]):
        weights = [rnd.choice((2, 3, 4)) for _ in names]
        parts.append(f"{'一二三'[g]}、{group}({sum(weights)}分)")
        for name, w in zip(names, weights, strict=True):
            k += 1
            parts.append(f"{k}.{name},有记录和相关资料。({w}分,无记录扣1分,资料缺一项扣0.5分,扣完为止)")
            rows.append((name, Decimal(w)))
    return Invented("".join(parts) + "\n", rows, [])


SUMMARY = ("综合评价", "健康教育与创卫宣传", "市容环境卫生与环境保护", "农贸市场卫生", "食品安全", "公共场所卫生",
           "病媒生物防制", "传染病防制", "社区卫生", "镇辖村卫生", "群众满意率调查")


def seq_summary(seed: int, rows: int = 11, off: int = 0) -> Invented:
    """A 序号 | 项目 | 分值 summary run together: each row's number, name and weight glued to the next row's number
    (1综合评价502健康教育…; 10010: 100, then row 10), the 合计 after the last; ``off``: the 合计 printed that much
    above the rows' sum (no sum confirms them)."""
    rnd = random.Random(seed)
    weights = [rnd.choice((20, 50, 100, 150, 200)) for _ in range(rows)]
    body = "".join(f"{k}{name}{w}" for k, (name, w) in enumerate(zip(SUMMARY[:rows], weights, strict=True), start=1))
    text = (f"国家卫生县城(乡镇)暗访评分表暗访得分汇总表序号类别项目分值实际得分扣分说明{body}合计{sum(weights) + off}"
            "分值:50分得分:检查项目及分值评分内容赋分区间得分1建设方面(20分)整体面貌良好18-20\n")
    return Invented(text, [(n, Decimal(w)) for n, w in zip(SUMMARY[:rows], weights, strict=True)], [])


PAIRS = (("食品卫生", ("四不制度", "留验制度", "售饭工具", "消毒", "主副食卫生")),
         ("生理卫生", ("穿戴整齐", "穿戴干净", "头发指甲", "其他")),
         ("操作间卫生", ("地面内壁", "门、窗、天窗", "锅灶", "各种池子", "其他")),
         ("仓库卫生", ("地面、墙壁、门窗", "容器货架", "冰箱")))


def spaced_pairs(seed: int, groups: int = 4, off: int = 0) -> tuple[str, list[tuple[str, str, Decimal]], str]:
    """A 检查评分表 of name–weight pairs kept apart by spaces, two a line, each group label's weight glued to its
    name (食品卫生30分 四不制度 2 留验制度 4); a 续表 line after the second group. ``off``: the last group but one
    printed that much above its pairs' sum (a mistake). Returns the text, the rows (group, name, weight) and the
    label of the group the mistake is in ("" without one)."""
    rnd = random.Random(seed)
    lines = ["某校食堂卫生检查评分表", "项目 具体项目 评分 具体项目 评分"]
    rows: list[tuple[str, str, Decimal]] = []
    wrong = ""
    for g, (group, names) in enumerate(PAIRS[:groups]):
        ws = [rnd.choice((1, 2, 3, 5, 10)) for _ in names]
        shown = sum(ws) + (off if g == groups - 2 else 0)
        wrong = f"{group}({shown}分)" if off and g == groups - 2 else wrong
        cells = [f"{n} {w}" for n, w in zip(names, ws, strict=True)]
        pairs = [" ".join(cells[k : k + 2]) for k in range(0, len(cells), 2)]
        lines.append(f"{group}{shown}分 {pairs[0]}")
        lines += pairs[1:]
        if g == 1:
            lines.append("续表")
        rows += [(group, n, Decimal(w)) for n, w in zip(names, ws, strict=True)]
    lines.append("检查人: 日期:")
    return "\n".join(lines) + "\n", rows, wrong


__all__ = ["Invented", "bracketed_rules", "glued_marks", "marked_stops", "outline", "seq_summary", "spaced_pairs"]
