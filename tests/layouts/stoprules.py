"""An invented 考核评分表 run together as document-sharing pages give it: the header's column words with no separator,
then group labels that print their weight and rows that are only a sentence, each row's weight glued after its
full stop. Varied: group labels bracketed with list marks (一、name(20分), rows (1)(2)…) or bare and nested two deep
(name45分name18分, rows numbered 1, 2, … across the groups, each number glued after the weight before it:
…扣0.5分。42…); the rule column after the weight (考核要求分值评分细则: 。5每缺一项扣1分。next row); a site's page
marker breaking a row (\\n2、); the text cut inside the last group; a total row; no header (a page after the
first); the weight printed bare, with its unit or in brackets (``printed_as``: "{}", "{}分", "({}分)"). A mistake
can be planted: one row's weight off by one, so its group's rows no longer make the group's weight."""

from __future__ import annotations

import random
from decimal import Decimal

GROUPS = ("组织领导", "制度建设", "日常管理", "宣传教育", "设施建设", "环境整治", "监督检查", "资料台账")
SENTENCES = ("按要求成立工作领导小组并明确职责分工", "制定年度工作计划并组织实施", "建立健全长效管理机制和奖惩制度",
             "按时报送工作信息和统计报表", "开展专项检查并及时整改发现的问题", "设置公示牌并公开联系方式",
             "落实专人负责日常巡查和保洁", "组织开展宣传活动不少于两次", "完善工作台账做到资料齐全规范",
             "建立问题清单实行销号管理", "配备必要的设施设备并正常使用", "按期完成年度重点工作任务")
MARKS = "一二三四五六七八"
NAME_WORDS = ("考核内容", "考核项目", "评价内容", "考核指标")
WEIGHT_WORDS = ("分值", "标准分", "权重", "分数")
RULE_WORDS = ("评分标准", "评分细则", "考核标准", "评分办法")


def _weights(rnd: random.Random, n: int) -> list[int]:
    return [rnd.choice([2, 3, 4, 5, 6, 8, 10]) for _ in range(n)]


