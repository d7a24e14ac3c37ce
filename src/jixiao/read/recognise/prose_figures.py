"""A budget's or final accounts' figures stated only in prose: the last-resort reading of such a text.

A news item on budget execution (全市一般公共预算收入完成X亿元，同比增长Y%), a 部门预算/决算 说明 page cut from its
tables, a 三公 paragraph: no table and no wording the other readers know. When the text speaks of budgets or
accounts (its statements name 收入, 支出, 预算, 经费 … lines), each of its statements "SUBJECT [verb] AMOUNT UNIT"
is read under its printed label (``accounts.prose_stated``) into a ``budget_disclosure`` (预算) or
``final_accounts`` (决算) document — a 三公 statement the ``sangong`` one, read by the 三公 reader where it reads
it (``accounts.sangong_text``) — with a located problem saying it was read from the prose only. A text that
speaks of no budget stays not recognised, and a text about a transfer fund (``transfer_subject``: a notice, news
or account of funds sent down) is left to the transfer readers; the checks are the accounts' own text checks, run on the document's text.
"""

from __future__ import annotations

import re

from jixiao.accounts.layout import squash
from jixiao.accounts.model import Accounts, AccountTable
from jixiao.accounts.notes import AMOUNT
from jixiao.accounts.sangong import OFFICE, item_of
from jixiao.accounts.stagewords import says_final
from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document, Problem
from jixiao.core.source import Source
from jixiao.read.aslines import lines_of
from jixiao.read.base import FileRead
from jixiao.read.recognise.accounts_titles import YEAR
from jixiao.read.recognise.transfer_subject import about_transfer

# a line of a budget or final account: the statements of a text about them name such lines
_FINANCE = re.compile(r"收入|支出|预算|决算|经费|拨款|资金|结转|结余|财力|税|费|采购|资产|补助|债|基金|收益|三公")
_LEAST = 2  # statements naming such lines, fewer is a text that mentions money by chance
_TITLE = re.compile(r"预算|决算|财政|收支|经费|三公")
_TITLE_LONGEST = 60
# a title saying the text is a performance evaluation, a work report or a notice (of funds allocated, of work to
# do): a project's, a department's or a transfer's, which have readers of their own
_OTHER_TITLE = re.compile(r"绩效|自评|评价|总结|通知")
_TITLE_LINES = 3
_OPENING = 200  # characters of a text run onto one line its title may stand in
_CHROME = 12  # lines of a page's navigation its title may stand below
_SHORTEST_TITLE = 8
# a page's navigation, never its title (首页>>政府信息公开>>预算绩效管理: the section, not what the text is)
_NAVIGATION = re.compile(r"[>》|]|首页|当前位置|您的位置|栏目")
_PREAMBLE = 2  # sentences a page may open with before its title
# a project's report by its outline (一、项目概况 / 项目基本情况 / 项目绩效目标): its figures are the project's, not a budget's
_PROJECT_PART = re.compile(r"^[一二三四五六七八九十]+[、.．]\s*(?:项目(?:基本)?概况|项目基本情况|项目(?:预期)?(?:绩效)?目标|"
                           r"项目(?:资金)?(?:使用|管理|实施)情况|项目绩效(?:情况|分析)?)")
_OUTLINE = 60  # lines where its outline begins
_SANGONG_ITEMS = 2  # statements of 三公 items that make a 三公 statement of a text that names 三公


