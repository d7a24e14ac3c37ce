"""An allocation table and a transfer's target table as PDF text and page layout leave them (``layouts.spaced``):
labels letter-spaced (合 计, 乡 镇 名 称; in a row flattened to spaces, each letter a word), the document's first line
printed again among a table's cells as a page's running header, a sentence's colon (中 央 资 金 : X万元) before the
table. The 合计 the rows add up to is still the budget read, and one planted one more than the rows is still never
read and found; a target table's letter-spaced 资 金 额 度 is its amount."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.render import cell_per_line, pipes
from layouts.spaced import letter_spaced, region_amount, running_header
from test_transfer_allocgrid import NOTICE, PLACES, allocation
from test_transfer_alloctree import _budget

LAYOUTS = {"pipes": pipes, "cell_per_line": cell_per_line}
SHAPES = {"spaced": lambda text: letter_spaced(text), "running": lambda text: running_header(text),
          "both": lambda text: running_header(letter_spaced(text))}
PREAMBLE = "现将2024年农业相关转移支付资金分配情况公示如下:\n"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("seed", range(5))
def test_the_total_is_read_through_the_pages_marks(tmp_path: Path, layout: str, shape: str, seed: int) -> None:
    rows, total, _ = allocation(seed, yuan=False)
    path = tmp_path / "alloc.txt"
    path.write_text(SHAPES[shape](NOTICE + LAYOUTS[layout](rows)), encoding="utf-8")
    assert _budget(path) == total
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_planted_total_is_still_found(tmp_path: Path, layout: str, shape: str) -> None:
    rows, total, _ = allocation(2, "total", yuan=False)
    path = tmp_path / "alloc.txt"
    path.write_text(SHAPES[shape](NOTICE + LAYOUTS[layout](rows)), encoding="utf-8")
    assert _budget(path) is None
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "table_total"]
    assert [(f.row, f.recomputed) for f in found] == [("合计", f"{total}")]


@pytest.mark.parametrize("planted", [False, True])
@pytest.mark.parametrize("seed", range(4))
def test_a_table_flattened_on_one_line_with_its_names_spaced(tmp_path: Path, seed: int, planted: bool) -> None:
    """序号-less rows of a place and its amount run on one line, single-spaced, every place's name and the 合计 and
    备注 labels letter-spaced (县 区 名 称 资金分配额(万元) 备 注 合 计 4000 乐 都 区 819 …): each run of spaced letters is one
    cell, so the 合计 the rows add up to is read; one planted one more than them is not, and is found."""
    rng = random.Random(seed)
    amounts = {p: Decimal(rng.randint(10, 9000)) / 10 for p in rng.sample(PLACES, rng.randint(2, 6))}
    total = sum(amounts.values(), Decimal(0))
    printed = total + 1 if planted else total
    line = " ".join(["县区名称", "资金分配额(万元)", "备注", "合计", f"{printed}"]
                    + [x for p, a in amounts.items() for x in (p, f"{a}")])
    path = tmp_path / "flat.txt"
    path.write_text(NOTICE + "2024年农业相关转移支付资金分配表\n" + letter_spaced(line) + "\n监督电话：12345\n",
                    encoding="utf-8")
    assert _budget(path) == (None if planted else total)
    found = [(f.row, f.recomputed) for f in audit_paths([str(path)]).findings if f.kind == "table_total"]
    assert found == ([("合计", f"{total}")] if planted else [])


@pytest.mark.parametrize("seed", range(3))
def test_a_sentences_colon_is_no_row(tmp_path: Path, seed: int) -> None:
    """县 级 财 政 资 金 : X万元 between the announcing sentence and the table is no table row: the table's 合计 is read."""
    rows, total, _ = allocation(seed, yuan=False)
    path = tmp_path / "alloc.txt"
    path.write_text(PREAMBLE + f"一、资金来源\n县 级 财 政 资 金 : {total} 万 元\n二、资金分配情况\n" + pipes(rows),
                    encoding="utf-8")
    assert _budget(path) == total


@pytest.mark.parametrize("amount", ["4623", "85.5", "1200"])
def test_a_letter_spaced_target_tables_amount(tmp_path: Path, amount: str) -> None:
    path = tmp_path / "target.txt"
    path.write_text(region_amount(amount), encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert [d.funds["total"].annual_budget.text for d in docs] == [amount]
