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


@pytest.mark.parametrize("heading", ["第二部分某局部门预算安排情况说明", "二、某单位2013年部门预算情况说明", "某局2013年单位预算说明"])
@pytest.mark.parametrize("seed", [1, 2])
def test_under_its_heading_a_whole_and_lines_in_its_own_words_are_a_notes(tmp_path: Path, heading: str,
                                                                          seed: int) -> None:
    """"机管局2013年收支总预算4,471.22万元,含区山庄管理处经费250万元,幼儿园经费537.31万元": one line of the accounts'
    own (a whole) and two in the text's words, under a heading that says it is a 预算说明."""
    rng = random.Random(seed)
    total, a, b = (D(rng.randrange(100000, 900000)) / 100, D(rng.randrange(1000, 9000)) / 100,
                   D(rng.randrange(1000, 9000)) / 100)
    lines = ["一、部门概况", "负责全局后勤保障工作。", heading, "一、部门收支预算总体情况",
             f"机管局2013年收支总预算{total:,}万元,含区山庄管理处经费{a}万元,幼儿园经费{b}万元;比2012年预算增加75.18万元。"]
    docs = _read(tmp_path, lines)
    assert [d.type for d in docs] == ["budget_disclosure"]
    rows = _rows(docs[0])
    assert rows["收支总预算"] == total and rows["含区山庄管理处经费"] == a and rows["幼儿园经费"] == b
    # without the heading the same words are not a 说明 the notes reader takes: the prose fallback reads them, and says
    # that it read them from the prose alone
    bare = _read(tmp_path, [x for x in lines if x != heading])
    assert [d.type for d in bare] == ["budget_disclosure"]
    assert [p.message for p in bare[0].problems if p.message.startswith("只从正文的数字陈述读取")]
