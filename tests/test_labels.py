"""One label table (jixiao.core.labels): no raw code reaches a reader, in Chinese or English (issue 10, item 10)."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.core.labels import KINDS, RULE_NAMES, mode_name, rule_name, tie_rule_name
from jixiao.core.rounding import MODES
from jixiao.rules import RULES

RAW = re.compile(r"\b(three_public|cross_table|tree_sum|text_percent|text_amount|rows_shifted|half_up|truncate|exclude|include)\b")


def test_every_rule_and_mode_has_a_name() -> None:
    assert set(RULES) <= set(RULE_NAMES)
    for m in (*MODES, "none"):
        assert "_" not in mode_name(m, "en") and mode_name(m) != m
    assert rule_name("execution_rate") == "预算执行率" and tie_rule_name("exclude") == "并列者均不占名额"


def test_accounts_names_kinds_not_codes() -> None:
    seed = "samples/003_0eb4043571347fc0.txt"
    kinds = {f["kind"] for f in json.loads(CliRunner().invoke(app, ["accounts", seed, "--json"]).stdout)["findings"]}
    assert {"tree_sum", "cross_table", "text_percent"} <= kinds
    out = CliRunner().invoke(app, ["accounts", seed], env={"COLUMNS": "200"}).output
    assert all(KINDS[k][0] in out for k in kinds), [k for k in kinds if KINDS[k][0] not in out]
    assert not RAW.search(out), RAW.search(out)
    en = CliRunner().invoke(app, ["accounts", seed, "--lang", "en"], env={"COLUMNS": "200"}).output
    assert all(w in en for k in kinds for w in KINDS[k][1].split()) and re.search(r"\b\d+ errors?, \d+ suspect", en)


def test_rounding_convention_is_not_a_recomputed_value() -> None:
    out = CliRunner().invoke(app, ["audit", "samples/001_cf1bceb3fa2c9cc3.txt", "--json"]).output
    assert "truncate/2" not in out and "half_up/2" not in out


def test_assess_tie_rule_in_words() -> None:
    out = CliRunner().invoke(app, ["assess", "shanghai-2024-district-a", "examples/shanghai-2024-district-a.yaml"],
                             env={"COLUMNS": "200"}).output
    assert "并列规则：名额分界处并列者均不占名额（评为良好）" in out and "exclude" not in out


def test_english_counts_and_punctuation() -> None:
    out = CliRunner().invoke(app, ["audit", "samples/001_cf1bceb3fa2c9cc3.txt", "--lang", "en"],
                             env={"COLUMNS": "200"}).output
    assert "Audited 1 file, 23 documents: 0 errors, 12 suspect" in out, out[-600:]
    assert "project self-evaluation: rate truncated" in out


def test_every_kind_in_the_source_has_a_name() -> None:
    """A finding's kind is written as finding("kind", "severity", …): each such kind is in the table."""
    from pathlib import Path

    import jixiao

    root = Path(jixiao.__file__).parent
    kinds = {m.group(1) for p in root.rglob("*.py")
             for m in re.finditer(r'"([a-z_]+)",\s*"(?:error|suspect|info)",', p.read_text(encoding="utf-8"))}
    kinds -= {"file", "error"}  # not kinds: jsonout's docstring {"file", "error", "documents", …}
    assert {"text_growth", "text_name", "execution_rate"} <= kinds
    assert sorted(k for k in kinds if k not in KINDS) == []


def test_every_kind_a_check_makes_has_a_name() -> None:
    """The kinds the checks write (Finding("…"), finding("…"), compare(ctx, "…")) all have a label: a 三公 sum's
    finding once reached the reader as "three_public"."""
    from pathlib import Path

    made = set()
    for p in Path("src/jixiao").rglob("*.py"):
        made |= set(re.findall(r'(?:compare\(ctx, |Finding\(|finding\()"([a-z_]+)"', p.read_text(encoding="utf-8")))
    assert "three_public" in made and made <= set(KINDS), sorted(made - set(KINDS))
