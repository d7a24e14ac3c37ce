"""Spaces that PDF text extraction puts inside a label (年初预 算数, 一级指 标, 部门整体支出绩效 自评表), taken out
before any label is matched.

A space between two Chinese characters is either a separator (two cells of a row flattened to spaces) or a
break in one cell (the cell's text wrapped, or a glyph run split by the PDF). Which one it is cannot be told
from the space; it can from the words around it: a space is taken out only where a label the readers know
(``vocabulary``: the project form's labels, the score and rule tables' column words, the accounts' line and
table names, the functional classification's names, the evaluation report form's amount labels, the 转移支付
forms' column labels) stands across
it once the spaces around are taken out. A space between two labels (年初预算数 全年预算数; 评价指标 分值, though
指标分值 is a label too) stays, and so does every space no known label spans: the text is never run together where
its own words do not say it was one. A label of two characters is joined only when printed letter-spaced, its
characters standing alone (合　计, 项 目, 得 分): inside a longer run a pair such as 合计 is too common to say the
space was a break (符合 计划).

Inside a sentence of prose the words do say it (``_in_prose``): in a sentence ended by 。；！？ whose pieces are
none of them what a table's cell gives (a number standing alone, 3分, 10万元; a character standing alone), every
gap between Chinese characters is a break (财政部关 于提前下 达 → 财政部关于提前下达), except beside a piece that is
a label of its own (年度总体目标 本项目…: two cells of a flattened form). A title line is closed the same way
(``_title``: 福州市2024年直达资 金预算执 行情况, 财政部关 于下达…的通 知).

This is not ``common.unwrap``, which closes every gap between Chinese characters: that is right inside one cell
or value, never in a line whose spaces may separate cells. ``LETTER_SPACED`` is shared with ``recognise.tokens``,
which unwraps a table cell's text but leaves a letter-spaced cell (投 入(15分)) to this module.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from jixiao.core.source import Source

_MIN = 3  # a label shorter than this (得分, 合计) is too common a pair of characters to join inside a longer run
# a run of spaces with a Chinese character (or a bracket of a label) on each side, never a line's end: the one
# pattern of the gap PDF text leaves inside a line's Chinese (下 达 资 金), here and in ``recognise.flatgaps``
GAP = re.compile(r"(?<=[\u4e00-\u9fff()（）])[ \u3000]+(?=[\u4e00-\u9fff()（）])")
# a label printed letter-spaced, each character standing alone (合　计, 项 目, 得 分): joined whatever its length
LETTER_SPACED = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff])+(?![\u4e00-\u9fff])")
# such a run standing as words of its own: white space or the line's edge on both sides (not 表 of 表1, 一 of 一、)
_SPACED_WORDS = re.compile(r"(?<!\S)[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff])+(?!\S)")
_SHORT = ("项目", "金额", "科目", "名称", "编码", "单位", "小计", "备注", "类", "款", "项", "行次", "栏次", "列次", "年度", "说明",
          "一级", "二级", "三级", "标准分值",  # (the levels printed short: ``read.levelwords`` writes them out)
          "实际")  # (年度 ⏎ 指标值, 实际 ⏎ 完成值: a header's labels wrapped, their first halves on a line of their own)
_TITLES = ("项目支出绩效自评表", "部门整体支出绩效自评表", "部门整体支出绩效评价", "绩效自评表", "绩效评价得分表",
           "评价指标体系", "评分细则", "功能分类科目编码", "经济分类科目编码", "支出功能分类科目", "部门预算",
           "部门决算", "情况说明", "绩效目标表", "整体支出", "年度主要任务", "部门名称")


@lru_cache(maxsize=1)
def vocabulary() -> tuple[str, ...]:
    """The labels the readers match, longest first (from their own tables of labels)."""
    from jixiao.accounts.model import BUDGET_KINDS, TABLE_KINDS
    from jixiao.accounts.notes_words import LINES
    from jixiao.accounts.sangong import ITEMS
    from jixiao.read.recognise import labeltree_atoms as atoms
    from jixiao.read.recognise import report, ruletable
    from jixiao.read.recognise.formspec import ALL_LABELS
    from jixiao.read.recognise.reportform import ARRIVED_WORD
    from jixiao.read.recognise.transfer_funds import COLUMN_LABELS
    from jixiao.read.recognise.transfer_prosewords import TEMPLATE

    words = {*ALL_LABELS, *LINES, *ITEMS, *_TITLES, *_code_names(),
             *(w for kinds in (TABLE_KINDS, BUDGET_KINDS) for _, key, zh in kinds for w in (key, zh)),
             *atoms.LEVEL_WORDS, *atoms.WEIGHT_WORDS, *atoms.SCORE_WORDS, *atoms.RULE_WORDS,
             *ruletable.NAME_COLUMNS, *ruletable.RULE_COLUMNS, *ruletable.EXPLAIN_COLUMNS,
             *report.FORM_LABELS, ARRIVED_WORD, TEMPLATE.pattern,
             *(label for label, _ in COLUMN_LABELS if label.isalnum())}  # the 转移支付 forms' columns, not patterns
    return tuple(sorted((w for w in {*words, *_SHORT} if " " not in w), key=len, reverse=True))


def _code_names() -> list[str]:
    """The functional and economic classification's names of the built-in code lists (一般公共服务支出 …)."""
    from jixiao.accounts.codes import load_codes

    names: list[str] = []
    for year in (2017, 2024):
        codes = load_codes(year, store=None)
        names += list(codes.names.values()) if codes else []
    return names


