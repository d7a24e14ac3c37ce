"""决算/预算情况说明 published without its tables: the figures the text states, read and checked on their own.

Some pages give only the 情况说明 of a 部门决算 or 部门预算 ("2022年本年收入合计4125.49万元,其中:一般公共预算财政
拨款收入3859.16万元,占93.54%;…"). Its statements are read into one table of stated figures (kind ``notes``: a
row per line named, its amount in 万元, the sentence as its source), checked as far as the text allows by
``accounts.notes_checks`` (and each share and rate of change against the amounts by ``accounts.text``).
Whether a text is such a 说明 (``is_notes``), and a budget's or final accounts' (``stage_of_text``), is here too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache

from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.accounts.notes_list import list_items, parts_listed
from jixiao.accounts.notes_parts import ADJUSTED
from jixiao.accounts.notes_printed import printed_lines
from jixiao.accounts.notes_split import split_lines
from jixiao.accounts.notes_subject import STAGE, Subjects, joined
from jixiao.accounts.notes_words import LEVEL, LINES, OLD_CLASSES, WHOLES
from jixiao.accounts.prose import paragraphs
from jixiao.accounts.prose import where as _line_of
from jixiao.accounts.sangong import item_of
from jixiao.accounts.stagewords import FINAL_TEMPLATE, own_words, stated
from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source

NUM = r"(\d[\d,]*(?:\.\d+)?)"


@lru_cache(maxsize=1)
def _line_names() -> str:
    """The names of the lines of the accounts tables and the functional classes (类) of the year's code list, as
    one alternation (longest first)."""
    from jixiao.accounts.codes import load_codes

    codes = load_codes(2024)
    classes = [n for c, n in (codes.names.items() if codes else []) if len(c) == 3 and n.endswith("支出")]
    return "|".join(map(re.escape, sorted({*LINES, *classes, *OLD_CLASSES}, key=len, reverse=True)))


@lru_cache(maxsize=1)
def stated_pattern() -> re.Pattern[str]:
    """A line named, a few filler characters (为, 类科目, 共计), an amount in 万元 or 元; the names are the lines
    of the accounts tables and the functional classes (类) of the year's code list. A bracket after the name says
    what it holds (基本支出（含人员经费和公用经费）, no figure in it), and 方面 may follow it (基本支出方面，安排…)."""
    return re.compile("(" + LEVEL + "?(?:" + _line_names() + "|" + _BUDGET_ORDER + "|" + _FINAL_WORDS + r")(?:预算|决算)?数?(?:总计|合计数?|总量|总额|总?金额)?(?:财政拨款)?)"  # 机关运行经费财政拨款
                      r"(?:类科目)?(?:[(（][^()（）]{1,6}[)）]|[(（][^()（）\d]{7,20}[)）])?(?:方面[,，]?)?"
                      r"(?:[由从](?:年初)?(?:预算)?数?的?)?"  # 由年初预算的X调整为Y
                      r"(?:[:：]?\s*(?:19|20)\d{2}\s*年度?(?:年初|全年)?(?:预算|决算)数?)?"  # 收入预算(:)2025年年初预算数X万元
                      r"(?:累计|预计|预期|安排|执行数?|拟调整|调整){0,2}[为是共计完成实现:：]{0,3}(?:人民币)?\s*" + NUM
                      + r"\s*(亿元|万元|元)")
# "一般公共服务(类)政府办公厅(室)及相关机构事务(款)行政运行(项):支出决算为441.72万元": the 项 by its name (the
# 款 where the 项 is left empty, "(款)(项)"); a name may hold a short bracket of its own (办公厅(室))
# a budget's totals with the words the other way round ("2024年预算收入1234.56万元", "预算支出…"), not the end of a
# budget's own name (一般公共预算收入, 政府性基金预算收入, 国有资本经营预算收入, 一般预算收入, 区本级预算支出)
_BUDGET_ORDER = r"(?<![共金营般级])预算(?:收入|支出)"
# the final accounts' totals as a 说明 words them (收入决算数为…, 支出决算总额, 决算收入); not the column word after an
# item's name ("…(项):支出决算为441.72万元", read by _ITEM)
_FINAL_WORDS = r"(?<![:：)）])(?:(?:收入|支出)决算|决算(?:收入|支出))"
_NAME = r"((?:[^()]|\([^()类款项]{1,3}\))*)"
_ITEM = re.compile(r"\(类\)" + _NAME + r"\(款\)" + _NAME + r"\(项\)[:：]?\s*(?:支出)?(?:决算|预算)(?:数)?为\s*" + NUM
                   + r"\s*(万元|元)")
# a budget explained item by item: "(一)经费拨款:指……。2012年预算安排8649.7万元。", "2010301行政运行(项):用于…。
# 2012年预算安排2024.93万元。" — the item named before its colon (after a list mark or its code), the amount the
# paragraph says is arranged for it
_ARRANGED_ITEM = re.compile(r"^\s*(?:[(（][一二三四五六七八九十]+[)）][、,，]?|\d{1,2}[.、．]|\d{3,7})?\s*"
                            r"([^:：()（）\d。,，;；]{2,20}?)(?:\(项\))?\s*[:：]")
_ARRANGED = re.compile(r"预算安排\s*" + NUM + r"\s*(万元|元)")
PAIR = re.compile(r"收[、,，]?\s*支总计各[为是]?\s*" + NUM + r"\s*(?:万元\s*)?[、,，]\s*" + NUM + r"\s*万元")  # A、B万元; A万元、B万元
# "收、支总计均为1523.26万元" (or cut at 万), "收、支总计4937.14万元": one amount is both totals
_PAIR_SAME = re.compile(r"收[、,，]?\s*支总计(?:(?:均|都)[为是]|[为是:：]?)\s*" + NUM + r"\s*万")
# … with both lines' words, in 元 or 万元: "收入、支出总计6160234.82元", "收入和支出总计均为…"
_PAIR_WORDS = re.compile(r"(收入[、,，和与及]\s*支出总计)(?:(?:均|都)[为是]|[为是:：]?)\s*" + NUM + r"\s*(万元|元)")
# a budget's (or final accounts') two totals said at once: "收支预算总额1234.56万元", "收入和支出预算均为…", "收、支预算总额均为…",
# "预算收支总额均为…" (one amount, both sides); "收入、支出预算总额各为A万元、B万元" (one each)
_BOTH = (r"(?:收[、,，和与及]?\s*支出?[预决]算|[预决]算收[、,，和与及]?\s*支出?|收入[、,，和与及]\s*支出[预决]算)"
         r"(?:总额|总计|合计|总量)?")
_BUDGET_SAME = re.compile(_BOTH + r"(?:(?:均|都)[为是]|[为是:：]?)\s*" + NUM + r"\s*(万元|元)")
_CHANGED = re.compile(r"(?:调增|调减|追加|增加|减少)$")  # a change said before a line's name
_SAID_BOTH = re.compile(r"\s*(?:(?:均|都)[为是]|[为是:：])?\s*$")
_BUDGET_EACH = re.compile(_BOTH + r"各[为是]\s*" + NUM + r"\s*(?:万元|元)?\s*[、,，和]\s*" + NUM + r"\s*(万元|元)")
HEADING = re.compile(r"(部门|单位)?(决算|预算)(公开)?(情况)?说明|(部门|单位)(决算|预算)\S{0,6}说明|收入支出(决算|预算)总体情况"
                     r"|预算执行情况(和|及|与).{0,16}预算[(（]?(草案)?[)）]?的报告|\d{4}年.{0,8}决算(?:[(（]?草案[)）]?)?的报告|决算[(（]?草案[)）]?的报告"
                     r"|预算调整方案|预算调整.{0,8}报告|\d{4}年.{0,8}预算[(（]?草案[)）]?的报告"
                     r"|^\S{0,40}(部门|单位)(决算|预算)(公开)?$")  # a 预算调整 report (调整方案(草案), 调整方案的报告)
AMOUNT = "金额"


@lru_cache(maxsize=1)
def _each_pattern() -> re.Pattern[str]:
    """Two lines named together and their amounts in the same order (基本支出和项目支出分别为A万元和B万元)."""
    name = "(" + LEVEL + "?(?:" + _line_names() + r"))(?:预算|决算)?数?"
    return re.compile(name + r"\s*[和、与及]\s*" + name + r"(?:预算|决算)?数?\s*分别[为是]\s*" + NUM
                      + r"\s*(?:亿元|万元|元)?\s*[和、,，与及]\s*" + NUM + r"\s*(亿元|万元|元)")


@lru_cache(maxsize=1)
def _final_after_budget() -> re.Pattern[str]:
    """The 决算 template's sentence for a line: its 年初预算 first, then its 决算 (一般公共预算财政拨款支出年初预算为A万元，
    支出决算为B万元，完成年初预算的C%): B is the line's own figure."""
    return re.compile("(" + LEVEL + "?(?:" + _line_names() + r"))\s*(?:年初)?预算数?[为是]?\s*" + NUM
                      + r"\s*(?:亿元|万元|元)\s*[,，;；]\s*(?:收入|支出)?决算数?[为是]?\s*" + NUM + r"\s*(亿元|万元|元)")


