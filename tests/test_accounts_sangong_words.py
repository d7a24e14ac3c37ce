"""The 情况说明's words on each 三公 item against the table (``accounts.sangong_words``), on generated pages
(``tests/layouts/sangong_words.py``): each stated change holds or is found at its row with both places named; a
last-digit difference is only suspected; a change the figures cannot be tied to is said to be unverifiable,
never an error."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.audit import audit_paths
from jixiao.core.records import Document
from layouts import degrade
from layouts import sangong as table_layout
from layouts.files import one
from layouts.sangong_stage_text import line_text, stage_text, two_sets
from layouts.sangong_units import news, one_item
from layouts.sangong_words import PLANTS, SAID_ROWS, compared_with, completion, invent, text, two_years


def _said(doc: Document) -> list[tuple[str, str, str | None]]:
    return sorted((f.kind, f.severity, f.row) for f in check_accounts(doc)
                  if f.kind in ("text_compare", "cannot_verify"))


@pytest.mark.parametrize("shape", ["trailing_pipes", "pipes", "pipe_lines", "row_lines"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_item_sentence_that_holds_is_checked_and_passes(tmp_path: Path, seed: int, shape: str) -> None:
    s = invent(seed)
    doc = one(tmp_path, text(s, shape), "sangong")
    made: list[tuple[str, str, bool]] = []
    found = check_accounts(doc, made=made)
    assert [f for f in found if f.severity != "info"] == []
    held = [w for k, w, ok in made if k == "text_compare" and ok]
    # the total and each item sentence against the table, and the items' changes summed to the total's
    assert len([w for w in held if w.startswith("情况说明「")]) == 1 + len(SAID_ROWS)
    assert [w for w in held if w.startswith("情况说明各项增减")] == [
        "情况说明各项增减（与预算相比）：合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费"]


@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_a_planted_change_is_found_at_its_row_with_both_places(tmp_path: Path, plant: str) -> None:
    s = invent(7, (plant,))
    doc = one(tmp_path, text(s, "trailing_pipes"), "sangong")
    found = [f for f in check_accounts(doc) if f.kind == "text_compare" and f.severity != "info"]
    severity = "suspect" if plant == "digit" else "error"
    row = SAID_ROWS[PLANTS[plant]]
    # the sentence against the table; and, more than a last digit off, the items' changes no longer add up to the
    # total's (suspect: the text does not say which of its figures is wrong)
    sums = [] if plant == "digit" else [("suspect", "“三公”经费")]
    assert sorted((f.severity, f.row) for f in found) == sorted([(severity, row), *sums])
    f = next(x for x in found if x.row == row)
    item = PLANTS[plant]
    diff = s.final[item] - s.budget[item]
    assert f.recomputed == str(diff)
    assert f.location is not None and f.location.line is not None
    lines = (tmp_path / "form.txt").read_text(encoding="utf-8").splitlines()
    assert row in lines[f.location.line - 1]  # the sentence
    # and the table's two cells, by their lines
    budget_line = next(i for i, x in enumerate(lines, 1) if x == f"{s.budget[item]:.2f} |")
    assert f"form.txt:{budget_line}" in f.message and f"{s.budget[item]:.2f}" in f.message
    assert ("无变化" in f.message) == (plant == "same")
    assert [x for x in check_accounts(doc) if x.severity == "error" and x.kind != "text_compare"] == []


def test_traditional_script_and_full_width_digits(tmp_path: Path) -> None:
    s = invent(4, ("same",))
    doc = one(tmp_path, degrade.full_width(degrade.traditional(text(s, "pipes"))), "sangong")
    assert [(k, sev) for k, sev, _ in _said(doc)] == [("text_compare", "error"), ("text_compare", "suspect")]


@pytest.mark.parametrize("plant", [False, True])
def test_two_years_stated_in_the_text_alone(tmp_path: Path, plant: bool) -> None:
    """No table: the change is this year's figure (the later paragraph's year) less last year's, suspected only."""
    s = invent(5)
    doc = one(tmp_path, two_years(s, plant), "sangong")
    found = [f for f in check_accounts(doc) if f.kind == "text_compare"]
    assert [(f.severity, f.row) for f in found] == ([("suspect", "公务接待")] if plant else [])
    if plant:
        assert found[0].recomputed == str(s.budget["公务接待费"] - s.final["公务接待费"])
        assert f"{s.year - 1} 年 {s.final['公务接待费']:.2f} 万元" in found[0].message


