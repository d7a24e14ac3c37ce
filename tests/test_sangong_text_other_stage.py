"""A 三公 statement that speaks of one stage only (决算数) beside 三公 tables, the file's only tables, all of the
other (a budget table, or a table whose stage head was lost and read as 预算数): its amounts that differ from the
table are 疑似, saying the paragraph speaks of another stage, never 错误. A source of funds (一般公共预算) or a policy
(政府预算信息公开) is no stage. The same statement in the table's own stage stays an error. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths

TABLE = ("2016年“三公”经费预算表\n单位:万元\n| 项目 | 预算数 |\n| 合计 | 1500 |\n| 因公出国(境)费 | 12 |\n"
         "| 公务接待费 | 488 |\n| 公务用车购置及运行费 | 1000 |\n")


@pytest.mark.parametrize(("stage", "severity"), [("决算数", "suspect"), ("预算数", "error")])
def test_a_statement_of_another_stage_is_no_error(tmp_path: Path, stage: str, severity: str) -> None:
    text = (TABLE + f"\n二、“三公”经费情况说明\n根据政府预算信息公开的要求,2016年一般公共预算安排“三公”经费{stage}1500万元,其中:因公出国(境)费12万元,"
            "公务接待费489万元,公务用车购置及运行费999万元。\n")
    path = tmp_path / "sangong.txt"
    path.write_text(text, encoding="utf-8")
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "text_amount"]
    assert {(f.row, f.reported, f.severity) for f in found} == {
        ("公务接待费", "489", severity), ("公务用车购置及运行费", "999", severity)}
    if severity == "suspect":
        assert all("另一阶段" in f.message for f in found)