_PRIOR_BEFORE = re.compile(r"(?:比|较|与)(上一?年|去年)(?:同期)?$")  # last year's line after a comparison's word
_LEVEL_MARK = re.compile(r"[(（][类款项][)）]")  # 一般公共服务（类）支出: the code list's level, not the line's name


def stated_table(body: list[tuple[str, Source]], least: int = 3, headed: bool = False,
                 summed: bool = False) -> AccountTable | None:
    """The figures the notes state, each line under its own name at its first statement, named with the budget
    and level its heading or sentence gives it (``accounts.notes_subject``: 政府性基金预算总收入, 市本级一般公共预算
    收入总计); a line stated again with another figure (a report gives last year's execution, then next year's
    budget) is kept too, named "…（第2处）", an adjusted figure "…（调整后）". Under a heading that says what the text is (``headed``), the lines it names in its own words
    (``accounts.notes_printed``) count too once it names a whole. None for fewer than ``least`` lines named (three by default: a text that is not a 说明 names
    one or two by chance), or for fewer than four of which none is a whole; with ``summed`` (a text that states its
    own totals: a department's report), a line worded as a total (…合计, …总计) is a whole."""
    t = AccountTable("notes", "情况说明", body[0][1] if body else Source(""), columns=[AMOUNT],
                     own_name="情况说明所列数字")
    seen: dict[str, list[Decimal]] = {}
    bases: set[str] = set()  # the lines as the text words them, before their subject is added
    pairs: set[tuple[str, Decimal]] = set()  # each line with each figure it is stated with
    units: list[str] = []
    said_at: dict[int, list[tuple[int, str]]] = {}  # paragraph → (offset, name) of each line read, in order
    paras = paragraphs(body)
    subjects = Subjects(paras)

    def add(label: str, text: str, src: Source, unit: str = "万元", at: tuple[int, int] | None = None) -> None:
        if (d := parse_decimal(text)) is None:
            return
        label = _LEVEL_MARK.sub("", label) or label  # 一般公共服务（类）支出 is the line 一般公共服务支出
        name = subjects.name(label, *at) if at is not None else label
        if (name, d) in pairs:
            return
        pairs.add((name, d))
        bases.add(label)
        seen.setdefault(name, []).append(d)
        units.append(unit)
        if at is not None:
            bisect.insort(said_at.setdefault(at[0], []), (at[1], name))
        n = len(seen[name])
        t.rows.append(AccountRow(name if n == 1 else f"{name}（第{n}处）", {AMOUNT: Val(d, text, src)}, src,
                                 printed=label if label != name else None))

    for k, (text, lines) in enumerate(paras):
        src = lines[0][1]
        for m in PAIR.finditer(text):
            add("收入总计", m.group(1), src, at=(k, m.start()))
            add("支出总计", m.group(2), src, at=(k, m.start()))
            if parse_decimal(m.group(1)) == parse_decimal(m.group(2)):  # "各为A、A": the one 收支总计 too
                add("收支总计", m.group(1), src, at=(k, m.start()))
        for m in _PAIR_SAME.finditer(text):
            for name in ("收入总计", "支出总计", "收支总计"):  # one amount, said once for both
                add(name, m.group(1), src, at=(k, m.start()))
        for m in _PAIR_WORDS.finditer(text):  # "收入、支出总计6160234.82元": both lines, and the pair as printed
            for name in ("收入总计", "支出总计", m.group(1)):
                add(name, m.group(2), _line_of(lines, m.group(2)), m.group(3), (k, m.start()))
        for m in _BUDGET_SAME.finditer(text):
            word = "决算" if "决算" in m.group(0) else "预算"
            add(f"收入{word}", m.group(1), _line_of(lines, m.group(1)), m.group(2), (k, m.start()))
            add(f"支出{word}", m.group(1), _line_of(lines, m.group(1)), m.group(2), (k, m.start()))
            both = _SAID_BOTH.sub("", text[m.start():m.start(1)])  # and the one line as said: 收支预算总额
            add(both, m.group(1), _line_of(lines, m.group(1)), m.group(2), (k, m.start()))
        for m in _BUDGET_EACH.finditer(text):
            word = "决算" if "决算" in m.group(0) else "预算"
            add(f"收入{word}", m.group(1), _line_of(lines, m.group(1)), m.group(3), (k, m.start()))
            add(f"支出{word}", m.group(2), _line_of(lines, m.group(2)), m.group(3), (k, m.start()))
        for m in _each_pattern().finditer(text):  # "基本支出和项目支出分别为A万元和B万元"
            add(m.group(1), m.group(3), _line_of(lines, m.group(3)), m.group(5), (k, m.start(1)))
            add(m.group(2), m.group(4), _line_of(lines, m.group(4)), m.group(5), (k, m.start(2)))
        for m in _final_after_budget().finditer(text):  # "…支出年初预算为A万元，支出决算为B万元": B the line's
            add(m.group(1), m.group(3), _line_of(lines, m.group(3)), m.group(4), (k, m.start(1)))
        said = {m.start(2): m for m in stated_pattern().finditer(text)}
        for m in said.values():
            if _CHANGED.search(text, max(0, m.start(1) - 2), m.start(1)) or text.endswith("其他", 0, m.start(1)):
                continue  # "调增上级补助收入6.98亿元": the change, not the line's figure; 其他工资福利支出 is a line of its own
            # (last year's figure a comparison states, "比上年财政总收入238960.28万元减少…": named as last year's)
            prior = _PRIOR_BEFORE.search(text, max(0, m.start(1) - 5), m.start(1))
            add((prior.group(1) if prior else "") + joined(text, m.start(1), m.group(1)), m.group(2),
                _line_of(lines, m.group(2)), m.group(3), (k, m.start(1)))
        for m in ADJUSTED.finditer(text):  # "A万元拟调整为B万元": the line's adjusted figure, a line of its own
            if (before := said.get(m.start(1))) is not None:
                name = subjects.name(joined(text, before.start(1), before.group(1)), k, before.start(1))
                add(f"{name}（调整后）", m.group(3), _line_of(lines, m.group(3)), m.group(4))
        for m in _ITEM.finditer(text):
            name = (m.group(2).strip() or m.group(1)).strip()
            if name:
                add(name, m.group(3), _line_of(lines, m.group(3)), m.group(4))
        _arranged_items(lines, add)
    for part in list_items(body):  # the numbered parts under a 其中, as printed ("1、财政拨款3362.61万元")
        add(part.name, part.amount, part.source, part.unit)
    t.unit = max(set(units), key=units.count) if units else None
    bare = [re.sub("^" + LEVEL, "", name) for name in bases]  # 收入预算总额 is 收入预算's total: whole as 收入预算 is
    wholes = {n for name in bare for n in (name, _SUFFIX.sub("", name), _TOTAL.sub("", name))} & WHOLES | (
        bases & WHOLES)
    if summed:  # a text known to state its own totals (a department's report): a line worded as a total is a whole
        wholes |= {b for b in bases if _WORDED_TOTAL.search(b)}
    printed = [p for p in printed_lines(body) if p[0] not in bases]
    # under a heading that says it is a 说明, a whole line and one more in the text's own words are enough (a 三公
    # item is not such a line: a 三公 statement is read as one, accounts.sangong_text)
    own = {p[0] for p in printed if item_of(p[0]) is None}
    named = len(seen) + (len(own) if headed and wholes else 0)
    if named < least or not (wholes or len(seen) >= max(least, 4)):
        return None
    for k, (text, lines) in enumerate(paras):  # once a 说明: the lines named by their clause before a 其中 split
        for name, amount, unit, pos in split_lines(text):
            if not any(name.startswith(b) for b in bases):  # "本部门支出预算A万元,其中:…": 本部门支出, read already
                add(name, amount, _line_of(lines, amount), unit, (k, pos))
    for part in parts_listed(body):  # once a 说明: the numbered parts under a 其中 with their own clauses, as printed
        add(part.name, part.amount, part.source, part.unit)
    for name, amount, unit, src, k, pos in printed:  # once a 说明: its other lines, named as printed
        if (stage := STAGE.fullmatch(name)) is not None and (line := _line_before(said_at, subjects, k, pos)):
            name = line + stage.group(1)  # "完成年初预算数60999万元": the year's budget of the line before it
        add(name, amount, src, unit, (k, pos))
    return t


