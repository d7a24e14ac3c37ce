"""A budget's or a government's 说明 is read by its labels whatever the wording: the total as 收入预算总额 / 收入预算合计 /
预算收入 / 收入总预算 / 收入总量 / 收入总额, the title as "…部门预算情况说明" or a bare "…2024年部门预算" or none;
a report's balance sentences are sums whatever the total is called (收入总计, 收入总量, 总收入), in 万元 or 亿元, also when
the sum's first term closes the sentence before ("…收入180.97亿元,为预算的102.27%。加上…"); the central government's
lines (中央一般公共预算收入) and a report's taxes (增值税63.22亿元) are read; a table the 目录 lists after the last one
the text holds is never called missing as an error. Figures invented by the generators below."""

from __future__ import annotations

import itertools
import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import Accounts
from jixiao.core.records import Document
from jixiao.read import read_path

HEADINGS = ("{org}{y}年部门预算情况说明", "{org}{y}年部门预算", "{org}{y}年单位预算", "")
# (the name the total is read under, the sentence stating it)
INCOME = (("收入预算总额", "本部门{y}年收入预算总额为{t}万元，比上年增加{d}万元。"),
          ("收入预算合计", "本部门{y}年收入预算合计{t}万元。"),
          ("预算收入", "本单位{y}年预算收入{t}万元，较上年减少{d}万元。"),
          ("收入预算", "{y}年，{org}收入预算为{t}万元。"),
          ("收入总预算", "{y}年收入总预算{t}万元。"),
          ("预算收入总额", "{y}年部门预算收入总额{t}万元。"),
          # the line's name, then the year and its stage before the amount
          ("收入预算", "(一)收入预算{y}年年初预算数{t}万元。"),
          ("收入预算", "收入预算{y}年度预算数为{t}万元。"))
PARTS = ("其中：一般公共预算拨款收入{a}万元，事业收入{b}万元。", "收入中一般公共预算拨款收入{a}万元，事业收入{b}万元。",
         "一般公共预算拨款收入{a}万元，占收入预算的{s}%。")
SPENDING = ("支出预算总额为{t}万元，其中：基本支出{p}万元，项目支出{q}万元。",
            "预算支出{t}万元，按支出类型分：基本支出{p}万元，项目支出{q}万元。",
            "支出中基本支出{p}万元、项目支出{q}万元。")


