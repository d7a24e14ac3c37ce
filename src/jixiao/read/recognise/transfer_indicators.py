"""The goals and indicator rows of a 转移支付 form (年度总体目标 预期目标/实际完成情况; 一级/二级/三级指标, 指标值,
实际完成值, often without 分值/得分), read from the file's table rows by the project form's own indicator block
(``recognise.indicators.IndicatorBlock``: columns by their labels, labels carried down merged cells).

Rows that reached us as rows are read by their columns. A header over two rows (分值 | 得分 under a merged 自评情况) is one: each column's label the lower row's where it prints
one. One cell a line with a blank cell printed as a lone "|"
comes to us as rows broken at the blank cells: the text before the header's first label (the goals') is no column
of it (``_rebased``), and each data row, begun where its text begins, is placed by the block's shifts; a header
line that holds the first data row after its labels (PDF text) gives that row too. Cells no column takes mean the
rows we got are not the table's (a converter broke them every few cells): the text stream is read instead where
it gives rows, else what was read is marked half read (``HALF_READ``), so no sum is checked over a part. Text whose
rows were lost (one cell per line, rows
flattened to spaces) is read as the project form's text stream is (``streamindicators.IndicatorBlock``): each
row closed by its 分值 and 得分, so only where the header names a 分值 column; without one the rows cannot be told
apart and are a located problem (the document says they were not read), never rows guessed. The form's 总分
row (and its grade) is read from the form's own stretch of text (``streamtotal.total_and_grade``).
"""

from __future__ import annotations

from collections.abc import Callable

from jixiao.core.records import HALF_READ, Document, IndicatorRow, Problem, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import Row, eff, first, match_label, norm, problem, text_val
from jixiao.read.recognise.formspec import INDICATOR_COLUMNS
from jixiao.read.recognise.indicatorhead import indicator_columns, model_columns
from jixiao.read.recognise.indicatorlevels import labelish
from jixiao.read.recognise.indicators import IndicatorBlock
from jixiao.read.recognise.streamindicators import IndicatorBlock as StreamBlock
from jixiao.read.recognise.streamtotal import total_and_grade
from jixiao.read.recognise.tokens import Token, stream

GOALS = ("预期目标", "实际完成情况")
# Labels that end the indicator block (the form's notes, a total, the next form's funds block).
_STOP = ("总分", "合计", "说明", "注", "填报说明", "评价结论", "存在问题", "资金投入情况", "年度资金总额", "联系人", "填表人")


def _rows(fr: FileRead, start: int, stop: int | None) -> list[Row]:
    """The file's table rows whose first cell lies from line ``start`` up to (not including) ``stop``."""
    out: list[Row] = []
    for t in fr.tables:
        for row in t.rows:
            src = next((c.source for c in row if eff(c)), None)
            line = src.line if src is not None and src.line is not None else 0
            if line >= start and (stop is None or line < stop):
                out.append(row)
    return out


def _goals(rows: list[Row], k: int) -> dict[str, Val]:
    """The goal texts in the row after the 预期目标/实际完成情况 header (one cell each, in that order)."""
    if k + 1 >= len(rows):
        return {}
    cells = [c for c in rows[k + 1] if eff(c) and not norm(eff(c)).startswith(("年度总体目标", "年度目标"))]
    return {label: text_val(c) for label, c in zip(GOALS, cells)}


