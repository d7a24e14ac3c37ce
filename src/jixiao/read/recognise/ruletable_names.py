"""Weighted labels in a file's text (目标设定情况(10分)): the weight in brackets and the name before it, found in
any layout the text reached us in.

The name is the run of Chinese text just before the bracket. It may stand on the line before (2.组织管理 /
(6分)), be written one character per line (项 / 目 / 组 / 织 / (8分)), or be run together with what precedes
it: a rule's last words (…没有:0分工作目标的明确度) or the table's column labels (…评分依据及简要说明得分履职效能).
The run stops at punctuation, a digit or a cell border; a unit 分 left by the number before it, a list mark
(一、) and the column labels before a long run are cut off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.read.recognise.ruletable_numerals import glued_numerals

# the weight in any bracket (（5分） 【5分】 〔5分〕 ［5分］, 分值5分), or as a 权重 (权重20%, 权重:20); a short note may
# follow the points in the bracket (18分,一票否决), or the points the row loses (2分,少一次扣0.5分); never a bonus's
# limit (5分,本项加分累计不超过5分)
LABEL = re.compile(r"[(（【\[〔［]\s*(?:(?P<w>权重)|分值|满分|标准分|本(?:项)?指标|本项)?\s*[:：]?\s*(?P<n>\d+(?:\.\d+)?)\s*"
                   r"(?:分|(?(w)(?:%|％)?|(?!)))(?:[,，;；]\s*(?:[\u3400-\u9fff]{2,8}|[\u3400-\u9fff][^()（）【】\[\]〔〕［］\n扣]{0,16}扣[^()（）【】\[\]〔〕［］\n]{1,12}))?"
                   r"\s*[)）】\]〕］]")
# a weight printed after its name without brackets (资金到位率10分, 产出指标权重50%): read only where asked
# (``labels_in``; a share only as a list item's)
# (or after a target's percentage inside the name: 合法率达92%12分)
PLAIN = re.compile(r"(?<=[\u3400-\u9fff”\"%％])\s*(\d+(?:\.\d+)?)\s*分(?![值数钟])")
PLAIN_SHARE = re.compile(r"(?<=[\u3400-\u9fff”\"])\s*权重\s*[:：]?\s*(\d+(?:\.\d+)?)\s*[%％]")
# the words before points a rule awards or takes (得5分, 扣1分, 计3分, and 记5分: 记 is 计 as many texts write it)
AWARDS = re.compile(r"(?:[得扣计记减加为达至到共计给]|满分|总分|最高|不超过|以上|以下)\s*$")
# a weight printed in a 分值 column and run together between a name and the next cell's text
# the units a count or a date prints after its number (3个, 2009年, 5万元, 2项): a number before one is no weight
QUANTITY_UNITS = "个年月日元万次人项名位倍天条户所家"
BARE = re.compile(rf"(?<=[\u3400-\u9fff”\"])(\d+(?:\.\d+)?)(?=[\u3400-\u9fff“\"])(?![{QUANTITY_UNITS}分])")
# such a weight in a text whose cells a page's preview kept apart by one space (资金分配 8 项目预算安排 2 是否…)
BARE_SPACED = re.compile(rf"(?<=[\u3400-\u9fff”\"] )(\d+(?:\.\d+)?)(?= [\u3400-\u9fff“\"])"
                         rf"(?! (?:分|[{QUANTITY_UNITS}](?![目员度])))")  # (项目, 人员, 年度: a name, no unit)
# such a weight run into a rule that begins with a percentage (预算完成率5100%计满分: 5, then 100%)
BARE_PERCENT = re.compile(r"(?<=[\u3400-\u9fff”\"])(\d{2,6})(?=[%％])")
MAX_BARE = Decimal(100)
COMPARED = re.compile(r"(?:大于|小于|低于|高于|超过|不足|达到|达|为|至|到|每|扣|计|得|约|≥|≤|>|<|=)$")  # a bare number above the full marks is no weight (预算编码302001)
# the header of such a table: a 分值 column after each level's (一级指标分值二级指标分值…)
LEVEL_WEIGHTS_HEAD = re.compile(r"[一二三四]级[\s|]*(?:指[\s|]*标)?[\s|]*分[\s|]*值")
_HEADER_WORDS = re.compile(r"得分|分值|权重|权数|满分|说明|标准|依据|备注|指标|内容|要点|办法|细则|评分|序号")
_LIST_MARK = re.compile(r"^(?:[一二三四五六七八九十]*、|第[一二三四五六七八九十]+[项条部分章节个]?)+")
# a list mark right after a column's label inside a name: the header run into the first row (…合计一、组织领导)
_HEADED_MARK = re.compile(r"(?:得分|分值|权重|权数|满分|标准|依据|备注|内容|要点|序号|合计|总计|分数)[一二三四五六七八九十]{1,3}、")
_ORDINAL = re.compile(r"第\s*\d+\s*$")  # 第1项: the digit stops the name's run, the 项 is left at its head
_ORDINAL_UNIT = re.compile(r"部分|[项条部章节个]")
_NAME_CHAR = re.compile(r"[\u3400-\u9fffA-Za-z、“”‘’『』「」《》\"']")  # 『』「」: the quote marks of traditional texts
_CJK = re.compile(r"[\u3400-\u9fff]")
_LIST_NUMBER = re.compile(r"^[(（][一二三四五六七八九十]+[)）]$")  # (二)项目组织: a list mark, not a note
_INNER_NOTE = re.compile(r"[(（](?:[\u3400-\u9fff、，,]{1,12}|[A-Za-z][A-Za-z\d.．]{0,9})[)）]$")  # (制度、方法), (PM10)
# a Latin token with its digits inside a name (PM2.5、PM10平均浓度, SO2): the digits are the name's, not a weight
_LATIN_TOKEN = re.compile(r"(?<![A-Za-z\d])[A-Z][A-Za-z]{1,5}\d{1,3}(?:[.．]\d{1,2})?$")
# a target closing a name just before its weight (计划生育合法率达92%(12分), 违法生育多项控制率3%(12分)): the
# percentage is the name's, after a word (a rule's grade, 90%以上(4分), has no name before it and is no label;
# a percentage further back, 安排率权重10%二、部门管理权重18%, ends the name)
_PERCENT_TOKEN = re.compile(r"(?<=[\u3400-\u9fff])\d+(?:\.\d+)?[%％]$")
# the line before a name broken over lines, holding the row's number and the name's first characters (1组织 / 领导5分)
_NUMBERED_PIECE = re.compile(r"^\d{1,2}[、.．]?[\u3400-\u9fff]{1,2}$")
MAX_NAME = 24
# list marks (2.组织管理, (二)项目组织, 一、, 1), ①, 第2项); the marks in brackets and in Chinese numerals alone
BRACKET_MARK = r"[(（][一二三四五六七八九十\d]+[)）]"
NUMERAL_MARK = r"[一二三四五六七八九十]+[、.．]"
LIST_MARKS = re.compile(rf"\d+[.、．)）]|{BRACKET_MARK}|{NUMERAL_MARK}|[①-⑳]"
                        rf"|第[一二三四五六七八九十\d]+(?:{_ORDINAL_UNIT.pattern})?")
_ITEM_MARK = re.compile(rf"(?:^|(?<=[\s。；;:：|)）】〕\]]))(?:{LIST_MARKS.pattern})")  # a mark opening an item
# an outline's number three levels deep (1.2.3; a decimal has one point), its last digit before the first point
# its own (201.1.1: the weight 20 glued before 1.1.1)
_DEEP_OUTLINE = re.compile(r"[1-9](?:[.．]\d+){2,}(?![\d.．])")
_SENTENCE = re.compile(r"[^。；;!！?？\n]{2,80}")
_ITEM_NAME = re.compile(r"[^\s：:，,。；;(（【〔\[\d]{2,24}")
_CLOSED_BEFORE = re.compile(r"[。；;.．！!]\s*$")
# an item of a list opens here: at a line's start or after a sentence's stop, its list mark (if any) before it
# (a full stop typed as a point after a weight, 1分.3、…: a stop too)
_ITEM_START = re.compile(rf"(?:^|\n|[。；;:：]|(?<=分)[.．])[\s|]*(?:(?:{LIST_MARKS.pattern})[\s|]*)?$")
# the words of a sentence that lists a group's parts (决策20分，包括项目立项8分、绩效目标6分): not the part's name
_LISTS_PARTS = re.compile(r"^(?:其中|包括|包含|含|分别为|分别是|即)[:：]?")
# the words that state the weight between a name and its number (商品销售总额标准分60分, 项目建设分值10分)
_GAP = re.compile(r"[\s|、，,]+")  # between two items of a list run on (1.决策20分、2.过程30分)
_WEIGHT_SAID = re.compile(r"(?:标准分|分值|满分|权重|计|占)$")
# a weight printed after the lead of the row's points (评价要点：5①…), or after the formula that defines the row
# (…=(实际到位资金/计划投入资金)×100%。3实际到位资金：…): the 共性指标 tables whose 分值 column a page's text
# spliced into the 指标说明 cell after its first line. Never a quantity (5个), a share (5%) nor a list mark (5、)
LEAD_WEIGHT = re.compile(rf"(?:(?P<lead>(?:评价|评分|考核|计分)(?:要点|标准|方法|办法|依据|细则|规则)\s*[:：])|[=＝][^。；;\n]{{1,80}}[。；;])"
                         rf"\s*(?P<n>\d+(?:\.\d+)?)(?![\d.%％、．]|\s*[分{QUANTITY_UNITS}])(?=\s*[①-⑳\u3400-\u9fff])")
# a level's weight in brackets without its unit (投入(20)项目立项(15)): read as a label only in such a table
BRACKET_NUMBER = re.compile(r"(?:(?<=[\u3400-\u9fff])|(?<=[\u3400-\u9fff]\n))[(（]\s*(?P<n>\d+(?:\.\d+)?)\s*[)）]")
_STOP = re.compile(r"[。；;]")
_HEAD_END = re.compile(r"[\n,，、:：(（]")  # where a row's name, run into its explanation, ends at the latest
# a grade of a rule printed like a label (完成(5分), 80%以上(4分)): no indicator
_GRADE = re.compile(r"^(?:完成|基本完成|未完成|以上|以下|合格|基本合格|不合格|优|良|中|差|较好|一般|较差|好)$")


@dataclass(frozen=True, eq=False)
class Label:
    name: str
    weight: Decimal
    printed: str  # the weight as printed (10, 2.5)
    start: int  # offset of the name in the text
    end: int  # offset just after the closing bracket
    weight_at: int  # offset of the weight's digits


_HEADING_LINE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])\s*[\u3400-\u9fff]")


def heading_stop(text: str, pos: int) -> bool:
    """A stop right before ``pos`` that ends a heading of its own line ((一)项目完成情况。(60分)): the heading's name
    goes on before it."""
    return pos > 1 and text[pos - 1] in "。." and text[pos:pos + 1] in ("(", "（") \
        and bool(_HEADING_LINE.match(line := _segment_before(text, pos - 1))) and len(line) <= MAX_NAME


def _segment_before(text: str, i: int) -> str:
    """The line (unit) that ends just before offset ``i`` (a newline at ``i``)."""
    return text[text.rfind("\n", 0, i) + 1 : i].strip(" |")


def _name_before(text: str, pos: int) -> tuple[str, int]:
    """The name before the bracket at ``pos`` and its start offset ("" when there is none)."""
    chars: list[str] = []
    i = pos
    start = pos
    if heading_stop(text, pos):
        i = start = pos - 1  # (一)项目完成情况。(60分): a heading's stop before its points, no end of its name
    while i > 0 and len(chars) < 40:
        ch = text[i - 1]
        if ch == "\n":
            # the name on the line before, or a name written one character a line: go on; else it ends here
            before = _segment_before(text, i - 1)
            if chars and (len(before) > 2 and not _NUMBERED_PIECE.match(before) or _HEADER_WORDS.fullmatch(before)):
                break  # (分值 / 投入: a column's label)
            i -= 1
            continue
        if ch in " |":
            if chars and (ch == "|" or not (_CJK.match(text[i - 2 : i - 1] or "") and _CJK.match(chars[-1]))):
                break
            i -= 1
            continue
        if ch in ")）" and chars:  # a note in brackets inside the name: 科技(制度、方法、机制等)创新
            inner = _INNER_NOTE.search(text, max(0, i - 16), i)
            if inner is None or not _CJK.match(text[inner.start() - 1 : inner.start()] or "") \
                    or _LIST_NUMBER.match(inner.group(0)):
                break
            chars.extend(reversed(inner.group(0)))
            i = start = inner.start()
            continue
        if ch.isdigit() and chars and (token := _LATIN_TOKEN.search(text, max(0, i - 12), i)):
            chars.extend(reversed(token.group(0)))  # PM10平均浓度: the digits of a Latin token are the name's
            i = start = token.start()
            continue
        if ch in "%％" and not chars and (pct := _PERCENT_TOKEN.search(text, max(0, i - 10), i)):
            chars.extend(reversed(pct.group(0)))
            i = start = pct.start()
            continue
        if not _NAME_CHAR.match(ch):
            break
        chars.append(ch)
        i -= 1
        start = i
    name = "".join(reversed(chars))
    cut = 0
    if name.startswith("分") and start > 0 and text[max(0, start - 3) : start].rstrip()[-1:].isdigit():
        cut = 1  # the unit of the number before it (…0分工作目标的明确度, …2 分 组织领导)
    elif (unit := _ORDINAL_UNIT.match(name)) and _ORDINAL.search(text, max(0, start - 6), start):
        cut = unit.end()  # the end of a list mark 第1项 / 第2部分 (第 and the number stopped the name)
    mark = _LIST_MARK.match(name[cut:])
    if mark:
        cut += mark.end()
    words = [m.end() for m in _HEADER_WORDS.finditer(name, cut) if m.end() <= len(name) - 2]
    if len(name) - cut > 10 and len(words) >= 2:  # column labels run into the first name: cut after them
        cut = words[-1]
    if (headed := _HEADED_MARK.search(name, cut)) is not None:
        cut = headed.end()  # (考核内容核准分合计一、组织领导: the header's last word, then the first row's list mark)
    name = name[cut:]
    if len(name) > MAX_NAME:
        cut += len(name) - MAX_NAME
        name = name[-MAX_NAME:]
    return name, _offset(text, start, cut)


def _offset(text: str, start: int, skip: int) -> int:
    """The offset ``skip`` name characters after ``start`` (separators between them are not counted)."""
    i = start
    while skip > 0 and i < len(text):
        if _NAME_CHAR.match(text[i]):
            skip -= 1
        i += 1
    return i


def labels_in(text: str, bare: bool = False, plain: bool = False, items: bool = False,
              lead: bool = False, only_bare: bool = False) -> list[Label]:
    """Every weighted label of ``text`` with a name of two characters or more, in order. ``bare``: the table
    prints each level's weight in a 分值 column of its own (一级指标 分值 二级指标 分值 …), which a text run
    together leaves right after the name (投入13预算配置13在职人员控制率5以100%为标准): such a number between two
    names is a weight too. ``plain``: a weight printed after the name without brackets (资金到位率10分…) is one
    too, unless its words award or take points (得10分, 扣0.5分, 满分10分). ``items``: such a weight only where its
    name opens an item of a list (at a line's start or after a stop, after its list mark: 1、商品销售总额标准分60分),
    never inside a rule's sentence (…相应扣减得分0.5分); the words stating it (标准分, 分值) are not the name's.
    ``lead``: a weight after the lead of its row's points or its formula (``LEAD_WEIGHT``) is one too, named by the
    head of the sentence before (``_lead_head``), and a level's weight may be printed in brackets without 分.
    ``only_bare``: the bare weights alone, the bracketed ones being the sub-scores of the rules' sentences
    (目标明确(1分)，目标量化(2分)), never rows."""
    out: list[Label] = []
    # (where the label starts, the weight as printed, where the label ends, where the weight's digits start)
    found: list[tuple[int, str, int, int]] = [(m.start(), m.group("n"), m.end(), m.start("n"))
                                              for m in LABEL.finditer(text) if not only_bare]
    plain_found: set[tuple[int, str, int, int]] = set()
    if plain:
        plain_found = {(m.start(1), m.group(1), m.end(), m.start(1)) for m in PLAIN.finditer(text)
                       if not AWARDS.search(text, max(0, m.start(1) - 3), m.start(1))}
        if items:  # 产出指标权重50%: the name ends before 权重
            plain_found |= {(m.start(), m.group(1), m.end(), m.start(1)) for m in PLAIN_SHARE.finditer(text)}
        found += plain_found
    if bare:
        found += [(m.start(), m.group(1), m.end(), m.start(1)) for pat in (BARE, BARE_SPACED)
                  for m in pat.finditer(text) if Decimal(m.group(1)) <= MAX_BARE
                  and not (pat is BARE_SPACED and COMPARED.search(text, max(0, m.start() - 4), m.start() - 1))]
        found += [w for m in BARE_PERCENT.finditer(text) if (w := _weight_before_percent(m)) is not None]
    led: set[int] = set()
    if lead:
        for m in LEAD_WEIGHT.finditer(text):
            pos = m.start("lead") if m.group("lead") else _sentence_start(text, m.start())
            led.add(pos)
            found.append((pos, m.group("n"), m.end("n"), m.start("n")))
        found += [(m.start(), m.group("n"), m.end(), m.start("n")) for m in BRACKET_NUMBER.finditer(text)]
    closed = 0  # where the last weight read closes
    for pos, printed, end, at in sorted(found):
        name, start = _lead_head(text, max(closed, out[-1].end if out else 0), pos) if pos in led \
            else _name_before(text, pos)
        bracket_end = end
        if len(name) < 2 and (head := _item_head(text, pos, max(closed, out[-1].end if out else 0))) is not None:
            name, start, end = head  # an item's weight at the end of its text (…扣完为止。（5分）): the item's head
        if items and (pos, printed, end, at) in plain_found:
            said = _WEIGHT_SAID.search(name)
            name = name[: said.start()] if said else name
            run_on = bool(out) and not _GAP.sub("", LIST_MARKS.sub("", text[out[-1].end : start]))
            if not (run_on or _ITEM_START.search(text, max(0, start - 12), start)) or name.endswith("各"):
                continue  # inside a sentence, or 各10分 (each of several): a rule's words, no item
            if parts := _LISTS_PARTS.match(name):
                name, start = name[parts.end() :], _offset(text, start, parts.end())
        if len(name) < 2 or _GRADE.match(name) or Decimal(printed) == 0:  # (0分): a grade, no indicator
            continue
        if out and start < out[-1].end:
            start = out[-1].end
        out.append(Label(name, Decimal(printed), printed, start, end, at))
        closed = bracket_end
    return glued_numerals(text, out)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last stop before it (bounded look back)."""
    stops = list(_STOP.finditer(text, max(0, pos - 120), pos))
    return stops[-1].end() if stops else max(0, pos - 120)


_HEAD_BACK = 500  # characters a row's head and explanation take before the lead of its points at the most


def _lead_head(text: str, after: int, pos: int) -> tuple[str, int]:
    """The name of a row whose weight follows the lead of its points at ``pos``: the head of the sentence before
    the lead (the row's explanation, the name run into it or on its own line), after ``after`` (the last label's
    end): up to its first line break or comma. (name, start); "" when there is none. Looked for within ``_HEAD_BACK``
    characters (``after`` stays where it was when a head gives no name: never a scan from it for every lead)."""
    lo = max(after, pos - _HEAD_BACK)
    body = text[lo:pos].rstrip(" \n|")
    body = body[:-1] if body.endswith(("。", "；", ";")) else body
    stops = list(_STOP.finditer(body))
    if not stops and lo > after:
        return "", pos  # no sentence starts within reach: a run of text, no row's head
    start = lo + (stops[-1].end() if stops else 0)
    while start < pos and text[start] in " \n|":
        start += 1
    mark = LIST_MARKS.match(text, start)
    start = mark.end() if mark else start
    end = _HEAD_END.search(text, start, pos)
    name = text[start : end.start() if end else pos].strip(" |")
    return (name[:MAX_NAME], start) if _CJK.match(name[:1]) else ("", start)


_ITEM_BACK = 800  # characters a list item's text takes before its closing weight at the most


def _item_head(text: str, pos: int, after: int) -> tuple[str, int, int] | None:
    """The name of a list item whose weight closes it (1.项目立项：立项依据充分……得满分。（5分）): where the bracket
    follows a stop, the words after the item's list mark, up to its first stop or colon. (name, start, end)"""
    if not _CLOSED_BEFORE.search(text, max(after, pos - 3), pos):
        return None
    end = pos
    while end > after and text[end - 1] in " |\n。．.":
        end -= 1
    # an outline's item (1.1.2有考核，有考核结果。（10分）): the sentence after its last outline number is the row,
    # that number glued to its group's weight before it or not (…问题情况151.2.1县政府… = 15, then 1.2.1)
    deep = [m for m in _DEEP_OUTLINE.finditer(text, max(after, pos - _ITEM_BACK), end)]
    if deep and (whole := _SENTENCE.fullmatch(text, deep[-1].end(), end)):
        return whole.group(0).strip(), whole.start(), whole.end()
    # the first mark after the weight before (within an item's length: never a scan from far back per weight)
    mark = _ITEM_MARK.search(text, max(after, pos - _ITEM_BACK), pos)
    if mark is None:
        return None
    m = _ITEM_NAME.match(text, mark.end())
    return (m.group(0), m.start(), m.end()) if m else None


def _weight_before_percent(m: re.Match[str]) -> tuple[int, str, int, int] | None:
    """The weight at the head of digits that run on into a percentage (5100% = 5 and 100%), when exactly one
    split leaves a weight within the full marks and a percentage of 0 to 100, neither with a leading zero."""
    if COMPARED.search(m.string, max(0, m.start(1) - 3), m.start(1)):
        return None  # 大于30%: a threshold, not a weight
    digits = m.group(1)
    splits = [k for k in range(1, len(digits))
              if not digits.startswith("0") and Decimal(digits[:k]) <= MAX_BARE
              and (digits[k:] == "0" or not digits[k:].startswith("0")) and Decimal(digits[k:]) <= 100]
    if len(splits) != 1:
        return None  # several readings (590% = 5 and 90%, or 59 and 0%): none is taken
    k = splits[0]
    return m.start(1), digits[:k], m.start(1) + k, m.start(1)
