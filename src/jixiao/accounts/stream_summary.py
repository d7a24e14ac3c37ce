"""A 收支总表 (部门收支总表, 财政拨款收支预算总表, 收入支出决算总表 …) whose cells reached the text without a
table: pipes without a leading pipe, rows flattened to spaces, an xls preview run onto one line with the two
sides interleaved and page furniture inside ("支 第 2 页,共 46 页 出 总 计").

The table is read by its labels, as the 三公 reader reads its items: after the table's title, every label that
names a line of the table (…收入, …支出, 本年收入合计, 收入总计, 上年结转 …; letters spaced out joined back) is a
row, and the amounts right after it, before any other word, are its values (the first is the row's amount; a
two-sided row "一、本年收入 | 878.18 | 一、本年支出 | 878.18 | 878.18" gives each side its own). An amount that
follows a header word instead of a label ("2020年预算数 12,204.85") belongs to no row it can be told from, and
stays unread, said. The rows are stated figures (kind ``notes``): only identities whose every line was read are
checked (``accounts.notes_checks.check_notes``), so a row left blank is never summed as zero.
"""

from __future__ import annotations

import re

from jixiao.accounts.layout import WRAPPED_FIRST, WRAPPED_REST
from jixiao.accounts.model import AccountRow, AccountTable, clean_name
from jixiao.accounts.stream_untitled import UNTITLED, untitled_start
from jixiao.core.numbers import AMOUNT_CELL, normalize_text, parse_decimal
from jixiao.core.records import Problem, Val
from jixiao.core.source import Source
from jixiao.read.recognise.common import unwrap

TITLE = re.compile(r"(?:部门|单位)?(?:财政拨款)?收支(?:预算)?总表|收入支出(?:决算|预算)总表|收支总体情况表|财政拨款收支(?:预算|情况)表"
                   r"|(?:部门|单位)预算公开表$"  # a page's one table under the publication's name: its 收支总表
                   # … and under the other names sites give it (收入支出总表, 收支决算总表, 收入支出决算表, 收支预算表),
                   # never a fund's own (政府性基金预算财政拨款收入支出决算表)
                   r"|(?<!基金预算财政拨款)(?<!经营预算财政拨款)(?:收入支出|收支)(?:决算|预算)?总?表")
_PAGE = re.compile(r"第\s*\d+\s*页\s*[,，]?\s*共\s*\d+\s*页")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# the lines of a 收支总表; a 财政拨款收支总表 names its income lines by the fund alone (一、一般公共预算拨款)
_LINE = re.compile(r"(收入|支出|合计|总计|结转|结余|结转和结余|结余分配|事业基金|收支差额|预算拨款)$")
# 附属单位上缴收入, 事业单位经营收入, 单位资金 are lines; 单位:万元, 预算单位 are not
_NOT_LINE = re.compile(r"总表|情况表|预算表|决算表|项目(?!支出)|单位(?!上缴|补助|经营|资金|自筹)|说明|名称")
# a header's words, never a line however an amount follows them (2024年预算数 12,204.85: the amount is no row's)
_MONEY = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$")  # an amount as tables print it (not 6.2023: a list's 6. and a year)
_HEAD_WORD = re.compile(r"数$|金额|^(?:收入|支出|科目|行次|栏次|合计数)$|年度?$")
_SENTENCE = re.compile(r"[。；;]")
_NEXT_TABLE = re.compile(r"^(?:表\s*\d|注[:：]|[一二三四五六七八九十]+、\S*表$)")
_ROW_NO = re.compile(r"^\d{1,2}$")
# a date's number ("关于X县2022年预算执行情况…", "12月18日"): never an amount (not an amount run on into a line that starts
# with 年: "…12.34年末结转和结余")
_DATE = re.compile(r"(?<![\d.,])(?:(?:19|20)\d{2}(?=年)|\d{1,2}(?=[月日]))")
_RECENT = 4  # the 行次 numbers a next line's number may follow: both sides' last two
_MAX_TOKENS = 600
_STAGED = re.compile(r"(部门|单位)(预算|决算)")  # the publication's heading: 部门预算, 单位决算 …
_CONTEXT = 60  # lines before a table's title that may hold that heading
_SPACES = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_SPACED_TITLE = 40  # a line this short may be a title with spaces inside its words


