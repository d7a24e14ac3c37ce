"""A hospital's finance indicators over two years (公立医院财务信息公开: 一级指标 | 二级指标 | 单位 | 上年度 | 本年度 | 增长, or
项目 | 2017 | 2018), whatever carried the cells (spaces, one cell per line with pipes, one per line): read as a final
account's table of its own, each row's figures as printed; a growth that neither the relative change nor the change
in points gives is a suspect at its row, a growth padded with a 0 (−49.20% for −49.2) or a share's change in points is
none, and a page of fewer than four such rows is not read so."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write

_ROWS = (("经济指标", "总收入", "万元"), ("", "总支出", "万元"), ("资源配置", "门诊人次", "人次"), ("", "出院人次", "人次"),
         ("医疗效率", "平均住院天数", "天"), ("医疗费用", "住院次均费用", "元"))


def _rows(seed: int, slip: int | None) -> list[tuple[str, str, str, str, str, str]]:
    rng = random.Random(seed)
    out = []
    for k, (group, name, unit) in enumerate(_ROWS):
        prior = Decimal(rng.randint(10000, 3000000)) / 100
        now = (prior * Decimal(rng.randint(80, 130)) / 100).quantize(Decimal("0.01"))
        growth = ((now - prior) / prior * 100).quantize(Decimal("0.01"), ROUND_HALF_UP) + (5 if k == slip else 0)
        out.append((group, name, unit, str(prior), str(now), f"{growth}%"))
    out.append(("医院收入结构", "耗材收入占比", "%", "10.33", "11.24", "0.91"))  # a share's change in points
    return out


def _page(seed: int, shape: str, slip: int | None = None) -> str:
    head = ["新乡市公立医院财务信息公开指标(东县人民医院)", "公开时段:第 1 月至第 12 月"]
    cols = ["一级指标", "二级指标", "单位", "上年度", "本年度", "增长", "(2018年)", "(2019年)"]
    rows = _rows(seed, slip)
    if shape == "spaces":
        lines = [" ".join(cols[:6]), " ".join(cols[6:])] + [" ".join(x for x in r if x) for r in rows]
    else:
        cells = cols + [x for r in rows for x in r if x]
        lines = [f"{c} |" for c in cells] if shape == "cellpipes" else cells
    return "\n".join(head + lines) + "\n"


@pytest.mark.parametrize("shape", ["spaces", "cellpipes", "cells"])
@pytest.mark.parametrize("seed", range(3))
def test_the_indicators_are_read_and_agree(tmp_path: Path, shape: str, seed: int) -> None:
    path = write(tmp_path, _page(seed, shape))
    (doc,) = read_path(path).documents
    (t,) = doc.extra["accounts"].tables
    got = {r.name: (r.get("上年度").text, r.get("本年度").text, r.get("增长").text) for r in t.rows}
    assert doc.type == "final_accounts" and got == {r[1]: r[3:] for r in _rows(seed, None)}
    assert [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("slip", [0, 3, 5])
def test_a_growth_that_does_not_divide_out_is_a_suspect(tmp_path: Path, slip: int) -> None:
    found = [(f.severity, f.row) for f in audit_paths([str(write(tmp_path, _page(7, "spaces", slip)))]).findings
             if f.severity in ("error", "suspect")]
    assert found == [("suspect", _ROWS[slip][1])]


def test_a_padded_growth_is_no_finding(tmp_path: Path) -> None:
    text = ("新乡市公立医院财务信息公开指标(东县公立医院)\n一级指标 二级指标 单位 上年度 本年度 增长\n"
            "经济指标 总收入 万元 315.8 294.3 -6.80%\n总支出 万元 551.8 280.1 -49.20%\n资源配置 出院人次 人次 604 632 4.60%\n"
            "门诊人次 人次 1915 5297 176%\n")
    path = write(tmp_path, text)
    assert read_path(path).documents and not [f for f in audit_paths([str(path)]).findings if f.severity == "suspect"]


def test_three_rows_are_no_such_table(tmp_path: Path) -> None:
    text = "一级指标 二级指标 单位 上年度 本年度 增长\n经济指标 总收入 万元 315.8 294.3 -6.80%\n总支出 万元 551.8 280.1 -49.20%\n" \
           "出院人次 人次 604 632 4.60%\n"
    assert read_path(write(tmp_path, text)).documents == []
