"""YAML and JSON that crashed or hung: deep nesting, huge numbers, alias bombs — each one located line and exit 2,
and a bad value's message quotes a few hundred characters of it at most (a 70-byte JSON once made 200 MB)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import jixiao
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.core.numbers import MAX_EXPONENT, MAX_NUMBER_CHARS, NumberTooLarge, bounded_decimal

BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(98 + k)}: &{chr(98 + k)} [{', '.join(['*' + chr(97 + k)] * 9)}]" for k in range(8)]
) + "\n"
TOO_LARGE = "数字过大或位数过多"

CASES = {
    "deep.yaml": ("a: " + "[" * 100_000 + "]" * 100_000 + "\n", ":1: YAML 嵌套超过 100 层"),
    "deep.json": ('{"a":\n' + "[" * 100_000 + "]" * 100_000 + "}\n", ":2: JSON 嵌套超过 100 层"),
    "block.yaml": ("".join(f"{' ' * k}k{k}:\n" for k in range(1200)) + " " * 1200 + "x: 1\n", ": YAML 嵌套过深，无法读取"),
    "digits.yaml": ("weight: " + "9" * 100_000 + "\n", ":1: " + TOO_LARGE),
    "decimal.yaml": ("weight: 0." + "9" * 100_000 + "\n", ":1: " + TOO_LARGE),
    "exp.json": ('{"weight": 1e9999999}\n', ":1: " + TOO_LARGE),
    "bomb.yaml": (BOMB, ": YAML 展开别名后超过 200000 个节点（别名炸弹？）"),
}


@pytest.mark.parametrize("command", [("framework", "check"), ("score", "mof-2020-project")])
@pytest.mark.parametrize("name", sorted(CASES))
def test_each_is_one_located_line_and_exit_2(tmp_path: Path, name: str, command: tuple[str, ...]) -> None:
    content, message = CASES[name]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    r = CliRunner().invoke(app, [*command, str(path)])
    assert r.exit_code == 2, (r.output, r.exception)
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    first = r.stderr.splitlines()[0]
    assert first.startswith(f"{path}{message}"), first
    assert len(r.stderr) < 600  # the number is quoted clipped, never in full


def test_the_alias_bomb_in_a_process_with_a_memory_ceiling(tmp_path: Path) -> None:
    (tmp_path / "bomb.yaml").write_text(BOMB, encoding="utf-8")
    r = jixiao("score", "mof-2020-project", str(tmp_path / "bomb.yaml"), seconds=30)
    r.clean()
    assert r.code == 2 and r.seconds < 20
    assert r.stderr == f"{tmp_path / 'bomb.yaml'}: YAML 展开别名后超过 200000 个节点（别名炸弹？）\n"


def test_a_70_byte_json_makes_a_short_message(tmp_path: Path) -> None:
    """The 70-byte JSON that printed 200 MB: its number is refused, quoted in 40 characters."""
    path = tmp_path / "w.json"
    path.write_text('{"title": "x", "inputs": {"weight": 1e200000000}}', encoding="utf-8")
    assert path.stat().st_size < 70
    r = jixiao("score", "mof-2020-project", str(path), seconds=30)
    r.clean()
    assert r.code == 2 and len(r.stderr) < 300, len(r.stderr)
    assert "1e200000000" in r.stderr


def test_a_long_bad_value_is_quoted_in_a_few_hundred_characters(tmp_path: Path) -> None:
    fw = Path(__file__).resolve().parents[2] / "src" / "jixiao" / "frameworks" / "builtin" / "mof-2020-project.yaml"
    text = fw.read_text(encoding="utf-8").replace("year: 2020", "year: " + "x" * 1_000_000, 1)
    path = tmp_path / "fw.yaml"
    path.write_text(text, encoding="utf-8")
    r = CliRunner().invoke(app, ["framework", "check", str(path)])
    assert r.exit_code == 2
    (line,) = [ln for ln in r.stderr.splitlines() if "year" in ln]
    assert len(line) < 400 and "共 1000002 字符" in line, line


def test_export_form_record_with_a_huge_number_or_nesting(tmp_path: Path) -> None:
    for content, message in (('{"type": "project_self_evaluation", "year": 1e9999999}', TOO_LARGE),
                             ('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", "JSON 嵌套过深，无法读取"),
                             ('{"type": "project_self_evaluation", "year": ' + "9" * 5000 + "}", TOO_LARGE)):
        path = tmp_path / "r.json"
        path.write_text(content, encoding="utf-8")
        r = CliRunner().invoke(app, ["export-form", str(path), "--xlsx", str(tmp_path / "o.xlsx")])
        assert r.exit_code == 2 and message in r.stderr and len(r.stderr) < 400, r.stderr[:500]
        assert r.exception is None or isinstance(r.exception, SystemExit)


def test_bounded_decimal_limits() -> None:
    assert bounded_decimal("1" * (MAX_EXPONENT + 1)) == int("1" * (MAX_EXPONENT + 1))
    assert bounded_decimal("0." + "1" * (MAX_NUMBER_CHARS - 2))
    assert bounded_decimal(f"1e{MAX_EXPONENT}") and bounded_decimal("0.001")
    for text in ("0." + "1" * MAX_NUMBER_CHARS, "1" * (MAX_EXPONENT + 2), f"1e{MAX_EXPONENT + 1}", f"1e-{MAX_EXPONENT + 1}"):
        with pytest.raises(NumberTooLarge):
            bounded_decimal(text)


def test_valid_json_numbers_still_read(tmp_path: Path) -> None:
    """The bounds keep every real record: the seed's read --json goes back in through export-form."""
    samples = Path(__file__).resolve().parents[2] / "samples"
    data = CliRunner().invoke(app, ["read", str(next(samples.glob("001_*.txt"))), "--json"]).stdout
    (tmp_path / "r.json").write_text(data, encoding="utf-8")
    r = CliRunner().invoke(app, ["export-form", str(tmp_path / "r.json"), "--xlsx", str(tmp_path / "o.xlsx"), "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["indicators"] == 11
