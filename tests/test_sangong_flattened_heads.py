"""三公 tables as pages flatten them, read without a false error:

- a table across the page run onto its title's line (…支出预算表 单位:万元 “三公”经费合计 | 因公出国(境)费 | … | 11.1 | 0 |
  3 | 8.1 | 8.1 | |): the first head is the words after the title's last space, and the blank cell the pipes kept is the
  column without a figure (公务用车购置费), where the placement holds the table's sums. Before, the 合计 head was lost in
  the title's cell and the five figures were put under the five heads left: a false error (3 ≠ 8.1 + 8.1);
- stage groups headed in another template's words (预算金额 / 决算金额 over 合计 | 一般公共预算财政拨款 | 政府性基金预算
  财政拨款): each group's 合计 is the sum of its own sources only. Before, the 预算数 was summed with the 决算 sources
  (8.50 ≠ 8.50 + 0.00 + 4.50 + 0.00, a false error)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path

_ACROSS = ("某县某局2025年一般公共预算“三公”经费预算 一、2025年一般公共预算“三公”经费支出预算表 单位:万元 “三公”经费合计 | "
           "因公出国(境)费 | 公务接待费 | 公务用车购置及运行费 | || 小计 | 公务用车运行费 | 公务用车购置费 | ||| {total} | 0 | 3 | "
           "8.1 | 8.1 | |\n二、2025年一般公共预算“三公”经费支出预算情况说明\n")


def _rows(p: Path) -> dict[str, dict[str, Decimal | None]]:
    docs = read_path(p).documents
    tables = [t for d in docs for t in d.extra["accounts"].tables if t.kind == "three_public"]
    assert len(tables) == 1, [(d.type, d.title) for d in docs]
    return {r.name: {k: v.dec for k, v in r.values.items()} for r in tables[0].rows}


def test_the_first_head_in_the_titles_cell_and_the_blank_cell(tmp_path: Path) -> None:
    p = tmp_path / "across.txt"
    p.write_text(_ACROSS.format(total="11.1"), encoding="utf-8")
    rows = _rows(p)
    assert rows["“三公”经费合计"] == {"预算数": Decimal("11.1")}
    assert rows["因公出国(境)费"] == {"预算数": 0} and rows["公务接待费"] == {"预算数": 3}
    assert rows["公务用车购置及运行费"] == {"预算数": Decimal("8.1")}
    assert rows["公务用车运行费"] == {"预算数": Decimal("8.1")}
    assert "公务用车购置费" not in rows
    findings = audit_paths([str(p)]).findings
    assert not [f for f in findings if f.severity == "error"], [f.message for f in findings]


def test_figures_that_do_not_add_up_are_not_placed_by_the_blank(tmp_path: Path) -> None:
    """12.1 ≠ 0 + 3 + 8.1: no placement holds, the figures are not put under heads (said, never a guessed error)."""
    p = tmp_path / "across.txt"
    p.write_text(_ACROSS.format(total="12.1"), encoding="utf-8")
    result = audit_paths([str(p)])
    assert not [f for f in result.findings if f.severity == "error" and f.kind == "three_public"]


_GROUPS = """一、2020年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表
金额单位:万元
项目 |
{budget} |
{final} |
合计 |
一般公共预算财政拨款 |
政府性基金预算财政拨款 |
合计 |
一般公共预算财政拨款 |
政府性基金预算财政拨款 |
因公出国(境)费 |
0.00 |
0.00 |
0.00 |
0.00 |
0.00 |
0.00 |
公务接待费 |
8.50 |
8.50 |
0.00 |
4.50 |
{reception} |
0.00 |
公务用车购置及运行费 |
0.00 |
0.00 |
0.00 |
0.00 |
0.00 |
0.00 |
总计 |
8.50 |
8.50 |
0.00 |
4.50 |
4.50 |
0.00 |
"""


@pytest.mark.parametrize(("budget", "final"), [("预算数", "决算数"), ("预算金额", "决算金额")])
def test_each_stage_groups_sources_make_its_own_total(tmp_path: Path, budget: str, final: str) -> None:
    p = tmp_path / "groups.txt"
    p.write_text(_GROUPS.format(budget=budget, final=final, reception="4.50"), encoding="utf-8")
    findings = audit_paths([str(p)]).findings
    assert not [f for f in findings if f.severity == "error"], [f.message for f in findings]
    p.write_text(_GROUPS.format(budget=budget, final=final, reception="3.50"), encoding="utf-8")
    errors = [f for f in audit_paths([str(p)]).findings if f.severity == "error" and f.kind == "three_public"]
    assert any("公务接待费" in f.message and "4.50" in f.message and "3.50" in f.message for f in errors), [
        f.message for f in errors]


def test_a_running_header_inside_the_table_is_read_past(tmp_path: Path) -> None:
    """The document's first line printed again atop a page (a PDF's running header) inside a table given one cell a
    line: furniture, never a cell. Before, the cells after it lost their places (公务接待费 and 因公出国(境)费 unread)."""
    lines = _GROUPS.format(budget="预算数", final="决算数", reception="4.50").split("\n")
    at = lines.index("公务接待费 |")
    text = "\n".join(["某县第二中学2020年度“三公”经费决算", *lines[:at], "某县第二中学2020年度“三公”经费决算", *lines[at:]])
    p = tmp_path / "header.txt"
    p.write_text(text, encoding="utf-8")
    rows = _rows(p)
    assert rows["公务接待费"]["决算数"] == Decimal("4.50") and rows["公务接待费"]["预算数"] == Decimal("8.50")
    assert rows["因公出国(境)费"]["决算数"] == 0


_WRAPPED = """某市某局2019年用一般公共预算财政拨款开支的出国(境
)经费、车辆购置及运行费、公务接待费(简称“三公”经费)支出
合计30.25万元。其中:因公出国(境)经费支出0万元;公务
用车购置费支出0万元;公务用车运行维护费支出9.7万元,主要
包括公务用车燃料费、维修保养费及其他运行费用;公
务接待费支出20.55万元,主要包括单位按规定开支
的各类公务接待费用。
“三公”经费预算增减变化的主要原因是:2019年“三公”经费
支出预算合计30.25万元,比上年预算数减少4.65万元。其
中:
因公出国(境)经费支出预算0万元,与上年预算数持平,无增减变
化。
公务用车购置费支出预算0万元,与上年预算数持平,无增减变化。
公务用车运行维护费支出预算9.7万元;与上年预算数持平,原因
:严格控制公务用车运行维护费支出。
公务接待费支出预算20.55万元,比上年预算数减少4.65万
元,原因:严格控制公务接待费支出。
"""


def test_a_statement_whose_lines_a_page_wrapped_is_a_sangong_statement(tmp_path: Path) -> None:
    """A 三公 statement as PDF text wraps it (its first sentence's 三公 and its amount on different lines): a 三公
    statement, its total the items' sum. Before, read as a budget's 说明 (预算情况说明)."""
    p = tmp_path / "wrapped.txt"
    p.write_text(_WRAPPED, encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["sangong"], [(d.type, d.title) for d in docs]
    figures = {r.item: r.get("金额").dec for t in docs[0].extra["accounts"].tables for r in t.rows if r.item}
    assert figures["合计"] == Decimal("30.25") and figures["公务接待费"] == Decimal("20.55")
