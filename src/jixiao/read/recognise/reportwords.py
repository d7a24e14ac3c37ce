"""The grammar of the sentences in which a finance bureau's report states a project's money: which words make an
amount the budget, what was spent, the rate, the score and the grade (``recognise.report`` reads them).

A statement is a LABEL then its amount (批复预算数为1000万元), or, less often, the amount then what it is
(共计152万元资金全部支付到位). The labels are not a list of phrasings but a small grammar:

- the budget: a qualifier (年初 / 全年 / 年度 / 调整后 / 批复 / 下达 / 安排 / 核定 / 计划 / 财政 / 专项 …) before a
  budget noun (预算数, 预算资金, 预算项目资金, 预算金额, 资金总额, 总预算 …), or a verb granting money with its noun
  (批复资金, 下达资金, 安排资金 …); 年初 marks the initial budget;
- what was spent: 实际支出 / 已支出 / 累计支出 / 支付 / 拨付使用 / 实际使用 / 已使用 / 实际执行 / 执行数 …; money that
  ARRIVED (到位) or was passed on (拨付到位) is never what was spent;
- the rate: 预算执行率 / 资金执行率 / 执行率 / 完成预算的 / 支出进度 / 资金使用率 / 执行进度 / 支出率;
- the score: 自评得分 / 综合得分 / 最终得分 / 评价得分 / 评价总分 / 自评分 …, and the grade beside it, after
  等级 / 等次 / 自评结果 / 评价结果 / 评价结论 (优 / 良 / 中 / 差, 优秀 / 良好 / 合格 / 不合格, quoted or not).

Words may be cut by the spaces PDF text puts inside runs of characters: every word matches with spaces inside.
"""

from __future__ import annotations

import re
from itertools import product

from jixiao.read.recognise.common import gapped, squash
from jixiao.read.recognise.gradebands import GRADE_SAID


def spaced(words: tuple[str, ...] | list[str]) -> str:
    """``words`` as alternatives, longest first, that also match with the spaces PDF text puts inside a run of
    characters (年初预 算数): ``common.gapped``."""
    return "|".join(gapped(re.escape(w)) for w in sorted(set(words), key=len, reverse=True))


# a number whole (never a piece of a longer one), never a date or a share (2019年, 12月, 95%)
NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.]|,\d|\s*[年月日号%])"
# A money unit: 万元, 元, or 万 alone only where the amount's clause ends (a punctuation mark, a space, the text's end:
# 执行数29.6万) or goes on about the money (预算资金13.971129万并且全部到位, 10万已全部支出, 5万资金), is sent on (资金
# 500万下达给你们, 3039万予以拨付) or parted (17347万其中…, 3039万(其中:中央…), 15920.2万(具体项目…)), never before
# what it counts (1万张消费券, 3万笔, 2万亩, 1万用户). ``transfer_prose``'s amounts take the same unit.
WAN = (r"万(?=[,，。;；、)）\s]|$|并|且|已|全部|均|用于|资\s*金|经\s*费|下\s*达|下\s*拨|拨\s*付|分\s*配|安\s*排|予以|给予|"
       r"其中|[(（](?=其中|含|不含|包括|具体|详见|见附件|第))")
# the units themselves, spaced as PDF text spaces them (1.25亿 元)
_UNITS = r"亿\s*元|万\s*元|元"
MONEY = rf"(?:{_UNITS}|{WAN})"
# An amount's unit (group 4): the one it states, which it MUST state unless its label states one (实际支出(万元) 46.5,
# group 2), so that a count after a label (专项资金3批次, 累计支付12笔) is never money.
UNIT = rf"(?(2)|(?=\s*{MONEY}))\s*({_UNITS}|{WAN})?"
UNIT_STATED = rf"\s*({_UNITS}|{WAN})"  # where no label stands (the amount first, then what it is)
# the currency an amount may name before its number (人民币50万元, ￥50万元)
CURRENCY = r"(?:人\s*民\s*币|[¥￥])"
# An amount as a transfer's prose states it, taken whole (the run of digits at once, never re-tried from inside a
# long one: linear time), and its unit (group 2): never a rate per head or per unit (100元/人, 50元每亩)
AMOUNT = rf"(?<![\d.各])(?<!\d,)(?:{CURRENCY}\s*)?((?>\d[\d,]*(?:\.\d+)?))\s*({_UNITS}|{WAN})(?!\s*[/／每])"


