"""A page of a classified accounts table printed with neither title nor header (rows of function codes, names and
amounts; ``recognise.accounts_headless``): recognised as an unnamed table whose rows are read by their codes, its code
sums checked as suspects only, a slip planted in one line found, and a grid whose sums show no classified table not
taken for one. Its rows may also have lost their opening pipes (``read.openpipes``)."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write

_TREE = {"201": {"20101": ["2010101", "2010102"], "20103": ["2010301"]}, "208": {"20805": ["2080505", "2080506"]},
         "221": {"22102": ["2210201"]}}
_NAMES = {"201": "一般公共服务支出", "20101": "人大事务", "2010101": "行政运行", "2010102": "一般行政管理事务",
          "20103": "政府办公厅(室)及相关机构事务", "2010301": "行政运行", "208": "社会保障和就业支出",
          "20805": "行政事业单位养老支出", "2080505": "机关事业单位基本养老保险缴费支出",
          "2080506": "机关事业单位职业年金缴费支出", "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金"}


def _rows(seed: int, slip: str | None = None) -> tuple[list[tuple[str, list[Decimal]]], dict[str, Decimal]]:
    rng = random.Random(seed)
    leaf: dict[str, list[Decimal]] = {}
    for kuan in _TREE.values():
        for items in kuan.values():
            for x in items:
                basic = Decimal(rng.randrange(1000, 90000)) / 100
                project = Decimal(rng.randrange(0, 3)) * Decimal(rng.randrange(1000, 9000)) / 100
                leaf[x] = [basic + project, basic, project]

    def total(codes: list[str]) -> list[Decimal]:
        return [sum((leaf[c][k] for c in codes), Decimal(0)) for k in range(3)]

    out: list[tuple[str, list[Decimal]]] = []
    for lei, kuan in _TREE.items():
        out.append((lei, total([x for items in kuan.values() for x in items])))
        for k, items in kuan.items():
            out.append((k, total(items)))
            out += [(x, leaf[x]) for x in items]
    whole = [sum((v[k] for c, v in out if len(c) == 3), Decimal(0)) for k in range(3)]
    printed = {c: v[0] for c, v in out}
    if slip is not None:
        out = [(c, [v[0] + Decimal("10.00"), *v[1:]] if c == slip else v) for c, v in out]
    return [("合计", whole), *out], printed


def _text(rows: list[tuple[str, list[Decimal]]], shape: str) -> str:
    lines = []
    for code, values in rows:
        amounts = [f"{v:,.2f}" if v else "" for v in values]
        name = "" if code == "合计" else _NAMES[code]
        cells = [f"{code} {name}".strip()] if shape == "joined" else [code, name]
        lines.append(" | ".join([*cells, *amounts]) + " |")
    lead = "" if shape == "open" else "| "
    return "\n".join(lead + x for x in lines) + "\n"


@pytest.mark.parametrize("shape", ["pipes", "joined", "open"])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_page_of_coded_rows_is_read_and_its_sums_hold(tmp_path: Path, seed: int, shape: str) -> None:
    rows, printed = _rows(seed)
    docs = read_path(write(tmp_path, _text(rows, shape))).documents
    assert [d.type for d in docs] == ["final_accounts"]
    (t,) = docs[0].extra["accounts"].tables
    assert t.kind == "coded" and t.columns == ["第1栏", "第2栏", "第3栏"]
    assert {r.code: r.get("第1栏").dec for r in t.coded} == printed
    assert any("未印表名与表头" in p.message for p in docs[0].problems)
    found = audit_paths([str(write(tmp_path, _text(rows, shape), "a.txt"))]).findings
    assert [f for f in found if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("slip", ["20101", "2080505"])
def test_a_slip_in_one_line_is_a_suspect_at_its_sums(tmp_path: Path, slip: str) -> None:
    rows, _ = _rows(3, slip)
    found = [f for f in audit_paths([str(write(tmp_path, _text(rows, "pipes")))]).findings
             if f.severity in ("error", "suspect")]
    assert found and all(f.severity == "suspect" and f.kind in ("tree_sum", "total_sum") for f in found)
    # (at the line itself where its own lines add up to what it should be, else at the line it is a part of)
    assert any(slip in (f.row or "") or slip[:-2] in (f.row or "") for f in found)


def test_rows_whose_sums_show_no_classified_table_are_not_taken_for_one(tmp_path: Path) -> None:
    text = "".join(f"| {c} | {_NAMES[c]} | {k * 7 + 3}.00 | {k * 5 + 1}.00 |\n" for k, c in enumerate(_NAMES))
    docs = read_path(write(tmp_path, text)).documents
    assert not any(t.kind == "coded" for d in docs for t in getattr(d.extra.get("accounts"), "tables", []) or [])
