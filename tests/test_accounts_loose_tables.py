"""A classified table of a 部门预算/决算 that reached the text as loose words (one cell a line, a row a line with
spaces, pipes) is read by the column model its header states (``recognise.accounts_cells``); a row whose blank
cells vanished gives its total only (the sum of its other figures) and the rest is said unsure; a table the text
ends inside, or with a row not placed, is never checked. A 项目支出绩效目标表's funds are read by their labels in any
template's words, also as a header row over a row of amounts, and a target table whose indicators name 预算执行率 is
still a target table. A 三公 statement's vehicles are checked against their two parts without a total stated.
Figures invented by the generators below."""

from __future__ import annotations

import itertools
import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import Accounts, AccountTable
from jixiao.core.records import Document
from jixiao.read import read_path

TITLES = (("一般公共预算支出表", "gp_expenditure", "budget"), ("部门支出总表", "expenditure", "budget"),
          ("支出决算表", "expenditure", "final"))
CLASSES = (("201", "一般公共服务支出"), ("205", "教育支出"), ("208", "社会保障和就业支出"), ("210", "卫生健康支出"))


def _rows(rng: random.Random) -> list[tuple[str, str, Decimal, Decimal]]:
    """(code, name, 基本支出, 项目支出) for a few classes, each with one 款 and one 项 under it."""
    out = []
    for code, name in rng.sample(CLASSES, 2):
        basic, project = Decimal(rng.randint(100, 90000)) / 100, Decimal(rng.randint(100, 90000)) / 100
        out += [(code, name, basic, project), (code + "01", name[:2] + "管理事务", basic, project),
                (code + "0101", "行政运行", basic, project)]
    return out


def _render(title: str, rows: list[tuple[str, str, Decimal, Decimal]], shape: str, after: str) -> str:
    head = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]
    basic = sum((r[2] for r in rows if len(r[0]) == 3), Decimal(0))
    project = sum((r[3] for r in rows if len(r[0]) == 3), Decimal(0))
    body = [["合计", str(basic + project), str(basic), str(project)]]
    body += [[c, n, str(b + p), str(b), str(p)] for c, n, b, p in rows]
    lines = [title, "单位：万元"]
    if shape == "cells":
        lines += head + [x for r in body for x in r]
    elif shape == "spaces":
        lines += [" ".join(head)] + [" ".join(r) for r in body]
    else:
        lines += ["| " + " | ".join(head) + " |"] + ["| " + " | ".join(([""] if r[0] == "合计" else []) + r) + " |"
                                                     for r in body]
    return "\n".join(lines + ([after] if after else [])) + "\n"


def _doc(tmp_path: Path, text: str) -> Document:
    f = tmp_path / "table.txt"
    f.write_text(text, encoding="utf-8")
    docs = read_path(f).documents
    assert len(docs) == 1
    return docs[0]


def _table(doc: Document, kind: str) -> AccountTable:
    acc = doc.extra["accounts"]
    assert isinstance(acc, Accounts)
    found = acc.table(kind)
    assert found is not None
    return found


@pytest.mark.parametrize(("title", "shape"), list(itertools.product(range(len(TITLES)), ("cells", "spaces", "pipes"))))
def test_a_classified_table_in_loose_words_is_read_by_its_header(tmp_path: Path, title: int, shape: str) -> None:
    rng = random.Random(title * 7 + len(shape))
    rows = _rows(rng)
    name, kind, stage = TITLES[title]
    doc = _doc(tmp_path, _render(name, rows, shape, "注：本表反映部门本年度的支出预算。"))
    assert doc.type == ("budget_disclosure" if stage == "budget" else "final_accounts")
    t = _table(doc, kind)
    assert t.columns == ["合计", "基本支出", "项目支出"]
    got = {r.code: (r.get("合计").dec, r.get("基本支出").dec, r.get("项目支出").dec) for r in t.rows if r.code}
    assert got == {c: (b + p, b, p) for c, _, b, p in rows}
    assert t.checked
    made: list[tuple[str, str, bool]] = []
    assert [f for f in check_accounts(doc, made=made) if f.severity == "error"] == []
    assert any(kind_ == "tree_sum" and held for kind_, _, held in made)


def test_a_planted_mistake_in_a_loose_table_is_found(tmp_path: Path) -> None:
    rows = _rows(random.Random(5))
    code, name, basic, project = rows[1]
    rows[1] = (code, name, basic + Decimal(1), project)  # the 款 one more than its 项 and its class's share
    doc = _doc(tmp_path, _render("一般公共预算支出表", rows, "spaces", "注：本表反映部门本年度的支出预算。"))
    found = [f for f in check_accounts(doc) if f.severity == "error"]
    assert found and all(f.kind == "tree_sum" for f in found)
    assert {f.row for f in found} >= {f"{rows[0][0]} {rows[0][1]}"}


def test_rows_whose_blanks_vanished_give_their_total_and_the_table_is_not_checked(tmp_path: Path) -> None:
    text = ("部门支出总表\n单位：万元\n科目编码\n科目名称\n合计\n基本支出\n项目支出\n合计\n1234.56\n800.00\n434.56\n"
            "201\n一般公共服务支出\n1234.56\n800.00\n434.56\n2010101\n行政运行\n800.00\n800.00\n"
            "2010102\n一般行政管理事务\n434.56\n434.56\n注：本表反映部门本年度的支出预算。\n")
    doc = _doc(tmp_path, text)
    t = _table(doc, "expenditure")
    run = next(r for r in t.rows if r.code == "2010101")
    assert run.get("合计").dec == Decimal("800.00") and run.unsure == {"基本支出", "项目支出"}
    assert not t.checked
    assert any("只读出合计" in p.message for p in doc.problems)
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


