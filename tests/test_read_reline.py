"""A 说明 whose lines ran together onto one line (a sharing site's preview, a PDF copy) is read as it is read line by
line: its sections split again at their headings (``jixiao.read.reline``), so that a 三公 section does not swallow the
text before it, and the final accounts' own figures are still read."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.core.source import Source
from jixiao.read import read_path
from jixiao.read.reline import relined


def _notes(seed: int) -> tuple[list[str], dict[str, Decimal]]:
    rng = random.Random(seed)
    grants, business, other = (Decimal(rng.randrange(10000, 900000)) / 100 for _ in range(3))
    income = grants + business + other
    basic = Decimal(rng.randrange(10000, 900000)) / 100
    project = Decimal(rng.randrange(10000, 90000)) / 100
    spent = basic + project
    car, meals = Decimal(rng.randrange(100, 900)) / 100, Decimal(rng.randrange(100, 900)) / 100
    lines = [
        f"某县人民医院{2016 + seed}年部门决算公开信息",
        "一、单位情况",
        "(1)我院属县级综合医院,执行医院会计制度,内设科室二十个。",
        "二、收入决算情况说明",
        f"{2016 + seed}年总收入{income}万元,其中:财政补助收入{grants}万元,事业收入{business}万元,其他收入{other}万元。",
        "三、支出决算情况说明",
        f"{2016 + seed}年总支出{spent}万元,其中:基本支出{basic}万元,项目支出{project}万元。",
        "四、“三公”经费支出决算情况说明",
        f"“三公”经费支出{car + meals}万元,其中:公务用车运行维护费{car}万元,公务接待费{meals}万元,因公出国(境)费0万元。",
    ]
    return lines, {"总收入": income, "财政补助收入": grants, "总支出": spent, "基本支出": basic}


def _figures(path: Path) -> tuple[list[str], dict[str, Decimal]]:
    docs = read_path(path).documents
    out: dict[str, Decimal] = {}
    for d in docs:
        if d.type != "final_accounts":
            continue
        for t in d.extra["accounts"].tables:
            for r in t.rows:
                for v in r.values.values():
                    if v.value is not None:
                        out.setdefault(r.name, v.value)
    return sorted(d.type for d in docs), out


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_statement_on_one_line_reads_as_its_lines_do(tmp_path: Path, seed: int) -> None:
    lines, figures = _notes(seed)
    (tmp_path / "lines.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "one.txt").write_text(" ".join(lines) + "\n", encoding="utf-8")
    by_lines, by_one = _figures(tmp_path / "lines.txt"), _figures(tmp_path / "one.txt")
    assert by_lines[0] == by_one[0] == ["final_accounts", "sangong"]
    for name, value in figures.items():
        assert by_lines[1][name] == by_one[1][name] == value


def test_only_long_prose_is_split_and_only_at_a_heading_after_a_sentence_or_a_space() -> None:
    src = Source("x.txt", line=1)
    short = "一、单位情况 二、收入决算情况说明"
    assert relined([(short, src)]) == [(short, src)]
    long = "收入合计100万元。" * 12 + "二、支出情况 支出合计100万元,详见(一)的说明," + "其余" * 40
    assert [x for x, _ in relined([(long, src)])] == ["收入合计100万元。" * 12,
                                                      "二、支出情况 支出合计100万元,详见(一)的说明," + "其余" * 40]
    cells = " | ".join(["一、收入", "100"] * 20)
    assert relined([(cells, src)]) == [(cells, src)]


def test_a_contents_listing_on_one_line_is_left_to_the_contents_reader() -> None:
    src = Source("x.txt", line=1)
    listing = ("某单位 2021 年度决算公开说明 (目录) 第一部分:基本情况 一、部门主要职能 二、机构设置情况 三、人员构成情况 "
               "第二部分:2021 年度部门决算情况说明 一、收入支出决算总体情况 二、财政拨款支出决算情况。 三、“三公”经费支出决算情况。"
               " 第三部分: 年度部门决算公开报表 表 1:收入支出决算总表 表 2:收入决算表 表1-3:支出决算表")
    assert relined([(listing, src)]) == [(listing, src)]
    stated = listing + " 收入合计 352.16 万元。"
    assert len(relined([(stated, src)])) > 1