@lru_cache(maxsize=1)
def _labels() -> re.Pattern[str]:
    # the longest label at a position (searched again from the next position: labels may overlap). A plain
    # alternation, not a lookahead: the regex engine then skips ahead to the labels' first characters
    return re.compile("|".join(re.escape(w) for w in vocabulary() if len(w) >= _MIN))


_EDGE = " \u3000:：,，;；、"
_LONGEST = 40  # characters looked at on each side of a gap for its words (no label is longer)


def _sides(text: str, gap: re.Match[str]) -> tuple[bool, bool]:
    """Whether the word before the gap, and the word after it, is a label of its own."""
    left = text[max(0, gap.start() - _LONGEST) : gap.start()].rsplit(None, 1)[-1].strip(_EDGE)
    right = text[gap.end() : gap.end() + _LONGEST].split(None, 1)[0].strip(_EDGE)
    return left in _words(), right in _words()


def _bounded(text: str, start: int, end: int, gap: re.Match[str]) -> bool:
    """A label over ``text[start:end]`` (original offsets) may close the gap: where the word on one side of the
    gap is a label of its own, the label must take the word on the other side whole (年初预算 数 → 年初预算数;
    not 社会效益 指标1:… → 社会效益指标1:…, nor 评价指标 分值 → 评价指标分值)."""
    left_word, right_word = _sides(text, gap)
    ends_word = end >= len(text) or text[end].isspace()
    starts_word = start == 0 or text[start - 1].isspace()
    if left_word and right_word and opens_total_row(text, gap.end()):
        return False  # … 执行率 得分 合计 500.00: a header's last label, then the total row under it (not 得分合计)
    return (not left_word or ends_word) and (not right_word or starts_word)


# a total row's bare label and the number that opens its row
_ROW_AFTER = re.compile(r"(?:合计|总计)[ \u3000]+[-+]?\d")


def opens_total_row(text: str, at: int = 0) -> bool:
    """Whether ``text`` at ``at`` opens a total row: its bare label (合计, 总计), then its first number."""
    return _ROW_AFTER.match(text, at) is not None


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(vocabulary())


def is_label(word: str) -> bool:
    """Whether ``word`` is a label the readers know, whole (``vocabulary``)."""
    return word in _words()


_RUN = 20  # characters of a letter-spaced run looked at (a header's labels in a row: 标 准 分 值 一 级 二 级 三 级)


def _letter_spaced(m: re.Match[str]) -> str:
    """Letter-spaced characters joined into the known labels they spell, longest first from the left (分 值 得 分
    → 分值 得分); when a character is left that no label takes (出 总 计: a label cut by a page break), all stand
    as they stood."""
    chars = m.group(0).split()
    if len(chars) > _RUN:
        return m.group(0)
    out: list[str] = []
    i = 0
    while i < len(chars):
        j = next((j for j in range(len(chars), i + 1, -1) if "".join(chars[i:j]) in _words()), i + 1)
        out.append("".join(chars[i:j]))
        i = j
    return " ".join(out) if all(len(w) > 1 for w in out) else m.group(0)


def despace(text: str) -> str:
    """``text`` with the spaces inside known labels taken out (see the module docstring)."""
    if " " not in text and "\u3000" not in text:
        return text
    from jixiao.read.despace_funds import close_funds_labels  # (it reads GAP from here)

    return _in_prose(LETTER_SPACED.sub(_letter_spaced, close_funds_labels(_within_runs(text))))


