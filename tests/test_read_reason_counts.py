"""A 偏差原因 that states counts in words (受疫情影响3个项目延后2个月完成) is the row's reason, never a row of its own: its
3 and 2 are counts (the measure word 个 follows them), and no weight or score is ever followed by 个. Read in every layout
the national form's weight-first variant is published in, the indicators are the form's, no phantom row between them."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.grid import VARIANTS, rows
from layouts.model import invent
from layouts.render import RENDERERS, cell_per_line, tabs

LAYOUTS = {**RENDERERS, "cell_per_line": cell_per_line, "tabs": tabs}
REASON = "受疫情影响3个项目延后2个月完成"


def _with_reasons(table: list[list[str]]) -> list[list[str]]:
    head = next(k for k, r in enumerate(table) if "三级指标" in r)
    col = table[head].index("偏差原因分析及改进措施")
    for r in table[head + 1:]:
        if r[0] != "总分" and len(r) > col:
            r[col] = REASON
    return table


@pytest.mark.parametrize("variant", ["weight_first", "national"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_reason_counting_in_words_is_no_row(tmp_path: Path, layout: str, variant: str) -> None:
    p = invent(0)
    text = LAYOUTS[layout](_with_reasons(rows(p, VARIANTS[variant])))
    doc = one(tmp_path, text)
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(i.weight, i.score) for i in p.indicators]
    assert doc.total_score.dec == p.total
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []
