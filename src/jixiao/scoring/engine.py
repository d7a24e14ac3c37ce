"""评分 — score a data file against a framework: every leaf by its rule, the total, the grade.

Three shapes of data (docs/frameworks.md, "Data files"):

- tree frameworks (dept, assessment): ``inputs`` by leaf code;
- project forms: ``funds`` (→ the execution-rate score) and the form's ``indicators``, each scored by the
  rule the framework's ``indicator_rules`` gives for the kind of its parsed target (positive, reverse,
  range, qualitative);
- policy forms: the same indicators under first-level weights (产出 35 / 效益 45 / 满意度 20), the
  evaluator's 自评分 checked against them.

A problem in the data (a missing input, a score outside its band) is a located ``LoadProblem``, never a
crash; a leaf that cannot be scored has no score, and then neither has the total: nothing is invented.
``total = Σ leaves``, rounded as ``rounding.total`` says.

This module holds the entry points (a data file or mapping of any kind); the work is done in
``scoring.tree`` (tree frameworks), ``scoring.form`` and ``scoring.fastform`` (forms), on what
``scoring.scorer`` (one leaf by its rule, located problems) and ``scoring.result`` (the result) share.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jixiao.core.source import Source
from jixiao.frameworks.model import Framework, LoadProblem
from jixiao.frameworks.yamlio import line_of, load_yaml
from jixiao.scoring.compiled import target_kind
from jixiao.scoring.form import score_form, score_form_item
from jixiao.scoring.result import EXECUTION_CODE, ScoredIndicator, ScoreResult
from jixiao.scoring.tree import score_tree

__all__ = [
    "EXECUTION_CODE",
    "ScoreResult",
    "ScoredIndicator",
    "framework_warnings",
    "load_data",
    "score_data",
    "score_file",
    "score_form",
    "score_form_item",
    "score_tree",
    "target_kind",
]


def score_data(fw: Framework, data: Mapping[str, Any], *, file: str = "<data>") -> ScoreResult:
    """Score a data mapping against a framework of any kind."""
    if fw.kind in ("project", "policy"):
        return score_form(fw, data, file=file)
    inputs = data.get("inputs")
    return score_tree(fw, inputs if isinstance(inputs, Mapping) else None, file=file, data=data)


def load_data(path: str | Path) -> tuple[Mapping[str, Any] | None, list[LoadProblem]]:
    """Read a YAML or JSON data file, keeping lines for located problems."""
    doc, where, message, message_en = load_yaml(path)
    if where is not None:
        return None, [LoadProblem(where, message, message_en)]
    if not isinstance(doc, Mapping):
        return None, [LoadProblem(Source(str(path), line=1), "数据文件应为一个映射", "a data file must be a mapping")]
    return doc, []


def score_file(fw: Framework, path: str | Path) -> tuple[ScoreResult | None, list[LoadProblem]]:
    """Read and score a data file: ``(result, problems)``; result None when the file is unreadable."""
    data, problems = load_data(path)
    if data is None:
        return None, problems
    result = score_data(fw, data, file=str(path))
    return result, list(result.problems)


def framework_warnings(fw: Framework, path: str | Path) -> list[LoadProblem]:
    """What to warn of before scoring ``path`` with ``fw``: the data file declares another framework."""
    data, _ = load_data(path)
    declared = data.get("framework") if data is not None else None
    if declared is None or str(declared) == fw.id:
        return []
    return [LoadProblem(Source(str(path), line=line_of(data, "framework")),
                        f"数据文件声明的框架是 {declared}，此处按 {fw.id} 评分",
                        f"the data file declares the framework {declared}; it is scored with {fw.id}")]
