"""A 经济分类 说明 naming its lines in the code list's words (中央本级经济分类支出决算的说明): every line under its own name as
printed, its stage words kept ("(1)工资奖金津补贴决算数为A亿元", "(3)住房公积金决算数为C亿元", "2.会议费决算数为…"); 其他工资
福利支出 is a line of its own, never 工资福利支出 stated a second time ("工资福利支出（第2处）"), and a list mark's bracket is
no part of a name (")其他工资福利支出")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write


@pytest.mark.parametrize("seed", range(4))
def test_each_economic_line_under_its_own_name(tmp_path: Path, seed: int) -> None:
    wages, pay, social, housing = Decimal("2210.63") + seed, Decimal("386.45"), Decimal("168.23"), Decimal("273.85") + seed
    whole = wages + pay + social + housing
    lines = [f"关于{2031 + seed}年中央本级经济分类支出决算的说明",
             f"{2031 + seed}年中央本级支出决算数为40720.18亿元。具体情况如下:",
             f"1.机关工资福利支出决算数为{whole}亿元,主要是在职人员劳动报酬以及单位缴纳的社会保险费等。其中:",
             f"(1)工资奖金津补贴决算数为{wages}亿元,比上年决算数下降3.8%。",
             f"(2)社会保障缴费决算数为{pay}亿元,比上年决算数下降7.2%。",
             f"(3)住房公积金决算数为{social}亿元。",
             f"(4)其他工资福利支出决算数为{housing}亿元,比上年决算数增加272.9%。主要是伙食补助费、医疗费等。",
             "2.机关商品和服务支出决算数为3179.58亿元,主要是购买商品和服务的各类支出。其中:",
             "(1)办公经费决算数为626.04亿元。", "(2)会议费决算数为10.64亿元,比上年决算数下降10.6%。"]
    (doc,) = read_path(write(tmp_path, "\n".join(lines) + "\n", "notes.txt")).documents
    rows = {r.name: r.values["金额"].dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert rows.get("其他工资福利支出决算数") == housing
    assert rows.get("工资奖金津补贴决算数") == wages and rows.get("社会保障缴费决算数") == pay
    assert rows.get("住房公积金决算数") == social and rows.get("会议费决算数") == Decimal("10.64")
    assert not any("第2处" in name or name.startswith((")", "）")) for name in rows)


@pytest.mark.parametrize("seed", range(3))
def test_a_year_end_balance_keeps_its_name(tmp_path: Path, seed: int) -> None:
    """"收支相抵,年终结余B亿元": 年终 is the line's own word (年终结余), not a year's 年 before a name (终结余)."""
    income, spent = Decimal("164.47") + seed, Decimal("153.81")
    lines = [f"关于某市{2031 + seed}年预算执行情况的报告",
             f"{2031 + seed}年,市本级一般公共预算总收入{income}亿元。其中:一般公共预算收入31.52亿元,转移性收入{income - Decimal('31.52')}亿元;"
             f"市本级一般公共预算总支出{spent}亿元,其中:一般公共预算支出87.62亿元,转移性支出{spent - Decimal('87.62')}亿元。"
             f"收支相抵,年终结余{income - spent}亿元。"]
    (doc,) = read_path(write(tmp_path, "\n".join(lines) + "\n", "report.txt")).documents
    names = {r.name: r.values["金额"].dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert any(name.endswith("年终结余") and value == income - spent for name, value in names.items())
    assert not any(name.endswith("终结余") and not name.endswith("年终结余") for name in names)


@pytest.mark.parametrize("level", ["自治区本级", "州本级", "旗本级", "镇本级", "县(区)"])
def test_a_lines_level_is_named_whole(tmp_path: Path, level: str) -> None:
    """The level a report names a line at, whole: 自治区本级收入总量 (not 区本级收入总量), 州本级, 旗本级, 镇本级, a city's
    counties together (7个县(区)公共财政预算收入)."""
    lines = ["关于2031年预算执行情况的报告", f"预算执行总体良好。{level}收入总量2657.5亿元,为预算的147.6%。",
             f"{level}一般公共预算收入28.5亿元,下降12.6%,为预算的114%。", f"{level}一般公共预算支出1960.2亿元,为预算的98.2%。"]
    (doc,) = read_path(write(tmp_path, "\n".join(lines) + "\n", "report.txt")).documents
    names = {r.name for t in doc.extra["accounts"].tables for r in t.rows}
    assert f"{level}收入总量" in names


@pytest.mark.parametrize("word", ["上年", "去年"])
def test_last_years_figure_a_comparison_states_is_named_so(tmp_path: Path, word: str) -> None:
    """"比上年财政总收入238960.28万元减少…": the figure after 比上年 is last year's line (上年财政总收入), never this
    year's line stated a second time (财政总收入（第2处）)."""
    now, before = Decimal("203541.54"), Decimal("238960.28")
    lines = ["关于某镇2031年预算执行情况的报告",
             f"2031年,我镇实现财政总收入{now}万元,其中,一般转移支付收入180500.00万元,专项转移支付收入{now - 180500}万元。"
             f"比{word}财政总收入{before}万元减少{before - now}万元,下降14.82%。",
             "2031年,我镇一般公共预算支出合计195000.00万元,收支总计203541.54万元。"]
    (doc,) = read_path(write(tmp_path, "\n".join(lines) + "\n", "report.txt")).documents
    rows = {r.name: r.values["金额"].dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert rows.get(f"{word}财政总收入") == before
    assert not any(name.startswith("财政总收入（第") for name in rows)


def test_a_line_adjusted_from_its_budget_names_its_budget(tmp_path: Path) -> None:
    """"一般公共预算总收入由年初预算A万元调整为B万元": A is the line's 年初预算 (一般公共预算总收入年初预算), the 由 no part of
    its name."""
    lines = ["关于某镇2031年预算调整方案的报告", "(一)一般公共预算总收入调整情况。一般公共预算总收入由年初预算79552.91万元调整为"
             "82513.70万元,调增2960.79万元。", "(二)一般公共预算总支出调整情况。一般公共预算总支出由年初预算79552.91万元调整为"
             "82513.70万元,调增2960.79万元。"]
    (doc,) = read_path(write(tmp_path, "\n".join(lines) + "\n", "report.txt")).documents
    rows = {r.name: r.values["金额"].dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert rows.get("一般公共预算总收入年初预算") == Decimal("79552.91")
    assert not any("由年初" in name for name in rows)
