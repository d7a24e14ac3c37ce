"""Prose wrapped at a page's width (``read.unwrap``): a 转移支付 report's paragraph (``layouts.transfer_prose``: every
wording of its budget, spending, rate and score) cut into lines at several widths, wherever the cut falls, reads the
same figures as the paragraph on one line; headings, list items and rows flattened to spaces are never joined."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jixiao.core.source import Source
from jixiao.read import read_path
from jixiao.read.base import FileRead
from jixiao.read.unwrap import unwrap
from layouts.files import write
from layouts.transfer_prose import paragraphs

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.corpus_perturb import rewrapped  # noqa: E402  (the perturbation: one definition)

CASES = list(paragraphs())[::7]


def _figures(tmp_path: Path, text: str) -> tuple[object, ...]:
    rr = read_path(write(tmp_path, text))
    docs = [d for d in rr.documents if d.funds.get("total") is not None]
    assert len(docs) == 1, [p.message for p in rr.problems]
    t = docs[0].funds["total"]
    return t.annual_budget.dec, t.executed.dec, t.rate.dec, docs[0].total_score.dec


@pytest.mark.parametrize("width", [17, 23, 30])
def test_a_wrapped_report_reads_the_same_figures(tmp_path: Path, width: int) -> None:
    for c in CASES:
        text = "\n".join(line for group in rewrapped(c.text, width) for line in group)
        assert text.count("\n") > c.text.count("\n")
        assert _figures(tmp_path, text) == (c.budget, c.executed, c.rate, c.score), text


def _body(*lines: str) -> FileRead:
    return FileRead(source=Source("t.txt"), format="text",
                    body=[(x, Source("t.txt", line=k)) for k, x in enumerate(lines, 1) if x])


def test_what_is_joined_and_what_is_not() -> None:
    fr = unwrap(_body("经研究，现将2020年示例专项资金15920.2", "万元下达给你们，请按规定使用。", "二、资金管理",
                      "一、2024年一般公共预算“三公”经费支出预算表", "单位:万元",
                      "本年度项目共安排资金，具体情况如下：", "(一)因公出国(境)费10万元",
                      "本项目年初预算数为100万元，全年执行数", "项目名称 示例项目 主管部门 示例局 实施单位 示例中心",
                      "说明文字较长但是后面空了一行，没有接续", "", "接续的一行"))
    assert [(x, s.line) for x, s in fr.body] == [
        ("经研究，现将2020年示例专项资金15920.2万元下达给你们，请按规定使用。", 1), ("二、资金管理", 3),
        ("一、2024年一般公共预算“三公”经费支出预算表", 4), ("单位:万元", 5), ("本年度项目共安排资金，具体情况如下：", 6),
        ("(一)因公出国(境)费10万元", 7), ("本项目年初预算数为100万元，全年执行数", 8),
        ("项目名称 示例项目 主管部门 示例局 实施单位 示例中心", 9), ("说明文字较长但是后面空了一行，没有接续", 10),
        ("接续的一行", 12)]


def test_only_whole_paragraphs_that_end_a_sentence_are_joined() -> None:
    """A title as wide as the page, lines that never reach a sentence's end (cells of a table printed a cell a line),
    an item after a line of the page's width (①, 2.), a sentence ended and a weight run into it (…落实到位。4: a rule
    table's cells) and two numbers on either side of a cut are never joined; a
    colon at the page's width (…，其中：) is a cut when the sentence goes on after it."""
    fr = unwrap(_body("示例县示例学区2022年部门预算公开说明文字",
                      "按照有关规定，现将2022年部门预算公开如下，",
                      "请各单位认真对照执行并及时报送情况。",
                      "",
                      "部分任务延后完成，下年度加强进度管理",
                      "示例指标名称较长的一格，完成情况良好的",
                      "",
                      "①社会公众满意度指标达到要求的得满分，每",
                      "②服务对象满意度指标达到要求的得满分。",
                      "",
                      "围绕示例工作制定方案，明确责任，落实到位。4",
                      "完全达到得4分，基本达到得1分，未达到得0分。",
                      "",
                      "资金执行率达到百分之九十，已支出资金合计1.35",
                      "2023年示例补助资金共计一亿五千万元，其中：",
                      "中央资金一亿二千万元，省级资金三千万元。"))
    assert [(x, s.line) for x, s in fr.body] == [
        ("示例县示例学区2022年部门预算公开说明文字", 1),
        ("按照有关规定，现将2022年部门预算公开如下，请各单位认真对照执行并及时报送情况。", 2),
        ("部分任务延后完成，下年度加强进度管理", 5), ("示例指标名称较长的一格，完成情况良好的", 6),
        ("①社会公众满意度指标达到要求的得满分，每", 8), ("②服务对象满意度指标达到要求的得满分。", 9),
        ("围绕示例工作制定方案，明确责任，落实到位。4", 11), ("完全达到得4分，基本达到得1分，未达到得0分。", 12),
        ("资金执行率达到百分之九十，已支出资金合计1.35", 14),
        ("2023年示例补助资金共计一亿五千万元，其中：中央资金一亿二千万元，省级资金三千万元。", 15)]
