"""The command line in the chosen language (issue 10, item 11): help, Click's words and errors, --version,
no "<bool>"/"<str>" noise, and help wrapped without cutting a word at 80 columns."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import version

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.cli.lang import detect, pick

HAN = re.compile("[\u4e00-\u9fff]")


def run(*args: str, columns: int = 80) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, list(args), env={"COLUMNS": str(columns)})
    return r.exit_code, r.stdout, r.stderr


def test_english_help_from_the_root() -> None:
    code, out, _ = run("--lang", "en", "--help")
    assert code == 0
    assert out.startswith("Usage: jixiao [OPTIONS] COMMAND") and "Commands:" in out and "audit published documents" in out
    assert not HAN.search(out.replace("绩效", "")), out


def test_chinese_help_is_chinese() -> None:
    code, out, _ = run("audit", "--help")
    assert code == 0 and out.startswith("用法：jixiao audit [选项] PATH...") and "选项：" in out and "[必填]" in out
    assert "显示本帮助并退出" in out and "Show this message" not in out and "recursive" not in out


@pytest.mark.parametrize("cmd", ["audit", "score", "assess", "read", "accounts", "target", "export-form"])
def test_no_type_noise_and_no_cut_words(cmd: str) -> None:
    for lang in ("zh", "en"):
        code, out, _ = run(cmd, "--help", "--lang", lang)
        assert code == 0
        assert "<bool>" not in out and "<str>" not in out and "<list[str]>" not in out and "…" not in out
        assert max(cell_len(line) for line in out.splitlines()) <= 80
        # wrapped at 80, the words are those of the help at 200 columns: none is cut or left out
        _, wide, _ = run(cmd, "--help", "--lang", lang, columns=200)
        assert out.split() == wide.split() or "".join(out.split()) == "".join(wide.split())
        if lang == "en":
            assert out.split() == wide.split()


def test_click_errors_in_the_language() -> None:
    code, _, err = run("audit")
    assert code == 2 and "错误：缺少参数 PATH。" in err and "用 'jixiao audit --help' 查看帮助。" in err
    code, _, err = run("audit", "--lang", "en")
    assert code == 2 and "Error: Missing argument 'PATH'." in err
    code, _, err = run("nosuch")
    assert code == 2 and "没有命令 'nosuch'" in err
    code, _, err = run("audit", "x", "--lang", "fr")
    assert code == 2 and "须为 zh 或 en" in err


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.strip() == f"jixiao {version('jixiao')}"


def test_the_installed_command_speaks_english() -> None:
    r = subprocess.run([sys.executable, "-m", "jixiao.cli", "--lang", "en", "--help"], capture_output=True, text=True,
                       env={"COLUMNS": "80", "PATH": ""}, check=False)
    assert r.returncode == 0 and r.stdout.startswith("Usage: jixiao"), r.stderr


def test_detect_and_pick() -> None:
    assert detect(["audit", "--lang=en"]) == "en" and detect(["--lang", "en", "x"]) == "en" and detect(["x"]) == "zh"
    assert detect(["--", "--lang", "en"]) == "zh"
    assert pick("科目表目录（默认用户数据目录）/ code list store", "en") == "code list store"
    assert pick("科目表目录（默认用户数据目录）/ code list store", "zh") == "科目表目录（默认用户数据目录）"
    assert pick("数据文件（YAML/JSON）/ data file", "zh") == "数据文件（YAML/JSON）"


def test_lang_before_the_command_reaches_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    fw = tmp_path / "fw.yaml"
    fw.write_text("id: x\n", encoding="utf-8")
    for args in (["--lang", "en", "framework", "check", str(fw)], ["framework", "--lang", "en", "check", str(fw)],
                 ["framework", "check", str(fw), "--lang", "en"]):
        code, _, err = run(*args)
        assert code == 2 and "problem(s)" in err and not HAN.search(err), (args, err)
    code, out, _ = run("framework", "--help", "--lang", "en")
    assert code == 0 and "check a framework file" in out
    r = CliRunner().invoke(app, ["target", "≥60.00(家)"], env={"JIXIAO_LANG": "en"})
    assert r.stdout.strip() == "≥60.00(家): >= 60.00 家"
