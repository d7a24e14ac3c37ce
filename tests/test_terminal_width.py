"""One width policy (report/width.py): every table fits the terminal it is in, 说明 wraps between words and
never inside a number, a file name or an English word, and piped output is complete (issue 10, item 8)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from typer.testing import CliRunner

from jixiao.audit import audit_paths
from jixiao.cli import app
from jixiao.report.width import Col, widths, wrap

SEED = "samples/002_ed484e597a242ea2.txt"
CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f"
WORD = re.compile(rf"[^\s{CJK}]+")
MESSAGES = [f.text("zh") for f in audit_paths([SEED]).findings] + [f.text("en") for f in audit_paths([SEED]).findings]


def run(args: list[str], columns: int | None) -> str:
    env = {"COLUMNS": str(columns)} if columns else {}
    r = CliRunner().invoke(app, args, env=env)
    assert r.exit_code == 0, r.output
    return r.output


def words(text: str) -> list[str]:
    return [w.strip("，。；：、（）“”") for w in WORD.findall(text) if len(w) > 1]


@pytest.mark.parametrize("columns", [60, 80, 100, 200])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_audit_fits_and_no_word_is_cut(columns: int, lang: str) -> None:
    out = run(["audit", SEED, "--lang", lang], columns)
    lines = out.splitlines()
    assert max(cell_len(line) for line in lines) <= columns
    # Every word of every 说明 (a number, 8,787.76÷9,336.77×100%=94.12%, a file name, an English word) is
    # whole on one line; rows of the table are split at │ so that a word is looked for inside one cell.
    cells = [c.strip() for line in lines for c in line.split("│")]
    for msg in (f.text(lang) for f in audit_paths([SEED]).findings):
        for w in words(msg):
            assert any(w in c for c in cells), (columns, w)


def test_wide_terminal_is_a_table_narrow_one_is_blocks() -> None:
    assert "┃ 说明" in run(["audit", SEED], 200)
    narrow = run(["audit", SEED], 60)
    assert "┃ 说明" not in narrow and "错误 · 执行率错行 · 002_ed484e597a242ea2.txt:37" in narrow


def test_piped_output_is_not_truncated() -> None:
    out = run(["audit", SEED], None)  # not a terminal, no COLUMNS: rich's 80 columns, wrapped not cut
    assert max(cell_len(line) for line in out.splitlines()) <= 80
    assert "8,787.76÷9,336.77×100%=94.12%" in out


@pytest.mark.parametrize("columns", [60, 80, 100, 200])
def test_other_commands_fit(columns: int) -> None:
    for args in (["score", "nanjing-2024-dept", "examples/nanjing-2024-dept.yaml", "--explain"],
                 ["assess", "shanghai-2024-district-a", "examples/shanghai-2024-district-a.yaml", "--explain"],
                 ["frameworks"], ["read", SEED], ["accounts", "samples/003_0eb4043571347fc0.txt"]):
        out = run(args, columns)
        assert max(cell_len(line) for line in out.splitlines()) <= columns, args


def test_assess_does_not_force_140_columns() -> None:
    out = run(["assess", "shanghai-2024-district-a", "examples/shanghai-2024-district-a.yaml"], 80)
    assert max(cell_len(line) for line in out.splitlines()) <= 80


def test_score_shows_weights_and_scores_alike() -> None:
    out = run(["score", "nanjing-2024-dept", "examples/nanjing-2024-dept.yaml"], 100)
    assert re.search(r"│ A +│ 决策 +│ 12\.00 │ 11\.50 │", out), out[:800]


@given(st.text(alphabet=st.sampled_from(list("预算执行率，。（）abc d12.5%×÷ ") + ["\n"]), max_size=80),
       st.integers(min_value=4, max_value=40))
def test_wrap_keeps_every_character_and_the_width(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert all(cell_len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_wrap_breaks_between_words_not_inside() -> None:
    assert wrap("the rate 22.2% is truncated to two decimals", 12) == ["the rate", "22.2% is", "truncated to",
                                                                       "two decimals"]
    lines = wrap("执行率应为8,787.76÷9,336.77=94.12%，表中为96.26%。", 20)
    assert "8,787.76÷9,336.77=94.12%，" not in lines[0] and any("96.26%。" in x for x in lines)
    assert not any(x.startswith(("，", "。")) for x in lines)


def test_columns_drop_before_they_cut() -> None:
    cols = [Col("a", min=10, flex=1), Col("b", min=10, drop=1), Col("c", min=10)]
    assert widths(cols, [["x" * 30, "y" * 10, "z" * 10]], 40) == [10, 10, 10]  # 30 + 4 borders + 6 padding
    assert widths(cols, [["x" * 30, "y" * 10, "z" * 10]], 35) == [18, None, 10]
