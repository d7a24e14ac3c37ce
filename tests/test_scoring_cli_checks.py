"""Scoring and framework checks of issue 10 (items 12-15): an unreachable weight, a data file for another
framework, a misspelt input key, subtotals in score --json, and the small edges of audit and target."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.frameworks import load_framework

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "yangpu-2022-project.yaml"
runner = CliRunner()

UNREACHABLE = """\
id: demo-unreachable
title: 示例
kind: dept
year: 2024
locality: 示例
total_weight: 5
indicators:
  - code: A
    name: 决策
    weight: 5
    children:
      - code: A1
        name: 评级
        weight: 5
        rule: choice
        params:
          options:
            A级: 3
            B级: 1.5
"""


def test_framework_check_flags_a_weight_no_choice_reaches(tmp_path: Path) -> None:
    fw_file = tmp_path / "fw.yaml"
    fw_file.write_text(UNREACHABLE, encoding="utf-8")
    fw, problems = load_framework(str(fw_file))
    assert fw is None
    assert [p.format() for p in problems] == [f"{fw_file}:16: 规则 choice: 分值 5 无法得满：最高的选项“A级”只得 3 分"]
    r = runner.invoke(app, ["framework", "check", str(fw_file), "--lang", "en"])
    assert r.exit_code == 2 and "weight 5 cannot be reached: the best option 'A级' gives 3" in r.stderr
    fw_file.write_text(UNREACHABLE.replace("A级: 3", "A级: 5"), encoding="utf-8")
    assert load_framework(str(fw_file))[0] is not None


def test_score_warns_of_another_framework_and_names_the_misspelt_key(tmp_path: Path) -> None:
    data = tmp_path / "typo.yaml"
    data.write_text(EXAMPLE.read_text(encoding="utf-8").replace("executed:", "execued:"), encoding="utf-8")
    r = runner.invoke(app, ["score", "mof-2020-project", str(data)])
    assert r.exit_code == 2
    assert f"警告：{data}:5: 数据文件声明的框架是 yangpu-2022-project，此处按 mof-2020-project 评分" in r.stderr
    assert "缺少输入“executed”；未知的输入 execued（是否应为 executed？）" in r.stderr
    assert "initial_budget" not in r.stderr  # a key the rule does not read, but no misspelling of a missing one
    ok = runner.invoke(app, ["score", "yangpu-2022-project", str(EXAMPLE)])
    assert ok.exit_code == 0 and "警告" not in ok.stderr


def test_score_json_has_first_and_second_level_subtotals() -> None:
    r = runner.invoke(app, ["score", "nanjing-2024-dept", str(ROOT / "examples" / "nanjing-2024-dept.yaml"), "--json"])
    data = json.loads(r.stdout)
    subs = {s["code"]: s for s in data["subtotals"]}
    assert subs["A"] == {"code": "A", "name": "决策", "level": 1, "weight": "12", "score": "11.50"}
    assert subs["A1"]["level"] == 2 and subs["A1"]["score"] == "4.00"
    assert {s["level"] for s in data["subtotals"]} == {1, 2}
    total = sum(float(s["score"]) for s in data["subtotals"] if s["level"] == 1)
    assert round(total, 2) == float(data["total"]) == 93.98


def test_target_empty_is_an_error() -> None:
    r = runner.invoke(app, ["target", ""])
    assert r.exit_code == 2 and "指标值为空" in r.stderr
    assert runner.invoke(app, ["target", "  ", "--lang", "en"]).stderr.startswith("the target is empty")


def test_audit_of_a_missing_folder_is_located_without_empty_tables() -> None:
    r = runner.invoke(app, ["audit", "nosuch/"], env={"COLUMNS": "100"})
    assert r.exit_code == 2 and "nosuch/: 文件或目录不存在" in r.stderr
    assert "审核的文档" not in r.stdout and "┏" not in r.stdout.split("审核发现")[0]


def test_a_folders_readme_is_no_document() -> None:
    data = json.loads(runner.invoke(app, ["audit", str(ROOT / "samples"), "--json"]).stdout)
    assert data["summary"]["not_recognised"] == [] and data["summary"]["files"] == 7
    named = json.loads(runner.invoke(app, ["audit", str(ROOT / "samples" / "README.md"), "--json"]).stdout)
    assert named["summary"]["files"] == 1  # named, it is read (and said not recognised)


def test_builtin_frameworks_cite_only_what_the_repository_holds() -> None:
    for f in (ROOT / "src" / "jixiao" / "frameworks" / "builtin").glob("*.yaml"):
        assert "DOMAIN.md" not in f.read_text(encoding="utf-8"), f.name
