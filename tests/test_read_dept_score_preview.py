"""A department score table as a document-sharing site previews it: run together, cut at a fixed width into numbered
chunks (1、… 2、… 3、…) whose cuts fall inside labels and numbers (generator ``tests/layouts/scorepreview``). The chunks
are one text: every row's weight and score, and the total, are read as from the uncut text; a planted mistake is
found, nothing false is flagged. A numbered list of paragraphs (items ending in their stops) stays as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.source import Source
from jixiao.read.unchunk import unchunked
from layouts.files import one, write
from layouts.scorepreview import preview_rows, previewed
from layouts.scores import INPUT_LEVELS, invent_scores
from test_read_dept_score_run import read_whole


@pytest.mark.parametrize("seed", [3, 8, 11])
@pytest.mark.parametrize("evidence", [True, False])
@pytest.mark.parametrize("width", [250, 300, 360])
def test_a_previews_chunks_are_read_as_one_table(tmp_path: Path, seed: int, evidence: bool, width: int) -> None:
    t = invent_scores(seed, levels=INPUT_LEVELS)
    text = previewed(preview_rows(t, evidence), width)
    read_whole(tmp_path, text, t)


@pytest.mark.parametrize("seed", [3, 8])
def test_a_wrong_total_in_a_previews_chunks_is_found(tmp_path: Path, seed: int) -> None:
    t = invent_scores(seed, "total", levels=INPUT_LEVELS)
    path = write(tmp_path, previewed(preview_rows(t)))
    assert "total_sum" in {f.kind for f in audit_paths([str(path)]).findings if f.severity == "error"}


def test_a_numbered_list_of_paragraphs_is_no_preview() -> None:
    """Items that end with their stops, or short ones, are a list: never joined."""
    src = Source(file="a.txt", line=1)
    para = "本部门严格执行预算管理制度，" * 12
    listed = [(f"{k}、{para}完成了年度任务。", src) for k in (1, 2, 3)]
    assert unchunked(listed) == listed
    short = [("1、加强预算管理", src), ("2、提高资金使用效益", src)]
    assert unchunked(short) == short


def test_a_figure_a_previews_cut_split_is_read_whole(tmp_path: Path) -> None:
    """A department's report previewed in chunks whose cut falls inside its spending (本年支出合计12 / 2、34.56万元):
    the chunks joined, the figure is read whole (it was read as 12, or not at all)."""
    from layouts.deptreport import WORDINGS, invent_report, report_lines

    annual = [k for k, w in enumerate(WORDINGS) if "年初预算" not in w]
    r = invent_report(6, annual[0])
    lines = report_lines(r)[1:]
    lines[3] = "负责全区有关行业的规划、管理、监督和服务工作，承担上级交办的其他事项，" * 3  # (a longer first chunk)
    text = "".join(lines)
    cut = text.index(str(r.executed)) + 2  # inside the spending's digits
    banner = "《部门整体支出绩效自评报告.docx》由会员分享,可在线阅读。"
    chunks = [text[:cut], text[cut:]]
    assert len(chunks[0]) >= 150 and chunks[0][-1] not in "。；;"
    doc = one(tmp_path, banner + "\n" + "\n".join(f"{k}、{c}" for k, c in enumerate(chunks, 1)) + "\n",
              "project_self_evaluation")
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec) == (r.budget, r.executed)
