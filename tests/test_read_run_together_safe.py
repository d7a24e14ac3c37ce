"""A page's lines run together (``bench.perturb_tables.run_together``: a docx or web table flattened, a PDF's wrapped
lines joined) must never turn into a false 错误:

- a 三公 table whose header over two rows ran into one line has more labels than its rows have cells, so a row's
  percent (增减幅度) falls under the 增减金额 label: no column of the table is known, its identities are not
  checked (``sangong_rows.percent_as_amount``); the same table with its header on two lines is still checked;
- a share in the 情况说明 (基本支出…,占一般公共预算支出的96.41%) is not of the amount before a 其中 of an earlier
  sentence (住房公积金112788元,其中:…。) once the paragraphs are one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.files import write

_ROWS = [("合计", "2911.47", "2706.86", "-204.61", "-7.03%"),
         ("1.因公出国(境)费", "13.06", "10.20", "-2.86", "-21.90%"),
         ("2.公务接待费", "1679.69", "1590.94", "-88.75", "-5.28%"),
         ("3.公务用车购置及运行费", "1218.72", "1105.72", "-113.00", "-9.27%"),
         ("其中:(1)公务用车购置费", "14.80", "0", "-14.80", "-100%"),
         ("(2)公务用车运行费", "1203.92", "1105.72", "-98.20", "-8.16%")]


def _sangong(header_on_one_line: bool, slip: bool) -> str:
    head = ["项目 | 上年决算数 | 本年决算数 | 比上年增、减情况 | |", "增、减金额 | 增、减幅度 | |||"]
    rows = [list(r) for r in _ROWS]
    if slip:
        rows[2][3] = "-98.75"  # 公务接待费's 增减金额 10 off
    lines = ["某县2016年“三公”经费决算情况统计表 | ||||", "单位:万元 | ||||",
             *([" ".join(head)] if header_on_one_line else head), *(" | ".join(r) + " |" for r in rows)]
    return "\n".join(lines) + "\n"


def _errors(tmp_path: Path, body: str) -> list:  # type: ignore[type-arg]
    docs = read_path(write(tmp_path, body, "p.txt")).documents
    assert docs
    return [f for d in docs for f in check_accounts(d) if f.severity == "error"]  # type: ignore[arg-type]


@pytest.mark.parametrize("slip", [False, True])
def test_header_run_into_one_line_gives_no_error(tmp_path: Path, slip: bool) -> None:
    assert _errors(tmp_path, _sangong(True, slip)) == []


def test_header_on_two_lines_is_still_checked(tmp_path: Path) -> None:
    assert _errors(tmp_path, _sangong(False, False)) == []
    found = _errors(tmp_path, _sangong(False, True))
    assert [(f.kind, f.reported) for f in found] == [("three_public", "-98.75")]


_TEXT = ("五、一般公共预算支出情况说明 2021年一般公共预算拨款支出1493924.6元,其中:基本支出1440224.6元,项目支出53700元。"
         "住房公积金112788元,其中:基本支出112788元,项目支出0元。主要用于事业单位人员住房公积金支出。"
         "(二)按支出结构分类划分。1.基本支出预算1440224.60元,占一般公共预算支出的{share}%,同比减少12602.40元。")


@pytest.mark.parametrize("share", ["96.41", "90.00"])
def test_share_is_not_of_an_earlier_sentences_whole(tmp_path: Path, share: str) -> None:
    body = "某单位2021年部门预算情况说明\n" + _TEXT.format(share=share) + "\n"
    assert [f.message for f in _errors(tmp_path, body) if "112788" in f.message] == []


_TEXT_HEADED = ("三、支出决算情况说明 2017年总支出7778.55万元,其中财政项目补助支出683.20万元,基本支出7095.35万元。"
                "相比上年增加606.58万元。其中,财政项目补助支出增加103.80万元,其他支出115.82万元{stop} "
                "四、一般公共预算财政拨款支出决算情况说明 (一)总体情况 2017年度一般公共预算财政拨款支出2339.68万元,"
                "占本年支出合计的30.08%。")


@pytest.mark.parametrize("stop", [".", ""])
def test_share_is_not_of_a_whole_before_a_heading(tmp_path: Path, stop: str) -> None:
    body = "某医院2017年度部门决算\n" + _TEXT_HEADED.format(stop=stop) + "\n"
    assert [f.message for f in _errors(tmp_path, body) if f.kind == "text_percent"] == []