# a label and its amount run together with no separator ("一、一般公共预算拨款收入675.82一、一般公共服务支出516.39"):
# they part where Chinese characters meet digits
_RUN = re.compile(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])")


def _cells(lines: list[tuple[str, Source]]) -> list[tuple[str, Source]]:
    """The cells after a title: split at pipes, else at spaces with single letters spaced out joined back (a label
    run together with its amount is parted from it by the caller)."""
    out: list[tuple[str, Source]] = []
    for text, src in lines:
        t = _PAGE.sub(" ", normalize_text(text))
        if "|" in t:
            parts = [unwrap(p) for p in t.split("|")]  # a cell's wraps (名 称) taken out
            out.extend((p, src) for p in parts if p)
            continue
        spaced = False
        for tok in t.split():
            single = len(tok) == 1 and bool(_CJK.match(tok))
            if out and spaced and single:
                out[-1] = (out[-1][0] + tok, src)
                continue
            out.append((tok, src))
            spaced = single
    return out


def _label(tok: str, after: list[str] | None = None) -> str | None:
    """The line a cell names: a line's words (…收入, …支出, 合计, 结转 …), or, with ``after`` (the cells that follow),
    any other short name an amount follows (一、财政拨款, 财政专户管理资金, 一般公共预算: the fund names templates print
    for their income lines), never a header's word nor a bracketed aside ("(财政拨款)" in a list of the tables)."""
    name = clean_name(tok)
    if not name or not _CJK.search(name) or _NOT_LINE.search(name) or len(name) > 24:
        return None
    if _LINE.search(name):
        return name
    if (after and _MONEY.match(after[0]) and not _HEAD_WORD.search(name) and not name.startswith(("(", "（"))
            and parse_decimal(name) is None):
        return name
    return None


def read_stream_summary(body: list[tuple[str, Source]], untitled: bool = True
                        ) -> tuple[AccountTable, list[Problem]] | None:
    """The first 收支总表 the body holds as loose cells, or None (no title nor, with ``untitled``, both sides' totals;
    fewer than two rows with amounts)."""
    for at, (text, src) in enumerate(body):
        line = normalize_text(text)
        m = TITLE.search(line)
        if m is None and len(line) <= _SPACED_TITLE and (m := TITLE.search(_SPACES.sub("", line))) is not None:
            line = _SPACES.sub("", line)  # a title PDF text broke with spaces (部门预算 公开表): the line is the title
        if m is None:
            continue
        said = list(_STAGED.finditer(" ".join(x for x, _ in body[max(0, at - _CONTEXT):at])))
        found = _read(m.group(0), line[m.end():], body[at + 1:], src, said[-1].group(2) if said else None)
        if found is not None:
            return found
    if untitled and (start := untitled_start(body)) is not None:  # no title: the table's own lines tell where it stands
        said = list(_STAGED.finditer(" ".join(x for x, _ in body[max(0, start - _CONTEXT):start])))
        return _read(UNTITLED, "", body[start:], body[start][1], said[-1].group(2) if said else None)
    return None


def _unstated(title: str, tokens: list[tuple[str, Source]]) -> str:
    """The stage of a table that neither its title, its header nor the heading before it says: the 部门预算 template's
    titles say no stage (收支总表, 财政拨款收支总表, 收支总体情况表; a 决算's says 收入支出决算总表), so they are a budget's,
    unless the table carries the 决算 template's own carry-over lines (年初结转和结余, 年末财政拨款结转和结余)."""
    from jixiao.accounts.stagewords import FINAL_TEMPLATE

    template = re.sub(r"\s", "", title).endswith(("收支总表", "收支总体情况表"))
    return "budget" if template and not any(FINAL_TEMPLATE.search(t) for t, _ in tokens) else "final"