def _line_before(said_at: dict[int, list[tuple[int, str]]], subjects: Subjects, k: int, pos: int) -> str | None:
    """The name of the line read last before ``pos`` in its sentence (paragraph ``k``)."""
    read = said_at.get(k, [])
    i = bisect.bisect_left(read, (pos, "")) - 1
    return read[i][1] if i >= 0 and subjects.same_sentence(k, read[i][0], pos) else None


def _arranged_items(lines: list[tuple[str, Source]], add: Callable[[str, str, Source, str], None]) -> None:
    """Each line that names an item before its colon, with the one amount arranged for it on that line or the
    lines after it up to the next item (a 款 heading without a colon runs into the item after it)."""
    starts = [k for k, (x, _) in enumerate(lines) if _ARRANGED_ITEM.match(x)]
    for k, nxt in zip(starts, [*starts[1:], len(lines)]):
        item = _ARRANGED_ITEM.match(lines[k][0])
        arranged = _ARRANGED.findall("".join(x for x, _ in lines[k:nxt]))
        if item and len(arranged) == 1:
            add(item.group(1).strip(), arranged[0][0], _line_of(lines[k:nxt], arranged[0][0]), arranged[0][1])


_SUFFIX = re.compile(r"(预算|决算)?数?(总计|合计数?|总量|总额|总?金额)?$")
_TOTAL = re.compile(r"数?(总计|合计数?|总量|总额|总?金额)?数?$")
_WORDED_TOTAL = re.compile(r"(?:总计|合计)$")



