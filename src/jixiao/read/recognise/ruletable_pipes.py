"""Score and rule tables whose pipe rows were broken wherever the page wrapped them, rebuilt as table rows by
the header's column model (for ``ruletable``'s reading).

Published text loses a pipe table's rows in many ways: a row broken over several lines (the 自评得分 of a row on
the next line), each cell on a line of its own with the pipes between them (``|`` alone on a line), a cell's
text wrapped over lines (财政供养人员 / 控制率), lone pipes where rowspans were, doubled or trailing pipes. Only
the order of the cells survives, and the pipes between them. So the text is read as one stream of cells (the
text between two pipes, its wrapped lines joined back; blank cells dropped, since where blanks vanished and
where they were kept cannot be told apart) and the rows are rebuilt by the header's columns:

- the header is a run of cells each naming a column (``rulewords.field``) with the indicator's name, its weight
  and its rule or score among them;
- a row's weight is the number that follows the leaf's name and the text columns the header prints between the
  name and the weight (指标解释, 评分标准); the cells before the name are its levels (at most as many as the
  header has above the leaf, nearest the leaf the deepest): a row whose levels are carried from above prints
  fewer; text cells beyond those are the row above's last columns (备注, 扣分原因);
- after the weight, the header's columns up to the score are filled in their order: a text column by text, the
  score by a number; a short text without a sentence followed by a number is the next row's name and weight
  (this row printed nothing more: a group row), unless it is the row's own cell of a column the rows print
  (数据来源 | 考核部门: 市教育局) and the cells after it make the next row without it;
- the header's text columns and a weight with no name before them are a second row under the name above (a name
  merged over rows): its name cell is kept as merged, for ``ruletable`` to name it by its rule;
- where the header has 序号, a number that is the next 序号 and is followed by text starts a row, unless the row
  started by the last 序号 still wants its weight (where the score is due, such a number is the next row's 序号
  and the row printed no score: the score is left missing).

Each rebuilt row has the header's width, its cells under their columns (blank where the row printed none), each
cell keeping the line it starts on. The 合计 row is kept as a row of its own for the total.
"""

from __future__ import annotations

import re

from jixiao.core.numbers import parse_decimal
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import squash
from jixiao.read.recognise.gradebands import grade_after
from jixiao.read.recognise.ruletable_linecells import (
    labels,
    percent_weights,
    regular,
    rejoined,
    weighed,
    whole,
)
from jixiao.read.recognise.ruletable_names import LIST_MARKS
from jixiao.read.recognise.ruletable_pipecells import (
    DEDUCT,
    TEXT_COLUMNS,
    bare,
    cells,
    deducted,
    grade_cell,
    join,
    name_like,
    number,
    unnumbered,
)
from jixiao.read.recognise.rulewords import (
    GRADE_LABEL,
    LEVEL_WORDS,
    NAME_COLUMNS,
    SUBTOTAL,
    TOTAL_WORDS,
    Columns,
    field,
    header_field,
    labels_run,
    names_indicator,
    settle,
)

# a column the vocabulary does not name, by the words such labels end in (备注, 扣分原因和其他说明, 考核责任单位)
_OTHER_HEAD = re.compile(r"^[\u3400-\u9fff/、()（）]{0,10}(?:备注|原因|说明|意见|单位|部门|来源|材料|佐证|落实情况|完成情况)"
                         r"(?:[(（][\u3400-\u9fff]{1,8}[)）])?$|^(?:扣减?分数?|减分)$")
# … or by the header's column model: a label the vocabulary does not name (评分指导点) standing between two it does
# (评分标准 | 评分指导点 | 自评得分) is a column of the header all the same
_LABEL = re.compile(r"^[\u3400-\u9fff/、()（）]{2,12}$")


def _unnamed(stream: list[Cell], j: int) -> bool:
    """Whether the cell at ``j``, inside a header run, is a column the vocabulary does not name: by its words
    (``_OTHER_HEAD``), or a label with a named column after it."""
    text = squash(stream[j].text)
    if text in TOTAL_WORDS:
        return False
    return bool(_OTHER_HEAD.match(text) or (_LABEL.match(text) and j + 1 < len(stream) and field(stream[j + 1].text)))
