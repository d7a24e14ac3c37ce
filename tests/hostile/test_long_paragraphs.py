"""Text whose sentences repeat a shape thousands of times, read in time that grows with the text (review 3 #4-#7):
four readers of session 23 went back over what they had read for each new sentence: the paragraphs a page's width
wrapped (a run of cut lines that never ends a sentence was scanned again from each of its lines), the budget a
report's rate confirms (every amount tried against every spending), a 情况说明's completion rates (the paragraph
read from its start for each rate) and the head of a rule row whose weight follows 评价要点 (the text since the last
row read, for each lead; older, the same for a rule whose weight closes it after a stop). Measured as ``test_many_lines`` does (this process's CPU time, the best of a few runs):
four times the lines cost under seven times the CPU (linear gives about 4, those quadratics 12 to 19)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import hostile_files as h
import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_file
from jixiao.read.base import FileRead
from jixiao.read.recognise import accounts, report, ruletable_labels
from jixiao.read.unwrap import unwrap


def _line_cut(k: int) -> str:  # a line of prose cut at the page's width, no sentence ever ending
    return f"本项目资金{k % 10}，用于支持农村道路建设和养护工作推进\n"


def _spent(k: int) -> str:  # a report's spending statements, the rate stated once at the top
    return f"第{k}批实际支出{k % 97 + 1}.5万元，资金到位。\n"


def _rate_clause(k: int) -> str:  # one paragraph of completion rates in 元
    return f"第{k}项年初预算为{1000 + k}.00元,支出决算为{900 + k}.00元,完成年初预算的{(900 + k) * 100 // (1000 + k)}%，"


def _lead(k: int) -> str:  # rows whose lead of points gives no head
    return f"A{k}评价要点：5①按时完成得分。\n"


def _item(k: int) -> str:  # rules whose weight closes them after a stop, no list mark to name them
    return f"按时完成第{k}项任务得满分。（5分）\n"


def _accounts_checked(fr: FileRead) -> object:
    return [check_accounts(d) for d in accounts.recognise(fr)]


# name, the file's first lines, one repeated piece, what reads it, n, times more, bound
SHAPES: list[tuple[str, str, Callable[[int], str], Callable[[FileRead], object], int, int, int]] = [
    ("wrapped lines", "", _line_cut, unwrap, 1000, 4, 7),
    ("report spendings", "某某项目绩效自评报告\n一、项目基本情况\n本项目预算执行率为87.43%。\n", _spent, report.recognise,
     250, 4, 7),
    ("completion rates", "某县某局2023年度部门决算情况说明\n一、收入支出决算情况\n", _rate_clause, _accounts_checked, 400, 4,
     7),
    ("rule leads", "项目支出绩效评价指标体系\n", _lead, ruletable_labels.recognise, 1500, 4, 7),
    ("rule items", "项目支出绩效评价指标体系\n", _item, ruletable_labels.recognise, 1500, 4, 7),
]


def _cost(tmp_path: Path, head: str, piece: Callable[[int], str], n: int, read: Callable[[FileRead], object],
          runs: int = 3) -> float:
    path = tmp_path / f"text{n}.txt"
    path.write_text(head + "".join(piece(k) for k in range(n)) + "\n", encoding="utf-8")
    fr = read_file(path)
    return h.best_cpu(lambda: read(fr), runs)


@pytest.mark.parametrize(("name", "head", "piece", "read", "n", "times", "bound"), SHAPES, ids=[s[0] for s in SHAPES])
def test_repeated_sentences_cost_linear_time(tmp_path: Path, name: str, head: str, piece: Callable[[int], str],
                                             read: Callable[[FileRead], object], n: int, times: int,
                                             bound: int) -> None:
    _cost(tmp_path, head, piece, 10, read)  # (the readers' modules imported outside the measure)
    small, large = _cost(tmp_path, head, piece, n, read), _cost(tmp_path, head, piece, times * n, read, 2)
    assert large < bound * small + 0.02, f"{name}: {n} pieces {small:.3f}s, {times * n} pieces {large:.3f}s"
