"""Never silent: every file ends in documents recognised or in one 'not recognised' finding with its reason,
shown by every report, counted in the summary, and failing ``--strict``."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from typer.testing import CliRunner

from jixiao.audit import audit_paths
from jixiao.cli import app
from jixiao.read import read_path

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SEED_001 = str(next(SAMPLES.glob("001_*.txt")))
runner = CliRunner()

# A project form whose table was flattened into single words, one per line, its numbers scattered: it has
# the anchors, but nothing of its structure is left to read.
LOST = "\n".join(["绩效", "项目名称", "x", "绩效指标", "一级指标", "三级指标", "年度指标值", "实际完成值"]) + "\n"


def _files(tmp_path: Path) -> dict[str, Path]:
    files = {"empty": tmp_path / "empty.txt", "prose": tmp_path / "prose.txt", "lost": tmp_path / "lost.txt"}
    files["empty"].write_text("", encoding="utf-8")
    files["prose"].write_text("今天天气很好。\n我们去公园散步。\n", encoding="utf-8")
    files["lost"].write_text(LOST, encoding="utf-8")
    return files


def test_each_unrecognised_file_says_why(tmp_path: Path) -> None:
    files = _files(tmp_path)
    result = audit_paths([str(p) for p in files.values()])
    found = {f.document: f for f in result.findings if f.kind == "not_recognised"}
    assert len(result.findings) == 3 and set(found) == {"empty.txt", "prose.txt", "lost.txt"}
    assert found["empty.txt"].message == "未能识别：文件为空"
    assert found["prose.txt"].message.startswith("未能识别：没有找到任何表式标志")
    assert found["lost.txt"].message.startswith("未能识别：是绩效表（含“项目名称、绩效指标、年度指标值、实际完成值")
    assert "table structure is lost beyond reading" in found["lost.txt"].message_en
    assert all(f.severity == "suspect" and f.location is not None for f in found.values())
    assert result.not_recognised() == [str(files[k]) for k in ("empty", "prose", "lost")]


def test_a_recognised_file_has_no_such_finding() -> None:
    result = audit_paths([SEED_001])
    assert result.documents and result.not_recognised() == []
    assert not [f for f in result.findings if f.kind == "not_recognised"]


def test_every_report_shows_it_and_strict_fails(tmp_path: Path) -> None:
    files = _files(tmp_path)
    html, xlsx = tmp_path / "r.html", tmp_path / "r.xlsx"
    args = ["audit", str(files["prose"]), SEED_001]
    r = runner.invoke(app, [*args, "--html", str(html), "--xlsx", str(xlsx)])
    assert r.exit_code == 0, r.output
    assert "1个文件未能识别" in "".join(r.stdout.split())
    assert runner.invoke(app, [*args, "--strict"]).exit_code == 1
    r = runner.invoke(app, [*args, "--json", "--lang", "en"])
    data = json.loads(r.stdout)
    assert data["summary"]["not_recognised"] == [str(files["prose"])]
    assert [f["kind"] for f in data["findings"]].count("not_recognised") == 1
    en = " ".join(runner.invoke(app, [*args, "--lang", "en"]).stdout.split())  # rich wraps long lines
    assert "1 file not recognised" in en
    page = html.read_text(encoding="utf-8")
    assert "未能识别：没有找到任何表式标志" in page and "1 个文件未能识别" in page
    rows = [[c.value for c in row] for row in load_workbook(xlsx)["审核发现"].iter_rows(min_row=2)]
    assert any(r[1] == "未能识别" and r[2] == "prose.txt" for r in rows)


def test_strict_fails_on_an_unrecognised_file_alone(tmp_path: Path) -> None:
    files = _files(tmp_path)
    assert runner.invoke(app, ["audit", str(files["empty"])]).exit_code == 0
    assert runner.invoke(app, ["audit", str(files["empty"]), "--strict"]).exit_code == 1


def test_read_says_it_too(tmp_path: Path) -> None:
    files = _files(tmp_path)
    rr = read_path(files["prose"])
    assert not rr.documents and len(rr.unrecognised) == 1
    assert rr.unrecognised[0] in rr.problems and rr.unrecognised[0].source is not None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("项目名称绩效指标 |\t\n0123456789.%年度资金总额")), max_size=200))
def test_any_text_is_documents_or_one_reason(tmp_path: Path, text: str) -> None:
    p = tmp_path / "any.txt"
    p.write_text(text, encoding="utf-8")
    result = audit_paths([str(p)])
    unrec = [f for f in result.findings if f.kind == "not_recognised"]
    assert (len(unrec) == 1) != bool(result.documents)


def test_a_missing_module_is_an_installation_problem_not_a_damaged_file(tmp_path: Path, monkeypatch) -> None:
    """A reader whose library is missing from the installation must not blame the file (last session a stale
    venv without zhconv reported every text file as 已损坏或格式不符)."""
    import jixiao.read.normalise as normalise

    def broken(fr):  # type: ignore[no-untyped-def]
        raise ModuleNotFoundError("No module named 'zhconv'", name="zhconv")

    monkeypatch.setattr(normalise, "normalise", broken)
    seed = tmp_path / "seed.txt"
    seed.write_text(Path(SEED_001).read_text(encoding="utf-8"), encoding="utf-8")
    result = audit_paths([str(seed)])
    [finding] = [f for f in result.findings if f.kind == "not_recognised"]
    assert "安装不完整" in finding.message and "zhconv" in finding.message
    assert "损坏" not in finding.message


def test_a_rule_table_in_its_own_words_says_it_is_one(tmp_path: Path) -> None:
    """A rule table that names its columns 考核内容 | 考核标准 | 分值 (no 一级指标, no 评分标准), its structure lost, says it
    is a performance table whose structure could not be read, not that no form anchor was found."""
    p = tmp_path / "rules.txt"
    p.write_text("\n".join(["考核内容", "考核标准", "分值", "x", "y"]) + "\n", encoding="utf-8")
    found = [f for f in audit_paths([str(p)]).findings if f.kind == "not_recognised"]
    assert len(found) == 1 and found[0].message.startswith("未能识别：是绩效表（含“考核标准、考核内容、分值")