def test_a_change_on_last_year_without_last_years_column_cannot_be_verified(tmp_path: Path) -> None:
    """A 预算 table of this year only, notes saying 比上年减少: said to be unverifiable (info), never an error."""
    s = table_layout.invent(6, "single")
    doc = one(tmp_path, table_layout.text(s, "trailing_pipes"), "sangong")
    said = _said(doc)
    assert said == [("cannot_verify", "info", "“三公”经费")]
    assert not any(f.severity == "error" for f in check_accounts(doc))


def test_a_change_on_last_year_is_checked_against_the_prior_column(tmp_path: Path) -> None:
    """上年决算数 / 本年决算数 columns: the notes' 比上年 change of the total is the difference of the two 合计."""
    s = table_layout.invent(6, "yoy")
    body = table_layout.text(s, "pipes_no_lead")
    doc = one(tmp_path, body, "sangong")
    assert _said(doc) == []
    wrong = body.replace(f"{abs(s.current['合计'] - s.prior['合计']):.2f}万元", "1.00万元", 1)
    assert wrong != body
    found = [f for f in check_accounts(one(tmp_path, wrong, "sangong")) if f.kind == "text_compare"]
    assert [(f.severity, f.row, f.reported) for f in found] == [("error", "合计", "1.00")]
    assert Decimal(found[0].recomputed or "") == s.current["合计"] - s.prior["合计"]


def test_the_items_changes_must_add_up_to_the_totals_without_any_table(tmp_path: Path) -> None:
    """A budget statement without last year's figures: each item's change on last year's budget, and the total's;
    the items' changes must add up to the total's (the 情况说明 of the Anhui pages), whatever the table gives."""
    lines = ["一、2024年一般公共预算“三公”经费支出预算情况说明",
             "本单位2024年一般公共预算“三公”经费支出预算为328.7万元,比2023年预算减少17.3万元。其中:",
             "(一)因公出国(境)费支出预算10万元,与2023年预算持平。",
             "(二)公务用车购置及运行费支出预算78.7万元,比2023年预算减少7.3万元。其中:公务用车运行费35.7万元,比2023年预算"
             "减少1.3万元;公务用车购置费43万元,比2023年预算减少6万元。",
             "(三)公务接待费支出预算240万元,比2023年预算减少{}万元。"]
    made: list[tuple[str, str, bool]] = []
    doc = one(tmp_path, "\n".join(lines).format("10") + "\n", "sangong")
    assert [f for f in check_accounts(doc, made=made) if f.severity != "info"] == []
    assert sum(1 for k, w, ok in made if k == "text_compare" and ok and "各项增减" in w) == 2
    found = [f for f in check_accounts(one(tmp_path, "\n".join(lines).format("12") + "\n", "sangong"))
             if f.severity != "info"]
    assert [(f.kind, f.severity, f.reported, f.recomputed) for f in found] == [
        ("text_compare", "suspect", "-17.3", "-19.3")]
    assert found[0].location is not None and found[0].location.line == 2


@pytest.mark.parametrize(("total_cut", "abroad", "found"), [
    ("0.06", "0", True), ("0.13", "0", False), ("0.20", "0", False), ("0.06", "1.50", False)])
