"""Another unit's 三公 statement printed before a document on the same page (a department's page lists its units'
disclosures one after another). The statement is read as a 三公 statement of its own, and the document after it
is still read for what it is: a transfer's notice or report (``read.complement``: the text readers are tried where
the file was read as 三公 statements alone; ``read.sections``: a transfer's title is a title of the form family, a
title wrapped over lines cut where it begins), a 决算's 情况说明 (``accounts_loose``: the statement's title is not
the 说明's heading, nor its year), and no figure of the statement is compared with the document's tables as an error
(``accounts.text._unanchored``). Generated documents with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.accounts_notes import invent as invent_notes
from layouts.announce import SHAPES, announce
from layouts.announce import report as transfer_report
from layouts.archive import STATEMENT, form

_STATEMENT = STATEMENT


def _docs(tmp_path: Path, text: str) -> list[Document]:
    p = tmp_path / "page.txt"
    p.write_text("\n".join(_STATEMENT) + "\n" + text, encoding="utf-8")
    return read_path(p).documents


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("shape", SHAPES)
def test_a_transfer_notice_after_the_statement_is_read(tmp_path: Path, shape: str, seed: int) -> None:
    text, total = announce(seed, shape)
    docs = _docs(tmp_path, text)
    transfer = [d for d in docs if d.extra.get("form") == "transfer"]
    assert [d.funds["total"].annual_budget.dec for d in transfer] == [total]
    assert any(d.type == "sangong" for d in docs)


@pytest.mark.parametrize("seed", range(3))
def test_a_transfer_report_after_the_statement_keeps_its_score(tmp_path: Path, seed: int) -> None:
    from decimal import Decimal

    docs = _docs(tmp_path, transfer_report(seed, (Decimal(60), Decimal(40)), Decimal(95), "优"))
    scored = [d for d in docs if d.total_score.dec is not None]
    assert [d.total_score.dec for d in scored] == [Decimal(95)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_final_accounts_note_after_the_statement_is_the_final_accounts(tmp_path: Path, seed: int) -> None:
    n = invent_notes(seed)
    docs = _docs(tmp_path, "\n".join(n.lines) + "\n")
    [final] = [d for d in docs if d.type == "final_accounts"]
    assert final.year == n.year and final.title == f"第二部分 {n.year}年度单位决算情况说明"
    stated = {r.name: r.get("金额").dec for r in final.extra["accounts"].tables[0].rows}
    assert stated["本年收入合计"] == n.total_in and stated["本年支出合计"] == n.total_out
    assert not [f for d in docs for f in check_accounts(d) if f.severity == "error"]


_FORM = form()


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_an_untitled_budget_note_after_a_form_is_read(tmp_path: Path, seed: int) -> None:
    """A project's form, then a 部门预算 说明 from a numbered section on, no title of its own
    (``read.complement.after_forms``): both read, the budget's figures its own."""
    from layouts.budget_prose import budget_prose

    b = budget_prose(seed)
    p = tmp_path / "page.txt"
    p.write_text("\n".join(_FORM + b.lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    [form] = [d for d in docs if d.type == "project_self_evaluation"]
    assert form.total_score.dec == 99 and form.funds["total"].executed.dec == 18
    [budget] = [d for d in docs if d.type == "budget_disclosure"]
    stated = {r.name: r.get("金额").dec for r in budget.extra["accounts"].tables[0].rows}
    assert (stated["一般公共预算支出"], stated["基本支出"], stated["项目支出"]) == (b.total, b.basic, b.project)
    assert not [f for d in docs for f in check_accounts(d) if f.severity == "error"]


def test_a_report_after_a_form_is_read_by_its_title(tmp_path: Path) -> None:
    """A project's form, then a department's self-evaluation report that states no figure (its title line and its
    prose, ``read.complement.after_forms``): the report is a document of its own, named by its title."""
    title = "示例市甲区某局2023年度部门整体支出绩效自评报告"
    prose = ["一、部门基本情况", "本局主要职能是负责全区档案工作的统筹规划和组织协调，指导档案业务，管理区档案馆。",
             "二、绩效自评工作开展情况", "收到区财政局绩效自评通知后，我局成立了绩效自评工作领导小组，制定了自评工作方案，"
             "按照通知要求，全面、及时、准确地收集了部门整体支出的有关资料，对照部门整体支出绩效目标逐项进行了自评。",
             "三、存在的问题及改进措施", "部分绩效目标设置不够细化、量化，下一步将加强绩效目标管理，提高资金使用效益。"]
    p = tmp_path / "page.txt"
    p.write_text("\n".join(_FORM + [title, *prose]) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.total_score.dec for d in docs if d.title == "档案数字化加工"] == [99]
    assert [d.title for d in docs if d.title != "档案数字化加工"] == [title]
