"""A 三公 决算表 (预算数, 决算数) and the 情况说明 under it (generator: ``tests/layouts/sangong_final.py``), in every
shape the table reaches text in, both item wordings, the vehicles' 其中 lines filled or empty: the figures are read,
a text that agrees raises nothing, empty 其中 lines are no arithmetic error, and each mistake planted in the words
is found as an error at the line it is said of (the total's completion rate, an item's share of the 三公 total, an
item's own completion rate)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.findings import Finding
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.sangong_final import LABELS, Final, invent, text

SHAPES = ("trailing_pipes", "pipe_lines", "pipes", "pipes_no_lead")  # shapes that keep a blank cell


def _read(tmp_path: Path, f: Final, shape: str) -> Document:
    p = tmp_path / "sangong.txt"
    p.write_text(text(f, shape), encoding="utf-8")
    rr = read_path(p)
    assert [d.type for d in rr.documents] == ["sangong"], [x.message for x in rr.problems]
    return rr.documents[0]


def _serious(doc: Document) -> list[Finding]:
    return [x for x in check_accounts(doc) if x.severity in ("error", "suspect")]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("labels", sorted(LABELS))
@pytest.mark.parametrize("breakdown", [True, False])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_sangong_final_and_its_words_that_agree_raise_nothing(tmp_path: Path, shape: str, labels: str,
                                                               breakdown: bool, seed: int) -> None:
    f = invent(seed, labels, breakdown)
    doc = _read(tmp_path, f, shape)
    t = doc.extra["accounts"].tables[0]
    got = {r.item: (r.get("预算数").dec, r.get("决算数").dec) for r in t.rows}
    assert got["合计"] == (f.budget["合计"], f.spent["合计"])
    assert got["公务接待费"] == (f.budget["接待"], f.spent["接待"])
    assert got["公务用车购置及运行费"] == (f.budget["车"], f.spent["车"])
    assert _serious(doc) == []  # empty 其中 lines included: the subtotal is not "≠ 0 + 0"
    if not breakdown:
        said = [x for x in check_accounts(doc) if x.kind == "cannot_verify" and x.row == f.labels[3]]
        assert len(said) == 2  # one per amount column: the check that could not be made is said


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("labels", sorted(LABELS))
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_mistake_in_the_words_is_an_error_at_its_line(tmp_path: Path, shape: str, labels: str, seed: int) -> None:
    f = invent(seed, labels, breakdown=seed % 2 == 0, mistakes=("exec", "shares", "item_exec"))
    serious = _serious(_read(tmp_path, f, shape))
    found = [x for x in serious if x.severity == "error"]
    assert all(x.kind == "text_percent" for x in found), [x.message for x in found]
    # besides: the item's completion said against the table's own two figures (suspect, the same row)
    assert [(x.kind, x.severity, x.row) for x in serious if x.severity != "error"] == [
        ("text_compare", "suspect", "公务接待费")]
    rows = sorted(x.row or "" for x in found)
    assert rows == sorted(["一般公共预算财政拨款“三公”经费支出预算完成率", "公务接待费占比", f"{f.labels[3]}占比",
                           "公务接待费预算完成率"])
    share = next(x for x in found if x.row == "公务接待费占比")
    assert share.recomputed == f"{(f.spent['接待'] / f.spent['合计'] * 100).quantize(share_q(share))}%"


def share_q(x: Finding):  # type: ignore[no-untyped-def]
    from decimal import Decimal

    return Decimal(1).scaleb(-len((x.reported or "").rstrip("%").partition(".")[2]))


def _statement(seed: int, wrong: str | None) -> tuple[str, dict[str, str]]:
    """A 三公 决算 statement in words only, each figure with the budget it completes stated inside the rate
    ("完成全年预算84.82万元的73.2%"); ``wrong`` names the item whose rate is planted 2 points off."""
    import random
    from decimal import Decimal

    rng = random.Random(seed)
    items = {"因公出国(境)费": Decimal(rng.randrange(100, 2000)) / 100, "公务接待费": Decimal(rng.randrange(100, 3000)) / 100,
             "公务用车购置及运行维护费": Decimal(rng.randrange(500, 4000)) / 100}
    budgets = {k: v + Decimal(rng.randrange(0, 2000)) / 100 for k, v in items.items()}
    total, whole = sum(items.values(), Decimal(0)), sum(budgets.values(), Decimal(0))
    word = ("全年预算", "预算", "年初预算")[seed % 3]

    def rate(k: str, a: Decimal, b: Decimal) -> str:
        r = (a / b * 100).quantize(Decimal("0.1"))
        return str(r + (2 if k == wrong else 0))

    parts = [f"{k}支出决算为{v}万元,完成{word}{budgets[k]}万元的{rate(k, v, budgets[k])}%" for k, v in items.items()]
    text = (f"某厅{2020 + seed}年度“三公”经费财政拨款支出决算为{total}万元,完成{word}{whole}万元的"
            f"{rate('“三公”经费', total, whole)}%。其中:" + ";".join(parts) + "。")
    return text, {k: str(v) for k, v in items.items()}


@pytest.mark.parametrize("wrong", [None, "“三公”经费", "公务接待费", "因公出国(境)费"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_completion_rate_of_a_budget_stated_with_it_is_checked(tmp_path: Path, wrong: str | None, seed: int) -> None:
    text_, _ = _statement(seed, wrong)
    p = tmp_path / "s.txt"
    p.write_text(f"{2020 + seed}年某厅一般公共预算财政拨款“三公”经费支出决算情况说明\n" + text_ + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["sangong"]
    found = [x for x in check_accounts(docs[0]) if x.severity in ("error", "suspect")]
    if wrong is None:
        assert found == []
    else:
        assert [(x.kind, x.severity) for x in found] == [("text_percent", "error")]
        assert wrong in (found[0].row or "") and (found[0].row or "").endswith("预算完成率")


@pytest.mark.parametrize("stage", ["预算", "决算"])
@pytest.mark.parametrize("swapped", [False, True])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_share_in_a_statement_without_table_is_of_its_stated_total(tmp_path: Path, stage: str, swapped: bool,
                                                                    seed: int) -> None:
    """A 三公 statement in words only: an item's share is of the 三公 total the text states for the same stage
    (a 决算 statement also states the budget: the share is not of that); both are the text's figures, so a share
    that does not divide out is suspect, named by its item."""
    import random
    from decimal import Decimal

    rng = random.Random(seed)
    host, cars = Decimal(rng.randrange(100, 3000)) / 100, Decimal(rng.randrange(500, 4000)) / 100
    total = host + cars
    budget = total + Decimal(rng.randrange(100, 900)) / 100
    h, c = ((host / total * 100).quantize(Decimal("0.01")), (cars / total * 100).quantize(Decimal("0.01")))
    if swapped:
        h, c = c, h
    said = "支出预算为" if stage == "预算" else f"支出预算为{budget}万元,支出决算为"
    p = tmp_path / "s.txt"
    p.write_text(f"某局2022年度“三公”经费{stage}情况说明\n"
                 f"2022年度某局“三公”经费财政拨款{said}{total}万元。\n"
                 f"2022年度某局“三公”经费财政拨款支出{stage}中,因公出国(境)费支出{stage}为0万元;公务接待费支出{stage}为"
                 f"{host}万元,占{h}%;公务用车购置及运行维护费支出{stage}为{cars}万元,占{c}%。\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["sangong"]
    found = [x for x in check_accounts(docs[0]) if x.severity in ("error", "suspect")]
    if not swapped or h == c:
        assert found == []
    else:
        assert sorted((x.kind, x.severity, x.row) for x in found) == [
            ("text_percent", "suspect", "公务接待费占比"), ("text_percent", "suspect", "公务用车购置及运行维护费占比")]
        got = next(x for x in found if x.row == "公务接待费占比")
        assert got.recomputed == f"{(host / total * 100).quantize(Decimal('0.01'))}%"