def test_an_item_nothing_was_spent_on_cannot_raise_the_total_change(tmp_path: Path, total_cut: str, abroad: str,
                                                                    found: bool) -> None:
    """A final statement that gives no change for 因公出国(境)费, on which 0 was spent: its change on the budget is 0
    less the budget, never above 0, so the total falls by at least the other items' falls (0.05 + 0.08 = 0.13). A total
    said to fall by 0.06 is suspect; 0.13 or more holds; with a sum spent abroad (1.50) no bound is known."""
    lines = ["2025年度“三公”经费决算情况说明",
             f"2025年度“三公”经费{Decimal('12.46') + Decimal(abroad)}万元,其中:因公出国(境)费{abroad}万元,"
             "公务用车购置及运行维护费9.31万元,公务接待费3.15万元。",
             f"经比较,2025年度“三公”经费较年初预算数减少{total_cut}万元。其中:公务用车购置及运行维护费较年初预算数减少0.05万元;"
             "公务接待费较年初预算数减少0.08万元。"]
    doc = one(tmp_path, "\n".join(lines) + "\n", "sangong")
    got = [(f.kind, f.severity, f.reported, f.recomputed) for f in check_accounts(doc) if f.severity != "info"]
    assert got == ([("text_compare", "suspect", f"-{total_cut}", "≤ -0.13")] if found else [])


@pytest.mark.parametrize(("budget", "found"), [("64.30", False), ("71.30", True)])
def test_the_items_changes_add_up_to_the_totals_spending_less_its_budget(tmp_path: Path, budget: str,
                                                                        found: bool) -> None:
    """The final statement's template: the total's budget and spending, then each item's change on its budget (因公出国
    (境)费 "增加(减少)0万元", a template's change of nothing). The items' changes must add up to the spending less the
    budget: 0 − 12.16 − 3.54 = −15.70 = 48.60 − 64.30; a budget printed 71.30 leaves 7.00 unaccounted for."""
    lines = ["2025年度一般公共预算财政拨款“三公”经费支出决算情况说明",
             f"2025年度一般公共预算财政拨款“三公”经费支出预算为{budget}万元,支出决算为48.60万元。",
             "(一)因公出国(境)费支出0万元。因公出国(境)费支出决算比预算数增加(减少)0万元。",
             "(二)公务用车购置及运行费支出45.10万元。公务用车购置及运行费支出决算数比预算数减少12.16万元。",
             "(三)公务接待费支出3.50万元。公务接待费支出决算数比预算数减少3.54万元。"]
    doc = one(tmp_path, "\n".join(lines) + "\n", "sangong")
    got = [(f.kind, f.severity, f.reported, f.recomputed) for f in check_accounts(doc)
           if f.severity != "info" and f.kind == "text_compare"]
    assert got == ([("text_compare", "suspect", "-22.70", "-15.70")] if found else [])


@pytest.mark.parametrize(("reception", "running", "cut", "bought"), [
    ("0.50", "6.00", "1.00", False), ("1.20", "8.30", "0.70", False), ("0.50", "6.00", "1.00", True)])
def test_the_running_costs_stand_for_the_vehicles_when_no_car_is_bought(tmp_path: Path, reception: str, running: str,
                                                                      cut: str, bought: bool) -> None:
    """A budget's 三公 paragraph naming only the vehicles' running costs (公务用车运行维护费), no purchase: where the
    stated amounts make the total without one, the running costs' change is the vehicles' in the sum of changes
    (0 + 0 − 1.00 ≠ the total's −0.50: suspect). Where the amounts do not make the total (a purchase the text does
    not state), the sum is not checked."""
    total = Decimal(reception) + Decimal(running) + (Decimal(2) if bought else 0)
    line = (f"2023年“三公”经费预算{total:.2f}万元,比上年减少0.50万元。其中:因公出国(境)费用0万元,较上年无增减;"
            f"公务接待费{reception}万元,较上年无增减;公务用车运行维护费{running}万元,比上年减少{cut}万元,主要原因是压减开支。")
    doc = one(tmp_path, "四、“三公”经费情况说明\n" + line + "\n", "sangong")
    found = [(f.kind, f.severity, f.reported, f.recomputed) for f in check_accounts(doc)
             if f.severity != "info" and f.kind == "text_compare"]
    assert found == ([] if bought else [("text_compare", "suspect", "-0.50", f"-{cut}")])
    made: list[tuple[str, str, bool]] = []
    fixed = one(tmp_path, "四、“三公”经费情况说明\n" + line.replace("减少0.50万元", f"减少{cut}万元") + "\n", "sangong")
    assert [f for f in check_accounts(fixed, made=made) if f.severity != "info" and f.kind == "text_compare"] == []
    assert sum(1 for k, w, ok in made if k == "text_compare" and ok and "各项增减" in w) == (0 if bought else 1)


