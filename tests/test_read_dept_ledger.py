"""A department-wide self-evaluation that prints its 收支 (收入合计 / 支出合计 and their parts, a row of labels over a
row of amounts) is the department's document, whatever its figures look like: a form titled 部门整体支出绩效自评表 is
never a 三公 table nor "not recognised", a report keeps its 收支 lines, and a blank cell that vanished leaves only
the total its parts make (generators in ``tests/layouts/deptledger``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import Document
from jixiao.read.recognise.deptledger import TITLE
from layouts.deptledger import HEADINGS, invent_ledger, ledger_rows
from layouts.render import RENDERERS, cell_per_line

LAYOUTS = {"pipes": RENDERERS["pipes"], "cell_lines": RENDERERS["cell_lines"], "row_lines": RENDERERS["row_lines"],
           "cell_per_line": cell_per_line}


def _read(tmp_path: Path, text: str) -> tuple[list[Document], list]:  # type: ignore[type-arg]
    p = tmp_path / "dept.txt"
    p.write_text(text, encoding="utf-8")
    result = audit_paths([str(p)])
    return result.files[0].documents, list(result.findings)


def _lines(doc: Document) -> dict[str, Decimal]:
    tables = [t for t in doc.tables if t.title == TITLE]
    assert len(tables) == 1
    labels, amounts = tables[0].rows
    return {a.text: Decimal(b.text) for a, b in zip(labels, amounts, strict=True)}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("heading", sorted(HEADINGS))
@pytest.mark.parametrize("sangong", [False, True])
def test_a_department_self_evaluation_is_the_departments_with_its_income_and_spending(
        tmp_path: Path, layout: str, heading: str, sangong: bool) -> None:
    led = invent_ledger(3)
    docs, findings = _read(tmp_path, LAYOUTS[layout](ledger_rows(led, heading, sangong)))
    assert [d.type for d in docs] == ["project_self_evaluation"]
    doc = docs[0]
    assert doc.header["部门"].value == led.unit and "整体支出绩效" in (doc.title or "")
    assert _lines(doc) == {**{k: v for k, v in led.income.items() if v is not None}, **led.spending}
    assert not [f for f in findings if f.severity == "error"]


@pytest.mark.parametrize("heading", ["form", "report"])
def test_a_vanished_blank_cell_leaves_the_total_its_parts_make(tmp_path: Path, heading: str) -> None:
    led = invent_ledger(5, blank=True)
    docs, findings = _read(tmp_path, cell_per_line(ledger_rows(led, heading)))
    lines = _lines(docs[0])
    assert lines == {"收入合计": led.income["收入合计"], **led.spending}  # which part was blank: not said
    assert not [f for f in findings if f.severity == "error"]


def test_in_a_table_a_blank_cell_stays_blank(tmp_path: Path) -> None:
    led = invent_ledger(5, blank=True)
    docs, _ = _read(tmp_path, LAYOUTS["pipes"](ledger_rows(led, "form")))
    lines = _lines(docs[0])
    assert "政府基金拨款" not in lines and lines["其他"] == led.income["其他"]


def test_a_budgets_target_table_and_a_final_accounts_contents_stay_the_accounts(tmp_path: Path) -> None:
    """A 部门预算 whose 部门整体支出绩效目标表 follows it, or a 决算 whose contents list the self-evaluation form: the
    accounts' documents, never the department's form."""
    led = invent_ledger(7)
    for head in ("某县统计局2023年部门预算", "某县统计局2022年度部门决算"):
        rows = [[head], ["目录"], ["附件 部门整体支出绩效自评表"], ["收入支出决算总表"],
                ["项目", "本年收入合计", "本年支出合计"], ["金额", f"{led.income['收入合计']}", f"{led.spending['支出合计']}"],
                *ledger_rows(led, "form")[1:]]
        docs, _ = _read(tmp_path, LAYOUTS["pipes"](rows))
        assert not any(d.type == "project_self_evaluation" and "部门" in d.header and not d.indicators
                       and (d.title or "").endswith("自评表") for d in docs)


@pytest.mark.parametrize("wording", [
    "{y}年度财政拨款收入合计{i}万元（均为一般公共预算收入），财政拨款支出合计{e}万元，预算执行率{r}%。",
    "{y}年度一般公共预算财政拨款收入合计{i}万元，财政拨款支出合计{e}万元，预算执行率为{r}%。",
])
def test_a_reports_own_totals_stated_alone_are_read(tmp_path: Path, wording: str) -> None:
    """A department's report that states only its two totals (…收入合计, …支出合计): worded as totals, they are the
    report's wholes, kept on its document (two lines that name no whole are left unread as chance figures)."""
    led = invent_ledger(9)
    income, spent = led.income["收入合计"], led.spending["支出合计"]
    rate = (spent / income * 100).quantize(Decimal("0.01"))
    lines = [f"某县统计局{led.year}年度部门整体支出绩效自评报告", "一、部门基本情况",
             "（一）收支情况", wording.format(y=led.year, i=income, e=spent, r=rate), "二、自评结论", "自评得分95分。"]
    docs, findings = _read(tmp_path, "\n".join(lines) + "\n")
    acc = docs[0].extra.get("accounts")
    assert acc is not None
    stated = {r.name: v.dec for t in acc.tables for r in t.rows for v in r.values.values()}
    assert income in stated.values() and spent in stated.values()
    assert not [f for f in findings if f.severity == "error"]