def money(unit: str | None) -> str | None:
    """The unit as a record states it: its spaces gone, 万 alone is 万元."""
    if unit is None:
        return None
    unit = "".join(unit.split())
    return "万元" if unit == "万" else unit


# the noun naming the money a verb acts on, between the verb and its amount (实际支出项目资金200万元, 下达专项经费5万元)
MONEY_NOUN = r"(?:(?:(?:项\s*目|专\s*项|财\s*政)\s*)?(?:资\s*金|经\s*费)|金\s*额)"
# the label's unit, a noun naming the money, a count of projects or batches between the label and its amount
# (年初批复预算8个项目985万元, 专项资金3批次共计80万元), the verb. One run of white space opens it and each optional
# piece carries its own after it: never two runs around an optional piece, which a run of spaces makes polynomial.
LEAD = (r"\s*(?:\(\s*(万元|元)\s*\)\s*)?(?:" + MONEY_NOUN + r"\s*)?(?:\d+\s*(?:个\s*项\s*目|个?\s*批\s*次?|笔)\s*)?"
        r"(?:(?:" + spaced(("为", "是", ":", "达", "共计", "总计", "合计", "共")) + r")\s*)?(?:" + CURRENCY + r"\s*)?")

# the older 财政支出项目绩效评价报告 form's table labels (计划投资额(万元) 18821.06 | 实际使用情况(万元) …), which
# ``read.despace`` joins where PDF spaces cut them
FORM_LABELS = ("计划安排资金", "计划投资额", "实际使用情况")
_QUALIFIERS = ("年初批复", "年初", "全年", "年度", "调整后", "批复", "下达", "安排", "核定", "项目",
               "财政", "专项", "")
_BUDGET_NOUNS = ("预算数", "预算资金", "预算项目资金", "预算金额", "预算", "预算总额", "总预算")
# … or the noun, then the verb granting it (预算安排50万元, 预算批复数为…)
_NOUN_GRANTED = ("预算安排", "预算批复", "预算批复数", "预算下达", "预算核定")
# a verb granting the money, with its noun (批复资金 / 下达资金 / 安排资金 …) and the nouns of a total (资金总额)
_GRANTED = ("批复数", "批复资金", "下达资金", "安排资金", "核定资金", "资金总额", "经费总额", "项目资金总额", "下达预算资金",
            "资金总计", "资金合计", "资金共计", "经费总计", "经费合计", "经费共计",
            "总投资", "批复投资", "计划投资", "项目资金", "专项资金", "项目经费", "专项经费", "核拨资金", "批复金额",
            "资金规模", "落实资金",
            # the 湖南 report form's field (资金总额及构成 | 总额1002.6万元，其中：中央…)
            "资金总额及构成", "资金总额及构成总额")
BUDGET_WORDS = (*FORM_LABELS[:2], *{q + n for q, n in product(_QUALIFIERS, _BUDGET_NOUNS)}, *_GRANTED, *_NOUN_GRANTED)
INITIAL = "年初"  # a budget so labelled (年初预算, 年初批复预算) is the initial one; the rate divides by the annual one

