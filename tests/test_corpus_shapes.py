"""The metamorphic harness (bench/corpus_shapes.py) on a tiny corpus made here: a generated form with a planted
mistake, re-rendered into other shapes, judged by the accuracy script's own code, the mistake's line followed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]
from bench import corpus_accuracy as ca  # noqa: E402
from bench import corpus_shapes as cs  # noqa: E402

from test_corpus_accuracy import make_corpus  # noqa: E402


def _dev(tmp_path: Path) -> tuple[Path, list[dict[str, object]]]:
    root, manifest = make_corpus(tmp_path)
    return root, [e for e in ca.load_manifest(manifest) if e["split"] == "dev"]


def test_tables_reshaped_and_the_mistake_line_followed(tmp_path: Path) -> None:
    root, (entry,) = _dev(tmp_path)
    path = ca.entry_file(root, entry)
    shaped = cs.reshape_tables(path.read_text(encoding="utf-8"), path, cs.TABLE_SHAPES["paragraph"])
    assert shaped is not None
    lines = shaped.text.splitlines()
    assert len(lines) < len(path.read_text(encoding="utf-8").splitlines())  # each table is one line now
    line = cs.moved(entry, shaped.lines)["mistakes"][0]["line"]  # type: ignore[index]
    assert "98.94" in lines[line - 1]


@pytest.mark.parametrize("shape", ["pipes_doubled", "row_lines", "full_width", "traditional"])
def test_a_shape_reads_the_same_figures_and_finds_the_mistake(tmp_path: Path, shape: str) -> None:
    root, entries = _dev(tmp_path)
    (plain,) = ca.run(root, entries)
    (out,) = cs.run_shape(root, entries, shape, tmp_path / "work")
    assert (out.tally.figures, out.tally.figures_right) == (plain.tally.figures, plain.tally.figures_right) == (8, 7)
    assert (out.tally.mistakes_found, out.tally.false_errors) == (1, 0)
    assert shape in cs.table({shape: [out]}) and "7/8 (88%)" in cs.table({shape: [out]})


def test_well_read_keeps_only_documents_read_right(tmp_path: Path) -> None:
    root, entries = _dev(tmp_path)
    assert cs.well_read(root, entries) == []  # 完成时间's weight is read wrong: the form is not read right today
    assert cs.main([str(tmp_path / "nowhere")]) == 0


@pytest.mark.parametrize("source", ["trailing_pipes", "lone_pipes"])
def test_a_tables_pipe_lines_are_no_rows_of_the_new_shape(tmp_path: Path, source: str) -> None:
    """A source table of trailing or lone pipes (its blank cells and row ends lines of a lone |) re-rendered one cell
    a line keeps none of its pipe lines: they were separators of the old shape, not text between tables."""
    from layouts import render
    from layouts.grid import VARIANTS, rows
    from layouts.model import invent

    path = tmp_path / "form.txt"
    text = getattr(render, source)(rows(invent(3), VARIANTS["national"]))
    path.write_text(text, encoding="utf-8")
    shaped = cs.reshape_tables(text, path, render.cell_per_line)
    assert shaped is not None and "|" not in shaped.text
    assert "年度资金总额" in shaped.text.splitlines()
