"""Bad input on the command line: one located line on stderr and exit 2, never a traceback.

Each case here once ended in a Python traceback (exit 1) or, in English, a Chinese message.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from jixiao.cli import app

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SEED_001 = next(SAMPLES.glob("001_*.txt"))
SEED_003 = next(SAMPLES.glob("003_*.txt"))
DISTRICT_A = Path(__file__).resolve().parents[1] / "examples" / "shanghai-2024-district-a.yaml"


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def one_located_line(r: Result, where: str) -> str:
    """Exit 2, no traceback, and a single stderr line that starts with the place it concerns."""
    assert r.exit_code == 2, (r.exit_code, r.output, r.exception)
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "Traceback" not in r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(where), r.stderr
    return lines[0]


@pytest.mark.parametrize("option", ["--html", "--xlsx"])
def test_audit_report_into_a_folder(tmp_path: Path, option: str) -> None:
    r = run("audit", str(SEED_001), option, str(tmp_path))
    line = one_located_line(r, f"{tmp_path}: ")
    assert "无法写入" in line
    # the audit itself is not lost: its summary is still printed
    assert "审核的文档" in r.stdout


def test_audit_report_where_no_folder_can_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    r = run("audit", str(SEED_001), "--html", str(blocker / "out" / "report.html"), "--lang", "en")
    assert "cannot write" in one_located_line(r, str(blocker / "out" / "report.html"))


@pytest.mark.parametrize("text", ["nan", "sNaN", "Infinity", "-inf"])
def test_accounts_tolerance_not_a_finite_number(text: str) -> None:
    line = one_located_line(run("accounts", str(SEED_003), "--tolerance", text), "--tolerance")
    assert line == f"--tolerance 须为数字：{text!r}"


def test_accounts_tolerance_message_in_english() -> None:
    line = one_located_line(run("accounts", str(SEED_003), "--tolerance", "abc", "--lang", "en"), "--tolerance")
    assert line == "--tolerance must be a number: 'abc'"


@pytest.mark.parametrize("content", [b"", b"not a zip at all"])
def test_codes_import_damaged_xlsx(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "codes.xlsx"
    bad.write_bytes(content)
    line = one_located_line(run("codes", "import", str(bad), "--year", "2030", "--store", str(tmp_path / "s")),
                            f"{bad}: ")
    assert "无法作为 xlsx 工作簿 打开（BadZipFile" in line  # what `jixiao read` says of it
    assert not (tmp_path / "s" / "codes-2030.csv").exists()


def test_codes_import_a_folder(tmp_path: Path) -> None:
    line = one_located_line(run("codes", "import", str(tmp_path), "--year", "2030"), f"{tmp_path}: ")
    assert line.endswith("不是文件")


@pytest.mark.parametrize("name", ["codes.xls", "codes.pdf", "codes.docx"])
def test_codes_import_other_formats_refused(tmp_path: Path, name: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(b"\xd0\xcf\x11\xe0 binary")
    line = one_located_line(run("codes", "import", str(bad), "--year", "2030", "--store", str(tmp_path / "s"),
                                "--lang", "en"), f"{bad}: ")
    assert "CSV or xlsx" in line


def test_codes_import_store_is_a_file(tmp_path: Path) -> None:
    src = tmp_path / "c.csv"
    src.write_text("code,name\n201,一般公共服务支出\n", encoding="utf-8")
    store = tmp_path / "store"
    store.write_text("", encoding="utf-8")
    line = one_located_line(run("codes", "import", str(src), "--year", "2030", "--store", str(store)), f"{store}")
    assert "无法写入" in line


@pytest.mark.parametrize(("content", "en"), [
    ("a: [1, 2\n", "YAML syntax error"),
    (None, "cannot read the file"),
    (b"\xff\xfe\xfd", "not UTF-8"),
])
def test_yaml_problems_in_english(tmp_path: Path, content: str | bytes | None, en: str) -> None:
    path = tmp_path / "data.yaml"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    for args in (("score", "mof-2020-project", str(path)), ("assess", "shanghai-2024-district-a", str(path)),
                 ("framework", "check", str(path))):
        r = run(*args, "--lang", "en")
        assert r.exit_code == 2, r.output
        first = r.stderr.splitlines()[0]
        assert first.startswith(str(path)) and en in first, first
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in first), first


def test_assess_quota_fallback_in_english() -> None:
    r = run("assess", "shanghai-2024-district-a", str(DISTRICT_A), "--lang", "en")
    assert r.exit_code == 0, r.output
    assert "those over the quota are rated 良好 (good)" in " ".join(r.stdout.split())  # wrapped to the terminal


def test_audit_unreadable_file_in_english(tmp_path: Path) -> None:
    bad = tmp_path / "form.xlsx"
    bad.write_bytes(b"not a zip at all")
    r = run("audit", str(bad), "--lang", "en")
    line = one_located_line(r, f"{bad}: ")
    assert "cannot be opened as" in line or "cannot open" in line, line
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in line), line
    assert "unreadable" in r.stdout and "无法" not in r.stdout


def test_audit_says_a_scanned_pdf_has_no_text(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    scan = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(scan))
    c.rect(50, 50, 300, 300, fill=1)  # a page with a picture and no text, as a scanner makes it
    c.showPage()
    c.save()
    r = run("audit", str(scan), "--json", "--lang", "en")
    assert r.exit_code == 0, r.output
    import json

    found = {f["kind"]: f for f in json.loads(r.stdout)["findings"]}
    assert sorted(found) == ["not_recognised", "unreadable"]
    assert found["unreadable"]["document"] == "scan.pdf" and "no text layer" in found["unreadable"]["message"]
    assert found["not_recognised"]["message"] == "not recognised: pages without a text layer (scanned), nothing to read"


def test_missing_group_members_say_what_depends_on_the_whole_group(tmp_path: Path) -> None:
    """The agency framework has a quota but no best-of-group indicator: the message must not speak of broadband."""
    data = tmp_path / "agency.yaml"
    data.write_text("framework: shanghai-2024-agency\nassessees:\n"
                    "  - {name: 市委网信办, inputs: {A1: {band: 支撑作用显著或有较大优化创新, score: 49},"
                    " A2: {band: 促进效果突出或有较大创新示范效应, score: 48}}}\n", encoding="utf-8")
    r = run("assess", "shanghai-2024-agency", str(data))
    line = one_located_line(r, f"{data}:2: ")
    assert "优秀名额" in line and "宽带" not in line
    r = run("assess", "shanghai-2024-agency", str(data), "--lang", "en")
    line = one_located_line(r, f"{data}:2: ")
    assert "quota" in line and "broadband" not in line
    district = tmp_path / "district.yaml"
    district.write_text("framework: shanghai-2024-district-a\nassessees:\n"
                        "  - {name: 黄浦, inputs: {A1: {band: 完成好, score: 9}, A2: {band: 完成好, score: 9},"
                        " A3: {band: 完成好, score: 37}, A4: {band: 完成好, score: 17}, A5: {band: 完成好, score: 9},"
                        " A6: {band: 完成好, score: 8}, B1: {value: 905.3}, B2: {numerator: 118, denominator: 120}}}\n",
                        encoding="utf-8")
    line = one_located_line(run("assess", "shanghai-2024-district-a", str(district)), f"{district}:2: ")
    assert "优秀名额" in line and "宽带用户下载速率" in line


def test_score_grade_glossed_in_english() -> None:
    example = Path(__file__).resolve().parents[1] / "examples" / "yangpu-2022-project.yaml"
    r = run("score", "yangpu-2022-project", str(example), "--lang", "en")
    assert r.exit_code == 0, r.output
    assert "total: 99.01  grade: 优 (excellent)" in r.stdout
    assert "评分等级: 优\n" in run("score", "yangpu-2022-project", str(example)).stdout


def test_an_unreadable_execution_weight_is_one_problem_not_two(tmp_path: Path) -> None:
    """No sum is checked with the unreadable weight taken as 0 (that would invent a figure)."""
    builtin = Path(__file__).resolve().parents[1] / "src" / "jixiao" / "frameworks" / "builtin" / "mof-2020-project.yaml"
    text = builtin.read_text(encoding="utf-8")
    assert "execution:\n  weight: 10\n" in text
    fw = tmp_path / "fw.yaml"
    fw.write_text(text.replace("execution:\n  weight: 10\n", "execution:\n  weight: abc\n"), encoding="utf-8")
    r = run("framework", "check", str(fw))
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [f"{fw}:24: weight 不是数值: 'abc'", "1 个问题"]


def test_an_unreadable_indicator_weight_is_not_summed_as_0(tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[1] / "examples" / "mof-2020-project.yaml"
    text = example.read_text(encoding="utf-8")
    row = 'name: 及时完成, target: 及时, actual: 及时, weight: "15.00"'
    assert row in text
    data = tmp_path / "data.yaml"
    data.write_text(text.replace(row, row.replace('"15.00"', "十五")), encoding="utf-8")
    r = run("score", "mof-2020-project", str(data))
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [f"{data}:15: 分值不是数值: '十五'"]


@pytest.mark.parametrize("args", [("frameworks",), ("target", "≥60.00(家)"), ("read", str(SEED_001))])
def test_lang_other_than_zh_or_en_is_a_usage_error(args: tuple[str, ...]) -> None:
    r = run(*args, "--lang", "fr")
    assert r.exit_code == 2 and "must be zh or en" in r.stderr
    assert "title" in run("frameworks", "--lang", "EN").stdout


@pytest.mark.parametrize("command", ["read", "audit"])
def test_a_folder_with_nothing_to_read(tmp_path: Path, command: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    line = one_located_line(run(command, str(tmp_path / "empty"), "--lang", "en"), f"{tmp_path / 'empty'}: ")
    assert "the folder holds no file to read" in line
    # the other paths named are still read
    r = run(command, str(tmp_path / "empty"), str(SEED_001), "--json")
    assert r.exit_code == 2 and len(r.stderr.splitlines()) == 1
    assert len(__import__("json").loads(r.stdout)["documents"]) == 23


@pytest.mark.parametrize("content", ['{"documents": 5}', '{"documents": "x"}', "7", '"text"'])
def test_export_form_record_of_another_shape(tmp_path: Path, content: str) -> None:
    record = tmp_path / "r.json"
    record.write_text(content, encoding="utf-8")
    line = one_located_line(run("export-form", str(record), "--xlsx", str(tmp_path / "o.xlsx")), f"{record}: ")
    assert "project_self_evaluation" in line


@pytest.mark.parametrize("mode", ["[half_up]", "{a: 1}"])
def test_framework_rounding_mode_not_text(tmp_path: Path, mode: str) -> None:
    builtin = Path(__file__).resolve().parents[1] / "src" / "jixiao" / "frameworks" / "builtin" / "mof-2020-project.yaml"
    text = builtin.read_text(encoding="utf-8")
    assert "  rate: {mode: half_up, digits: 2}\n" in text
    fw = tmp_path / "fw.yaml"
    fw.write_text(text.replace("  rate: {mode: half_up, digits: 2}\n", f"  rate: {{mode: {mode}, digits: 2}}\n"), "utf-8")
    r = run("framework", "check", str(fw), "--lang", "en")
    assert r.exit_code == 2 and r.exception is not None and isinstance(r.exception, SystemExit), r.exception
    assert r.stderr.splitlines()[0].startswith(f"{fw}:15: unknown rounding mode")


def test_audit_assessment_table_whose_member_line_is_lost(tmp_path: Path) -> None:
    """Seed 000's zone table without its (临港、虹桥、长兴岛、化工区) line: the per-member rule text is read as one
    compound band, whose bands are keyed by the conditions met; the audit goes on."""
    lines = next(SAMPLES.glob("000_*.txt")).read_text(encoding="utf-8").splitlines()
    assert lines[134] == "(临港、虹桥、长兴岛、化工区)"
    lines[134] = ""
    damaged = tmp_path / "000.txt"
    damaged.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run("audit", str(damaged), "--json")
    assert r.exit_code == 0, r.exception
    import json

    assert len(json.loads(r.stdout)["documents"]) == 5


@pytest.mark.parametrize("name", ["-5", "true", "[1]"])
def test_export_form_project_name_not_a_value_record(tmp_path: Path, name: str) -> None:
    """A hand-edited record whose 项目名称 is a bare number: the form is written; the summary line must not crash."""
    record = tmp_path / "r.json"
    head = '{"type": "project_self_evaluation", "title": "纪检其他工作", "header": {"项目名称": '
    record.write_text(head + name + "}}", encoding="utf-8")
    r = run("export-form", str(record), "--xlsx", str(tmp_path / "o.xlsx"))
    assert r.exit_code in (0, 2) and (r.exception is None or isinstance(r.exception, SystemExit)), r.exception
    if r.exit_code == 0:
        assert "纪检其他工作" in r.stdout


def test_audit_a_missing_path_does_not_stop_the_others(tmp_path: Path) -> None:
    """One bad path is one located line and exit 2; the seed named beside it is still audited."""
    missing = str(tmp_path / "nope.txt")
    r = run("audit", missing, str(SEED_001), "--json")
    line = one_located_line(r, f"{missing}: ")
    assert "不存在" in line
    import json

    out = json.loads(r.stdout)
    assert len(out["documents"]) == 23 and out["findings"]
    en = run("audit", missing, str(SEED_001), "--lang", "en")
    assert one_located_line(en, f"{missing}: ").endswith("no such file or directory")