def invent_stop_rules(seed: int, groups: int = 3, nested: bool = False, rule_after: bool = False,
                      page_marker: bool = False, cut: bool = False, total: bool = False,
                      mistake: bool = False, header: bool = True,
                      printed_as: str = "{}") -> tuple[str, list[tuple[str, Decimal | None]]]:
    """The text, and each row's sentence with the weight a reader must give it (None where its group's rows do
    not make the group's weight, so that none of that group's weights can be trusted)."""
    rnd = random.Random(seed)
    # the header's columns in the rule tables' own words (rulewords), run together: the name, the weight, the rule
    name, weight, rule_col = rnd.choice(NAME_WORDS), rnd.choice(WEIGHT_WORDS), rnd.choice(RULE_WORDS)
    head = (f"{name}{weight}{rule_col}备注" if rule_after else f"一级指标二级指标序号{rule_col}{weight}得分" if nested
            else f"{name}{rule_col}{weight}备注")
    if not header:  # a page after the table's first: no header, the rows go on from the page before
        head = "\n"
    out = [f"某县2023年度工作考核评分表\n{head}"]
    want: list[tuple[str, Decimal | None]] = []
    used = iter(rnd.sample(SENTENCES, len(SENTENCES)))
    seq = 0
    rows_of = [_weights(rnd, rnd.randint(2, 3)) for _ in range(groups)]
    pieces: list[str] = []
    for g, weights in enumerate(rows_of):
        bad = mistake and g == 1
        label = f"{GROUPS[g]}({sum(weights)}分)" if not nested else f"{GROUPS[g]}{sum(weights)}分"
        if nested and g % 2 == 0:  # a first level over this group and the next
            outer = sum(weights) + (sum(rows_of[g + 1]) if g + 1 < groups else 0)
            label = f"{GROUPS[g]}考核{outer}分" + label
        elif not nested:
            label = f"{MARKS[g]}、" + label
        pieces.append(label)
        for k, w in enumerate(weights):
            sentence = next(used)
            printed = w + 1 if bad and k == 0 else w
            want.append((sentence, None if bad else Decimal(w)))
            seq += 1
            mark = f"{seq}" if nested else f"({k + 1})"
            rule = f"每缺一项扣{rnd.choice([0.5, 1])}分。" if rule_after else ""
            weight = printed_as.format(printed)
            pieces.append(f"{mark}{sentence},每缺一处扣1分。{weight}{rule}" if not rule_after
                          else f"{sentence},每缺一处扣1分。{weight}{rule}")
    text = "".join(pieces)
    if page_marker:
        at = text.index("每缺一处", len(text) // 2)
        text = text[:at] + "\n2、" + text[at:]
    if cut:  # the page ends inside the last row: that row is not read
        text = text[: text.rindex("每缺一处") - 3]
        want.pop()
    elif total:
        text += f"合计{sum(sum(w) for w in rows_of)}"
    out.append(text)
    return "".join(out) + "\n（本表由县考核办负责解释）\n", want


def invent_grade_box(seed: int, rows: int = 4) -> tuple[str, list[tuple[str, Decimal]]]:
    """A 评分细则 whose 评分标准 is a grade box (优秀 | 良好 | 合格 | 不合格), run together: each row's weight before its
    name (5分按要求…), then the points of its four grades glued into one number (5432). The rows with their weights."""
    rnd = random.Random(seed)
    out = ["四、考核方式 “年度考核”由县考核办组织实施,采用工作汇报、现场检查、查阅台帐资料等方式进行。 五、结果运用 考核结果作为"
           "年度评先评优的依据之一。对年度任务完成\n3、较差的实行约谈。 附件:某县乡镇级工作绩效考核评分细则 "
           "某县乡镇级工作绩效考核评分细则(100分)考核项目分值考核内容评分标准得分备注优秀良好合格不合格"]
    want: list[tuple[str, Decimal]] = []
    names = rnd.sample(SENTENCES, rows)
    out.append(f"基本要求({5 * rows}分)")
    for name in names:
        out.append(f"5分{name}5432 ")
        want.append((name, Decimal(5)))
    return "".join(out) + "\n", want


def invent_form_with_rules(seed: int) -> str:
    """A project's self-evaluation form run together: its own labels (项目名称, 实施单位, 主管部门) first, then its
    决策 / 过程 score block written like a rule table, each row's weight after its stop. The form readers' text,
    never a rule table."""
    rnd = random.Random(seed)
    rows = rnd.sample(SENTENCES, 4)
    w = [rnd.choice([2, 3, 5]) for _ in rows]
    return (f"某县{2020 + seed % 4}年度项目支出绩效自评表项目名称农村道路养护项目实施单位某县交通运输局主管部门某县人民政府"
            f"一级指标二级指标评价标准分值得分项目决策({w[0] + w[1]}分)(1){rows[0]}。{w[0]}(2){rows[1]}。{w[1]}"
            f"项目过程({w[2] + w[3]}分)(1){rows[2]}。{w[2]}(2){rows[3]}。{w[3]}\n")


def invent_spaced_tables(seed: int) -> tuple[str, list[tuple[str, Decimal]]]:
    """Two tables of the same columns one after the other (考核评分细则(组织领导) then 考核评分细则(日常管理)), as a
    page's text gives them: header words and a group label's words kept apart by single spaces (考核要点 评分标准 分值
    得分, 组织 领导 (8分)), each full stop printed as an ASCII period after a word (…扣1分. 5 next row…), the first
    table's last rule running on after its weight; each table's rows (their sentence, then the rule, then the
    weight) making its group's weight."""
    rnd = random.Random(seed)
    used = iter(rnd.sample(SENTENCES, len(SENTENCES)))
    want: list[tuple[str, Decimal]] = []
    out: list[str] = []
    for g in range(2):
        weights = _weights(rnd, rnd.randint(2, 3))
        group = GROUPS[(seed + g) % len(GROUPS)]
        out.append(f"某县考核评分细则({group}) 考核要点 评分标准 分值 得分 {group[:2]} {group[2:]} ({sum(weights)}分)")
        for w in weights:
            sentence = next(used)
            want.append((sentence, Decimal(w)))
            out.append(f"{sentence}:按要求完成的得{w}分,每缺一项扣1分. {w}")
        out.append("未按时完成的,扣1分.")
    return " ".join(out) + "\n", want
