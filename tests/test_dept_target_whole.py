"""A 部门整体支出绩效目标表 whose funds stand one line each under 年度预算安排(万元): 资金总额 over 项目支出 and 基本支出
(福建宁德市委党史研究室 2019's layout). The block is read where its parts make the 资金总额; a line printed again in
the 年度履职目标 table below (基本支出 with another amount) leaves the one choice the total confirms. The file is one
department form: the lines after its funds are its own parts, never a second form read alone (figures invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path

_TEXT = """ 附件4:部门整体支出绩效目标表.xls

部门整体支出绩效目标表
2020年度)
部门(单位)名称 某市某研究室 部门预算编码 901001000
年度
预算
安排
(万元)
        资金总额 {whole}
  项目支出 45.2
  基本支出 98.35
年度
总体
目标
 目标1:确保本室各人员工资及福利的发放;
 目标2:保障志鉴工作开展所需资金,确保完成2020年度任务。
年度
履职
目标
部门职能 年度目标任务 支出项目名称 预算金额(万元)
组织、指导地方志工作 保障志鉴工作开展所需资金 地情与年鉴 45.2
确保日常工作正常运行 按时发放2020年人员工资待遇 基本支出 {again}
年度绩效指标 一级指标 二级指标 三级指标 指标值
产出指标 数量指标 出版年鉴 1部
成本指标  基本支出
"""


def _read(tmp_path: Path, whole: str, again: str):  # type: ignore[no-untyped-def]
    p = tmp_path / "dept.txt"
    p.write_text(_TEXT.format(whole=whole, again=again), encoding="utf-8")
    return read_path(p).documents


@pytest.mark.parametrize("again", ["143.55", "98.35"])
def test_the_funds_block_the_whole_confirms(tmp_path: Path, again: str) -> None:
    docs = _read(tmp_path, "143.55", again)
    assert len(docs) == 1 and "部门" in docs[0].header
    ledger = [t for t in docs[0].tables if t.title == "部门收支情况"]
    assert ledger and dict(zip((c.text for c in ledger[0].rows[0]), (c.text for c in ledger[0].rows[1]), strict=True)) == {
        "项目支出": "45.2", "基本支出": "98.35", "资金总额": "143.55"}


def test_a_whole_its_parts_do_not_make_gives_no_block(tmp_path: Path) -> None:
    docs = _read(tmp_path, "143.65", "143.65")
    assert len(docs) == 1
    assert not [t for t in docs[0].tables if t.title == "部门收支情况"]