EXECUTED_WORDS = ("实际支出", FORM_LABELS[2], "实际使用", "实际总支出", "全年执行数", "全年执行", "执行数", "执行金额",
                  "实际支付", "累计支出", "实际拨付", "已支出", "已支付", "支付", "拨付使用", "已使用", "已拨付",
                  "实际执行", "累计执行", "已执行", "完成投资", "实际完成投资", "累计完成投资", "全年支出", "本年支出",
                  "当年支出", "年度支出", "共支出", "共计支出", "资金支出", "完成支出", "实际完成", "累计拨付", "实际发放",
                  "已发放", "累计发放", "兑付", "已兑付", "实际投入", "累计投入",
                  # the adverb in full (截止2021年12月31日，已经支出70,909.19万元)
                  "已经支出", "已经支付", "已经使用", "已经执行", "已经拨付", "已经发放")
# 支出 or 执行 alone is what was spent only where it opens a clause (，支出989.935万元; 全年预算120万元，执行108万元),
# never inside one (项目支出87.5万元)
_SPENT = r"(?<=[,;。、\s])(?:支\s*出|执\s*行)(?:\s*数|\s*金\s*额)?"
# or the verb granting it, the project's name, then the noun (财政安排中和木材检查站租金项目经费11.2万元)
_GRANTED_NAMED = r"(?:安\s*排|下\s*达|批\s*复|获\s*得|争\s*取)[^。,;:、\d]{0,24}?(?:经\s*费|资\s*金)"
# a verb that makes the money after it what was spent, arrived or left over (实际支出项目资金200万元, 到位专项资金…,
# 结余资金…): a budget word after it in its clause is its object, never the budget
# (支出 as a verb only with its adverb: 部门整体支出 is the spending named, a budget's subject, not a verb)
ACTED_ON = re.compile(r"(?:(?:实\s*际|已(?:\s*经)?|累\s*计|共)\s*支\s*出|支\s*付|拨\s*付|使\s*用|执\s*行|到\s*位|到\s*账|结\s*余|结\s*转)"
                      r"\s*(?:了)?\s*$")
BUDGET = re.compile(f"({spaced(BUDGET_WORDS)}|{_GRANTED_NAMED})" + LEAD + NUM + UNIT)
# the amount first, then that it is the budget (共计48万元的预算资金, 120万元预算已全部下达); groups as EXECUTED_AFTER's
BUDGET_AFTER = re.compile(r"()()(?<![\d.])(?<!\d,)" + NUM + UNIT_STATED + r"\s*(?:的)?\s*(?:项\s*目\s*)?预\s*算(?:\s*资\s*金|\s*经\s*费)?"
                          r"(?!\s*(?:执\s*行|数|支\s*出))")
# a total of several (合计批复总投资6222.4万元, 共计…): where budgets of several projects are listed, the whole
TOTAL_LEAD = re.compile(r"(?:合\s*计|共\s*计|总\s*计|累\s*计|汇\s*总)\S{0,4}$")
EXECUTED = re.compile(f"({spaced(EXECUTED_WORDS)}|{_SPENT})" + LEAD + NUM + UNIT)
# words that state what was spent only in the clause right after the budget's amount (…预算950万元，实际完成940万元;
# 全年预算950万元，决算数940万元): elsewhere 实际完成 is an indicator's result (销售收入目标1000万元，实际完成1200万元)
# and a bare 决算数 the income's (收入决算数1000万元) or last year's
CONTINUING = frozenset(("实际完成", "决算数"))
_NEXT_CLAUSE = re.compile(r"\s*[,，;；]?\s*(?:(?:全\s*年|年\s*度|本\s*年|当\s*年)\s*)?")


def spent_of(text: str, budget_end: int | None, m: re.Match[str]) -> bool:
    """``m`` states what was spent of the budget ending at ``budget_end``: its label names the spending itself, or
    it is a continuing word (``CONTINUING``) opening the clause right after the budget's (never before the budget:
    ``budget_end`` None)."""
    return squash(m.group(1)) not in CONTINUING or (
        budget_end is not None and _NEXT_CLAUSE.fullmatch(text, budget_end, m.start()) is not None)
