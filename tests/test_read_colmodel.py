"""The column model (``recognise.colmodel``): one helper reads a header label not understood by its column order for
every reader (the funds table and stream readers, the indicator table and stream readers), and the funds blocks of
the table and the stream readers share one vocabulary (``formspec.funds_column``)."""

from __future__ import annotations

import random

import pytest

from jixiao.core.records import Problem
from jixiao.core.source import Source
from jixiao.core.table import Cell
from jixiao.read.recognise.colmodel import FUNDS, INDICATORS, ORDERS, read_by_order
from jixiao.read.recognise.formspec import FUNDS_COLUMNS, funds_column
from jixiao.read.recognise.funds import FundsHeader

_ZH = {"initial_budget": "年初预算数", "annual_budget": "全年预算数", "executed": "全年执行数", "weight": "分值",
       "rate": "执行率", "score": "得分"}


@pytest.mark.parametrize("seed", range(12))
def test_one_unknown_funds_label_is_read_by_the_order(seed: int) -> None:
    order = list(ORDERS[seed % 2])
    gone = random.Random(seed).randrange(len(order))
    found: list[str | None] = [None if i == gone else k for i, k in enumerate(order)]
    problems: list[Problem] = []
    got, stop = read_by_order(found, [("实际数额", Source("f", line=3))], problems)
    assert got == order and stop is None
    assert len(problems) == 1 and "实际数额" in problems[0].message and problems[0].source == Source("f", line=3)


def test_two_unknown_labels_side_by_side_are_read_when_the_order_puts_two_there() -> None:
    problems: list[Problem] = []
    got, _ = read_by_order(["initial_budget", None, None, "weight", "rate", "score"],
                           [("甲数", None), ("乙数", None)], problems)
    assert got == list(ORDERS[0]) and len(problems) == 2


def test_an_unknown_label_the_order_cannot_place_stays_unknown_and_unsaid() -> None:
    problems: list[Problem] = []
    got, _ = read_by_order(["initial_budget", "annual_budget", "executed", "weight", "rate", "score", None],
                           [("备注栏", None)], problems)
    assert got[-1] is None and problems == []


def test_an_indicator_label_the_model_cannot_read_ends_the_header_there() -> None:
    problems: list[Problem] = []
    found = ["level1", "level2", "level3", None, "target", "actual", "weight", "score", None, "reason"]
    got, stop = read_by_order(found, [("甲栏", None), ("乙栏", None)], problems, INDICATORS, [False, True])
    assert stop == 1 and got == ["level1", "level2", "level3", None, "target", "actual", "weight", "score"]
    got, stop = read_by_order(found, [("甲栏", None), ("乙栏", None)], [], INDICATORS)
    assert stop is None and len(got) == len(found)


def test_the_blocks_say_which_header() -> None:
    said: list[Problem] = []
    read_by_order(["level1", "level2", "level3", None, "actual", "weight", "score"], [("计划数", None)], said, INDICATORS)
    read_by_order([None, "annual_budget", "executed", "weight", "rate", "score"], [("期初数", None)], said, FUNDS)
    assert [p.message[:4] for p in said] == ["指标表头", "资金表头"]


@pytest.mark.parametrize("label", [*(a for a, _ in FUNDS_COLUMNS), "执行率权重", "分数", "跟踪执行数", "实际支出数(万元)",
                                   "执行率得分(分)", "预算数(A)", "全年预算数(万元)"])
def test_the_table_reader_reads_a_funds_label_as_the_stream_reader_does(label: str) -> None:
    """One vocabulary: the table reader's header (``FundsHeader``) takes a label as ``funds_column`` does (执行率权重
    is a weight, not a rate)."""
    header = FundsHeader()
    src = Source("f", line=1)
    header.add_row([Cell("项目资金", src), Cell(label, src)], [])
    assert header.keys == [funds_column(label)]
    assert funds_column(label) is not None


@pytest.mark.parametrize(("label", "field"), [("执行率权重", "weight"), ("分数", "weight"), ("跟踪执行数", "executed")])
def test_labels_the_two_vocabularies_read_apart_now_read_one_way(label: str, field: str) -> None:
    assert funds_column(label) == field
