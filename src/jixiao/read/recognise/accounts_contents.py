"""A 部门决算 or 部门预算 page that holds its 目录 and not its tables (``contents_only``).

A page cut after its 概况, or whose tables were attached apart, lists the public tables in its 目录 in every
way a site prints one: numbered lines, 表一: entries, Word field codes, dot leaders and page numbers, names set in
《》 (“一、《收支预算总表》”), the template's 总体情况表 names (“部门收支总体情况表”, ``title_stage``), or the whole
目录 run onto one line, with spaces between its entries or with none (“…决算二〇一八年九月目录第一部分…概况一、部门职责…”).
"""

from __future__ import annotations

import re

from jixiao.accounts.layout import squash
from jixiao.accounts.model import Accounts
from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document, Problem
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.accounts_titles import LEADER, YEAR, title_stage

_TOC = re.compile(r"^目\s*录$")
# an entry's dot leaders and page number ("一、部门收支总表……3", "1.部门收支总表 3"): not part of its title. Each of
# these patterns starts a match only where a run of leaders or spaces starts (never again inside the run), so that
# a long run that ends in no match is scanned once, whatever the text was cleaned of before
_PAGE_NO = re.compile(r"(?<![…．.·\s])(?:\s*[…．.·]{2,}|\s)\s*\d{1,3}\s*$")
_TOC_FIELD = re.compile(r"(?<!\s)\s*PAGEREF\s+_Toc\w+(?:\s+\\?h)?(?:\s+\d+)?\s*$")  # a Word 目录's field code left in
_QUOTES = re.compile(r"[《》〈〉]")  # a name set in book-title marks: “一、《部门收入总表》”
# "第二部分:…2018年部门预算报表", "第五部分附表" (the tables listed after the 说明's sections)
# "第二部分武汉市黄陂区木兰乡2022年部门预算公开表"
_TABLES_PART = re.compile(r"^第[一二三四五六七八九十]+部分[:：]?\s*(?:.{0,30}(预算|决算)(公开)?(报)?表|附表)$")
_MIN_LISTED = 3  # a 目录 names at least this many tables, one of them at least a public table by its title
_LIST_SPAN = 60  # lines after the 目录 heading its list may take
_HEADING = re.compile(r"(部门|单位)(预算|决算)")
_HEADING_END = re.compile(r"(部门|单位)(预算|决算)$")
# "一、收入支出决算总表", "表一:收入决算表", "表 1:…", "表1-1. 部门收入总表", "五、一般公共预算财政拨款支出决算表(一)"
_TABLE_LINE = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[.、]|表\s*[\d一二三四五六七八九十]+(?:-\d+)?\s*[:：.．、]?)\s*\S{2,40}表"
                         r"(?:[(（][一二三四五六七八九十\d]+[)）])?$")


def _clean(text: str) -> str:
    """A 目录 line without its field code, dot leaders, page number and book-title marks (taken out first: the
    text's normalisation reads 《 》 as the OCR slips they are in a target, ≤ ≥)."""
    return _PAGE_NO.sub("", LEADER.sub("", _TOC_FIELD.sub("", normalize_text(_QUOTES.sub("", text))))).strip()


