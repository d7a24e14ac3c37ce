"""A 情况说明's text as sentences: body lines joined where a sentence runs over a line (PDF wrapping), and the
line a quoted figure stands on."""

from __future__ import annotations

import re

from jixiao.core.numbers import normalize_text
from jixiao.core.source import Source

_HEADING = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+、|- )")
# where an amount may begin: not inside a number (after a digit, a decimal point, or a digit's thousands comma). A
# pattern that starts with an amount puts it first, so that a long run of digits is tried from its first digit only
# (from every digit it is quadratic: a 10,000-digit line took seconds)
NUMBER_START = r"(?<![\d.])(?<!\d,)"
# a list number opening a clause ("1. ", "二、", "(三)"): not part of the words that name a line
LIST_NO = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)\s*[、.．]\s*|^\s*[(（][一二三四五六七八九十\d]+[)）]\s*")

# a bracket's aside: its amounts are not the sentence's own ((税收收入199744万元、…), (其中:新增…4000万元…)); one
# line's (the 说明's paragraphs are joined without line breaks; a report's text keeps its lines: ``transfer_said``)
BRACKET = re.compile(r"[(（][^()（）\n]*[)）]")
_CLOSE = re.compile(r"[)）]")


def list_end(text: str, at: int, start: int, end: int) -> int:
    """Where a list opened by the word at ``at`` (其中) ends, at ``end`` or before it: a list whose word follows an
    opening bracket ("(其中:基本支出…,项目支出…),决算支出…") ends with its bracket, searched for from ``start``."""
    if text[at - 1:at] not in ("(", "（"):
        return end
    close = _CLOSE.search(text, start, end)
    return close.start() if close else end
# the share an amount is said to hold after it (",占75.47%", "占本年支出的75%"), its figure group 1: one run of white
# space before the optional comma and one after it, never two runs around it (quadratic on a run of spaces)
SHARE = r"\s*(?:[,，]\s*)?占(?:[^\d,，。;；%]{1,14}?的)?\s*(\d+(?:\.\d+)?)\s*%"
_SHARE_BASE = re.compile(r"占[^\d,，。;；%]{0,16}$")  # 占 and the whole's name before its amount


def share_base(text: str, at: int) -> bool:
    """The amount at ``at`` is the whole a share is of, named inside the share (…,占本年支出520万元的57.69%): never a
    part of a list."""
    return _SHARE_BASE.search(text, max(0, at - 17), at) is not None


# a line carried in from last year, as the templates name it (年初结转和结余, 上年结转, 年初财政拨款结转和结余): the one
# pattern of its words (``notes_whole`` cuts a list at it, ``notes_checks`` reads its amount)
CARRIED_WORDS = r"(?:年初|上年)(?:财政拨款)?结转"

# last year, and the words comparing with it: the one list of them (``text_prior``, ``text_rates``, ``sangong_claims``)
LAST_YEAR = r"(?:上一?年|去年)"
# the 年 of a year said before a line's name (2023年收入预算), not the 年 of 年初 / 年末 / 年底 / 年中 / 年终 (年终结余)
YEAR_WORD = r"年(?![初末底中终])"
COMPARED = r"(?:比|较|与)"
# the words that compare with last year and introduce its amount ("比上年决算数", "较上年的", "与2021年度决算数")
PRIOR_WORDS = COMPARED + r"(?:" + LAST_YEAR + r"|(?:19|20)\d{2}\s*年度?)(?:同期)?(?:决算|预算|支出|收入)?数?(?:的)?"
# … or last year named alone (上年财政拨款收入450万元), never a line of this year's that carries it over (上年结转)
_PRIOR_CLAUSE = re.compile(COMPARED + r"(?:" + LAST_YEAR + r"|(?:19|20)\d{2}\s*年)|上一?年(?!\s*结)|去年")
_CLAUSE_END = re.compile(r"[。;；,，:：][^。;；,，:：]*$")
_PRIOR_REACH = 40  # characters a clause's words run back from its amount


def last_years(text: str, at: int) -> bool:
    """The amount at ``at`` is last year's: its clause (a bounded stretch back to the last punctuation) names
    last year or compares with it (比上年本年支出合计500万元, 上年财政拨款收入450万元), never a whole nor a part of
    this year's list."""
    lo = max(0, at - _PRIOR_REACH)
    cut = _CLAUSE_END.search(text, lo, at)
    return _PRIOR_CLAUSE.search(text, cut.start() if cut else lo, at) is not None


# a text's paragraphs: (its normalised text, its lines); ``check_accounts`` builds them once for every check
Paragraphs = list[tuple[str, list[tuple[str, Source]]]]


# a space between two Chinese characters that ``read.despace`` left (a known line's name standing as a word of its
# own before its verb: "非税收入 完成17,447万元", "人员经费 支出2950.9万元"): inside a 说明's statements it is a PDF
# break, never a separator (an amount and its unit stand between any two of them); a gap before a unit is an amount
# left blank (a template's leftover, "减少 万元"), kept
_HAN_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])(?![亿万]?元)")  # not a blank amount: 减少 万元


