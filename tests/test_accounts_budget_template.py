"""The 部门预算 template's tables under their own titles, which do not say 预算 (部门收支总表, 财政拨款收支总表,
部门收入总表), in the shapes published text gives them (pipes, tabs, one cell a line, rows on lines, cells wrapped):
read as a budget's 收支总表 and checked (收入总计 = 本年收入合计 + 上年结转结余, 本年收入合计 = its income lines), a
planted wrong total found, nothing on the right one; its 目录 with dot leaders and page numbers lists the tables;
the 说明's amounts in 元 checked against the table's in 万元."""

from __future__ import annotations

import random
import re
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts import render

SHAPES = ("pipes", "tabs", "cell_per_line", "cell_lines", "row_lines", "lone_pipes", "wrapped_cells", "flattened",
          "run_together")
# the whole table run into one string: its labels run into each other, so no sum is sure; never a false error
UNSURE = ("one_run",)
CENT = Decimal("0.01")


def _summary(seed: int, wrong: bool = False) -> tuple[list[list[str]], dict[str, Decimal]]:
    """A 部门收支总表 (收入 | 预算数 | 支出 | 预算数) with invented figures; ``wrong``: 本年收入合计 10 low."""
    rng = random.Random(seed)
    general = Decimal(rng.randrange(20_000, 90_000)) / 100
    business = Decimal(rng.randrange(0, 5_000)) / 100
    carried = Decimal(rng.randrange(100, 3_000)) / 100
    income = general + business
    total = income + carried
    classes = ("一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出")
    cuts = sorted(Decimal(rng.randrange(1, int(total * 100))) / 100 for _ in range(len(classes) - 1))
    spend = [b - a for a, b in zip([Decimal(0), *cuts], [*cuts, total], strict=True)]
    printed = income - 10 if wrong else income
    rows = [["收入", "预算数", "支出", "预算数"],
            ["一、一般公共预算拨款收入", str(general), f"一、{classes[0]}", str(spend[0])],
            ["二、政府性基金预算拨款收入", "", f"二、{classes[1]}", str(spend[1])],
            ["三、事业收入", str(business), f"三、{classes[2]}", str(spend[2])],
            ["", "", f"四、{classes[3]}", str(spend[3])],
            ["本年收入合计", str(printed), "本年支出合计", str(total)],
            ["上年结转结余", str(carried), "年末结转结余", ""],
            ["收入总计", str(total), "支出总计", str(total)]]
    return rows, {"income": income, "total": total, "carried": carried, "general": general}


