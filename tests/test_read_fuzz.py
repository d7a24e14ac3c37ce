"""Fuzzing the text reader and every recogniser: any input gives records or located problems, never an
unhandled exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.read import read_path
from jixiao.read.documents import recognise_documents
from jixiao.read.text import read_text_tables

SEEDS = [p for n in ("001", "004") for p in (Path(__file__).resolve().parents[1] / "samples").glob(f"{n}_*.txt")]
SEED_LINES = [line for p in SEEDS for line in p.read_text(encoding="utf-8").splitlines()] or [
    "项目名称\t\t测试\t", "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分数\t执行率(%)\t得分",
    "\t年度资金总额\t1\t1\t1\t10\t100\t10", "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
    "产出指标\t数量指标\t场次\t≥1\t1\t90\t90", "总分\t\t\t\t\t100\t100", "| 政策名称 | x |", "| 一级指标 | 一级权重 |",
]
LABELS = ["项目名称", "主管部门", "实施单位", "项目资金 (元)", "年度资金总额", "其中：当年财政拨款", "上年结转资金",
          "其他资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "一级指标", "二级指标",
          "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施", "产出指标", "数量指标", "效益指标",
          "满意度指标", "总分", "评分等级", "政策名称", "一级权重", "自评分", "分类", "整体支出规模", "绩效指标"]
CELL = st.one_of(
    st.sampled_from(LABELS),
    st.sampled_from(["", "", "-", "—", "100", "2,270.00", "81.84%", "94.47999999999999", "》99", "≥60.00(家)",
                     "优", "(2023年度)", "<p>x</p>", "|", "1e5", "NaN", "１２３"]),
    st.text(max_size=8),
)
ROW = st.lists(CELL, min_size=1, max_size=12)


def _check(text: str) -> None:
    fr = read_text_tables(text, "fuzz.txt")
    docs = recognise_documents(fr)
    assert not any("识别器" in p.message for p in fr.problems), fr.problems  # no recogniser crashed
    for d in docs:
        for p in d.problems:
            assert p.source is not None and p.source.file == "fuzz.txt"
        d.to_json()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(ROW, st.sampled_from(["tab", "pipe", "sep", "blank", "body"])), max_size=40))
def test_random_tables(rows: list[tuple[list[str], str]]) -> None:
    lines = []
    for cells, kind in rows:
        if kind == "tab":
            lines.append("\t".join(cells))
        elif kind == "pipe":
            lines.append("| " + " | ".join(cells) + " |")
        elif kind == "sep":
            lines.append("|" + "---|" * len(cells))
        elif kind == "blank":
            lines.append("")
        else:
            lines.append("".join(cells))
    _check("\n".join(lines))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SEED_LINES), max_size=80), st.randoms(use_true_random=False))
def test_seed_lines_shuffled_and_cut(lines: list[str], rnd) -> None:  # type: ignore[no-untyped-def]
    cut = []
    for line in lines:
        cells = line.split("\t")
        if len(cells) > 2 and rnd.random() < 0.3:
            del cells[rnd.randrange(len(cells))]  # a lost cell shifts the row left
        if rnd.random() < 0.1:
            cells.insert(rnd.randrange(len(cells) + 1), "")  # a padding cell
        cut.append("\t".join(cells))
    _check("\n".join(cut))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".md", ".csv", ".xlsx", ".xls", ".docx", ".pdf"]))
def test_any_bytes_in_any_file(tmp_path: Path, data: bytes, suffix: str) -> None:
    f = tmp_path / f"x{suffix}"
    f.write_bytes(data)
    result = read_path(f)  # never raises
    for p in result.unreadable:
        assert p.source is not None and p.source.file == str(f)
    for d in result.documents:
        d.to_json()