# 万 alone as an amount's unit, a clause or the line ending after it ("财政专户管理资金收入154万;", "…154万" where the
# text ends): 万元; not 万人, 万多, 万亩, nor a headline's "(原标题:公费出国一年减365万)"
_BARE_WAN = re.compile(r"(?<=\d)万(?=[,，;；。、]|\s*$)")


# a fall printed as a negative growth ("收入减少15.65万元,增长-5.86%", 甘肃环县's): the rate of the fall, its sign
# the word's, for every reader of the text (rewritten in place, the length kept)
_SIGNED = re.compile(r"(增长|下降)-(?=\d+(?:\.\d+)?\s*%)")
_FLIPPED = {"增长": "下降", "下降": "增长"}


def paragraphs(body: list[tuple[str, Source]]) -> Paragraphs:
    """Body lines joined where a sentence runs over a line (PDF wrapping): (normalised text, its lines), the spaces
    between Chinese characters taken out. Each paragraph's pieces are gathered and joined once (linear in the text,
    however long a paragraph)."""
    groups: list[list[tuple[str, Source]]] = []
    for text, src in body:
        t = _SIGNED.sub(lambda m: _FLIPPED[m.group(1)] + " ", _BARE_WAN.sub("万元", _HAN_GAP.sub("", normalize_text(text))))
        if groups and not groups[-1][-1][0].endswith(("。", ":")) and not _HEADING.match(t):
            groups[-1].append((t, src))
        else:
            groups.append([(t, src)])
    return [("".join(t for t, _ in g), g) for g in groups]


def where(lines: list[tuple[str, Source]], needle: str) -> Source:
    return next((s for t, s in lines if needle in t), lines[0][1])


# the words that make an amount said before them a change or a comparison, not a figure of its own (the words an
# amount's name may hold: 比上年增加, 较预算节约, 占…)
CHANGE_WORDS = re.compile(r"增加|减少|增收|减收|增支|减支|增长|下降|降低|上升|超收|短收|节约|压减|压缩|[比较]|同比|相比|超支|"
                          r"少支|多支|差额|差值|调增|调减|占")
# the verbs that make the amount after them a change (减少了310万元, 减少了“三公”经费342.74万元: 了 and the line's
# opening quote may stand between)
CHANGE_VERBS = "增加|减少|增长|下降|降低|增收|减收|增支|减支|大于|小于|超|节约|节省|压减|压缩|上升"
_AFTER_CHANGE = re.compile(r"(?:" + CHANGE_VERBS + r")了?\s*[“\"]?$")


# the words that open a remark on why a line changed or what it is for (主要原因是, 主要是因为, 由于, 主要用于): an amount
# after them in the same sentence is the remark's own ("…增长35.8%,主要原因是支付了200万元综合楼建设款", 巫山's), never a
# figure of the line
_REASON = re.compile(r"原因|因为|由于|用于")


def in_reason(text: str, at: int, lo: int = 0) -> bool:
    """The amount at ``at`` stands in a remark on why or what for: its words come after 原因/因为/由于/用于 since the last
    full stop or semicolon (and since ``lo``)."""
    start = max(lo, *(text.rfind(c, lo, at) for c in "。；;"))
    return _REASON.search(text, start, at) is not None


def is_change(text: str, at: int) -> bool:
    """The amount at ``at`` is a change ("较上年减少 310.02 万元", "决算数大于预算数 55.93 万元"): no base of a
    share, a rate or a growth."""
    return bool(_AFTER_CHANGE.search(text[max(0, at - 6):at]))


# a scope's verb before its line (全区完成一般公共预算收入, 鄞州区累计完成财政总收入, 全年实现地方财政收入): the line is the
# scope's; a stage alone after the verb (完成年初预算数) is the line before it's, kept as printed (``notes_subject``)
_SCOPE_VERB = re.compile(r"^((?:全|本)?[\u4e00-\u9fff]{0,8}?(?:省|市|区|县|镇|乡|州|旗|盟|街道)(?:本级)?)?"
                         r"(?:累计|全年|共)?(?:完成了?|实现了?)(?=[\u4e00-\u9fff]{2})")
STAGE_WORDS = r"(?:年初|调整|变动|调整后)?预算数?"  # a stage a line is measured against, alone (``notes_subject.STAGE``)
_STAGE_ALONE = re.compile(STAGE_WORDS + "$")
# an aside in brackets after a scope (全区(含高新园区、东钱湖旅游度假区,下同)): no part of the line's name
ASIDE = re.compile(r"[(（](?:含|不含|包括|包含|下同)[^()（）]{0,40}[)）]")


def line_name(words: str) -> str:
    """A line's name as printed, without the verb between its scope and it and without an aside after the scope
    (全区(含…,下同)完成一般公共预算收入 → 全区一般公共预算收入)."""
    words = ASIDE.sub("", words)
    if (m := _SCOPE_VERB.match(words)) is not None and not _STAGE_ALONE.match(words, m.end()):
        return (m.group(1) or "") + words[m.end():]
    return words