def recognise(fr: FileRead) -> list[Document]:
    from jixiao.accounts.notes import HEADING, stage_of_text
    from jixiao.accounts.prose_stated import stated_in_prose
    from jixiao.accounts.sangong_text import stated_sangong

    body = lines_of(fr, ",")  # the text's lines, those taken for a table's rows (split at commas) joined back
    # (the title's lines: the first lines, after the sentence a page may open with before its text: 按照《预算法》…的要求，
    # 现将…公开如下：)
    lead = next((k for k, (x, _) in enumerate(body[:_PREAMBLE + 1]) if _title_like(x)), 0)
    if not body or any(_titled(x) and _OTHER_TITLE.search(x) for line, _ in body[lead:lead + _TITLE_LINES]
                       for x in _pieces(line)):
        return []
    # (… or below a page's lines of navigation: the first line that names what the text is, its title)
    title = next((x for x, _ in body[:_CHROME] if _titled(x) and len(x.strip()) >= _SHORTEST_TITLE
                  and (_TITLE.search(x) or _OTHER_TITLE.search(x))), "")
    if _OTHER_TITLE.search(title):
        return []
    if about_transfer([x for x, _ in body]):  # a transfer's notice, news or account: the transfer readers'
        return []
    if any(_PROJECT_PART.match(x.strip()) for x, _ in body[:_OUTLINE]):  # a project's report: its reader's
        return []
    table = stated_in_prose(body)
    # the title's year, else the latest the opening names (a year compared with, 2015 to 2020: the later)
    titled = [int(m.group(1)) for x, _ in body[:12] if _title_like(x) and _TITLE.search(x) for m in YEAR.finditer(x)]
    years = [int(m.group(1)) for x, _ in body[:40] for m in YEAR.finditer(x)]
    year = titled[0] if titled else max(years) if years else None
    text = "".join(x for x, _ in body)
    three = stated_sangong(body) if "三公" in text else None  # the 三公 reader's own reading, its items and identities
    rows = table.rows if table is not None else []
    # the 三公 items' statements, in a text that speaks of 三公 (机关运行经费 alone is an account's line)
    sangong = [r for r in rows if item_of(r.name) not in (None, OFFICE) or "三公" in r.name] if "三公" in text else []
    docs: list[Document] = []
    if table is not None and sum(bool(_FINANCE.search(r.name)) for r in rows if r not in sangong) >= _LEAST:
        heading = next((x for x, _ in body[:40] if HEADING.search(squash(normalize_text(x)))), None)
        # its heading's stage (…决算草案的报告), else its words'; a text of revenue and spending that says neither is a
        # budget's
        table.stage = stage_of_text(body, heading) or "budget"
        docs.append(_document("budget_disclosure" if table.stage == "budget" else "final_accounts", table, table.stage,
                              year, body, _statements(table)))
    if three is not None:  # a 三公 statement of its own, or the 三公 section of the text
        docs.append(_document("sangong", three, three.stage, year, body, len(three.rows)))
    elif not docs and table is not None and len(sangong) >= _SANGONG_ITEMS:
        table.stage = "final" if says_final(text) else "budget"
        docs.append(_document("sangong", table, table.stage, year, body, _statements(table)))
    return docs


def _pieces(line: str) -> list[str]:
    """The lines a line may hold: itself, or, for a text run onto one line (a document-sharing site's preview, its
    lines a space apart), the space-separated pieces of its opening, where its title stands."""
    return [line] if len(line.strip()) <= _TITLE_LONGEST else line[:_OPENING].split()


def _titled(line: str) -> bool:
    """A line that may be the text's title and is none of the page's navigation."""
    return _title_like(line) and not _NAVIGATION.search(line)


def _title_like(line: str) -> bool:
    """A line that may be the text's title: short, no sentence's stops (a sentence naming a 通知 is not one)."""
    return len(line.strip()) <= _TITLE_LONGEST and not re.search(r"[。，,；;]", line)


def _statements(table: AccountTable) -> int:
    """The statements read: a figure read under two names (as printed, and with its sentence's budget) is one."""
    return len({(r.source.line, r.get(AMOUNT).text) for r in table.rows})


def _document(kind: str, table: AccountTable, stage: str, year: int | None, body: list[tuple[str, Source]],
              read: int) -> Document:
    title = next((normalize_text(x).strip() for x, _ in body[:12]
                  if _TITLE.search(x) and len(x.strip()) <= _TITLE_LONGEST and not re.search(r"\d\s*[亿万]?元", x)),
                 None)
    word = "预算" if stage == "budget" else "决算"
    problem = Problem(f"只从正文的数字陈述读取，未找到表格：读出 {read} 条", table.source,
                      f"read only from the figures the text states, no table found: {read} statements read")
    acc = Accounts(tables=[table], year=year, money_unit=table.unit, stage=stage)
    return Document(type=kind, title=title or f"{word}情况（正文）", source=table.source, year=year,
                    money_unit=table.unit, problems=[problem], body=list(body), extra={"accounts": acc})
