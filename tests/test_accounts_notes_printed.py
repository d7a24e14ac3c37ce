"""Lines a 情况说明 names in its own words (``accounts.notes_printed``), generated in the wordings pages use (a
filler 实现/安排/为/：before the amount, a bracket in the name, 元 or 万元, a list number or 其中 before it): once the
text is a 说明 by the accounts' own lines, each is read under its printed name; a change or a count is never one;
words of that kind alone do not make a text a 说明."""

from __future__ import annotations

import random
from decimal import Decimal as D
from pathlib import Path

import pytest

from jixiao.core.records import Document
from jixiao.read import read_path

NAMES = ("一般财政公共总收入", "财政预算内拨款(补助)收入", "区本级预算支出", "人员经费支出", "地方财政预算收入", "乡镇本级财政收入")
LEADS = ("", "其中:", "2023年全镇", "1、", "(二)")
FILLERS = ("", "实现", "安排", "为", ":")


def _read(tmp_path: Path, lines: list[str]) -> list[Document]:
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_path(p).documents


def _rows(doc: Document) -> dict[str, D | None]:
    return {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables if t.kind == "notes" for r in t.rows}


@pytest.mark.parametrize("seed", range(6))
def test_named_amounts_are_read_as_printed(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    total = D(rng.randrange(100000, 900000)) / 100
    said = []
    for k, name in enumerate(NAMES):
        v = D(rng.randrange(1000, 90000)) / 100
        unit = "元" if k == seed % len(NAMES) else "万元"
        said.append((name, v, f"{LEADS[(seed + k) % len(LEADS)]}{name}{FILLERS[(seed + k) % len(FILLERS)]}{v}{unit}"))
    lines = ["2023年某镇部门决算情况说明", f"2023年度收入总计{total}万元,支出总计{total}万元,较上年增加12.5万元,增长3.2%。",
             f"本年收入合计{total}万元,其中:财政拨款收入{total}万元,占100%。", *(s + "。" for _, _, s in said),
             "共有在职人员25人,车辆3辆。"]
    docs = _read(tmp_path, lines)
    assert [d.type for d in docs] == ["final_accounts"]
    rows = _rows(docs[0])
    for name, v, _ in said:  # the name as printed, with the place before it where the text has one (全镇…)
        assert [n for n, x in rows.items() if n.endswith(name) and x == v] and not any(
            n.startswith(("(", "其中", "1")) for n in rows), (name, rows)
    assert not any("增加" in n or "增长" in n or n == "人员" for n in rows)


def test_such_words_alone_make_no_accounts_notes(tmp_path: Path) -> None:
    lines = ["关于做好项目管理工作的通知", "其中:人员经费支出25万元,区本级预算支出30万元。", "一般财政公共总收入实现11335万元。"]
    assert [d.type for d in _read(tmp_path, lines)] == []
