"""A 预算/决算 情况说明 or a “三公” statement given as text without its tables, from the middle of the page (no
heading), is read as a budget disclosure, final accounts or a 三公 statement from the figures it states, and the
changes and rates it gives are checked (generator: ``tests/layouts/budget_notes.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.budget_notes import (
    budget_notes,
    budget_report,
    final_notes,
    report_notes,
    sangong_final,
    sangong_items,
    sangong_notes,
)


def _read(tmp_path: Path, lines: list[str], kind: str) -> Document:
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == [kind]
    return docs[0]


def _stated(doc: Document) -> dict[str, object]:
    t = doc.extra["accounts"].tables[0]
    return {r.name: r.get("金额").dec for r in t.rows}


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("traditional", [False, True])
def test_a_budget_text_is_read_as_a_budget(tmp_path: Path, seed: int, traditional: bool) -> None:
    b = budget_notes(seed, traditional=traditional)
    doc = _read(tmp_path, b.lines, "budget_disclosure")
    assert doc.extra["accounts"].stage == "budget"
    stated = _stated(doc)
    assert stated["本部门收入预算"] == stated["本部门支出预算"] == b.income  # named as printed
    assert stated["一般公共预算财政拨款收入"] == b.general
    assert stated["政府性基金预算财政拨款收入"] == b.fund
    made: list[tuple[str, str, bool]] = []
    assert [f for f in check_accounts(doc, made=made) if f.severity != "info"] == []
    assert ("total_sum", "情况说明：基本支出 = 人员经费 + 公用经费", True) in made


@pytest.mark.parametrize("seed", [4, 5])
def test_a_growth_on_the_wrong_base_is_found(tmp_path: Path, seed: int) -> None:
    b = budget_notes(seed, ("growth",))
    doc = _read(tmp_path, b.lines, "budget_disclosure")
    found = [f for f in check_accounts(doc) if f.severity != "info"]
    assert [(f.kind, f.severity, f.row) for f in found] == [("text_growth", "suspect", "收入增减率")]
    assert found[0].reported == f"{b.rate}%"
    assert found[0].recomputed == f"{(b.change / (b.income - b.change) * 100).quantize(b.rate)}%"


@pytest.mark.parametrize("seed", [1, 2])
def test_a_final_text_rate_is_checked_against_its_difference(tmp_path: Path, seed: int) -> None:
    f = final_notes(seed)
    lines = ["2020年度部门决算情况说明", *f.lines]
    doc = _read(tmp_path, lines + [f"本年收入合计{f.spent}万元。", f"本年支出合计{f.spent}万元。"], "final_accounts")
    assert [x for x in check_accounts(doc) if x.severity != "info"] == []
    planted = final_notes(seed, ("exec",))
    doc = _read(tmp_path, ["2020年度部门决算情况说明", *planted.lines, f"本年收入合计{f.spent}万元。",
                           f"本年支出合计{f.spent}万元。"], "final_accounts")
    found = [x for x in check_accounts(doc) if x.severity != "info"]
    assert [(x.kind, x.severity, x.reported) for x in found] == [("text_percent", "suspect", "100%")]
    assert found[0].row == "一般公共预算财政拨款支出总计预算完成率"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_sangong_statement_in_prose_is_read(tmp_path: Path, seed: int) -> None:
    s = sangong_notes(seed)
    doc = _read(tmp_path, s.lines, "sangong")
    t = doc.extra["accounts"].tables[0]
    got = {(r.item, r.get("金额").dec) for r in t.rows}
    assert {("合计", s.budget), ("合计", s.final), ("公务接待费", s.reception), ("公务用车运行费", s.vehicles)} <= got
    assert any("三公" in r.name and "预算" in r.name for r in t.rows)
    assert [f for f in check_accounts(doc) if f.severity != "info"] == []


def test_prose_that_states_no_accounts_figures_is_not_accounts(tmp_path: Path) -> None:
    p = tmp_path / "report.txt"
    p.write_text("本单位认真编制预算,严格执行决算制度。全年开展培训3次。\n", encoding="utf-8")
    assert read_path(p).documents == []


def test_basic_spending_not_its_two_parts_is_found(tmp_path: Path) -> None:
    b = budget_notes(6, ("basic",))
    doc = _read(tmp_path, b.lines, "budget_disclosure")
    found = [(f.kind, f.severity, f.row, f.reported) for f in check_accounts(doc) if f.severity != "info"]
    assert found == [("total_sum", "error", "基本支出", str(b.general))]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_sangong_final_table_and_its_words_agree(tmp_path: Path, seed: int) -> None:
    lines, s = sangong_final(seed)
    doc = _read(tmp_path, lines, "sangong")
    assert {r.item: r.get("决算数").dec for r in doc.extra["accounts"].tables[0].rows if r.item in ("合计", "公务接待费")} \
        == {"合计": s.final, "公务接待费": s.reception}
    # the budget quoted as 支出预算为, the shares of a total the paragraph does not repeat: nothing to say
    assert [f for f in check_accounts(doc) if f.severity != "info"] == []


def test_a_sangong_change_against_budget_too_small_is_found(tmp_path: Path) -> None:
    lines, _ = sangong_final(4, plant=True)
    doc = _read(tmp_path, lines, "sangong")
    found = [(f.kind, f.severity, f.row) for f in check_accounts(doc) if f.severity != "info"]
    # the change against the table's 预算数 less its 决算数 (with both places); and the rate against the sentence's own
    # change and figure (0.1 of 4.62 + 0.1: an error, ``accounts.sangong_rates``, in place of the general reading's
    # suspicion)
    assert sorted(found) == [("text_compare", "error", "公务接待费"), ("text_growth", "error", "公务接待费支出")]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_county_final_accounts_report_is_read(tmp_path: Path, seed: int) -> None:
    r = report_notes(seed)
    doc = _read(tmp_path, r.lines, "final_accounts")
    stated = _stated(doc)
    assert (stated["一般公共预算收入"], stated["税收收入"], stated["非税收入"]) == (r.revenue, r.tax, r.nontax)
    # two lines, two names; the level the report names it at kept (全县一般公共预算支出总计), and the totals of the
    # sentence that opens with 县级一般公共预算收入 named as that level's budget's
    assert stated["全县一般公共预算支出总计"] == r.spent and stated["县级一般公共预算支出总计"] == r.total_out
    assert stated["县级一般公共预算收入总计"] == r.total_in
    # the tax rate one unit off against its own base is a last-digit difference: never more than info
    assert [f for f in check_accounts(doc) if f.severity != "info"] == []


def test_a_county_report_rate_off_is_found(tmp_path: Path) -> None:
    r = report_notes(4, plant=True)
    found = [(f.kind, f.severity, f.row) for f in check_accounts(_read(tmp_path, r.lines, "final_accounts"))
             if f.severity != "info"]
    assert found == [("text_growth", "suspect", "一般公共预算收入增减率")]


@pytest.mark.parametrize("seed", [1, 2])
def test_items_named_in_a_list_are_the_total_and_the_vehicles_are_one_item(tmp_path: Path, seed: int) -> None:
    lines, want = sangong_items(seed)
    t = _read(tmp_path, lines, "sangong").extra["accounts"].tables[0]
    assert {r.item: r.get("金额").dec for r in t.rows} == want


@pytest.mark.parametrize("seed", [1, 2])
def test_a_budget_report_in_yi_yuan_is_a_budget(tmp_path: Path, seed: int) -> None:
    lines, want = budget_report(seed)
    doc = _read(tmp_path, lines, "budget_disclosure")
    assert doc.money_unit == "亿元" and _stated(doc) == want


@pytest.mark.parametrize("seed", [1, 2])
def test_a_sangong_statement_that_does_not_add_up_is_found(tmp_path: Path, seed: int) -> None:
    lines, want = sangong_items(seed)
    made: list[tuple[str, str, bool]] = []
    assert [f for f in check_accounts(_read(tmp_path, lines, "sangong"), made=made) if f.severity != "info"] == []
    assert [ok for k, _, ok in made if k == "three_public"] == [True]
    off = [x.replace(f"预算数{want['合计']}", f"预算数{want['合计'] + 1}") for x in lines]
    found = [(f.kind, f.severity, f.reported) for f in check_accounts(_read(tmp_path, off, "sangong"))
             if f.severity != "info"]
    assert found == [("three_public", "error", f"{want['合计'] + 1}")]


def test_lines_of_one_sentence_are_one_paragraph_with_every_line_kept() -> None:
    """A sentence run over many lines (PDF wrapping, or a file that never ends a sentence) is one paragraph
    whose text is its lines joined and whose lines keep their sources; a heading or a full stop starts anew.
    (Joined once per paragraph: 2.2 MB of such lines took 31 s, 12 s now.)"""
    from jixiao.accounts.prose import paragraphs
    from jixiao.core.source import Source

    body = [(f"第{i}行收入{i}万元", Source("p.txt", line=i + 1)) for i in range(3000)]
    body += [("二、支出决算情况说明", Source("p.txt", line=3001)), ("支出5万元。", Source("p.txt", line=3002)),
             ("另起一句", Source("p.txt", line=3003))]
    out = paragraphs(body)
    assert [len(lines) for _, lines in out] == [3000, 2, 1]
    assert out[0][0] == "".join(t for t, _ in body[:3000])
    assert out[0][1][2999][1].line == 3000 and out[1][0] == "二、支出决算情况说明支出5万元。"