def _total_cells(after: list[Cell]) -> list[Cell]:
    """The cells of a total row after its label: its figures (a total may pass 100), then its grade if printed."""
    nums = [c for c in after[:2] if bare(c.text)]
    out = nums[: next((k for k, c in enumerate(after) if not bare(c.text)), len(nums))]
    rest = after[len(out) :]
    if rest and grade_after(rest[0].text) is not None and len(rest[0].text) <= 6:
        out.append(rest[0])
    return out


_MAX_HEADER = 63  # columns a header may have (Word's limit)
_BEFORE = 10  # cells before the header kept as the table's preamble (its title above a form's fields: 施工单位 | 评定日期)


def _header(stream: list[Cell]) -> tuple[int, list[str | None]] | None:
    """Where the data starts and the header's fields: the first run of column labels that names the indicator,
    its weight, and its rule or score."""
    for i, c in enumerate(stream):
        lead = _lead(c.text)
        if field(c.text) is None and (lead is None or lead == "name" and i + 1 < len(stream)
                                      and (header_field(stream[i + 1].text) or "").startswith("level")):
            continue  # (a title ending in 考核指标 before 一级指标: no name column stands before the levels)
        fields: list[str | None] = [lead] if field(c.text) is None else []
        j = i + len(fields)
        while j < len(stream) and j - i <= _MAX_HEADER and (header_field(stream[j].text) or (fields and _unnamed(stream, j))):
            fields.append(header_field(stream[j].text))
            j += 1
        if j - i > _MAX_HEADER:  # a run of labels longer than any header (text of nothing but labels): not scanned
            continue             # again from each of its cells, which was quadratic
        fields = settle(fields, [c.text for c in stream[i:j]])
        named = {f for f in fields if f}
        kept = [f for f in fields if f and f not in ("name", "grade")]  # several name columns are levels, grades
        if (any(names_indicator(f) for f in named) and "weight" in named
                and named & {"rule", "score"} and len(set(kept)) == len(kept)):
            return j, fields
    return None


_SHORT_LABEL = re.compile(r"^[\u3400-\u9fff]{1,6}$")  # a header row's label, whole or the top half of one


