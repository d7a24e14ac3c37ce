"""转移支付 documents as counties republish them (``layouts.transfer_republished``), in the layouts pages give (pipes,
tabs, one row a line, rows flattened to spaces, one cell a line), in simplified and traditional script:

- the 区域绩效目标表 under the fund's own name (…资金绩效目标表, …资金预算绩效目标表), never saying 转移支付, is the
  transfer's document by the template's own marks, never a budget's 项目支出绩效目标表, even where only its funds block
  split by level of government (中央 and 地方, or a province's 省级 and 市县) says whose it is;
- the 资金分配表 printed before or after such a form is kept on the form's document, its 合计 (总计) row first or last
  read by the table's column model and confirmed by the rows; a 合计 planted one more than its rows is reported;
- an allocation table named for the fund's budget (…资金预算分配表, …资金预算指标下达表) under a title saying 预算 is
  the transfer's allocation, its 合计 read, never a budget disclosure nor nothing;
- a table of places (县(市、区), 地区, 乡镇 … with their amounts and a 合计) under a line naming only the fund is the
  fund's allocation, its 合计 first or last confirmed by the rows (a planted one reported, or not read when first);
- indicator names numbered by the template (指标1:…) are read with their rows, the template's unused lines (指标2:,
  ……) are no indicators;
- a notice sending several funds named with their count (…等4项中央补助资金X万元下达给你们,其中:…) sends X, not the
  first fund its 其中 names, and the parts a fund's own brackets give are not the list's (no suspicion raised)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.degrade import traditional
from layouts.render import cell_per_line, flattened, pipes, row_lines, tabs, trailing_pipes
from layouts.transfer_republished import (
    BUDGET_NOTICES,
    FUND_LINES,
    TITLES,
    allocation,
    counted_notice,
    numbered,
    retitled,
)
from layouts.transfer_scored import scored

LAYOUTS = {"pipes": pipes, "tabs": tabs, "row_lines": row_lines, "flattened": flattened,
           "cell_per_line": cell_per_line, "trailing_pipes": trailing_pipes}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _bad(path: Path) -> list[tuple[str, str | None]]:
    return [(f.severity, f.row) for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("departments", [True, False])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("upper", ["central", "provincial"])
def test_a_target_table_under_its_funds_name_is_the_transfers(tmp_path: Path, layout: str, title: str,
                                                               departments: bool, script: str, upper: str) -> None:
    rows, (total, part, local) = retitled(TITLES.index(title), title, departments, province=upper == "provincial")
    text = LAYOUTS[layout](rows)
    path = _write(tmp_path, traditional(text) if script == "traditional" else text)
    docs = read_path(path).documents
    assert [d.extra.get("form") for d in docs] == ["transfer"]
    funds = {k: r.annual_budget.dec for k, r in docs[0].funds.items()}
    assert funds.get("total") == total and funds.get(upper) == part and funds.get("local") == local
    assert not _bad(path)


def _kept(doc, label: str, value: str) -> bool:  # type: ignore[no-untyped-def]
    """The document holds a table with ``value`` beside ``label`` in its row."""
    return any(any(texts and texts[0].replace(" ", "") == label and value in texts[1:] for texts in t.texts())
               for t in doc.tables)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("total_first", [False, True])
@pytest.mark.parametrize("before", [False, True])
def test_the_allocation_beside_a_form_is_kept_on_it(tmp_path: Path, layout: str, total_first: bool, before: bool
                                                   ) -> None:
    form, _ = retitled(2, TITLES[0])
    table, total, (county, amount) = allocation(2 + int(before), total_first, "总计" if total_first else "合计")
    path = _write(tmp_path, LAYOUTS[layout](table + form if before else form + table))
    docs = read_path(path).documents
    assert [d.extra.get("form") for d in docs] == ["transfer"]
    label = "总计" if total_first else "合计"
    assert _kept(docs[0], label, f"{total}") and _kept(docs[0], county, f"{amount}")
    assert not _bad(path)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("total_first", [False, True])
def test_a_planted_allocation_total_is_reported_or_not_read(tmp_path: Path, layout: str, total_first: bool) -> None:
    """Last, the planted 合计 closes the rows it is compared with: reported at its row. First, the rows after it may
    not all be the table's (the column model confirms a leading total only by rows that make it): not confirmed, the
    table is kept as printed and no error is said of it."""
    form, _ = retitled(4, TITLES[2])
    table, total, _ = allocation(5, total_first, planted=True)
    path = _write(tmp_path, LAYOUTS[layout](form + table))
    found = _bad(path)
    if total_first:
        assert not [f for f in found if f[0] == "error"]
        assert [d.funds["total"].annual_budget.dec for d in read_path(path).documents] != [total]
    else:
        assert "合计" in {row for _, row in found}


@pytest.mark.parametrize("layout", ["pipes", "trailing_pipes", "tabs"])
@pytest.mark.parametrize("seed", range(4))
def test_numbered_indicator_names_and_the_templates_unused_lines(tmp_path: Path, layout: str, seed: int) -> None:
    rows, indicators = scored(seed, weight_first=seed % 2 == 1, funds_scored=seed < 2, met=True)
    path = _write(tmp_path, LAYOUTS[layout](numbered(rows)))
    doc = next(d for d in read_path(path).documents if d.extra.get("form") == "transfer")
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (f"指标1:{name}", weight, score) for name, weight, score in indicators]
    assert not [p for p in doc.problems if "指标2" in p.message or "……" in p.message]
    assert not _bad(path)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(3))
def test_a_notice_of_counted_funds_sends_their_whole(tmp_path: Path, layout: str, seed: int) -> None:
    text, table, whole = counted_notice(seed)
    path = _write(tmp_path, text + LAYOUTS[layout](table))
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1 and docs[0].funds["total"].annual_budget.dec == whole
    assert not _bad(path)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("head", range(len(BUDGET_NOTICES)))
@pytest.mark.parametrize("table_title", ["2023年农业生产发展资金预算分配表", "附件:2023年农业生产发展资金预算指标下达明细表"])
def test_an_allocation_named_for_the_funds_budget(tmp_path: Path, layout: str, head: int, table_title: str) -> None:
    rows, total, _ = allocation(head + 1, title=table_title)
    path = _write(tmp_path, BUDGET_NOTICES[head] + LAYOUTS[layout]([r for r in rows if r != ["附件2"]]))
    docs = read_path(path).documents
    assert [(d.extra.get("form"), d.funds["total"].annual_budget.dec) for d in docs] == [("transfer", total)]
    assert not _bad(path)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("line", range(len(FUND_LINES)))
@pytest.mark.parametrize("total_first", [False, True])
def test_a_table_of_places_under_its_funds_name(tmp_path: Path, layout: str, line: int, total_first: bool) -> None:
    rows, total, (county, amount) = allocation(line + 3, total_first)
    body = [r for r in rows if r not in (["附件2"], ["资金分配表"])]
    path = _write(tmp_path, FUND_LINES[line] + "\n" + LAYOUTS[layout](body))
    docs = read_path(path).documents
    assert [(d.extra.get("form"), d.funds["total"].annual_budget.dec) for d in docs] == [("transfer", total)]
    assert _kept(docs[0], county, f"{amount}") and not _bad(path)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_planted_total_under_a_funds_name_is_reported(tmp_path: Path, layout: str) -> None:
    rows, _, _ = allocation(6, planted=True)
    body = [r for r in rows if r not in (["附件2"], ["资金分配表"])]
    path = _write(tmp_path, FUND_LINES[0] + "\n" + LAYOUTS[layout](body))
    assert "合计" in {row for _, row in _bad(path)}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("before", [False, True])
def test_the_allocation_beside_a_self_evaluation_under_its_funds_name(tmp_path: Path, layout: str, before: bool
                                                                     ) -> None:
    """A self-evaluation form under the fund's name (read in whichever layout its reader takes it) keeps the
    allocation printed beside it, one document and no second reading of either."""
    form, _ = scored(1, met=True)
    form = [list(r) for r in form]
    form[0] = ["2023年困难群众救助补助资金绩效自评表"]
    form[1][0] = "项目名称"
    table, total, (county, amount) = allocation(4)
    path = _write(tmp_path, LAYOUTS[layout](table + form if before else form + table))
    docs = read_path(path).documents
    assert len(docs) == 1 and _kept(docs[0], "合计", f"{total}") and _kept(docs[0], county, f"{amount}")
    assert not [f for f in _bad(path) if f[0] == "error"]
