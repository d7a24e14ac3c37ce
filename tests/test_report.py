"""`jixiao audit` and its reports: JSON shape, exit codes, one self-contained HTML file, an xlsx with filters."""

from __future__ import annotations

import json
import re
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from jixiao.cli import app

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SEED_001 = str(SAMPLES / "001_cf1bceb3fa2c9cc3.txt")
SEED_004 = str(SAMPLES / "004_7e677134512249db.txt")
runner = CliRunner()

FORM = """财政项目支出绩效自评表
(2023年度)
项目名称\t\t纪检专项工作经费
主管部门\t\t上海市经济和信息化委员会\t\t实施单位\t\t上海市经济和信息化委员会
项目资金 (万元)\t\t\t年初预算数\t全年预算数\t全年执行数\t分数\t执行率(%)\t得分
\t\t年度资金总额\t30.00\t30.00\t0.66\t10.00\t2.20\t0.22
\t\t其中：当年财政拨款\t30.00\t30.00\t0.66\t-\t2.20\t-
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
产出指标\t数量指标\t审查调查次数\t8\t8\t20.00\t20.00\t
\t质量指标\t问题线索处置率\t100\t100\t20.00\t20.00\t
\t时效指标\t案件办理时限达标率\t100\t100\t20.00\t20.00\t
效益指标\t可持续影响指标\t信访举报办结率\t100\t100\t20.00\t20.00\t
满意度指标\t服务对象满意度指标\t办案人员被投诉次数\t2\t≤2\t10.00\t10.00\t
总分\t\t\t\t\t100\t{total}\t
评分等级\t\t优
"""


def test_json_has_documents_findings_and_summary() -> None:
    r = runner.invoke(app, ["audit", SEED_001, "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert set(data) == {"documents", "findings", "summary"}
    assert data["summary"]["documents"] == len(data["documents"]) == 23
    f = next(f for f in data["findings"] if f["kind"] == "low_rate_top_grade" and f["document"] == "纪检专项工作经费")
    assert f["severity"] == "suspect" and f["reported"] == "2.20%"
    assert f["location"]["file"] == SEED_001 and f["location"]["line"] == 105
    assert "截尾" in json.dumps(data["summary"]["conventions"], ensure_ascii=False)


def test_english_messages() -> None:
    r = runner.invoke(app, ["audit", SEED_001, "--json", "--lang", "en"])
    data = json.loads(r.stdout)
    f = next(f for f in data["findings"] if f["kind"] == "low_rate_top_grade")
    assert f["message"].startswith("Only ")


def test_strict_exits_1_only_when_there_are_errors(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(FORM.format(total="90.22"), encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(FORM.format(total="92.22"), encoding="utf-8")
    assert runner.invoke(app, ["audit", str(good), "--strict"]).exit_code == 0
    r = runner.invoke(app, ["audit", str(bad), "--strict", "--json"])
    assert r.exit_code == 1
    [total] = [f for f in json.loads(r.stdout)["findings"] if f["kind"] == "total_sum"]
    assert (total["reported"], total["recomputed"]) == ("92.22", "90.22")
    assert runner.invoke(app, ["audit", str(bad)]).exit_code == 0  # findings are results, not failures


def test_unusable_input_exits_2(tmp_path: Path) -> None:
    r = runner.invoke(app, ["audit", str(tmp_path / "absent.txt")])
    assert r.exit_code == 2
    assert "absent.txt" in r.output
    r = runner.invoke(app, ["audit", SEED_001, "--framework", "no-such-framework"])
    assert r.exit_code == 2


def test_terminal_summary_and_findings_most_severe_first() -> None:
    r = runner.invoke(app, ["audit", SEED_004])
    assert r.exit_code == 0
    assert "审核的文档" in r.stdout and "审核发现（最严重的在前）" in r.stdout
    assert "向上进位保留2位小数" in r.stdout  # the convention found
    data = json.loads(runner.invoke(app, ["audit", SEED_004, "--json"]).stdout)
    rank = {"error": 0, "suspect": 1, "info": 2}
    ranks = [rank[f["severity"]] for f in data["findings"]]
    assert ranks == sorted(ranks) and ranks[0] == 0


def test_html_is_one_self_contained_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    r = runner.invoke(app, ["audit", SEED_001, SEED_004, "--html", str(out)])
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "<style>" in html and "<svg" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert 'id="overview"' in html and "纪检专项工作经费" in html
    assert "2.20%" in html  # the published rate beside its recomputation
    assert 'class="suspect"' in html  # a finding highlighted at its row


def test_xlsx_has_findings_and_documents_with_filters(tmp_path: Path) -> None:
    out = tmp_path / "findings.xlsx"
    assert runner.invoke(app, ["audit", SEED_004, "--xlsx", str(out)]).exit_code == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["审核发现", "文档"]
    ws = wb["审核发现"]
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    assert [c.value for c in ws[1]][:3] == ["级别", "类型", "文档"]
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    # figures are numbers with the document's digits as their format (tests/test_xlsx_report.py)
    assert any(r[0] == "疑似" and r[6] == 94.47999999999999 and r[7] == 94.48 for r in values)
    docs = wb["文档"]
    assert docs.auto_filter.ref and docs.max_row == 1 + 7  # five project forms, two policy forms
    # each document's counts and framework are the ones --json gives it
    listed = json.loads(runner.invoke(app, ["audit", SEED_004, "--json"]).stdout)["documents"]
    rows = [[c.value for c in row] for row in docs.iter_rows(min_row=2)]
    assert [r[6:10] for r in rows] == [[*d["findings"].values(), d["framework"]] for d in listed]
    assert all(r[9] for r in rows)  # every form was scored by a named framework


def test_an_unreadable_file_exits_2_and_the_others_are_still_audited(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really a pdf")
    r = runner.invoke(app, ["audit", str(broken), SEED_004, "--json"])
    assert r.exit_code == 2
    data = json.loads(r.stdout)
    assert data["summary"]["unreadable"] == [str(broken)]
    assert len(data["documents"]) == 7  # seed 004 read all the same
    assert "broken.pdf" in r.stderr


def test_html_in_english(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert runner.invoke(app, ["audit", SEED_001, "--html", str(out), "--lang", "en"]).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Overview" in html and "execution score" in html
    assert "Only 2.20% of the budget was spent" in html


def test_final_accounts_findings_sit_beside_their_table_rows(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    seed_003 = str(SAMPLES / "003_0eb4043571347fc0.txt")
    assert runner.invoke(app, ["audit", seed_003, "--html", str(out)]).exit_code == 0
    html = out.read_text(encoding="utf-8")
    section = html[html.index("部门决算 · "):]
    rows = re.findall(r'<tr class="(?:error|suspect)">(.*?)</tr>', section)
    # the row 201 05 统计信息事务 carries its own finding: 款 2158.92 ≠ Σ 项 2156.92
    assert any("统计信息事务" in r and "2158.92" in r and "2156.92" in r for r in rows)