def test_a_table_the_text_ends_inside_is_not_checked(tmp_path: Path) -> None:
    rows = _rows(random.Random(9))
    text = _render("一般公共预算支出表", rows[:-1], "cells", "")  # cut: the last 项 is not there
    doc = _doc(tmp_path, text)
    t = _table(doc, "gp_expenditure")
    assert not t.checked and len(t.rows) == len(rows)  # 合计 and the rows the text reached
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


TARGET_TITLES = ("项目支出绩效目标表", "2024年度项目绩效目标申报表", "部门预算项目绩效目标表")
# the whole and its two parts as each template names them
FUNDS = (("年度资金总额", "财政拨款", "其他资金"), ("总额", "财政拨款", "其他"), ("资金总额", "财政资金", "单位自筹"),
         ("项目总投资", "本级财政资金", "自有资金"))


def _target(ti: int, fi: int, shape: str, rng: random.Random) -> tuple[str, dict[str, Decimal]]:
    a, b = Decimal(rng.randint(100, 99999)) / 100, Decimal(rng.randint(100, 9999)) / 100
    labels = FUNDS[fi]
    values = dict(zip(labels, (a + b, a, b), strict=True))
    head = [TARGET_TITLES[ti], "项目名称", "某某项目", "主管部门", "某区某局"]
    tail = ["年度绩效目标", "完成某某工作", "一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标",
            "预算执行率", "≥90%"]
    if shape == "pairs":
        mid = [x for k in labels for x in (k, str(values[k]))]
        return "\n".join(head + mid + tail) + "\n", values
    rows = [["项目资金（万元）", *labels], ["金额", *(str(values[k]) for k in labels)]]
    if shape == "header-pipes":
        return "\n".join(head + ["| " + " | ".join(r) + " |" for r in rows] + tail) + "\n", values
    return "\n".join(head + [x for r in rows for x in r] + tail) + "\n", values


@pytest.mark.parametrize(("ti", "fi", "shape"), list(itertools.product(range(len(TARGET_TITLES)), range(len(FUNDS)),
                                                                       ("pairs", "header-pipes", "header-lines"))))
def test_a_target_tables_funds_are_read_in_any_templates_words(tmp_path: Path, ti: int, fi: int, shape: str) -> None:
    text, values = _target(ti, fi, shape, random.Random(ti * 10 + fi))
    assert _funds(tmp_path, text) == values


def _funds(tmp_path: Path, text: str) -> dict[str, Decimal | None]:
    """The funds of the one target table the text is read as."""
    f = tmp_path / "target.txt"
    f.write_text(text, encoding="utf-8")
    docs = [d for d in read_path(f).documents if d.type == "budget_disclosure"]
    assert len(docs) == 1
    acc = docs[0].extra["accounts"]
    assert isinstance(acc, Accounts)
    return {r.name: r.get("金额").dec for r in acc.tables[0].rows}


def test_header_labels_over_another_number_of_amounts_are_not_paired(tmp_path: Path) -> None:
    text = ("项目支出绩效目标表\n| 项目资金（万元） | 年度资金总额 | 财政拨款 | 其他资金 |\n| 金额 | 120.00 | 100.00 |\n"
            "一级指标\n")
    f = tmp_path / "target.txt"
    f.write_text(text, encoding="utf-8")
    for d in read_path(f).documents:
        acc = d.extra.get("accounts")
        assert not isinstance(acc, Accounts) or not any(r.name == "其他资金" for t in acc.tables for r in t.rows)


def test_a_statements_vehicles_are_checked_against_their_parts_without_a_total(tmp_path: Path) -> None:
    text = ("2023年度“三公”经费支出决算情况说明\n公务用车购置及运行维护费支出决算为8.00万元，其中：公务用车购置费0万元，"
            "公务用车运行维护费7.00万元。\n")
    f = tmp_path / "three.txt"
    f.write_text(text, encoding="utf-8")
    docs = read_path(f).documents
    assert [d.type for d in docs] == ["sangong"]
    found = [f for f in check_accounts(docs[0]) if f.severity == "error"]
    # (named as printed, from its first word on: the heading run into the row's name is not the row's)
    assert [(f.kind, f.row) for f in found] == [("three_public", "公务用车购置及运行维护费支出决算")]


@pytest.mark.parametrize(("name", "unit"), [("中期市财政预算", "(万元)"), ("本年度申请市财政预算资金", "（万元）"),
                                            ("项目总投资金额", "(元)"), ("区级财政拨款", "（万元）")])
def test_a_money_line_that_states_its_unit_is_read_in_a_target_table(tmp_path: Path, name: str, unit: str) -> None:
    amount = Decimal(random.Random(name).randint(100, 999999)) / 100
    text = (f"某市财政项目支出绩效目标批复表 | ||||\n( 2019 年度) | ||||\n项目 名称 |\n某某工程 | {name}{unit} | {amount} | ||\n"
            "绩效指标 | 一级 指标 |\n预期产出指标 | 数量指标 | 完成项目数 | 3 |\n预算控制指标 | 年度预算执行率 | ≥90% |\n")
    assert _funds(tmp_path, text) == {name: amount}