def _read(title: str, rest: str, after: list[tuple[str, Source]], src: Source,
          context: str | None = None) -> tuple[AccountTable, list[Problem]] | None:
    """The table after its title; ``context``: 预算 or 决算 as the heading before it names the publication (部门预算),
    the table's stage when neither its title nor its header says one."""
    lines = [(rest, src), *after]
    tokens: list[tuple[str, Source]] = []
    for cell, where in _cells(lines):
        # a sentence ends the table (tested before a label is parted from its amount: "本年收入合计4914.82万元,…。"
        # is the 说明's prose, not cells), as does the next table's title or the table's note
        if _SENTENCE.search(cell) and len(cell) > 12 or _NEXT_TABLE.match(cell) or len(tokens) > _MAX_TOKENS:
            break
        tokens.extend((p, where) for p in _RUN.split(_DATE.sub("", cell)) if p)
    heads = " ".join(t for t, _ in tokens[:30])
    stage = ("budget" if "预算" in title or "预算数" in heads else "final" if "决算" in title or "决算数" in heads
             else "budget" if context == "预算" else "final" if context == "决算" else _unstated(title, tokens))
    column = "预算数" if stage == "budget" else "决算数"
    numbered = bool(re.search(r"行次|序号|栏次", heads))  # a column of row numbers: a lone 1, 2 … is no amount
    t = AccountTable("notes", title, src, columns=[column], own_name=f"{title}（表格结构丢失的文字）")
    t.stage = stage
    problems: list[Problem] = []
    current: tuple[str, Source] | None = None
    got: list[Val] = []
    orphans: list[tuple[str, Source]] = []

    def close() -> None:
        if current is not None and got:
            name = current[0]
            if name == "总计":  # "总计 | 14 | 251.3 | 总计 | 48 | 251.3": the income side's, then the spending side's
                name = "支出总计" if any(r.name == "收入总计" for r in t.rows) else "收入总计"
            t.rows.append(AccountRow(name, {column: got[0]}, current[1], side=_side(name)))

    words = [tok for tok, _ in tokens]
    wrapped: list[str] = []  # labels that may be the first part of a wrapped total (本年收入 / 合计), in order
    joined = False  # the current row's label is such a total joined again
    seen: list[int] = []  # the 行次 numbers passed, in order (the two sides' run interleaved)
    after_no = False  # the token before was the current line's 行次
    for k, (tok, where) in enumerate(tokens):
        rowno = numbered and bool(_ROW_NO.match(tok))
        # "其他收入 | 7 | 87 |": a small amount right after its line's 行次 is the amount, unless it is the number
        # that follows one just passed ("文化体育与传媒支出 | 41 | 8 | 八、…": the next line's 行次, its label blank)
        small = rowno and after_no and current is not None and not got and int(tok) - 1 not in seen[-_RECENT:]
        after_no = False
        if rowno and not small:
            seen.append(int(tok))
            if _one_amount_after(words, k + 1):
                after_no = True
                continue  # "label | 行次 | amount |": the row's 行次 is neither a value nor a header word
        name = _label(tok, words[k + 1:k + 2])
        if name in WRAPPED_REST and wrapped:
            close()  # a label its narrow cell wrapped: "本年收入" then "合计" (two sides: both first parts, then each 合计)
            current, got, joined = (wrapped.pop(0) + name, where), [], True
        elif name is not None:
            close()
            current, got, joined = (name, where), [], False
            if WRAPPED_FIRST.match(name):
                wrapped.append(name)
        elif AMOUNT_CELL.match(tok) and (small or not rowno):
            d = parse_decimal(tok)
            if not joined:
                wrapped.clear()  # first parts stand just before their 合计/总计: another row's amount between, no parts
            if current is not None and d is not None:
                got.append(Val(d, tok, where))
            else:
                orphans.append((tok, where))
        elif current is not None and not got:
            current = None  # a header word between a label and the amounts: they are not the label's
    close()
    if len(t.rows) < 2:
        return None
    for tok, where in orphans:
        problems.append(Problem(f"{title}：金额 {tok} 前面不是栏目名称，属于哪一行读不出，未读入", where,
                                f"{title}: the amount {tok} follows no line's label; which line it belongs to "
                                "cannot be told, not read"))
    return t, problems


def _one_amount_after(words: list[str], at: int) -> bool:
    """One amount at ``at`` and no other right after it: a row's own amount after its 行次 ("一、财政拨款收入 | 1 |
    2,117.41 | 一、一般公共服务支出 …"), not the run of a flattened table's amounts after a run of its labels."""
    if at >= len(words) or not AMOUNT_CELL.match(words[at]):
        return False
    return at + 1 >= len(words) or not AMOUNT_CELL.match(words[at + 1]) or bool(_ROW_NO.match(words[at + 1]))


def _side(name: str) -> str:
    return "expenditure" if re.search(r"支出|结余分配|结转下年|年末", name) else "income"