# the amount first, then what it is: 共计152万元资金全部支付到位, 89.5万元已全部支出 (never 拨付到位: that is arrival).
# Two empty groups stand for the label and its unit, so that the number and unit are groups 3 and 4 as above.
EXECUTED_AFTER = re.compile(r"()()(?<![\d.])(?<!\d,)" + NUM + UNIT_STATED + r"\s*(?:的)?\s*(?:资\s*金|经\s*费)?\s*"
                            r"(?:已\s*经|已|全\s*部|均|共)*\s*(?:支\s*付|支\s*出|使\s*用)(?!\s*率)")

RATE_WORDS = ("预算执行率", "资金执行率", "执行率", "完成预算的", "支出进度", "资金使用率", "执行进度", "支出率", "支付率",
              "支付进度", "预算完成率", "支出完成率", "执行比例", "完成全年预算的", "完成年度预算的")
# … or the share of the budget that was spent (实际支出45万元，占全年预算50万元的90%): the clause before 占 states the
# whole spending (an executed word, never after 其中: 其中人员经费30万元，占项目预算的30% is a part's share), then 占,
# the budget named (its amount perhaps), 的, the rate; never a share of another whole (占总支出的60%)
_OF_BUDGET = (r"(?<!其中)(?<!其中:)(?<!其中：)(?:" + spaced(EXECUTED_WORDS) + "|" + _SPENT + r")[^。,，;；%]{0,24}?[,，]?\s*"
              r"占[^。,，;；%\d]{0,12}?预\s*算[^。,，;；%]{0,20}?的")
RATE = re.compile(f"(?:(?:{spaced(RATE_WORDS)})" + rf"\s*(?:{spaced(('为', '是', ':', '达到了', '达到', '达'))})?|{_OF_BUDGET})\s*"
                  + r"(\d+(?:\.\d+)?)\s*%")
# The report's total score, the one vocabulary of every report (a project's, a transfer's, a department's): a word of
# evaluating with the score's noun (自评得分, 评价总分, 自评分数, 综合评定得分, 得分合计 …), or the verb of evaluating, then
# the score (经综合评价，得分92.5分; 经自评，总得分…; 经自评，评分…), the clause of its grade perhaps between
# (经自评，评价结果为优，得分92.5分: the grade said first; never another clause, which may be an indicator's). 评分为 /
# 得分为 alone may be an indicator's (预算执行率指标得分为10分), so they are taken only where no total's own wording
# stands (``SCORE_TOTAL`` first); never a bare 得分, nor 总分为 (the full marks of a framework: 总分为100分).
_TOTAL_SCORE_WORDS = ("综合评价得分", "自评得分", "评价得分", "综合得分", "自评总分", "总体得分", "总得分", "自评分",
                      "绩效评分",
                      "最终得分", "评价总分", "绩效得分", "综合评分", "最终评分", "评分结果为", "自评分数", "评价分数",
                      "得分合计", "总评分", "自评结果为", "评价结果为", "自评分值", "自评总得分", "评价总得分",
                      "综合评定得分", "评定得分", "考核得分", "总体评分", "评分结果", "自评得")
# the clause stating the grade (评价结果为优，/ 自评等级为“良好”，): a grade named, never a scale (分为四个等级，). White
# space is allowed in ONE place between two words (each optional part carries its own): never two adjacent \s* around an
# optional part, which a run of spaces would make exponential.
_GRADE_CLAUSE = (r"(?:(?:[^。;；\n\d,，\s][^。;；\n\d,，]{0,8}?)?(?:等\s*[级次]|结\s*[果论]|评\s*级|评\s*价)\s*(?:为|是|:|：)"
                 r"\s*(?:[\"“]\s*)?(?:优\s*秀|良\s*好|(?:不\s*)?合\s*格|优|良|中|差)\s*(?:[\"”]\s*)?(?:等\s*[级次]\s*)?[,，])")