@pytest.mark.parametrize("off", [Decimal(0), Decimal("0.01"), Decimal(3)])
def test_a_change_stated_as_a_rate_only_is_checked_against_the_prior_column(tmp_path: Path, off: Decimal) -> None:
    """"公务接待费支出决算X万元,比上年下降Y%": Y against the table's 上年决算数 and 决算数; one unit off in its last digit
    is a rounding note (info), more is an error."""
    s = table_layout.invent(6, "yoy")
    cur, prior = s.current["公务接待费"], s.prior["公务接待费"]
    rate = (abs(cur - prior) / prior * 100).quantize(Decimal("0.01")) + off
    word = "增长" if cur > prior else "下降"
    body = table_layout.text(s, "pipes_no_lead").rstrip("\n").rsplit("\n", 1)[0]  # the table, without the notes
    doc = one(tmp_path, body + f"\n二、{s.year}年“三公”经费支出决算情况说明\n公务接待费支出决算{cur:.2f}万元,比上年{word}{rate}%。\n",
              "sangong")
    found = [(f.severity, f.row, f.reported) for f in check_accounts(doc) if f.kind == "text_compare"]
    expected = {Decimal(0): [], Decimal("0.01"): [("info", "公务接待费", f"{rate}%")],
                Decimal(3): [("error", "公务接待费", f"{rate}%")]}[off]
    assert found == expected


def test_each_years_statement_adds_up_on_its_own(tmp_path: Path) -> None:
    """This year's budget and last year's final stated in two paragraphs: each year's 合计 = its items, never summed
    across the years; a total one 万元 off in last year's paragraph is found at that paragraph."""
    s = invent(5)
    text = two_years(s, plant=False)
    made: list[tuple[str, str, bool]] = []
    doc = one(tmp_path, text, "sangong")
    assert [f for f in check_accounts(doc, made=made) if f.severity != "info"] == []
    held = sorted(w for k, w, ok in made if k == "three_public" and ok)
    assert held == [f"说明中{s.year - 1}年“三公”经费：合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费",
                    f"说明中{s.year}年“三公”经费：合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费"]
    wrong = text.replace(f"合计支出{s.final['合计']:.2f}万元", f"合计支出{s.final['合计'] + 1:.2f}万元")
    found = [(f.kind, f.severity, f.location.line if f.location else None)
             for f in check_accounts(one(tmp_path, wrong, "sangong")) if f.kind == "three_public"]
    assert found == [("three_public", "error", 4)]


def test_a_change_on_last_years_final_against_last_years_budget_column_cannot_be_verified(tmp_path: Path) -> None:
    """A 预算 table of two years' budgets (上年预算数 / 预算数); the notes compare with last year's 决算: that figure
    is not in the table, so the sentence cannot be checked, and it is said, never an error."""
    s = table_layout.invent(7, "years")
    body = table_layout.text(s, "pipes_no_lead").rstrip("\n").rsplit("\n", 1)[0]
    cur = s.current["公务接待费"]
    doc = one(tmp_path, body + f"\n二、说明\n公务接待费支出预算{cur:.2f}万元,比上年决算减少99.99万元。\n", "sangong")
    said = [(f.kind, f.severity) for f in check_accounts(doc) if f.kind in ("text_compare", "cannot_verify")]
    assert said == [("cannot_verify", "info")]
    assert "表中没有上年决算数列" in next(f.message for f in check_accounts(doc) if f.kind == "cannot_verify")


