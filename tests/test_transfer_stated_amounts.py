"""A transfer read from its sentences keeps every amount its text states, with its clause's words, as a table of
its own (``transfer_amounts``): 所述事项 | 金额 | 单位, each cell with its source. It joins the document's tables only
where the document holds none (a notice whose allocation table was read keeps that table), and the audit never checks
it: its findings are those of the same text read before."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.read import read_path
from jixiao.read.recognise.transfer_amounts import TITLE

NOTICE = ("示例县2031年第一批财政衔接资金分配结果公告\n"
          "现将示例县2031年第一批财政衔接资金分配情况公告如下:\n"
          "一、资金来源\n"
          "2031年中央财政衔接推进乡村振兴补助资金8240万元、2031年省级财政衔接推进乡村振兴补助资金3165万元,共计11405万元。\n"
          "二、资金分配情况\n"
          "(一)安排产业发展项目资金7205.5万元。\n"
          "(二)安排基础设施建设项目资金4199.5万元。\n")


def test_a_notices_amounts_are_kept_with_their_words(tmp_path: Path) -> None:
    p = tmp_path / "notice.txt"
    p.write_text(NOTICE, encoding="utf-8")
    (doc,) = read_path(p).documents
    assert doc.funds["total"].annual_budget.text == "11405"
    (table,) = doc.tables
    assert table.title == TITLE
    assert table.texts() == [
        ["所述事项", "金额", "单位"],
        ["2031年中央财政衔接推进乡村振兴补助资金", "8240", "万元"],
        ["2031年省级财政衔接推进乡村振兴补助资金", "3165", "万元"],
        ["共计", "11405", "万元"],
        ["安排产业发展项目资金", "7205.5", "万元"],
        ["安排基础设施建设项目资金", "4199.5", "万元"]]
    assert [c.source.line for c in table.rows[1:] for c in c[1:2]] == [4, 4, 4, 6, 7]
    assert "extra" not in doc.to_json() and doc.to_json()["tables"][0]["rows"][3] == ["共计", "11405", "万元"]


def test_a_documents_own_table_is_kept_alone(tmp_path: Path) -> None:
    text = NOTICE + ("附件:示例县2031年第一批财政衔接资金分配表\n| 序号 | 项目 | 金额(万元) |\n| 1 | 产业发展项目 | 7205.5 |\n"
                     "| 2 | 基础设施建设项目 | 4199.5 |\n| 合计 | | 11405 |\n")
    p = tmp_path / "notice.txt"
    p.write_text(text, encoding="utf-8")
    docs = read_path(p).documents
    assert docs and all(t.title != TITLE for d in docs for t in d.tables)
    assert any(t.texts()[-1][0] == "合计" for d in docs for t in d.tables)


def test_the_audit_never_checks_the_stated_amounts(tmp_path: Path) -> None:
    """The amounts listed do not add up to anything the table says (8240 + 3165 + 11405 + …): no table finding."""
    p = tmp_path / "notice.txt"
    p.write_text(NOTICE, encoding="utf-8")
    result = audit_paths([str(p)])
    assert [f.message for f in result.findings if f.severity in ("error", "suspect")] == []