# the subject of the score: the project, the transfer, its funds (经综合评定，该项目得分95分; 本转移支付资金得分…)
_SUBJECT = (r"(?:(?:该|本)(?:\s*(?:项\s*目|转\s*移\s*支\s*付|专\s*项|补\s*助|衔\s*接))?(?:\s*资\s*金)?"
            r"(?:\s*(?:综\s*合|最\s*终))?)")
_EVALUATED = ("(?:(?:" + gapped(r"经(?:综合)?(?:自评|评价|评定)") + r"(?:\s*[,，])?(?:\s*" + _GRADE_CLAUSE + ")?|"
              + _GRADE_CLAUSE + r")(?:\s*" + _SUBJECT + ")?|" + _SUBJECT + r")(?:\s*总)?\s*(?:得|评)\s*分")
SCORE_WORDS = (*_TOTAL_SCORE_WORDS, "评分为", "得分为")
_SCORE_TAIL = r"\s*(?:为|是|:|：|共)?\s*(\d+(?:\.\d+)?)\s*分"
SCORE = re.compile(f"(?:{spaced(SCORE_WORDS)}|{_EVALUATED})" + _SCORE_TAIL)
SCORE_TOTAL = re.compile(f"(?:{spaced(_TOTAL_SCORE_WORDS)}|{_EVALUATED})" + _SCORE_TAIL)
# … or with its points unnamed (自评得分：95。 综合得分95.5(满分100), 自评得分95，等级为优): a number of at most three digits
# closing its clause, never a share, an amount or a count (自评得分100%, 95万元, 95项)
SCORE_TOTAL_UNNAMED = re.compile(f"(?:{spaced(_TOTAL_SCORE_WORDS)})" + r"(?:\s*(?:为|是|:|：))?\s*(\d{1,3}(?:\.\d+)?)"
                                 r"(?![\d.])(?=\s*(?:[,，。;；)]|\(|$))")
# the grade the report gives with its score (自评得分74.05分，等级为合格 / 评价等级为"优" / 自评结果为“优秀” / 评级为良):
# ``gradebands.GRADE_SAID``, the one pattern of a grade stated after its label
GRADE = GRADE_SAID
# … or as a letter after its label (等级为B, 评价等级：A级): the grades of some provinces' assessments; never a letter
# followed by its band (评价结果分为四个等级:A级(90分及以上)、B级(80-89分): the scale, not the verdict)
GRADE_LETTER = re.compile(r"(?:等\s*[级次]|评\s*级)\s*(?:为|是|:|：)?\s*[\"“]?\s*([A-D])(?:\s*级)?\s*[\"”]?(?![A-Za-z0-9])"
                          r"(?!\s*级?\s*[\"”]?\s*[(（:：]\s*\d)")


def grade_said(text: str, lo: int = 0, hi: int | None = None) -> re.Match[str] | None:
    """The grade a report states between ``lo`` and ``hi`` (its group 1): by name (``GRADE``), else as a letter; none
    where the stretch states several different grades (a scale and its verdict: which is the report's is not told)."""
    end = len(text) if hi is None else hi
    if len({squash(m.group(1)) for m in (*GRADE.finditer(text, lo, end), *GRADE_LETTER.finditer(text, lo, end))}) > 1:
        return None
    return GRADE.search(text, lo, end) or GRADE_LETTER.search(text, lo, end)
# a level of government before a budget word (省级下达资金X万元, 县级配套资金Y万元): a PART of the project's money,
# never its whole, when another part follows in the same sentence
LEVEL = re.compile(r"(?:中央|省级?|市级?|州级?|县级?|区级?|本级|地方|上级|自治区)\s*(?:财政)?\s*$")
PART_AFTER = re.compile(r"配\s*套|自\s*筹|(?:中央|省级?|市级?|州级?|县级?|区级?|本级|地方)\s*(?:财政)?\s*(?:资金|补助|安排|下达)")