def _read(tmp_path: Path, text: str) -> Document:
    p = tmp_path / "budget.txt"
    p.write_text(text, encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    return docs[0]


def _errors(doc: Document) -> set[tuple[str, str | None]]:
    return {(f.kind, f.row) for f in check_accounts(doc) if f.severity == "error"}


@pytest.mark.parametrize("shape", SHAPES + UNSURE)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_template_summary_is_read_and_checked(tmp_path: Path, shape: str, seed: int) -> None:
    rows, fig = _summary(seed)
    head = "某镇人民政府2025年部门预算\n表1\n部门收支总表\n单位：万元\n"
    doc = _read(tmp_path, head + getattr(render, shape)(rows) + "\n")
    made: list[tuple[str, str, bool]] = []
    assert [f for f in check_accounts(doc, made=made) if f.severity == "error"] == []
    assert any(k in ("balance", "total_sum", "row_sum") and ok for k, _, ok in made) or shape in UNSURE


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_wrong_total_in_the_template_summary_is_found(tmp_path: Path, shape: str, seed: int) -> None:
    rows, _ = _summary(seed, wrong=True)
    head = "某镇人民政府2025年部门预算\n表1\n部门收支总表\n单位：万元\n"
    found = _errors(_read(tmp_path, head + getattr(render, shape)(rows) + "\n"))
    assert ("total_sum", "本年收入合计") in found or ("balance", "收入总计") in found, found


@pytest.mark.parametrize("leader", ["……………………", "……", " ", "..........."])
def test_a_contents_page_with_leaders_and_page_numbers_lists_its_tables(tmp_path: Path, leader: str) -> None:
    names = ("部门收支总表", "部门收入总表", "部门支出总表", "财政拨款收支总表", "一般公共预算支出表")
    lines = ["某区教育局2024年部门预算", "目  录", "第一部分 部门概况", f"一、部门职责{leader}1",
             "第二部分 2024年部门预算表", *(f"{'一二三四五'[k]}、{n}{leader}{k + 3}" for k, n in enumerate(names)),
             "第三部分 2024年部门预算情况说明"]
    doc = _read(tmp_path, "\n".join(lines) + "\n")
    assert doc.extra["accounts"].stage == "budget"
    assert all(n in doc.problems[0].message for n in names)  # the tables the 目录 lists, named as printed
    assert f"{leader}3" not in doc.problems[0].message


@pytest.mark.parametrize("wrong", [False, True])
def test_the_notes_amount_in_yuan_is_checked_against_the_table_in_wan(tmp_path: Path, wrong: bool) -> None:
    rows, fig = _summary(4)
    said = fig["income"] * 10000 + (1000 if wrong else 0)
    text = ("某镇人民政府2025年部门预算\n表1\n部门收支总表\n单位：万元\n" + render.pipes(rows) + "\n"
            "二、收支预算总体情况说明\n" + f"2025年本年收入合计{said:,.2f}元，其中一般公共预算拨款收入"
            f"{fig['general'] * 10000:,.2f}元。\n")
    found = [f for f in check_accounts(_read(tmp_path, text)) if f.kind == "text_amount"]
    assert [(f.severity, f.row, f.recomputed) for f in found] == (
        [("error", "本年收入合计", str((fig["income"] * 10000).quantize(CENT)))] if wrong else [])


SITUATION_SHAPES = ("pipes", "cell_per_line", "row_lines")


@pytest.mark.parametrize("title", ["部门收支总体情况表", "2024年部门收支总体情况表", "财政拨款收支总体情况表"])
@pytest.mark.parametrize("shape", SITUATION_SHAPES)
@pytest.mark.parametrize("wrong", [False, True])
def test_the_template_titled_situation_tables_is_the_summary(tmp_path: Path, title: str, shape: str,
                                                              wrong: bool) -> None:
    """The template that names its tables …总体情况表 (部门收支总体情况表): the same 收支总表, read and checked."""
    rows, fig = _summary(5, wrong=wrong)
    doc = _read(tmp_path, f"某镇人民政府2024年部门预算\n{title}\n单位：万元\n" + getattr(render, shape)(rows) + "\n")
    read = {r.name: v.value for t in doc.extra["accounts"].tables for r in t.rows for v in r.values.values()}
    assert read["收入总计"] == fig["total"] and read["上年结转结余"] == fig["carried"]
    found = _errors(doc)
    assert (("total_sum", "本年收入合计") in found or ("balance", "收入总计") in found) if wrong else found == set()


def _functions(seed: int, wrong: bool) -> tuple[list[list[str]], Decimal]:
    """An 一般公共预算支出情况表 (科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出), two classes of one item each;
    ``wrong``: the table's 合计 10 high."""
    rng = random.Random(seed)
    parts = [(Decimal(rng.randrange(10_000, 90_000)) / 100, Decimal(rng.randrange(0, 9_000)) / 100) for _ in range(2)]
    total = sum((a + b for a, b in parts), Decimal(0))
    basic, project = sum((a for a, _ in parts), Decimal(0)), sum((b for _, b in parts), Decimal(0))
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["", "合计", str(total + (10 if wrong else 0)), str(basic), str(project)]]
    for (code, name, item), (a, b) in zip((("201", "一般公共服务支出", "20101"), ("207", "文化旅游体育与传媒支出", "20701")),
                                          parts, strict=True):
        rows += [[code, name, str(a + b), str(a), str(b)], [item, "行政运行" if code == "201" else "文化和旅游",
                                                             str(a + b), str(a), str(b)]]
    return rows, total


@pytest.mark.parametrize("wrong", [False, True])
def test_the_general_budget_spending_situation_table_is_read_and_summed(tmp_path: Path, wrong: bool) -> None:
    rows, total = _functions(6, wrong)
    doc = _read(tmp_path, "一般公共预算支出情况表\n单位：万元\n" + render.pipes(rows) + "\n")
    (table,) = doc.extra["accounts"].tables
    assert table.kind == "gp_expenditure" and doc.extra["accounts"].stage == "budget"
    assert [r.name for r in table.rows][:2] == ["合计", "一般公共服务支出"]
    assert ("total_sum", "合计") in _errors(doc) if wrong else _errors(doc) == set()
    assert wrong or table.rows[0].values["合计"].value == total


