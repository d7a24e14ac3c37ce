"""The wordings 三公 statements use for a change, its rate and the completion of the budget, each said of figures
the sentence itself gives (this year's A, last year's P or the budget B): every wording below holds unchanged and is
found when one of its figures is planted off (a change or saving by 0.10, a rate or completion by one point). Each
was read from published pages' sentences; the ones marked new were missed before session 39."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one

A, P, B = Decimal("18.60"), Decimal("22.00"), Decimal("20.00")
FIGURES = {"A": A, "P": P, "B": B, "D": P - A, "R": ((P - A) / P * 100).quantize(Decimal("0.01"), ROUND_HALF_UP),
           "E": B - A, "C": (A / B * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)}
HEAD = "某县人民政府办公室2023年度“三公”经费决算情况说明"
WORDINGS = [
    "2023年度“三公”经费支出{A}万元，比上年减少{D}万元，下降{R}%。",
    "2023年度“三公”经费支出{A}万元，较上年{P}万元减少{D}万元，下降{R}%。",
    "2023年度“三公”经费支出{A}万元，上年为{P}万元，减少{D}万元，降幅{R}%。",  # new
    "2023年度“三公”经费支出{A}万元，与上年{P}万元相比减少{D}万元，下降{R}%。",
    "2023年度“三公”经费支出决算{A}万元，比2022年减少{D}万元，下降{R}%。",
    "2023年度“三公”经费支出决算{A}万元，同比减少{D}万元，同比下降{R}%。",
    "2023年度“三公”经费支出决算{A}万元，比上年同期减少{D}万元，下降比例为{R}%。",  # new
    "2023年度“三公”经费支出决算{A}万元，较上年下降{R}%，减少{D}万元。",
    "2023年度“三公”经费年初预算{B}万元，支出决算{A}万元，完成年初预算的{C}%，比年初预算减少{E}万元。",  # new (E)
    "2023年度“三公”经费年初预算{B}万元，支出决算{A}万元，决算数较预算数减少{E}万元，预算执行率为{C}%。",  # new (C)
    "2023年度“三公”经费支出决算{A}万元，占年初预算{B}万元的{C}%，节约{E}万元。",  # new (E)
    "2023年度“三公”经费支出决算{A}万元，比年初预算{B}万元节约{E}万元。",
    "2023年度“三公”经费支出决算数为{A}万元，预算数为{B}万元，决算数比预算数少{E}万元。",  # new
    "2023年度“三公”经费支出决算数为{A}万元，2022年度为{P}万元，同比下降{R}%。",  # new
    "2023年度“三公”经费支出决算数为{A}万元，2022年度为{P}万元，同比减少{D}万元。",  # new
    "2023年“三公”经费支出共计{A}万元，较去年减少{D}万元，下降{R}%。",
    "2023年“三公”经费支出共计{A}万元，较去年的{P}万元减少了{D}万元。",
    "其中：公务接待费支出{A}万元，比上年减少{D}万元，下降{R}%。",
    "其中，公务接待费{A}万元，较上年{P}万元减少{D}万元，下降{R}%。",
    "公务用车运行维护费{A}万元，上年为{P}万元，同比减少{D}万元，下降{R}%。",  # new
    "公务接待费年初预算{B}万元，支出决算{A}万元，完成预算的{C}%，比预算减少{E}万元。",  # new (E)
    "公务接待费支出决算{A}万元，较年初预算{B}万元减少{E}万元，主要原因是厉行节约。",
    "2023年度“三公”经费支出{A}万元，比上年{P}万元下降{R}%。",
    "2023年度“三公”经费支出{A}万元，较上年减少{D}万元（下降{R}%）。",
    "2023年度“三公”经费实际支出{A}万元，与上年相比，减少{D}万元，下降{R}%。",
    "2023年度“三公”经费实际支出{A}万元，比上年度减少{D}万元，降幅为{R}%。",
]
KINDS = ("text_compare", "text_growth", "text_percent")


def _found(tmp_path: Path, sentence: str) -> list[str]:
    doc = one(tmp_path, HEAD + "\n" + sentence + "\n", "sangong")
    return [f"{f.kind} {f.reported}" for f in check_accounts(doc) if f.severity in ("error", "suspect") and f.kind in KINDS]


@pytest.mark.parametrize("wording", WORDINGS)
def test_each_wording_holds(tmp_path: Path, wording: str) -> None:
    assert _found(tmp_path, wording.format(**FIGURES)) == []


PLANTS = [(w, k) for w in WORDINGS for k in "DREC" if "{" + k + "}" in w]


@pytest.mark.parametrize(("wording", "planted"), PLANTS)
def test_each_figure_planted_off_is_found(tmp_path: Path, wording: str, planted: str) -> None:
    figures = dict(FIGURES)
    figures[planted] += Decimal(1) if planted in "RC" else Decimal("0.10")
    assert _found(tmp_path, wording.format(**figures))
