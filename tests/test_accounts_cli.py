"""`jixiao accounts FILE`: tables as read and their checks, in rich tables or JSON; exit 2 on bad input."""

from __future__ import annotations

import glob
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jixiao.cli import app

SEED = glob.glob(str(Path(__file__).resolve().parents[1] / "samples" / "003_*.txt"))


@pytest.mark.skipif(not SEED, reason="seed 003 not present")
def test_json_documents_tables_findings() -> None:
    r = CliRunner().invoke(app, ["accounts", SEED[0], "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert len(data["documents"]) == 1
    doc = data["documents"][0]
    assert doc["type"] == "final_accounts" and doc["year"] == 2017 and doc["money_unit"] == "万元"
    tables = doc["accounts"]["tables"]
    assert len(tables) == 8
    gp = next(t for t in tables if t["kind"] == "gp_expenditure")
    last = gp["rows"][-1]
    assert last["total"] and last["values"]["项目支出"]["value"] == "2116.20"
    assert last["values"]["项目支出"]["source"] == {"file": SEED[0], "line": 251, "cell": "C7"}
    kinds = {f["kind"] for f in data["findings"]}
    assert {"rows_shifted", "cross_table", "code_mismatch", "text_percent"} <= kinds


@pytest.mark.skipif(not SEED, reason="seed 003 not present")
def test_text_output_and_english() -> None:
    r = CliRunner().invoke(app, ["accounts", SEED[0]])
    assert r.exit_code == 0 and "审核结果" in r.stdout and "2017年度支出决算表" in r.stdout
    en = CliRunner().invoke(app, ["accounts", SEED[0], "--json", "--lang", "en"])
    shifted = next(f for f in json.loads(en.stdout)["findings"] if f["kind"] == "rows_shifted")
    assert "shifted one row" in shifted["message"]
    strict = CliRunner().invoke(app, ["accounts", SEED[0], "--strict"])
    assert strict.exit_code == 1


def test_unreadable_input_exits_2(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["accounts", str(tmp_path / "missing.txt")])
    assert r.exit_code == 2 and "missing.txt" in r.stderr
    other = tmp_path / "notes.txt"
    other.write_text("没有表格的文字\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["accounts", str(other)])
    assert r.exit_code == 2 and "未找到部门决算表" in r.stderr
    r = CliRunner().invoke(app, ["accounts", str(other), "--tolerance", "abc"])
    assert r.exit_code == 2
