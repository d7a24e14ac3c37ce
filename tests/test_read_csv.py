"""CSV-shaped lines in a text file are table rows (issue 8 §2/§4); prose with commas is never split."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fixtures_gen as gen
from jixiao.audit.engine import audit_paths
from jixiao.core.records import FUNDS_COLUMNS, Document
from jixiao.read import read_path
from jixiao.read.csvlines import csv_lines_as_tabs
from jixiao.read.text import read_text_tables

PROSE = "本年度，我单位完成了项目，资金到位率100%，效果良好。"


def _as_csv(tab_file: Path, quoting: Literal[0, 1, 2, 3]) -> str:
    """The tab-separated text rewritten by ``csv.writer``: every tab line a CSV row, other lines as they are."""
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting, lineterminator="\n")
    for line in tab_file.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            w.writerow(line.split("\t"))
        else:
            out.write(line + "\n")
    return out.getvalue()


def _figures(d: Document) -> tuple[object, ...]:
    funds = {k: tuple(getattr(r, c).value for c in FUNDS_COLUMNS) for k, r in sorted(d.funds.items())}
    inds = [(i.level3.value, i.weight.value, i.score.value) for i in d.indicators]
    return funds, inds, d.total_score.value, d.title


@pytest.fixture(scope="module")
def tab_form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    f = tmp_path_factory.mktemp("csv") / "form_tabs.txt"
    gen.write_text([gen.INDUSTRY], str(f))
    return f


@pytest.mark.parametrize("quoting", [csv.QUOTE_ALL, csv.QUOTE_MINIMAL], ids=["quote_all", "minimal"])
def test_a_csv_form_reads_the_same_figures_as_its_tab_version(tab_form: Path, tmp_path: Path,
                                                         quoting: Literal[0, 1, 2, 3]) -> None:
    (tabs,) = read_path(tab_form).documents
    f = tmp_path / "form.txt"
    f.write_text(_as_csv(tab_form, quoting), encoding="utf-8")
    (d,) = read_path(f).documents
    assert _figures(d) == _figures(tabs)
    assert d.funds["total"].executed.value == Decimal("1984.00")
    assert len(d.indicators) == 11 and sum(Decimal(str(i.weight.value)) for i in d.indicators) == Decimal("90.00")
    assert [i.score.value for i in d.indicators][-3:] == [Decimal("5.00")] * 3
    assert d.total_score.value == Decimal("99.94")
    assert d.indicators[0].target.value == "=2(场)"  # a cell starting with "=" stays text
    # each value keeps its line and column, as a tab row's does
    ex, ex_tab = d.funds["total"].executed.source, tabs.funds["total"].executed.source
    assert ex is not None and ex_tab is not None and (ex.line, ex.cell) == (ex_tab.line, ex_tab.cell)
    # a planted mistake in the total is found
    f.write_text(_as_csv(tab_form, quoting).replace("99.94", "98.94"), encoding="utf-8")
    found = [x for fa in audit_paths([str(f)]).files for x in fa.findings]
    assert any(x.kind == "total_sum" and x.severity == "error" for x in found), [x.kind for x in found]


def test_prose_with_commas_is_not_split() -> None:
    text = "\n".join([
        PROSE,
        "本年度,我单位完成了项目,资金到位率100%,效果良好。",
        "本年度,我单位完成了项目,资金到位率达到100%,群众满意。",
        "In 2023, we finished the project, on time, and within budget.",
        "The funds, all of them, arrived in March, as planned.",
        '他说,"好的",然后离开。',
        '她说,"可以",然后签字。',
    ])
    fr = read_text_tables("\n".join(csv_lines_as_tabs(text.splitlines())), "p.txt")
    assert fr.tables == [] and [t for t, _ in fr.body] == text.splitlines()


def test_a_quoted_cell_with_a_comma_and_doubled_quotes_is_one_cell() -> None:
    lines = ['"一级指标","二级指标","三级指标","分值","得分"',
             '产出指标,"数量指标","培训""示范"",场次,人次",10.00,9.50']
    fr = read_text_tables("\n".join(csv_lines_as_tabs(lines)), "q.txt")
    (table,) = fr.tables
    assert table.texts() == [["一级指标", "二级指标", "三级指标", "分值", "得分"],
                             ["产出指标", "数量指标", '培训"示范",场次,人次', "10.00", "9.50"]]
    cell = table.rows[1][2]
    assert (cell.source.line, cell.source.cell) == (2, "C3")


def test_bare_rows_with_empty_cells_are_rows() -> None:
    lines = ["项目名称,示例项目,,,", "主管部门,某委员会,,实施单位,某中心"]
    assert csv_lines_as_tabs(lines) == ["项目名称\t示例项目\t\t\t", "主管部门\t某委员会\t\t实施单位\t某中心"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.text(st.sampled_from("本年度我单位完成项目资金效果良好，、"), min_size=1, max_size=12),
                         min_size=1, max_size=5), min_size=1, max_size=6))
def test_sentences_with_ascii_commas_are_never_split(lines: list[list[str]]) -> None:
    """Sentences (ending in 。) whose clauses are joined by ASCII commas stay body text, however many lines
    have the same number of commas."""
    sentences = [",".join(clauses) + "。" for clauses in lines]
    assert csv_lines_as_tabs(sentences) == sentences


def _wrap_labels(csv_text: str) -> tuple[str, int]:
    """The CSV text with every quoted indicator name of four characters or more broken over two lines, as a
    cell with a line break inside it is exported (how many were broken)."""
    out: list[str] = []
    broken = 0
    for line in csv_text.splitlines():
        cells = line.split('","')
        if len(cells) > 4 and len(cells[2]) >= 4 and "\n" not in cells[2]:
            cells[2] = cells[2][:2] + "\n" + cells[2][2:]
            broken += 1
        out.append('","'.join(cells))
    return "\n".join(out) + "\n", broken


def test_a_quoted_cell_broken_over_lines_is_one_cell(tab_form: Path, tmp_path: Path) -> None:
    """A cell whose text holds a line break spans physical lines: it is joined back into its row, which keeps
    its first line's number, and the form reads the same figures as its tab version."""
    (tabs,) = read_path(tab_form).documents
    text, broken = _wrap_labels(_as_csv(tab_form, csv.QUOTE_ALL))
    assert broken >= 8
    f = tmp_path / "wrapped.txt"
    f.write_text(text, encoding="utf-8")
    (d,) = read_path(f).documents
    assert _figures(d) == _figures(tabs)
    assert d.total_score.value == Decimal("99.94")
    name = str(d.indicators[0].level3.value)
    assert name == tabs.indicators[0].level3.value and len(name) >= 4
    opened = [n for n, x in enumerate(text.splitlines(), 1) if x.endswith('"' + name[:2])]
    src = d.indicators[0].level3.source
    assert src is not None and src.line == opened[0]  # the row stands on the line its broken cell began


def test_an_unbalanced_quote_joins_no_more_than_its_span() -> None:
    """A stray quote that never closes does not swallow the rest of the file: the lines stay as they are."""
    lines = ['"一级指标","二级指标,"分值"'] + [f"正文第{i}行，没有引号。" for i in range(30)]
    assert csv_lines_as_tabs(lines) == lines