@pytest.mark.parametrize("off", [Decimal(0), Decimal("0.01"), Decimal(5)])
def test_an_items_completion_of_its_budget_is_checked_against_its_row(tmp_path: Path, off: Decimal) -> None:
    """"公务接待费支出决算X万元,完成预算的Y%": Y = 决算数 ÷ 预算数 of the item's row (never the total's budget); off
    by more than its last digit it is 疑似, not 错误: the words may mean the 年初预算 where the table prints the
    adjusted 预算数 (seed 003's 30.89% of 年初 5.6, whose table says 1.73, is text_amount's error already)."""
    s = invent(8)
    item = "公务接待费"
    rate = (s.final[item] / s.budget[item] * 100).quantize(Decimal("0.01")) + off
    body = text(s, "trailing_pipes").split("二、")[0]  # the table, without the generated notes
    doc = one(tmp_path, body + f"二、说明\n{item}支出决算{s.final[item]:.2f}万元,完成预算的{rate}%。\n", "sangong")
    found = [(f.kind, f.severity, f.row, f.reported) for f in check_accounts(doc) if f.severity != "info" or off]
    expected = {Decimal(0): [], Decimal("0.01"): [("text_compare", "info", item, f"{rate}%")],
                Decimal(5): [("text_compare", "suspect", item, f"{rate}%")]}[off]
    assert [x for x in found if x[0] == "text_compare"] == expected
    assert [x for x in found if x[1] == "error" and x[0] != "text_compare"] == []


@pytest.mark.parametrize("plant", [False, True])
def test_a_total_in_yi_and_items_in_wan_are_summed_in_one_unit(tmp_path: Path, plant: bool) -> None:
    """2.08 亿元 against 1344 + 15218 + 4263 万元: compared in 亿元 (the sum 2.0825 is the total within its rounding),
    never 2.08 against 20825; a total 0.5 亿元 off is still found (generator: ``tests/layouts/sangong_units.py``)."""
    n = news(6, plant)
    doc = one(tmp_path, n.text, "sangong")
    stated = {r.item: (r.get("金额").dec, r.unit) for r in doc.extra["accounts"].tables[0].rows}
    assert stated["合计"] == (n.total, "亿元")
    assert stated["公务接待费"] == (n.items["公务接待费"], "万元")
    found = [(f.kind, f.severity) for f in check_accounts(doc) if f.severity != "info"]
    assert found == ([("three_public", "error")] if plant else [])


@pytest.mark.parametrize("plant", [False, True])
def test_a_statement_under_its_own_heading_may_give_one_item(tmp_path: Path, plant: bool) -> None:
    """"2017年“三公”经费预算情况说明" giving only the vehicles' running costs: a 三公 statement (never unrecognised),
    the item read, its rate of change checked against the sentence's own figure and change (an error: the sentence's
    figures, exact arithmetic; ``accounts.sangong_rates``; generator: ``tests/layouts/sangong_units.py``)."""
    running, body = one_item(7, plant)
    doc = one(tmp_path, body, "sangong")
    assert [(r.item, r.get("金额").dec) for r in doc.extra["accounts"].tables[0].rows] == [("公务用车运行费", running)]
    found = [(f.kind, f.severity) for f in check_accounts(doc) if f.severity != "info"]
    assert found == ([("text_growth", "error")] if plant else [])


@pytest.mark.parametrize("against", ["budget", "prior"])
@pytest.mark.parametrize("plant", [None, "合计", "公务接待费", "公务用车购置及运行费"])
def test_a_change_checked_against_the_figure_its_own_words_compare_with(tmp_path: Path, against: str,
                                                                        plant: str | None) -> None:
    """"…决算12.60万元,比上年决算15.00万元减少2.60万元": with no table and no figures by year, the sentence's own two
    figures are what its change is checked on; a change 1.00 off is suspected at the item."""
    s = invent(4)
    doc = one(tmp_path, compared_with(s, against, plant), "sangong")
    found = [f for f in check_accounts(doc) if f.severity != "info"]
    own = {(f.row, f.severity, f.recomputed) for f in found if (f.message or "").startswith("情况说明「")}
    row = {"合计": "“三公”经费", **SAID_ROWS}
    assert own == (set() if plant is None else {(row[plant], "suspect", str(s.final[plant] - s.budget[plant]))})
    # the items' changes no longer add up to the total's: that sum is suspected too, nothing else
    assert len(found) == (0 if plant is None else 2) and all(f.kind == "text_compare" for f in found)
    assert not [f for f in check_accounts(doc) if f.kind == "cannot_verify"]