def _two_row_header(stream: list[Cell]) -> list[Cell] | None:
    """The stream with a header printed over two rows joined into one: the second row's labels stand under the
    first row's last ones (指标 | 县级 | 市级 over 分值 | 评分 | 评分: 指标分值 | 县级评分 | 市级评分). Found where a run
    of short labels ends in ``m`` cells each of which, put after the ``m`` before them, makes a label naming a
    column, one of them the weight or the score, while the first of those ``m`` is no column of its own (a
    header's last label: 指标, or 县级 that no reader names); None where the stream has no such run."""
    i = 0
    while i < len(stream):
        j = i
        while j < len(stream) and _SHORT_LABEL.match(squash(stream[j].text)):
            j += 1
        run = stream[i:j]
        for m in range(min(4, len(run) // 2), 1, -1):
            tops, bottoms = run[len(run) - 2 * m : len(run) - m], run[len(run) - m :]
            joined = [field(squash(a.text) + squash(b.text)) for a, b in zip(tops, bottoms)]
            if (None not in joined and {"weight", "score"} & set(joined)
                    and field(tops[-1].text) not in ("weight", "score")
                    and any(field(a.text) is None for a in tops)
                    and any(names_indicator(field(c.text)) for c in run[: len(run) - 2 * m])):
                heads = [Cell(squash(a.text) + squash(b.text), a.source) for a, b in zip(tops, bottoms)]
                return [*stream[: i + len(run) - 2 * m], *heads, *stream[j:]]
        i = max(j, i + 1)
    return None


_RULE_WORDS = re.compile(r"[得扣]\s*\d|不得分|扣完|扣分")
_WEIGHED_ROWS = 3  # rows at the least whose weight stands unlabelled before their rule
_PEEK_CELLS = 60  # cells after the header within which those rows stand


def _unlabelled_weight(stream: list[Cell]) -> list[Cell] | None:
    """The stream with a weight column's label put back where the header prints none (一级指标 | 二级指标 | 评分标准, yet
    each row a name, a number and its rule: 建立健全制度 | 20 | 建立…的得20分,每缺一项…扣5分): the label 分值 before the
    rule's, where three rows or more after the header print a number right before a rule's text; None otherwise."""
    for i in range(len(stream) - 1):
        j = i
        fields: list[str | None] = []
        while j < len(stream) and j - i <= _MAX_HEADER and (f := header_field(stream[j].text)) is not None:
            fields.append(f)
            j += 1
        if "rule" not in fields or "weight" in fields or not any(names_indicator(f) for f in fields):
            continue
        body = stream[j : j + _PEEK_CELLS]
        weighed = sum(1 for a, b in zip(body, body[1:]) if number(a) and not number(b) and _RULE_WORDS.search(b.text))
        if weighed >= _WEIGHED_ROWS:
            at = i + fields.index("rule")
            return [*stream[:at], Cell("分值(表头未印)", stream[at].source), *stream[at:]]  # (said in its label)
    return None


_LONG_NAMES = tuple(w for w in NAME_COLUMNS if len(w) >= 4)  # 考核项目, 评价指标: no title ends in one by chance


def _lead(text: str) -> str | None:
    """The first column's label run onto the line before it (某某局部门整体支出绩效自评表 / 一级指标 read as one
    cell): the level, 序号 or name column (考核项目, 评价指标) the cell ends in, after a title."""
    t = squash(text)
    word = next((w for w in (*LEVEL_WORDS, "序号", *_LONG_NAMES) if t.endswith(w) and len(t) > len(w)), None)
    return field(word) if word else None


def _rows(stream: list[Cell], model: Columns, deduct: int | None = None) -> list[list[Cell]]:
    """The rows rebuilt under the header's columns (``deduct``: the column of the points taken off, if any)."""
    width, wcol, names = len(model.fields), model.col("weight"), model.names
    leaf, seq, scol = names[-1], model.col("seq"), model.col("score")
    assert wcol is not None
    between = [k for k in range(leaf + 1, wcol) if model.fields[k] in TEXT_COLUMNS]
    # the leaf's name printed after the weight (一级指标 | 二级指标 | 分值 | 考评内容 | 考评方法): a row opens at its weight,
    # the cells before it its levels, the first text after it its name
    late = leaf > wcol
    after = [k for k in range(wcol + 1, width) if scol is None or k <= scol]
    rows: list[list[Cell]] = []
    prefix: list[Cell] = []
    expect = 1
    k = 0

    def blank(at: Source) -> Cell:
        return Cell("", at)

    def spill(extra: list[Cell]) -> None:  # text beyond a row's levels: the row above's last columns
        if rows and extra:
            last = rows[-1]
            tail = next((j for j in range(width - 1, wcol, -1) if model.fields[j] in TEXT_COLUMNS), None)
            if tail is not None:
                last[tail] = Cell(join(last[tail].text, "".join(c.text for c in extra)), last[tail].source)

    def starts_row(j: int) -> bool:
        return (seq is not None and j + 1 < len(stream) and number(stream[j])
                and parse_decimal(squash(stream[j].text)) == expect and not number(stream[j + 1]))

    def next_row(j: int, leads: int = len(names)) -> bool:
        """A name followed by the header's text columns and a weight: the next row, this one having printed
        nothing more (a group row: 一、前期工作 | 10, then 1、人员配备 | 5 | …); or such a name after labels of its
        levels (完善配套基础设施 | 镇区管线设施建设完善 | 2.5: a new group's label, then its first row)."""
        for lead in range(leads):
            w = j + 1 + lead + len(between)
            if not all(name_like(x) for x in stream[j : j + 1 + lead]) or w >= len(stream):
                return False
            if number(stream[w]) and not any(number(x) or squash(x.text) in TOTAL_WORDS
                                             for x in stream[j + 1 + lead : w]):
                return True  # (the 合计 row's number is no row's weight)
        return False

    def own_column(col: int, j: int) -> bool:
        """A text that could be a new group's label (市教育局 | (3)基本医疗保障 | … | 2) is the row's own cell of a
        column the rows print (数据来源 | 考核部门: the row above, if any, filled it) when the cells after it make the next
        row without it; a text opening with a list mark ((4)住房安全保障) is a row's name all the same."""
        w = j + 1 + len(between)
        return (not rows or not rows[-1][col].blank) and not LIST_MARKS.match(squash(stream[j].text)) and (
            next_row(j + 1, 1) or (w < len(stream) and number(stream[w]) and nameless(stream[j + 1 : w], True)))

    def grades_follow(col: int, j: int) -> bool:
        """A short text that could be the next row's name is the row's own (its rule: 立项依据是否充分) when the
        cells after it are the grades the header prints after ``col`` (优 | 良 | 中 | 差: 5 | 4 | 3 | 0-2)."""
        n = sum(1 for c in after if c > col and model.fields[c] == "grade")
        return n >= 2 and j + n < len(stream) and all(grade_cell(x) for x in stream[j + 1 : j + 1 + n])

    def nameless(texts: list[Cell], above: bool = False) -> bool:
        """The header's text columns with no name before them: a second row under the name above (基本医疗保障 |
        参合率… | 2, then | 个人医疗费用… | 2), a name merged over rows whose cell the text lost (``above``: the row
        being built is the one above)."""
        return bool(between) and (above or bool(rows)) and len(texts) == len(between) \
            and all(not name_like(x) and not number(x) for x in texts)

    while k < len(stream):
        c = stream[k]
        if SUBTOTAL.match(squash(c.text)) and not prefix:  # 小计分值 | 30 | 小计得分: a section's sums, no row
            rows.append([c, *[x for x in stream[k + 1 : k + 2] if number(x)]])  # (``ruletable``: no row either)
            k += 1
            while k < len(stream) and (number(stream[k]) or SUBTOTAL.match(squash(stream[k].text))):
                k += 1
            continue
        if squash(c.text) in TOTAL_WORDS:
            spill(prefix)
            prefix = []  # spilt: the total row is no row's to take it
            rows.append([c, *_total_cells(stream[k + 1 : k + 6])])
            j = k + len(rows[-1])
            if j + 1 < len(stream) and GRADE_LABEL.search(stream[j].text):
                rows.append(stream[j : j + 2])  # 评价等级 | 良好: the grade in a row of its own under the total
            break
        if field(c.text) is not None and field(c.text) != "name" and not prefix:
            break  # a second header: another table
        numbered = seq is not None and bool(prefix) and number(prefix[0])
        if not numbered and starts_row(k):  # a row's 序号 (after it, a number due is the row's weight)
            spill(prefix)
            prefix = [c]
            expect += 1
            k += 1
            continue
        texts = prefix[1:] if numbered else prefix
        merged = number(c) and not late and nameless(texts)
        need = 0 if late else 1 + len(between)  # cells a row prints before its weight, at the least
        if not merged and (not number(c) or len(texts) < need
                           or any(number(x) for x in texts[len(texts) - need:] if need)):
            prefix.append(c)
            k += 1
            continue
        row = [blank(c.source) for _ in range(width)]
        if seq is not None and len(texts) < len(prefix):
            row[seq] = prefix[0]
        for col, cell in zip(between, texts[len(texts) - len(between):]):
            row[col] = cell
        if merged:  # the name above goes on (a merged cell): ``ruletable`` names the row by its rule
            row[leaf] = Cell("", texts[0].source, merged=True)
        elif late:  # the cells before the weight are the row's levels (its name comes after the weight)
            uppers = [n for n in names if n < wcol]
            levels = labels(texts)
            spill(texts[: len(texts) - len(levels)] + levels[: max(0, len(levels) - len(uppers))])
            for col, cell in zip(uppers[::-1], levels[::-1]):
                row[col] = cell
        else:
            row[leaf] = texts[-1 - len(between)]
            above = texts[: len(texts) - 1 - len(between)]
            levels = labels(above)
            spill(above[: len(above) - len(levels)])
            room = len(names) - 1
            spill(levels[: max(0, len(levels) - room)])
            for col, cell in zip(names[:-1][::-1], levels[::-1][:room]):
                row[col] = cell
        row[wcol] = c
        k += 1
        for col in after:
            if k >= len(stream) or squash(stream[k].text) in TOTAL_WORDS:
                break
            nxt = stream[k]
            if late and col == leaf:  # the row's name, after its weight
                if not number(nxt) and not starts_row(k):
                    row[col] = nxt
                    k += 1
                continue
            if col == deduct:
                if deducted(row[wcol], stream[k : k + 2]):
                    row[col] = nxt
                    k += 1
                continue
            if model.fields[col] == "grade":  # the points or band of a grade (5 | 4 | 3 | 0-2): never a row's
                if grade_cell(nxt) and not starts_row(k):
                    row[col] = nxt
                    k += 1
                continue
            if col == scol:
                if not number(nxt) or starts_row(k):
                    break
                row[col] = nxt
                k += 1
            elif not number(nxt) and not starts_row(k) and (not next_row(k) or own_column(col, k)
                                                             or grades_follow(col, k)):
                row[col] = nxt
                k += 1
        rows.append(row)
        prefix = []
    spill(prefix)
    return rows


def pipe_tables(fr: FileRead) -> list[Table]:
    """The file's broken pipe table rebuilt (at most one: the first header's). Its cells are the text between
    pipes over line breaks (a cell's wrapped text joined back), or, where that rebuilds no table or fewer rows with
    a name and a weight, each line a cell (a page printing one cell a line without pipes: its header's labels one
    a line, a group's label over a row's name, which joined back would be one cell)."""
    stream = cells(fr)
    joined = _table(fr, stream)
    if fr.format != "text" or all(c.source.cell is not None for c in stream) or _rows_piped(fr):
        return joined
    apart = _table(fr, rejoined(cells(fr, lines=True)))
    return apart if regular(apart) and weighed(apart) > weighed(joined) else joined


def _rows_piped(fr: FileRead) -> bool:
    """Rows that keep their cells apart with pipes, two or more a line (评分标准 | 5 | 4.5): not a page of one cell
    a line, whose lines, read as cells, would glue a row's levels to its name."""
    lines = [x for x, _ in fr.body if x.strip()]
    piped = sum(1 for x in lines if sum(1 for c in x.split("|") if c.strip()) >= 2)
    return piped >= 2 and piped * 2 >= len(lines)


def _table(fr: FileRead, found_cells: list[Cell]) -> list[Table]:
    """The table rebuilt from one stream of the file's cells."""
    # a cell of the header's labels run together (二级指标三级指标: the pipe or line break between them lost) is
    # those labels, each a column
    stream = [Cell(t, c.source) for c in found_cells for t in (labels_run(c.text) or [c.text])]
    found = _header(stream)
    if found is None and (two := _two_row_header(stream) or _unlabelled_weight(stream)) is not None:
        stream = two
        found = _header(stream)
    if found is None:
        return []
    start, fields = found
    head = stream[start - len(fields) : start]
    deduct = next((k for k, c in enumerate(head) if DEDUCT.match(squash(c.text))), None)
    model = Columns(fields)
    body = percent_weights(stream[start:], head, fields)
    seq = model.col("seq")
    if seq is not None and seq > model.names[0]:  # numbered after its groups: the numbers dropped, rows by names
        body = unnumbered(body, model)
        model = Columns([None if f == "seq" else f for f in fields])
    rows = _rows(body, model, deduct)
    if len(rows) < 2 or (len(rows) == 2 and not all(whole(r, model) for r in rows)):
        return []  # two rows are a table only where each prints every cell the header names before its score
    before = [c.text for c in stream[max(0, start - len(fields) - _BEFORE) : start - len(fields)]]
    if field(head[0].text) is None:  # the title run into the first label: the title goes before the table
        word = next(w for w in (*LEVEL_WORDS, "序号", *_LONG_NAMES) if squash(head[0].text).endswith(w))
        before.append(squash(head[0].text)[: -len(word)])
        head[0] = Cell(word, head[0].source)
    return [Table([head, *rows], head[0].source, None, before)]