def read_indicators(fr: FileRead, doc: Document, start: int, stop: int | None, has_block: bool,
                    every: Callable[[], list[Token]] | None = None) -> None:
    """Fill ``doc``'s goals (header 预期目标/实际完成情况) and indicator rows from the rows between two lines.
    ``has_block``: the text holds an indicator header (三级指标), so rows not read are said; ``every``: the file's
    tokens (``tokens.stream``, made once for all the file's forms)."""
    rows = _rows(fr, start, stop)
    problems: list[Problem] = doc.problems
    said: list[Problem] = []  # what the block says of the rows it reads (kept where its reading is kept)
    block: IndicatorBlock | None = None
    below = -1  # a header's second row, merged into it
    for k, row in enumerate(rows):
        if k == below:
            continue
        texts = {norm(eff(c)) for c in row if eff(c)}
        if "预期目标" in texts and "实际完成情况" in texts and block is None:
            for label, v in _goals(rows, k).items():
                doc.header.setdefault(label, v)
            continue
        cols = indicator_columns(row) if "三级指标" in texts else None
        merged = _merged(row, rows[k + 1], cols["level3"]) if cols is not None and k + 1 < len(rows) \
            and _labels_below(rows[k + 1]) else None
        if merged is not None:
            row, below = merged, k + 1
            cols = indicator_columns(row)
        if cols is not None:
            tail = row[max(cols.values()) + 1 :]
            # labels no alias knows (指标分值, 满分, 评分 …): read by the templates' column order, as the project
            # form's header is (``indicatorhead.model_columns``), each reading said
            model_columns(row, cols, said)
            cols = _rebased(row, cols)
            if block is None:
                block = IndicatorBlock(cols, said)
            else:
                block.set_columns(cols)
            if any(any(ch.isdigit() for ch in eff(c)) for c in tail):
                block.add(tail)  # the first data row, merged into the header's line (PDF text), after its labels
            continue
        if block is None:
            continue
        lead = first(row)
        if lead is not None and lead[1].startswith(_STOP):
            break
        block.add(row)
    found: list[IndicatorRow] = block.finish() if block is not None else []
    toks = [t for t in (every or (lambda: stream(fr)))() if start <= (t.source.line or 0) and (stop is None or (t.source.line or 0) < stop)]
    lost = block.lost if block is not None else 0
    if has_block and (not found or lost):
        # cells no column took: the rows we got are not the table's (a converter broke them every few cells); the
        # text stream, each row closed by its 分值 and 得分, is read instead where it gives rows
        streamed = _from_stream(toks, doc)
        if streamed:
            found, said, lost = streamed, [], 0
    problems.extend(said)
    if lost:  # the rows read are a part: no sum over them is checked (as the project form's reader does)
        doc.extra.setdefault(HALF_READ, f"指标表有{lost}处单元格未能归入栏目")
    doc.indicators.extend(found)
    if has_block and not found:
        problems.append(problem("指标表的行结构已丢失（如每格一行），指标行未读取",
                                "the indicator table's rows were lost (one cell a line, say); its rows were not read",
                                _where(fr, start)))
    if doc.total_score.value is None:
        total_and_grade(doc, toks, problems)


def _labels_below(row: Row) -> bool:
    """A header's second row: only labels of the indicator columns (分值 | 得分 under a merged 自评情况), no figure."""
    texts = [norm(eff(c)) for c in row if eff(c)]
    return bool(texts) and all(match_label(t, INDICATOR_COLUMNS) is not None and not any(ch.isdigit() for ch in t)
                               for t in texts)


def _merged(upper: Row, lower: Row, level3: int) -> Row | None:
    """A header over two rows as one: each column's label the lower row's where it prints one (分值 under 自评情况);
    where the blank cells were dropped (the rows of unequal width), the lower row's labels stand in the place of the
    upper row's one label right of 三级指标 (at ``level3``) that no alias knows or that names the score (the merged
    自评情况, 评分情况), else the header is not merged (None)."""
    if len(lower) == len(upper):
        return [lower[i] if eff(lower[i]) else c for i, c in enumerate(upper)]
    below = {match_label(norm(eff(c)), INDICATOR_COLUMNS) for c in lower if eff(c)}
    group = [i for i, c in enumerate(upper) if i > level3 and eff(c)
             and match_label(norm(eff(c)), INDICATOR_COLUMNS) in (None, *below)]
    if len(group) != 1:
        return None
    return [*upper[: group[0]], *(c for c in lower if eff(c)), *upper[group[0] + 1 :]]


def _rebased(row: Row, cols: dict[str, int]) -> dict[str, int]:
    """The header's columns counted from the cell after the last text that is no label before its first label.
    One cell a line with a blank cell printed as a lone "|", read as a row break, runs the goals' texts (or any
    row's tail) into the header's row: those cells are no columns of the indicator table, and the data rows,
    which begin where their own text begins, are placed against the header as it stands from there."""
    first = min(cols.values())
    run_in = [i for i in range(first) if (t := eff(row[i])) and not labelish(t)]
    if not run_in:
        return cols
    k = run_in[-1] + 1
    return {key: i - k for key, i in cols.items()}


def _from_stream(toks: list[Token], doc: Document) -> list[IndicatorRow]:
    """The indicator rows read from the form's tokens as the project form's stream reader reads them (rows closed
    by their 分值 and 得分), with what it says of them; none (and nothing said) where it reads none."""
    at = next((k for k, t in enumerate(toks) if t.text == "三级指标"), None)
    if at is None:
        return []
    scratch = Document(doc.type, doc.title, doc.source)
    said: list[Problem] = []
    block = StreamBlock(toks, scratch, said)
    block.read(at)
    if scratch.indicators:
        doc.problems.extend(said)
        # rows it says it did not read (cells run together no cut makes, figures it could not pair): what was read
        # is a part, and no sum over it is checked (the project form's rule, ``streamform.rows_lost``)
        if len(said) - block.notes - len(block.two_numbers) > 0:
            doc.extra.setdefault(HALF_READ, "有指标行未能完整读取")
        elif HALF_READ in scratch.extra:
            doc.extra.setdefault(HALF_READ, scratch.extra[HALF_READ])
    return scratch.indicators


def _where(fr: FileRead, line: int) -> Source:
    return Source(fr.source.file, line)