def _amount(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def _read(tmp_path: Path, text: str) -> Document:
    f = tmp_path / "notes.txt"
    f.write_text(text, encoding="utf-8")
    docs = read_path(f).documents
    assert [d.type for d in docs] == ["budget_disclosure"] or [d.type for d in docs] == ["final_accounts"]
    return docs[0]


def _stated(doc: Document) -> dict[str, Decimal | None]:
    acc = doc.extra["accounts"]
    assert isinstance(acc, Accounts)
    return {r.name: r.get("金额").dec for t in acc.tables for r in t.rows}


@pytest.mark.parametrize(("head", "income", "parts"),
                         list(itertools.product(range(len(HEADINGS)), range(len(INCOME)), range(len(PARTS)))))
def test_a_budget_statement_is_read_by_its_labels_in_any_wording(tmp_path: Path, head: int, income: int,
                                                                 parts: int) -> None:
    rng = random.Random(head * 100 + income * 10 + parts)
    a, b = _amount(rng, 500, 5000), _amount(rng, 10, 400)
    t = a + b
    p = (t * Decimal(rng.randint(30, 90)) / 100).quantize(Decimal("0.01"))
    q = t - p
    org = rng.choice(("区民政局", "县卫生健康局", "市生态环境局"))
    name, said = INCOME[income]
    lines = [HEADINGS[head].format(org=org, y=2024), said.format(y=2024, t=t, d=_amount(rng, 1, 99), org=org),
             PARTS[parts].format(a=a, b=b, s=(a / t * 100).quantize(Decimal("0.01"))),
             SPENDING[(head + income + parts) % len(SPENDING)].format(t=t, p=p, q=q)]
    doc = _read(tmp_path, "\n".join(x for x in lines if x) + "\n")
    assert doc.type == "budget_disclosure" and doc.extra["accounts"].stage == "budget"
    stated = _stated(doc)
    assert [v for k, v in stated.items() if k.endswith(name)][0] == t  # 收入总额 as printed: 部门收入总额
    assert (stated["一般公共预算拨款收入"], stated["基本支出"], stated["项目支出"]) == (a, p, q)


def _report(rng: random.Random, unit: str, total: str, split: bool, wrong: Decimal) -> tuple[str, Decimal]:
    """A government's report: its own income, the sources added (their sum said in one sentence, or its first
    term in the sentence before), and the total (``wrong`` added to it)."""
    own = _amount(rng, 10, 900)
    sources = [_amount(rng, 1, 300) for _ in range(rng.randint(1, 4))]
    whole = own + sum(sources) + wrong
    names = ("上级补助收入", "上年结转收入", "调入资金", "地方政府一般债务转贷收入")
    added = "、".join(f"{n}{v}{unit}" for n, v in zip(names, sources, strict=False))
    stop = "。" if split else ","
    text = (f"关于某区2023年预算执行情况和2024年预算草案的报告\n各位代表:\n"
            f"2023年,全区一般公共预算收入{own}{unit},为调整预算的101.9%{stop}加上{added},{total}为{whole}{unit}。\n")
    return text, whole


@pytest.mark.parametrize(("unit", "total", "split"),
                         list(itertools.product(("万元", "亿元"), ("收入总计", "收入总量", "总收入"), (False, True))))
def test_a_reports_balance_is_a_sum_whatever_its_total_is_called(tmp_path: Path, unit: str, total: str,
                                                                 split: bool) -> None:
    rng = random.Random(len(unit) + len(total) + split)
    text, whole = _report(rng, unit, total, split, Decimal(0))
    made: list[tuple[str, str, bool]] = []
    assert [f for f in check_accounts(_read(tmp_path, text), made=made) if f.severity != "info"] == []
    assert ("balance", "情况说明：" + total + " = 所说的各项之和", True) in made
    text, whole = _report(rng, unit, total, split, Decimal("1.00"))
    found = [f for f in check_accounts(_read(tmp_path, text)) if f.severity == "error"]
    assert [(f.kind, f.row) for f in found] == [("balance", total)]
    assert found[0].reported == str(whole)


def test_a_sum_with_amounts_in_two_units_is_not_read(tmp_path: Path) -> None:
    text = ("关于某区2023年预算执行情况和2024年预算草案的报告\n"
            "全区一般公共预算收入5.20亿元,为预算的100%,加上上级补助收入3000万元,收入总计5.50亿元。\n")
    made: list[tuple[str, str, bool]] = []
    assert [f for f in check_accounts(_read(tmp_path, text), made=made) if f.severity != "info"] == []
    assert not [m for m in made if m[0] == "balance"]


def test_the_central_governments_lines_and_a_reports_taxes_are_read(tmp_path: Path) -> None:
    text = ("财政部部长作2023年中央决算的报告。2023年,中央一般公共预算收入99566.7亿元,为预算的99.4%。"
            "加上调入资金7850亿元,收入总量为107416.7亿元。\n"
            "其中:\n1.增值税71.77亿元,比上年增长1.5%。\n2.企业所得税52.89亿元,比上年下降18%。\n")
    doc = _read(tmp_path, text)
    assert doc.type == "final_accounts"
    stated = _stated(doc)
    assert (stated["中央一般公共预算收入"], stated["中央一般公共预算收入总量"]) == (Decimal("99566.7"), Decimal("107416.7"))
    assert (stated["增值税"], stated["企业所得税"]) == (Decimal("71.77"), Decimal("52.89"))


_TABLE = ("{n}、部门收支总表", "{n}、部门收入总表", "{n}、部门支出总表", "{n}、财政拨款收支总表", "{n}、一般公共预算支出表")
_SUMMARY = ("部门收支总表\n单位：万元\n| 收入 | | 支出 | |\n| 项目 | 预算数 | 项目 | 预算数 |\n"
            "| 一、一般公共预算拨款收入 | 600.00 | 一、一般公共服务支出 | 600.00 |\n"
            "| 收入总计 | 600.00 | 支出总计 | 600.00 |\n")
_FUNDS = ("财政拨款收支总表\n单位：万元\n| 收入 | | 支出 | |\n| 项目 | 预算数 | 项目 | 预算数 |\n"
          "| 一、一般公共预算拨款 | 600.00 | 一、一般公共服务支出 | 600.00 |\n"
          "| 收入总计 | 600.00 | 支出总计 | 600.00 |\n")


@pytest.mark.parametrize("with_last", [False, True])
def test_a_listed_table_is_missing_only_before_one_the_text_holds(tmp_path: Path, with_last: bool) -> None:
    contents = "\n".join(x.format(n=n) for n, x in zip("一二三四五", _TABLE, strict=True))
    text = f"2024年部门预算\n目录\n{contents}\n{_SUMMARY}" + (_FUNDS if with_last else "")
    found = check_accounts(_read(tmp_path, text))
    missing = {(f.row, f.severity) for f in found if f.kind == "table_missing"}
    if with_last:  # the text holds the fourth: the second and third were left out
        assert missing == {("二、部门收入总表", "error"), ("三、部门支出总表", "error")}
    else:  # the text may end before the second, third and fourth: said, never an error
        assert missing == {("二、部门收入总表", "info"), ("三、部门支出总表", "info"), ("四、财政拨款收支总表", "info")}


@pytest.mark.parametrize("seed", range(4))
def test_a_budgets_other_lines_are_read_as_printed(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    goods, works, services = (Decimal(rng.randint(0, 99999)) / 100 for _ in range(3))
    whole = goods + works + services
    year, carried = Decimal(rng.randint(1000, 99999)) / 100, Decimal(rng.randint(0, 999)) / 100
    text = (f"某局2024年部门预算\n某局2024年支出预算{year + carried}万元，其中：本年支出{year}万元，结转下年{carried}万元。\n"
            f"某局2024年政府采购预算总额{whole}万元，其中：政府采购货物预算{goods}万元，政府采购工程预算{works}万元，"
            f"政府采购服务预算{services}万元。\n")
    stated = _stated(_read(tmp_path, text))
    assert (stated["支出预算"], stated["本年支出"], stated["结转下年"]) == (year + carried, year, carried)
    assert (stated["政府采购预算总额"], stated["政府采购货物预算"], stated["政府采购工程预算"],
            stated["政府采购服务预算"]) == (whole, goods, works, services)