# a budget's own words ("占支出总预算X%" too); not 一般公共预算收入/支出, which a 决算 report says as often
_BUDGET_WORDS = re.compile(r"(?:收入|支出|部门|单位|收支)总?预算|预算(?:安排|编制|说明|批复|草案|执行|调整)|调整预算|"
                           + _BUDGET_ORDER)


# the year's budget while it runs, as an execution report dates it (上半年, 1-4月, 截至4月底, 前三季度) or measures it
# (完成年初预算的45.5%, 为年初预算数的125.8%): a 决算 is of a year that has ended
IN_YEAR = re.compile(r"上半年|前三季度|第?[一二三]季度|(?<!\d)[1-9][0-2]?\s*[-—–~至]\s*[1-9][0-2]?月|截至\d{1,2}月(?:底|末)"
                      r"|(?:完成|为)年初预算")


_DATED = re.compile(IN_YEAR.pattern.replace("|(?:完成|为)年初预算", ""))


def stage_of_text(body: list[tuple[str, Source]], heading: str | None = None) -> str | None:
    """Whether a 情况说明 is a budget's or final accounts' ("budget", "final"): its heading says it; without one
    the words do (决算 against a budget's own words: 收入预算, 部门预算, 预算安排); None when neither is said."""
    if heading is not None:
        heading = own_words(re.sub(r"\s", "", normalize_text(heading)))  # "2023年财政预 算(草案)的报告": PDF's spaces
        return "budget" if "预算" in heading and "决算" not in heading else "final"
    if (titled := _title_stage(body)) is not None:
        return titled
    text = own_words(normalize_text("".join(x for x, _ in body)).replace(" ", ""))  # (not a cited title's words)
    # a completion of the 年初预算 dates the text in its year only beside a date that does (上半年, 1-4月): a 决算 states
    # each line's completion of a year that has ended ("支出决算…,完成年初预算的95%")
    dated = len(_DATED.findall(text))
    final, budget = text.count("决算"), len(_BUDGET_WORDS.findall(text)) + (len(IN_YEAR.findall(text)) if dated else 0)
    final += len(FINAL_TEMPLATE.findall(text))  # the 决算 template's carry-over lines (年初结转和结余), never a budget's
    if not final and not budget:
        return None
    return "final" if final >= budget else "budget"