def despace_cell(text: str) -> str:
    """A cell's text in a row of two cells or more: as ``despace`` gives it, but a cell printed letter-spaced whole
    (目 标 制 定, 分 数) that no known labels spell is one word: inside such a cell a space never separates two
    cells (a cell that spells labels, 分 值 得 分, is those labels: ``despace`` joined them)."""
    return _whole(despace(text))


def despace_line(text: str) -> str:
    """A body line: as ``despace`` gives it, and in a line of two cells or more between pipes (a table row the text
    reader did not take for one), each cell printed letter-spaced whole joined as ``despace_cell`` joins it. In a
    line without pipes (a cell printed on its own line, a row flattened to spaces) a short run of single characters
    letter-spaced is a word (``_spelt``)."""
    done = despace(text)
    if "|" not in done:
        return _SPACED_WORDS.sub(_spelt, done)
    cells = done.split("|")
    return "|".join(map(_whole, cells)) if sum(1 for c in cells if c.strip()) > 1 else done


# characters that stand as a cell of their own in a row: the 类 款 项 header's, grades, yes and no, a date's parts
_ALONE = frozenset("类款项优良中差是否有无年月日")
_UNITS = frozenset("分元万个人次项天家所台套件户亩")  # a number's unit, printed after it: 2 分
# single characters in a run, at least, for the run to be a word: two may be two cells (是 否), or two cells' ends
# that a row wrapped onto its next line (服务对象满意度指 / 标 and 群众满意 / 度 give a line 标 度)
_SPELT_MIN = 3
_SPELT_MAX = 4  # and at most: a longer run is a row of cells (收 项 入 目 支: two header lines interleaved)


def _spelt(m: re.Match[str], least: int = _SPELT_MIN) -> str:
    """A short run of single characters letter-spaced where no separator says where a cell ends: one word (决 策 依 据,
    效 果 明 显, 乐 都 区). Only a run of ``least`` to ``_SPELT_MAX`` characters that spells no known label anywhere in
    it (a run of labels is ``despace``'s to part; one with a character no label takes, 出 总 计 cut by a page break,
    stands as it stood), never one made only of characters that stand alone as cells (类 款 项, 优 良 中 差, 年 月 日);
    a number's unit before it stays the number's (2 分 决 策 依 据 → 2 分 决策依据)."""
    chars = m.group(0).split()
    unit = int(chars[0] in _UNITS and m.string[: m.start()].rstrip()[-1:].isdigit())
    word = chars[unit:]
    if (not least <= len(word) <= _SPELT_MAX or all(ch in _ALONE or ch in _words() for ch in word)
            or any("".join(word[i:j]) in _words() for i in range(len(word)) for j in range(i + 2, len(word) + 1))):
        return m.group(0)
    return " ".join([*chars[:unit], "".join(word)])


def spelt_cells(body: list[tuple[str, Source]]) -> list[tuple[str, Source]]:
    """Body lines: a line of two single characters letter-spaced (健 全, 数 量) is one word where the lines around it are
    cells of their own, one word or two letters each (a table printed a cell a line), not where a row wrapped two
    cells' ends onto it (标 度 after a line of a row's cells)."""
    def pair(text: str) -> bool:
        return len(text.split()) == 2 and LETTER_SPACED.fullmatch(text.strip()) is not None

    def cell(k: int) -> bool:
        return not 0 <= k < len(body) or len(body[k][0].split()) == 1 or pair(body[k][0])

    return [("".join(text.split()), src) if pair(text) and cell(k - 1) and cell(k + 1)
            and not all(ch in _ALONE or ch in _words() for ch in text.split()) else (text, src)
            for k, (text, src) in enumerate(body)]


def _whole(cell: str) -> str:
    """A cell printed letter-spaced whole, joined; not one whose every character is a label of its own (类 款 项: the
    header of three columns). Inside a cell with more (任 务 分 解 (2分)), each run of two characters or more is a
    word as ``_spelt`` reads it: inside a cell a space never separates two cells."""
    core = cell.strip()
    if not LETTER_SPACED.fullmatch(core):
        return _SPACED_WORDS.sub(lambda m: _spelt(m, 2), cell) if " " in core or "\u3000" in core else cell
    if all(ch in _words() for ch in core.split()):
        return cell
    return cell.replace(core, "".join(core.split()), 1)


