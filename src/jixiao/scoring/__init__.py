"""评分 — scoring data against a framework: exact, explained, located problems instead of crashes."""

from jixiao.scoring.engine import (
    EXECUTION_CODE,
    ScoredIndicator,
    ScoreResult,
    load_data,
    score_data,
    score_file,
    score_form,
    score_tree,
    target_kind,
)

__all__ = [
    "EXECUTION_CODE",
    "ScoreResult",
    "ScoredIndicator",
    "load_data",
    "score_data",
    "score_file",
    "score_form",
    "score_tree",
    "target_kind",
]