_NOT_TITLE = re.compile(r"[。，,;；:：>›»|]|首页|位置")  # a sentence, a label and its value, a breadcrumb
_TITLE_LINES, _TITLE_CHARS = 3, 40


# a statistical bulletin of a year's spending (关于2021年栾川县教育经费执行情况的统计公告, or opened 现将2022年全县地方教育经费
# 执行情况公告如下): what was spent, a 决算's figures
_BULLETIN = re.compile(r"^(?:关于)?(?:19|20)\d{2}年度?[^月季，。,;；]{0,16}执行情况的?统计公告$|"
                       # (… or its opening announcing it: 现将2022年全县地方教育经费执行情况公告如下)
                       r"现将(?:19|20)\d{2}年度?[^月季，。,;；]{0,16}经费执行情况(?:统计)?公告如下")
_BULLETIN_LINES = 20


def _title_stage(body: list[tuple[str, Source]]) -> str | None:
    """"final" where a title line opening the text says 决算 (某某县2022年财政决算情况: a government's 决算 says 为调整预算的
    X% of every line, words a count would take for a budget's), its first lines only: a short line, no sentence (预决算
    names both stages). A title that says 预算 decides nothing: a page titled 预算执行情况 may publish its 决算."""
    for x, _ in body[:_TITLE_LINES]:
        t = re.sub(r"\s", "", normalize_text(x))
        if t and len(t) <= _TITLE_CHARS and not _NOT_TITLE.search(t) and stated(t) == "final":
            return "final"
    # (a bulletin's title, wherever a page's links put it before the text: its words are no other document's)
    if any(_BULLETIN.search(re.sub(r"\s", "", normalize_text(x))) for x, _ in body[:_BULLETIN_LINES]):
        return "final"
    return None


def is_notes(body: list[tuple[str, Source]]) -> bool:
    """The body reads as a 决算/预算 情况说明 (its heading near the top)."""
    return any(HEADING.search(normalize_text(x).replace(" ", "")) for x, _ in body[:40])