def _down(seed: int, wrong: bool) -> tuple[list[list[str]], dict[str, tuple[Decimal, Decimal]]]:
    """A 收支总表 printed down the page, one label column (项目 | 2024年预算数 | 2023年预算数 | 增减额): the income
    lines, then the expenditure lines; ``wrong``: this year's 本年收入合计 10 low."""
    rng = random.Random(seed)
    fig: dict[str, tuple[Decimal, Decimal]] = {}
    for name in ("一、一般公共预算拨款收入", "二、事业收入", "上年结转结余"):
        fig[name] = (Decimal(rng.randrange(1_000, 90_000)) / 100, Decimal(rng.randrange(1_000, 90_000)) / 100)
    year = tuple(fig["一、一般公共预算拨款收入"][k] + fig["二、事业收入"][k] for k in (0, 1))
    total = tuple(year[k] + fig["上年结转结余"][k] for k in (0, 1))
    first = tuple(Decimal(rng.randrange(100, int(t * 100))) / 100 for t in total)
    fig.update({"本年收入合计": (year[0], year[1]), "收入总计": (total[0], total[1]),
                "一、一般公共服务支出": (first[0], first[1]), "二、农林水支出": (total[0] - first[0], total[1] - first[1]),
                "本年支出合计": (total[0], total[1]), "支出总计": (total[0], total[1])})
    order = ("一、一般公共预算拨款收入", "二、事业收入", "本年收入合计", "上年结转结余", "收入总计", "一、一般公共服务支出",
             "二、农林水支出", "本年支出合计", "支出总计")
    rows = [["项目", "2024年预算数", "2023年预算数", "增减额"]]
    for name in order:
        now, before = fig[name]
        rows.append([name, str(now - (10 if wrong and name == "本年收入合计" else 0)), str(before), str(now - before)])
    return rows, fig


@pytest.mark.parametrize("shape", ["pipes", "tabs"])
@pytest.mark.parametrize("wrong", [False, True])
def test_a_summary_down_the_page_is_read_by_its_one_label_column(tmp_path: Path, shape: str, wrong: bool) -> None:
    """One label column over two years' budgets and their change: every line with its three figures (never the
    two-sided template's label | figure | label | figure, which read the header as a line and gave a false error),
    this year's 本年收入合计 planted 10 low found."""
    rows, fig = _down(7, wrong)
    doc = _read(tmp_path, "某县农业农村局2024年部门预算\n部门收支总表\n单位：万元\n" + getattr(render, shape)(rows) + "\n")
    (t,) = doc.extra["accounts"].tables
    assert t.columns == ["2024年预算数", "2023年预算数", "增减额"]
    got = {r.name: (r.get("2024年预算数").dec, r.get("2023年预算数").dec) for r in t.rows}
    assert got == {k: (a - (10 if wrong and k == "本年收入合计" else 0), b) for k, (a, b) in fig.items()}
    assert {r.name: r.side for r in t.rows}["二、农林水支出"] == "expenditure"
    found = _errors(doc)
    assert ("total_sum", "本年收入合计") in found if wrong else found == set()


@pytest.mark.parametrize("wrong", [False, True])
def test_lines_not_numbered_are_never_summed_as_nothing(tmp_path: Path, wrong: bool) -> None:
    """A 收支总表 whose lines carry no 一、二、: which lines make 本年收入合计 is not known, so it is never compared with an
    empty sum (a false "Σ = 0" error); the balance 收入总计 = 本年收入合计 + 上年结转结余 still finds a planted total."""
    rows, _ = _summary(8, wrong)
    rows = [[re.sub(r"^[一二三四]、", "", c) for c in r] for r in rows]
    found = _errors(_read(tmp_path, "某镇人民政府2025年部门预算\n部门收支总表\n单位：万元\n" + render.pipes(rows) + "\n"))
    assert found == ({("balance", "收入总计")} if wrong else set())