def contents_only(fr: FileRead) -> list[Document]:
    """A 部门决算 or 部门预算 whose text holds its 目录 (or the list of its tables under 第二部分 …预算报表) and not its
    tables (a page cut after its 概况, or tables published as attachments): a document of its type with no table,
    saying so, with the figures its 说明 states when the text reaches them. The tables its 目录 lists are not
    called missing: the text ends before them, so nothing shows they were left out."""
    from jixiao.accounts.notes import stated_table

    lines = [(_clean(x), s) for x, s in fr.body]
    at = next((k for k, (x, _) in enumerate(lines) if _TOC.match(x) or _TABLES_PART.match(squash(x))), None)
    if at is None:  # a PDF preview run onto one line: its entries split at their numbers
        flat: list[tuple[str, Source]] = []
        for x, s in lines:  # (the lines after the heading's: the 目录's other entries run together)
            flat += [(_clean(p), s) for p in _unflatten(x, listing=any(y == "目录" for y, _ in flat))]
        lines = flat
        at = next((k for k, (x, _) in enumerate(lines) if _TOC.match(x)), None)
    if at is None:
        return []
    tables = list(dict.fromkeys(LEADER.sub("", x).strip() for x, _ in lines[at + 1:at + _LIST_SPAN]
                                if _TABLE_LINE.search(x)))
    anchor = squash(lines[at][0])
    stages = {found[1] for x in tables if (found := title_stage(x)) is not None}
    named = {stage for stage, word in (("budget", "预算"), ("final", "决算")) if word in anchor}
    if len(tables) < _MIN_LISTED or not stages or len(stages | named) != 1:
        return []  # not a list of the public tables, or one that mixes 预算 and 决算
    stage = (stages | named).pop()
    heads = [x for x, _ in lines[:at] if _HEADING.search(squash(x))]  # "…2018年部门预算" before "(2018部门预算公开)"
    heading = next((x for x in heads if _HEADING_END.search(squash(x))), heads[0] if heads else None)
    years = [int(m.group(1)) for x, _ in lines[:at + 40] for m in YEAR.finditer(x)]
    src = lines[at][1]
    stated = stated_table(fr.body, least=1)  # the 说明's first figures, when the text reaches them
    checked = ("只能核对说明中的数字", "only the figures the notes state are checked") if stated else (
        "未能核对任何表中数字", "no table figure could be checked")
    problem = Problem(f"目录列出 {len(tables)} 张表（{'、'.join(tables)}），文件中没有这些表（文本在表前结束，或表格另附），"
                      + checked[0], src, f"the contents list {len(tables)} tables, none of which is in the file "
                      f"(the text ends before them, or they were attached apart): {checked[1]}")
    fallback = "部门预算" if stage == "budget" else "部门决算"
    if stated is not None:
        stated.stage = stage
    acc = Accounts(tables=[stated] if stated else [], year=years[0] if years else None, stage=stage,
                   money_unit=stated.unit if stated else None)
    return [Document(type="budget_disclosure" if stage == "budget" else "final_accounts",
                     title=heading or (f"{acc.year}年度{fallback}" if acc.year else fallback), source=src,
                     year=acc.year, problems=[problem], body=list(fr.body), extra={"accounts": acc})]


# an entry of a 目录 run onto one line: before 第X部分, 一、 (not inside 十一、), 表1:, 1、 or 1. (not inside 317.6); with or without spaces before
# it (a match starts only after a character that is no space, so a long run of spaces is scanned once); a PDF's
# letter-spaced 第 一 部 分 is one
_ENTRY = re.compile(r"(?<![一二三四五六七八九十\s])\s*(?=第\s?[一二三四五六七八九十]+\s?部\s?分|[一二三四五六七八九十]+、|表\s*(?:\d+|[一二三四五六七八九十]+)\s*[:：]|(?<![\u4e00-\u9fff])表\d+(?:-\d+)?\s*[.．、]"
                    r"|(?<![\d.表-])\d{1,2}[、．.](?=[^\d\s.]))")
_TOC_INLINE = re.compile(r"(?<!\s)\s*[(（]?目\s*录[)）]?$")


def _unflatten(line: str, listing: bool = False) -> list[str]:
    """A line holding a whole 目录 ("…决算公开说明 (目录) 第一部分:… 表 1:收入支出决算总表 表 2:…", or with no space
    at all: "…部门决算二〇一八年九月目录第一部分…概况一、部门职责…") as its entries, the words before the heading
    "目录" apart from it; a line after such a heading's (``listing``) as its entries; any other line as it is."""
    pieces = [p for p in _ENTRY.split(line) if p.strip()]
    if listing:  # a line after the 目录 heading's: its entries (七、名词解释 第二部分… 1、收支总表 2、收入总表)
        return pieces or [line]
    if len(pieces) < _MIN_LISTED or not _TOC_INLINE.search(pieces[0]):
        return [line]
    head = _TOC_INLINE.sub("", pieces[0]).strip()
    return [*([head] if head else []), "目录", *pieces[1:]]