@pytest.mark.parametrize("budget_after", [False, True])
@pytest.mark.parametrize("plant", [False, True])
def test_an_items_completion_with_its_budget_stated_in_words(tmp_path: Path, budget_after: bool, plant: bool) -> None:
    """"公务接待费支出决算3.20万元,完成预算的70.00%,年初预算为4.00万元": the item's 年初预算 (after the rate, or
    before the spending) is the budget its completion is checked on; a rate 10 points low is found at it, nothing
    else."""
    s = invent(5)
    doc = one(tmp_path, completion(s, budget_after, plant), "sangong")
    found = check_accounts(doc)
    assert not [f for f in found if f.kind == "cannot_verify"]
    said = [(f.kind, f.severity, f.row) for f in found if f.severity != "info"]
    assert (("text_compare", "suspect", "公务接待费") in said) == plant
    # (the budget before the spending: the sentence's own completion rate is recomputed too, text_rates')
    assert all((row or "").startswith("公务接待费") for _, _, row in said)


@pytest.mark.parametrize("seed", range(8))
def test_a_prose_final_said_with_its_budget_is_checked_by_the_stage_its_labels_name(tmp_path: Path, seed: int) -> None:
    """Every 三公 figure said twice in one year (the 决算 with its 年初预算, then again in the changes paragraph
    without a stage, ``layouts.sangong_stage_text``): the 决算 set, by the stage its labels end in, holds; its total
    ten cents off its items is found at its line."""
    p = tmp_path / "sangong.txt"
    lines, _ = stage_text(seed)
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [f for f in audit_paths([str(p)]).findings if f.kind == "three_public" and f.severity != "info"] == []
    lines, total = stage_text(seed, Decimal("0.10"))
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = [f for f in audit_paths([str(p)]).findings if f.kind == "three_public" and f.severity != "info"]
    assert [(f.severity, f.location.line, f.reported) for f in found] == [("error", 2, str(total))]


@pytest.mark.parametrize("seed", range(8))
def test_a_towns_budget_and_its_items_on_one_line_are_checked_together(tmp_path: Path, seed: int) -> None:
    """The year's 三公 budget with its items on one line and its spending said again on the next (two totals of one
    year, ``layouts.sangong_stage_text.line_text``): the line's set holds; its total ten units off is an error."""
    p = tmp_path / "sangong.txt"
    lines, _ = line_text(seed)
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [f for f in audit_paths([str(p)]).findings if f.kind == "three_public" and f.severity != "info"] == []
    lines, total = line_text(seed, Decimal(10))
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = [f for f in audit_paths([str(p)]).findings if f.kind == "three_public" and f.severity != "info"]
    assert [(f.severity, f.location.line, f.reported) for f in found] == [("error", 2, str(total))]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("line", [2, 3])
def test_one_years_spending_and_budget_each_on_its_line_are_checked_apart(tmp_path: Path, seed: int,
                                                                          line: int) -> None:
    """One year's 三公 spending (labels "…决算", the total "…决算总数") and its budget (labels naming no stage) each with
    their items on their own line (``layouts.sangong_stage_text.two_sets``): the stages tie fewer figures to a total
    than the lines do, so each line's set is checked; an item ten units off on either line is found at its line."""
    p = tmp_path / "sangong.txt"
    lines, _ = two_sets(seed)
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [f for f in audit_paths([str(p)]).findings if f.kind == "three_public" and f.severity != "info"] == []
    lines, total = two_sets(seed, Decimal(10), line)
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = [f for f in audit_paths([str(p)]).findings if f.kind == "three_public" and f.severity != "info"]
    assert [(f.severity, f.location.line, f.reported) for f in found] == [("error", line, str(total))]
