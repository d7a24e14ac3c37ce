"""A report's sentence that lists its amounts and closes them with their total, with no 加 or with 加上: and an aside
(``accounts.balance_words._listed``): the total is the sum of the amounts before it, and a sum that does not hold is
a suspect on the total's line. Lists that are no plain sum (a sentence that begins with 加, an item followed by 等, a
whole printed beside its own parts, 其中 outside brackets) are not read. Invented figures, after 清流's, 闽侯's and
丰都's reports, whose published sums hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one

_TITLE = "东山县2031年财政决算报告"
_INCOME = "2031年县级一般公共预算收入4534.30万元,返还性收入297.10万元,一般性转移支付收入10277.50万元,收入总计15108.90万元。"


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str, str | None, str | None, str | None, int | None]]:
    doc = one(tmp_path, "\n".join([_TITLE, *lines]) + "\n", "final_accounts")
    return [(f.kind, f.severity, f.row, f.reported, f.recomputed, f.location.line if f.location else None)
            for f in check_accounts(doc) if f.severity != "info"]


@pytest.mark.parametrize(("total", "found"), [
    ("18825.60", []),
    ("18835.60", [("balance", "suspect", "支出总计", "18835.60", "18825.60", 3)]),
])
def test_amounts_closed_by_their_total(tmp_path: Path, total: str, found: list[object]) -> None:
    lines = [_INCOME,
             f"全县一般公共预算支出16572.00万元,上解上级支出311.70万元,地方政府债券还本支出1941.90万元,支出总计{total}万元,"
             "收支相抵,结转下年支出1000.00万元。"]
    assert _found(tmp_path, lines) == found


@pytest.mark.parametrize(("total", "found"), [
    ("109.69", []),
    ("109.96", [("balance", "suspect", "收入合计", "109.96", "109.69", 3)]),
])
def test_a_list_split_by_semicolons_with_an_aside_after_its_total(tmp_path: Path, total: str,
                                                                   found: list[object]) -> None:
    lines = [_INCOME,
             "全县一般公共预算收入完成78.14亿元;上年结转收入3.36亿元;上级补助收入20.75亿元;调入资金0.13亿元;"
             f"地方政府一般债务转贷收入5.72亿元;调入预算稳定调节基金1.59亿元;收入合计{total}亿元(县本级87.87亿元,高新区21.82亿元)。"]
    assert _found(tmp_path, lines) == found


@pytest.mark.parametrize(("carried", "found"), [
    ("4558", []),
    ("4568", [("balance", "suspect", "支出总计", "929393", "929403", 3)]),
])
def test_a_list_after_jiashang_with_a_part_s_own_parts_in_brackets(tmp_path: Path, carried: str,
                                                                   found: list[object]) -> None:
    """"加上:" and the terms split by 、, one term's own part in brackets after it: the sum 加 states, the bracket's
    aside no term; read by leaving the bracket out, a sum that fails is a suspect. Before, the bracket's 其中 kept the
    whole sentence unread."""
    lines = [_INCOME,
             "全县一般公共预算本级支出623396万元,下降11.44%,加上:上解支出33067万元、债务还本支出268007万元、"
             f"安排预算稳定调节基金365万元、年终结余{carried}万元(其中:本级791万元),支出总计929393万元。"]
    assert _found(tmp_path, lines) == found


@pytest.mark.parametrize("sentence", [
    # the sentence adds to a whole the sentence before it states, after that one's 其中
    "全市一般公共预算收入安排77.6亿元,同比增长5%。其中:税收收入65.7亿元,非税收入11.9亿元。"
    "加上上级补助收入54.3亿元、置换债券收入34.6亿元,收入总计222.7亿元。",
    # not all listed: an item followed by 等
    "全县一般公共预算支出16572.00万元,上解上级支出311.70万元等,支出总计18835.60万元。",
    # a whole printed beside its own parts
    "全县一般公共预算支出16572.00万元,基本支出10000.00万元,项目支出6572.00万元,上解上级支出311.70万元,支出总计16883.70万元。",
    # a list with 其中 outside brackets
    "全县一般公共预算支出16572.00万元,其中教育支出3000.00万元,上解上级支出311.70万元,支出总计16883.70万元。",
])
def test_lists_that_are_no_plain_sum_are_not_read(tmp_path: Path, sentence: str) -> None:
    assert _found(tmp_path, [_INCOME, sentence]) == []


def test_an_aside_in_brackets_is_no_term_of_a_sum_said_with_jia(tmp_path: Path) -> None:
    """杨浦's report: "加上…补助收入989641万元(含特殊转移支付60000万元),…,收入总量为2848905万元". The bracket says what
    the term holds; before, its 60000 was added as one more term and the sum was a false error (2908905)."""
    lines = [_INCOME,
             "2031年,全区一般公共预算收入1284499万元,为调整预算的100%,比2030年增长1%。加上市级财政税收返还和补助收入"
             "989641万元(含特殊转移支付60000万元),上年结转收入、调入资金等332765万元,以及地方政府一般债务转贷收入242000万元,"
             "收入总量为2848905万元。"]
    assert _found(tmp_path, lines) == []


@pytest.mark.parametrize(("total", "found"), [
    ("3838.3", []),
    ("3839.3", [("balance", "error", "收入总量", "3839.3", "3838.3", 3)]),
])
def test_a_sum_said_with_jia_after_a_sentence_that_states_no_amount(tmp_path: Path, total: str,
                                                                    found: list[object]) -> None:
    """西藏's report: the whole's sentence, then a sentence of reasons with no amount, then "加上…,收入总量…": the
    加 sentence adds to the whole two sentences back. Before, only the sentence right before it was looked at."""
    lines = [_INCOME,
             "全区一般公共预算地方收入 236.6 亿元, 为年初预算数的 125.8%, 比上年决算数增长 31.7%。这主要得益于经济"
             "持续恢复、总体回升向好。加上中央补助 2537.1 亿元、一般债务收入 60 亿元、 上年结转 436.2 亿元、 动用预算"
             f"稳定调节基金 558.8 亿元、 调入资金 9.6 亿元, 收入总量 {total}亿元。"]
    assert _found(tmp_path, lines) == found
