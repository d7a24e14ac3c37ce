"""A table continued over pages with its header row printed again on each (the ``header_repeated`` perturbation):
the repeats are dropped before reading (``normalise_forms._unrepeated``), so a score table generated here, with
invented figures, reads every row's weight and score, as without the repeats, and no error."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from jixiao.audit import audit_paths
from layouts.files import write

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.perturb_tables import header_repeated  # noqa: E402  (the perturbation: one definition)

_LEVELS = [("投入(20分)", ["预算配置(10分)", "目标设定(10分)"]), ("过程(40分)", ["预算执行(20分)", "预算管理(20分)"]),
           ("产出(40分)", ["职责履行(20分)", "履职效益(20分)"])]


_NAMES = "甲乙丙丁戊己庚辛壬癸子丑"


def _table(planted: bool) -> tuple[str, list[tuple[str, Decimal, Decimal]]]:
    rows = ["| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |", "|---|---|---|---|---|"]
    leaves: list[tuple[str, Decimal, Decimal]] = []
    n = 0
    for l1, l2s in _LEVELS:
        for l2 in l2s:
            weight = Decimal(l2[l2.index("(") + 1 : l2.index("分")])
            for part in (weight - 4, Decimal(4)):
                n += 1
                w = part + (1 if planted and n == 7 else 0)
                score = w - (n % 2)
                leaves.append((f"示例{_NAMES[n - 1]}完成率", w, score))
                rows.append(f"| {l1} | {l2} | 示例{_NAMES[n - 1]}完成率 | {w} | {score} |")
    return "\n".join(rows) + "\n", leaves


def test_a_header_repeated_inside_a_score_table(tmp_path: Path) -> None:
    text, leaves = _table(False)
    lines = [x for group in header_repeated(text) for x in group]
    assert lines.count("| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |") == 2
    result = audit_paths([str(write(tmp_path, "\n".join(lines)))])
    (doc,) = result.files[0].documents
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == leaves
    assert [f.kind for f in result.findings if f.severity == "error"] == []


def test_a_row_of_two_labels_again_is_kept() -> None:
    """收入 | 支出 again below the header is a wrapped total's first line (收入 / 总计), not the header repeated."""
    from jixiao.read.normalise_forms import normalise_forms
    from jixiao.read.text import read_text_tables

    text = "| 收入 |  | 支出 |  |\n| 项目 | 预算数 | 项目 | 预算数 |\n| 收入 |  | 支出 |  |\n| 总计 | 12.50 | 总计 | 12.50 |\n"
    (table,) = normalise_forms(read_text_tables(text, "t.txt")).tables
    assert len(table.rows) == 4
    many = "| 指标 | 分值 | 得分 |\n| 甲 | 1 | 1 |\n| 指标 | 分值 | 得分 |\n| 乙 | 2 | 2 |\n"
    (table,) = normalise_forms(read_text_tables(many, "t.txt")).tables
    assert [r[0].text for r in table.rows] == ["指标", "甲", "乙"]