_ENDS = tuple("。；;！？!?")  # what ends a sentence
_SENTENCE_END = re.compile(r"(?<=[。；;！？!?])")
# a piece a table's cell gives, never a piece of a broken sentence: a number standing alone, with a unit of one or
# two characters at most (3分, 90%, 10万元), or a character standing alone (一, 级, the brackets of a label)
_CELL_PIECE = re.compile(r"[-+]?\d[\d,.]*%?[\u4e00-\u9fff]{0,2}|[\u4e00-\u9fff()（）]")
_HEADING = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)")


def _in_prose(text: str) -> str:
    """Gaps between Chinese characters inside the sentences of a line of prose closed, except beside a label standing
    as a word of its own. A line of prose holds no piece a table's row gives (a number or a character standing alone,
    ``_CELL_PIECE``; a page's furniture, > | -, with no letter or digit); its sentences are those ended by 。；！？ in
    which no heading starts after the first piece (一、 （二） 3.: lines flattened into one, not a sentence broken)."""
    if not GAP.search(text):
        return text
    if not any(e in text for e in _ENDS):
        return _closed(text) if _title(text) else text
    if any(_CELL_PIECE.fullmatch(p) or not any(ch.isalnum() for ch in p) for p in text.split()):
        return text
    return "".join(_closed(s) if _prose(s) else s for s in _SENTENCE_END.split(text))


# the name a title line ends with once its gaps are closed (关于下达…的通 知, …直达资 金预算执 行情况, …目标表)
_TITLE_END = re.compile(r"(?:通知|报告|情况|说明|公告|公示|批复|决定|方案|函|表)$")
_TITLE_MOST = 60  # characters: a title is one short line
_NUMBER_PIECE = re.compile(r"[-+]?\d[\d,.]*%?[\u4e00-\u9fff]{0,2}")  # a cell's number (a title's lone 知 of 通 知 is no cell)


def _title(text: str) -> bool:
    """A document's title broken by PDF gaps (福州市2024年直达资 金预算执 行情况): one short line, no sentence in it,
    that names a notice, report or form once closed. Its gaps are closed as a sentence's are, but beside a label
    standing as a word of its own (项目名称 某某项目实施方案: a flattened row's two cells)."""
    line = text.strip()
    pieces = line.split()
    return len(line) <= _TITLE_MOST and _TITLE_END.search(GAP.sub("", line)) is not None and not any(
        _NUMBER_PIECE.fullmatch(p) or not any(ch.isalnum() for ch in p) for p in pieces) and not any(
        _HEADING.match(p) for p in pieces[1:]) and not any(  # (a title run on into its first section: 一、单位基本情况)
        p.strip(_EDGE) in _words() for p in pieces)  # (a table's head flattened: 项 目 上年决算数 … 比上年增、减情况)


def _prose(sentence: str) -> bool:
    return (sentence.endswith(_ENDS) and GAP.search(sentence) is not None
            and not any(_HEADING.match(p) for p in sentence.split()[1:]))


def _closed(sentence: str) -> str:
    return GAP.sub(lambda g: g.group(0) if any(_sides(sentence, g)) else "", sentence)


def _within_runs(text: str) -> str:
    """The spaces a label of three characters or more stands across taken out."""
    gaps = list(GAP.finditer(text))
    if not gaps:
        return text
    # the text with every such gap closed, and where each gap stood in it
    parts: list[str] = []
    at: list[int] = []
    size = last = 0
    for g in gaps:
        parts.append(text[last : g.start()])
        size += g.start() - last
        at.append(size)
        last = g.end()
    parts.append(text[last:])
    closed = "".join(parts)
    spanned = [False] * len(gaps)
    shift = [0]  # characters the gaps before the k-th took: closed offset + shift = original offset
    for g in gaps:
        shift.append(shift[-1] + len(g.group(0)))
    labels = _labels()
    m = labels.search(closed)
    while m is not None:
        first, stop = bisect_right(at, m.start()), bisect_left(at, m.end())
        start, end = m.start() + shift[first], m.end() + shift[stop]
        for k in range(first, stop):
            spanned[k] = spanned[k] or _bounded(text, start, end, gaps[k])
        m = labels.search(closed, m.start() + 1)
    if not any(spanned):
        return text
    out: list[str] = []
    last = 0
    for g, joined in zip(gaps, spanned, strict=True):
        out.append(text[last : g.start()] if joined else text[last : g.end()])
        last = g.end()
    out.append(text[last:])
    return "".join(out)
