"""A page's furniture in extracted text (``read.furniture``: page numbers, a site's breadcrumb) is never content:
a generated project form (``tests/layouts/columns.py``) with a page footer every few lines, in every text layout,
reads the same figures and finds its planted mistake; and pinyin glosses in full-width brackets after traditional
characters (數（shù）) are taken out as the half-width ones are (``read.normalise``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import Document
from jixiao.read.furniture import furniture
from layouts import degrade
from layouts.columns import FUNDS_ORDERS, INDICATOR_ORDERS, labelled, rows
from layouts.files import write
from layouts.model import invent
from layouts.render import RENDERERS, tabs

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench import corpus_perturb as cp  # noqa: E402  (the perturbations: one definition of each)

LAYOUTS = {**RENDERERS, "tabs": tabs}


@pytest.mark.parametrize("line", ["第 3 页 共 12 页", "第3页，共12页", "共 12 页", "第 ３ 页", "— 3 —", "- 12 -", "－7－",
                                  "Page 3 of 12", "首页 > 信息公开 > 财政预决算", "当前位置：网站首页 » 政务公开",
                                  "您现在的位置是：首页 > 部门预算", "您现在所在的位置 : 首页 > 政务 > 政府信息公开年度报告",
                                  "您当前所在位置：首页 > 财政信息", "所在位置: 首页 > 预决算公开", "当前所在的位置：首页 > 通知公告"])
def test_furniture(line: str) -> None:
    assert furniture(line)


@pytest.mark.parametrize("line", ["详见第 3 页", "第 3 页的表格列出了预算", "3", "3/12", "-", "≥90%", "10 - 5",
                                  "首页设计费 > 20万元", "| 第 3 页 | 共 12 页 |", "", "第页",
                                  "首页 > 信息公开 > 绩效评价 示例县2020年度整体支出绩效自评报告 一、部门基本情况 本部门内设股室5个。"])
def test_not_furniture(line: str) -> None:
    assert not furniture(line)


def _audit(tmp_path: Path, text: str) -> tuple[Document, list[str]]:
    result = audit_paths([str(write(tmp_path, text))])
    docs = result.files[0].documents
    assert len(docs) == 1
    return docs[0], sorted(f.kind for f in result.findings if f.severity == "error")


@pytest.mark.parametrize("page", ["page_footer", "dash_footer", "breadcrumb"])
@pytest.mark.parametrize("layout", ["pipes", "tabs", "pipes_collapsed", "row_lines", "cell_lines", "lone_pipes",
                                    "trailing_pipes"])
def test_a_page_break_every_few_lines_reads_the_same_form(tmp_path: Path, layout: str, page: str) -> None:
    """Before: a footer inside a flattened score table was read as an indicator named “第” (a false score_bounds
    error), one inside a run of lone-pipe cells was joined into the cell, and a footer with blank lines around it
    ended a pipe table (its rows after the break lost)."""
    p = invent(31, mistake="total")
    c = labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[0])
    plain = LAYOUTS[layout](rows(p, c))
    broken = "\n".join(line for group in getattr(cp, page)(plain, every=5) for line in group)
    assert broken.count("\n") > plain.count("\n") + 6
    doc, errors = _audit(tmp_path, broken)
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, t.score.dec) == (p.budget, p.executed, p.rate,
                                                                            p.exec_score)
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    assert doc.total_score.dec == p.total
    assert errors == ["total_sum"]  # the planted mistake, and nothing the footers made


_GLOSS = {"項": "xiàng", "目": "mù", "預": "yù", "算": "suàn", "執": "zhí", "行": "xíng", "數": "shù", "資": "zī",
          "金": "jīn", "總": "zǒng", "額": "é", "評": "píng", "價": "jià"}


def _glossed(text: str, left: str, right: str) -> str:
    return "".join(f"{ch}{left}{_GLOSS[ch]}{right}" if ch in _GLOSS else ch for ch in text)


@pytest.mark.parametrize("brackets", ["()", "（）"])
def test_pinyin_glosses_in_either_brackets_are_taken_out(tmp_path: Path, brackets: str) -> None:
    """A site printing traditional script with pinyin after each character in full-width brackets: the glosses
    stayed in the labels (項（xiàng）目), so no label matched and the form was not recognised."""
    p = invent(32, mistake="rate")
    text = _glossed(degrade.traditional(LAYOUTS["pipes"](rows(p, labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[0])))),
                    *brackets)
    assert "（xiàng）" in text or "(xiàng)" in text
    doc, errors = _audit(tmp_path, text)
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec) == (p.budget, p.executed, p.rate)
    assert errors == ["execution_rate"]
