"""The perturbation harness (bench/corpus_perturb.py): each perturbation keeps every figure's meaning, and a
generated form read through each of them reads the same figures and finds the same planted mistake."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]
from bench import corpus_accuracy as ca  # noqa: E402
from bench import corpus_perturb as cp  # noqa: E402

from jixiao.core.numbers import parse_decimal  # noqa: E402
from jixiao.read.normalise_forms import fold_width  # noqa: E402
from test_corpus_accuracy import make_corpus  # noqa: E402


def test_full_width_digits_and_signs_read_as_the_same_number() -> None:
    assert cp.full_width("12.5%") == "１２．５％"
    assert cp.full_width("合计:1,234.56") == "合计：１，２３４．５６"
    assert parse_decimal(fold_width(cp.full_width("12.5%"))) == Decimal("12.5")


def test_brackets_both_ways() -> None:
    assert cp.brackets_full("产出指标(50分)") == "产出指标（50分）"
    assert cp.brackets_half("产出指标（50分）") == "产出指标(50分)"


def test_thousands_only_amounts_with_a_decimal_part() -> None:
    assert cp.thousands("预算 1234.56 执行 123456.7 比率 1234.5% 年度 2021 编码 2010301") == (
        "预算 1,234.56 执行 123,456.7 比率 1234.5% 年度 2021 编码 2010301")
    assert cp.thousands("2021.05 至 2021.12.31, 999.99") == "2021.05 至 2021.12.31, 999.99"


def test_label_spaces_only_short_words_standing_alone() -> None:
    assert cp.label_spaces("| 项目名称 | 合计 | 100.00 |") == "| 项 目 名 称 | 合 计 | 100.00 |"
    assert cp.label_spaces("项目资金预算执行情况说明") == "项目资金预算执行情况说明"


def test_pipes_as_tabs_and_spaces() -> None:
    text = "| 项目 | 分值 |\n|---|---|\n| 完成率 | 10 |\n说明"
    assert cp.tabs_for_pipes(text) == "项目\t分值\n\n完成率\t10\n说明"
    assert cp.spaces_for_pipes(text).splitlines()[2] == "完成率   10"


def test_line_perturbations_say_where_each_line_went() -> None:
    text = "\n".join(f"第{k}行" for k in range(1, 6))
    shaped = cp.perturb(text, "page_footer")
    assert shaped.text.count("第 1 页 共 1 页") == 0  # five lines: no page ends before the text does
    shaped = cp.perturb("\n".join(["行"] * 80), "page_footer")
    lines = shaped.text.split("\n")
    assert lines[41] == "第 1 页 共 2 页" and shaped.lines[41] == 44
    # (a line that became nothing went into the line before it)
    assert cp.perturb("一\n\n二", "blank_removed").lines == {1: 1, 2: 1, 3: 2}


def test_cells_one_per_line_and_runs_together() -> None:
    text = "标题\n| 项目名称 | | 示范区建设 |\n|---|---|---|\n| 预算 | 100 | |\n" + "说" * 41
    shaped = cp.perturb(text, "cells_per_line")
    assert shaped.text.split("\n") == ["标题", "项目名称", "示范区建设", "预算", "100", "说" * 41]
    assert shaped.lines == {1: 1, 2: 2, 3: 3, 4: 4, 5: 6}
    shaped = cp.perturb("项目名称\n示范区建设\n\n预算\n100\n" + "说" * 41 + "\n合计", "run_together")
    assert shaped.text.split("\n") == ["项目名称 示范区建设", "", "预算 100", "说" * 41, "合计"]
    assert shaped.lines == {1: 1, 2: 1, 3: 2, 4: 3, 5: 3, 6: 4, 7: 5}


def test_perturbations_joined_apply_in_turn_and_lines_follow_through_both() -> None:
    text = "标题\n| 项目名称 | | 示范区建设 |\n|---|---|---|\n| 预算 | 100 | |\n" + "说" * 41
    shaped = cp.perturb(text, "cells_per_line+run_together")
    assert shaped.text.split("\n") == ["标题 项目名称 示范区建设 预算 100", "说" * 41]
    assert shaped.lines == {1: 1, 2: 1, 3: 1, 4: 1, 5: 2}
    assert cp.perturb("項目績效", "full_width+traditional").text == cp.traditional("項目績效")
    assert cp.perturb("一\n\n二", "crlf+blank_removed").lines == {1: 1, 2: 1, 3: 2}
    with pytest.raises(SystemExit):
        cp.main(["--only", "traditional+nonsense"])


def test_prose_rewrapped_and_table_rows_kept() -> None:
    prose = "本项目年初预算数为1234.56万元，全年执行数为1200.00万元，执行率为97.20%，主要用于设备购置和人员培训。"
    row = "| 完成率 | ≥95% | 97% | 10 | 10 |"
    shaped = cp.perturb(f"{prose}\n{row}", "rewrapped")
    lines = shaped.text.split("\n")
    assert "".join(lines[:-1]) == prose and len(lines) > 2 and lines[-1] == row
    assert all(not (a[-1:].isdigit() and b[:1].isdigit()) for a, b in zip(lines, lines[1:-1], strict=False))
    assert shaped.lines == {1: 1, 2: len(lines)}
    two = cp.perturb(f"{prose}\n{prose}", "rewrapped").text.split("\n")
    assert two[len(lines) - 1] == lines[0]  # the second paragraph starts a line of its own


def test_table_and_page_perturbations() -> None:
    table = "| 指标 | 分值 | 得分 |\n|---|---|---|\n" + "\n".join(f"| 指标{k} | {k} |  |" for k in range(1, 14))
    lines = cp.perturb(table, "header_repeated").text.split("\n")
    assert lines.count("| 指标 | 分值 | 得分 |") == 2 and lines.count("|---|---|---|") == 2  # after the 12th row
    assert cp.empty_dash("| 上年结转 |  | 10 |  |") == "| 上年结转 | — | 10 |  |"  # padding after the text stays
    assert cp.empty_dash("| ||") == "| ||"  # a row of nothing: a merged cell's continuation
    assert cp.empty_slash("| 上年结转 |  | 5 |") == "| 上年结转 | / | 5 |"
    assert cp.percent_space("执行率86.10%，≥95%") == "执行率86.10 %，≥95 %"
    assert cp.perturb("| 完成年度工作任务的情况良好 | 10 | 9 |", "cell_wrapped").text == (
        "| 完成年度工作\n任务的情况良好 | 10 | 9 |")
    text = "示例局2023年部门决算\n" + "\n".join(["行"] * 79)
    shaped = cp.perturb(text, "page_header")
    assert shaped.text.split("\n").count("示例局2023年部门决算") == 3 and shaped.lines[41] == 44


# after_project puts another unit's project form before the document: a perturbation for accounts, whose own
# project form it is not (the entry's form would be the second of two)
@pytest.mark.parametrize("kind", sorted(set(cp.PERTURBATIONS) - {"after_project"}))
def test_a_generated_form_reads_the_same_figures_through_each_perturbation(tmp_path: Path, kind: str) -> None:
    root, manifest = make_corpus(tmp_path)
    entries = [e for e in ca.load_manifest(manifest) if e["split"] == "dev"]
    base = {str(o.entry["id"]): o for o in ca.run(root, entries)}
    (out,) = cp.run_kind(root, entries, base, kind, tmp_path / "work")
    assert (out.tally.recognised, out.tally.figures, out.tally.figures_right) == (1, 8, 7)
    assert (out.tally.mistakes_found, out.tally.false_errors) == (1, 0)
    assert "TOTAL" in cp.table(base, {kind: [out]})
