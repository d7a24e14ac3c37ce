"""A 部门预算 or 部门决算 page that holds only its headings: the last reading of the text stream.

A site often publishes the disclosure's first page alone: its title (“××2024年度部门决算公开”, “××2024年度预算公开
情况说明”), then the 说明's first section (单位基本情况, 部门概况, 主要职能, or one of its accounts' sections: 一、收支预算总体
情况, 四、“三公”经费预算情况 — stated in words, with no figure) or a 目录 of the 说明's sections that names no table; the figures and the tables come after the text ends. Nothing in it can be checked, but it is the disclosure
it says it is: a document of its stage with no table, saying that nothing was read, rather than a file “not
recognised”. It is tried last (``recognise.FALLBACKS``) and kept only when no reader found anything else.
"""

from __future__ import annotations

import re

from jixiao.accounts.layout import squash
from jixiao.accounts.model import Accounts
from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document, Problem
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.accounts_titles import YEAR

_TITLE_LINES = 40  # the title stands among the page's first lines (after the site's navigation and 索引号 block)
_SECTION_SPAN = 8  # and the 说明's first section or its 目录 within these lines after it
# the title: a department's or unit's budget or final accounts published, or its 说明, in the wordings sites use
# (…部门预算信息公开, …预算公开信息, …单位预算编制说明; not a form or a report on performance, which have readers of
# their own)
_TITLE = re.compile(r"(?:部门|单位)?(预算|决算)(?:编制)?(?:的)?(?:信息)?(?:公开)?(?:信息)?(?:情况)?(?:的)?(?:说明)?(?:目录)?$")
# what may follow the title's last word: a draft's mark (草案), or the unit's name after a dash (…部门预算公开-××局)
_TAIL = re.compile(r"(?:[(（](?:草案|草稿|修订)[)）]|[-—－–]+[^-—－–]{2,30})$")
# the year in Chinese numerals (二〇二四年): its digits
_HAN_YEAR = re.compile(r"([一二][〇零○一二三四五六七八九]{3})年")
_HAN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
_NOT_TITLE = re.compile(r"绩效|自评|评价|[。,，;；:：]")
# the 说明's opening sections, or its 目录, or the files it is published as
_SECTION = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?\s*"
                      r"(?:(?:部门|单位|机构)(?:基本)?(?:情况|概况)|(?:部门|单位)?(?:主要)?(?:职能|职责)|目录"
                      # … or one of the 说明's own sections (一、收支预算总体情况, 四、“三公”经费预算情况说明)
                      r"|(?:部门|单位)?(?:收支|收入|支出|财政拨款|一般公共预算|政府性基金|国有资本经营|“?三公”?经费"
                      r"|机关运行经费|政府采购|基本支出|项目支出)\S{0,14}(?:情况|说明)$)"
                      # … or the attachments the page publishes in its place (附件:…2024年部门预算公开表.xlsx)
                      r"|^(?:附件\d*[:：]?)?\S{0,40}(?:预算|决算)\S{0,16}\.(?:xlsx?|pdf|docx?|wps|et|zip|rar)$")
_MAX_TITLE = 60
# a file's name printed as its title (…2020 年度部门决算情况说明.pdf): the title without its extension
_EXTENSION = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|et)$", re.I)


# a title run together with the text it opens (“××2024年度部门决算公开 ××决算公开说明 一、单位基本情况 (一)职能职责”, as a
# page's short lines joined into one give it): the title ends where a section's or the 目录's mark begins after a space
_RUN_ON = re.compile(r"\s+(?=第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|目\s*录)")


def _split_run_on(body: list[tuple[str, Source]]) -> list[tuple[str, Source]]:
    """The opening lines with a title run into the text after it split there (``_RUN_ON``): the title a line of its
    own, the rest the next line."""
    out: list[tuple[str, Source]] = []
    for x, src in body[:_TITLE_LINES]:
        m = _RUN_ON.search(x)
        if m is None or m.start() > _MAX_TITLE * 2:
            out.append((x, src))
            continue
        head = ""  # (two titles in a row, the file's and its 说明's: one line each)
        for word in x[:m.start()].split():
            head = f"{head} {word}".strip()
            if _TITLE.search(squash(normalize_text(head))) and _year(head) is not None:
                out.append((head, src))
                head = ""
        out += [(head, src)] * bool(head) + [(x[m.end():], src)]
    return out


def recognise(fr: FileRead) -> list[Document]:
    raw = _split_run_on(fr.body)
    lines = [(squash(normalize_text(x)), s) for x, s in raw]
    for k, (x, src) in enumerate(lines[:_TITLE_LINES]):
        x = _EXTENSION.sub("", x)
        found = _TITLE.search(x) or _TITLE.search(_TAIL.sub("", x))
        year = _year(x)
        if (found is None or len(x) > _MAX_TITLE or _NOT_TITLE.search(x) or year is None
                or not any(_SECTION.match(_after_title(y, x)) for y, _ in lines[k + 1:k + 1 + _SECTION_SPAN])):
            continue
        stage = "budget" if found.group(1) == "预算" else "final"
        problem = Problem("只有标题与说明的开头（概况、职能或目录），文本在说明的数字与各表之前结束，未能读取任何数字或表",
                          src, "only the title and the opening of the notes (overview, duties or contents): the text "
                          "ends before the notes' figures and the tables, and nothing could be read")
        acc = Accounts(tables=[], year=year, stage=stage)
        return [Document(type="budget_disclosure" if stage == "budget" else "final_accounts",
                         title=_EXTENSION.sub("", normalize_text(raw[k][0]).strip()), source=src, year=year, problems=[problem],
                         body=list(fr.body), extra={"accounts": acc})]
    return []


def _after_title(line: str, title: str) -> str:
    """A line that repeats the title before the text it opens (a PDF's text run onto one line after its file name):
    the text after the title; any other line as it is."""
    return line[len(title):] if len(line) > len(title) and line.startswith(title) else line


def _year(title: str) -> int | None:
    """The title's year, in digits (2024年) or in Chinese numerals (二〇二四年)."""
    if m := YEAR.search(title):
        return int(m.group(1))
    if m := _HAN_YEAR.search(title):
        return int(m.group(1).translate(_HAN_DIGITS))
    return None
