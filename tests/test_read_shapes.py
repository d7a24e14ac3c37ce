"""The same generated forms in the other shapes published text takes (the shapes ``bench/corpus_shapes.py`` finds
losses in on the real corpus) read the same figures as their plain version, and a planted mistake is still
found in them: full-width digits and signs, doubled pipe separators, a table whose columns no reader finds (read
as lines of text), OCR letters among digits, spaces PDF text puts inside labels (generators in ``tests/layouts``)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.accounts.checks import check_accounts
from jixiao.audit import audit_paths
from jixiao.core.records import Document
from jixiao.read.despace import despace
from jixiao.read.normalise_forms import fold_width, mend_slips
from layouts import degrade, render
from layouts.files import one
from layouts.flat_accounts import cells, flat
from layouts.grid import VARIANTS
from layouts.grid import rows as grid_rows
from layouts.model import invent as invent_project
from layouts.sangong import ITEMS, invent, notes, rows


def _stated(doc: Document) -> dict[str, object]:
    return {(t.kind, r.name, c): r.get(c).dec for t in doc.extra["accounts"].tables for r in t.rows for c in t.columns}


def _errors(doc: Document) -> set[tuple[str, str | None]]:
    return {(f.kind, f.row) for f in check_accounts(doc) if f.severity == "error"}


def test_fold_width_keeps_length_and_chinese_punctuation() -> None:
    assert fold_width("２０２１年 ９５．５％，＞＝９０ （一） ＡＢｃ") == "2021年 95.5%，>=90 （一） ABc"
    assert fold_width("plain") == "plain"


@pytest.mark.parametrize("layout", [flat, cells])
def test_full_width_final_accounts_read_as_plain(tmp_path: Path, layout: object) -> None:
    text, _ = layout(4)  # type: ignore[operator]
    plain = one(tmp_path, text, "final_accounts")
    wide = one(tmp_path, degrade.full_width_signs(text), "final_accounts")
    assert _stated(wide) == _stated(plain) and any(v is not None for v in _stated(plain).values())
    assert _errors(wide) == _errors(plain) == set()


def test_full_width_final_accounts_mistake_still_found(tmp_path: Path) -> None:
    text, _ = cells(2, plant=True)
    doc = one(tmp_path, degrade.full_width_signs(text), "final_accounts")
    assert _errors(doc) == {("balance", "收入总计")}


@pytest.mark.parametrize("variant", ["anhui", "no_initial", "weight_first", "national"])
@pytest.mark.parametrize("shape", [render.pipes_rebroken, render.pipes_unled])
def test_pdf_spaces_inside_cells_keep_the_indicator_names(tmp_path: Path, variant: str, shape: Callable[[list[list[str]]], str]) -> None:
    """Cells between pipes whose rows were broken anywhere (read as a stream of cells), or rows with no opening
    pipe (read as lines of text), whose Chinese text PDF extraction broke with spaces (完成培训 人次): a space
    inside a cell is a wrap, never a cell boundary, so each indicator keeps its whole name with its weight and
    score, and the total planted wrong is still found."""
    text = shape(grid_rows(invent_project(7, mistake="total"), VARIANTS[variant]))
    read = []
    for name, t in (("clean.txt", text), ("spaced.txt", degrade.pdf_spaces(text))):
        (tmp_path / name).write_text(t, encoding="utf-8")
        fa = audit_paths([str(tmp_path / name)]).files[0]
        rows = [(r.level3.value, r.weight.dec, r.score.dec) for d in fa.documents for r in d.indicators]
        read.append((rows, {f.kind for f in fa.findings if f.severity == "error"}))
    (clean, clean_errors), (spaced, spaced_errors) = read
    assert "完成培训 人次" in degrade.pdf_spaces(text)
    assert spaced == clean and len(clean) == 7 and ("完成培训人次", Decimal("11.00"), Decimal("11.00")) in clean
    assert spaced_errors == clean_errors == {"total_sum"}


def _sangong(s: object, shape: object) -> str:
    title = ["东湖县2021年“三公”经费预算", "一、2021年“三公”经费支出预算表", "单位:万元"]
    return "\n".join([*title, shape(rows(s)).rstrip("\n"), *notes(s)]) + "\n"  # type: ignore[operator, arg-type]


@pytest.mark.parametrize("model", ["single", "yoy", "by_source"])
def test_doubled_pipes_read_as_plain_pipes(tmp_path: Path, model: str) -> None:
    s = invent(3, model)
    plain = one(tmp_path, _sangong(s, render.pipes), "sangong")
    doubled = one(tmp_path, _sangong(s, render.pipes_doubled), "sangong")
    assert _stated(doubled) == _stated(plain)
    assert {r.item for t in doubled.extra["accounts"].tables for r in t.rows} == set(ITEMS)
    assert _errors(doubled) == _errors(plain) == set()


@pytest.mark.parametrize("shape", [render.pipes_doubled, render.tabs])
def test_doubled_pipes_mistake_still_found(tmp_path: Path, shape: object) -> None:
    s = invent(11, "single", ("total",))
    assert _errors(one(tmp_path, _sangong(s, shape), "sangong")) == {("three_public", "合计")}


def _words_table(text: str, shape: object) -> str:
    """Each line of two words or more as a table row of its words, in ``shape`` (tab or pipe rows)."""
    return "".join(shape([line.split()]) if len(line.split()) > 1 else line + "\n"  # type: ignore[operator]
                   for line in text.splitlines())


@pytest.mark.parametrize("shape", [render.tabs, render.pipes, render.pipes_doubled])
def test_a_table_no_column_model_reads_is_read_as_lines(tmp_path: Path, shape: object) -> None:
    """A 收入支出决算总表 flattened to one line of words given as one tab or pipe row: no table reader finds
    its columns, so it is read as lines of text, with the same figures as the plain text, and says so."""
    text, f = flat(5, carried=True)
    plain = one(tmp_path, text, "final_accounts")
    table = one(tmp_path, _words_table(text, shape), "final_accounts")
    assert _stated(table) == _stated(plain) and _stated(plain)[("notes", "收入总计", "决算数")] == f["收入总计"]
    assert any("已按文本行" in p.message for p in table.problems)
    assert _errors(table) == set()


@pytest.mark.parametrize("shape", [render.tabs, render.pipes])
def test_a_table_read_as_lines_still_finds_its_mistake(tmp_path: Path, shape: object) -> None:
    text, _ = flat(5, carried=True, plant=True)
    assert _errors(one(tmp_path, _words_table(text, shape), "final_accounts")) == {("balance", "收入总计")}


def test_ocr_letters_among_digits_are_read_as_digits() -> None:
    assert mend_slips("20IO0%100%20 ≥9O% 2O21年 IO个") == "20100%100%20 ≥90% 2021年 IO个"
    assert mend_slips("ISO9001 Logo COVID-19 No.1 IOT =1+2l") == "ISO9001 Logo COVID-19 No.1 IOT =1+2l"


def test_a_clean_file_is_read_as_printed(tmp_path: Path) -> None:
    """A name holding a digit beside an l, in a file that holds no other such run, is read as printed."""
    p = invent_project(7)
    name = p.name + "=1+2l"
    doc = one(tmp_path, render.row_lines(grid_rows(p, VARIANTS["national"])).replace(p.name, name))
    assert doc.header["项目名称"].text == name


def test_ocr_slips_in_targets_keep_the_figures_and_the_mistake(tmp_path: Path) -> None:
    """A project form whose targets went through OCR (IO for 10, O for 0 after a digit) reads as the clean one,
    and the total planted wrong is still found."""
    p = invent_project(7, mistake="total")
    clean = render.row_lines(grid_rows(p, VARIANTS["national"]))
    slipped = "".join(degrade.ocr_digits(line) + "\n" if "%" in line else line + "\n" for line in clean.splitlines())
    assert slipped != clean
    a, b = one(tmp_path, clean), one(tmp_path, slipped)
    assert [(i.level3.value, i.weight.dec, i.score.dec, i.target.value) for i in b.indicators] == [
        (i.level3.value, i.weight.dec, i.score.dec, i.target.value) for i in a.indicators]
    errors = {f.kind for f in audit_paths([str(tmp_path / "form.txt")]).findings if f.severity == "error"}
    assert errors == {"total_sum"}


def test_spaces_inside_known_labels_are_taken_out_and_no_other() -> None:
    assert despace("年初预算 数 全年执行 数 得分") == "年初预算数 全年执行数 得分"
    assert despace("年初预算数 全年预算数") == "年初预算数 全年预算数"  # two labels side by side stay two
    assert despace("一级指 标 合　计 项 目 名 称 分 值 得 分") == "一级指标 合计 项目名称 分值 得分"
    assert despace("符合 计划 出 总 计 演出设备 更新") == "符合 计划 出 总 计 演出设备 更新"  # no label spans these


def _audited(tmp_path: Path, name: str, text: str) -> tuple[list[tuple[object, ...]], set[str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    fa = audit_paths([str(path)]).files[0]
    # an indicator's name is no label: a space inside it (项目总成 本) may cut it, so its figures are compared
    read = [(r.level1.value, r.weight.dec, r.score.dec) for d in fa.documents for r in d.indicators]
    read += [(k, r.annual_budget.dec, r.executed.dec, r.score.dec) for d in fa.documents for k, r in d.funds.items()]
    return read, {f.kind for f in fa.findings if f.severity == "error"}


@pytest.mark.parametrize("variant", ["anhui", "no_initial", "weight_first"])
@pytest.mark.parametrize("layout", ["row_lines", "cell_lines", "flattened"])
def test_pdf_spaces_inside_labels_read_as_the_clean_form(tmp_path: Path, variant: str, layout: str) -> None:
    """A project form whose every run of Chinese text PDF extraction broke with spaces (年初预 算数) reads the
    figures of the clean form (each indicator row's first level, weight and score; the funds rows), and the total planted wrong is the one error found (no false score_bounds)."""
    text = render.RENDERERS[layout](grid_rows(invent_project(7, mistake="total"), VARIANTS[variant]))
    clean, clean_errors = _audited(tmp_path, "clean.txt", text)
    spaced, spaced_errors = _audited(tmp_path, "spaced.txt", degrade.pdf_spaces(text))
    assert spaced == clean and len(clean) > 5
    assert spaced_errors == clean_errors == {"total_sum"}


def _indicators(tmp_path: Path, text: str) -> tuple[list[tuple[object, ...]], set[str]]:
    (tmp_path / "form.txt").write_text(text, encoding="utf-8")
    fa = audit_paths([str(tmp_path / "form.txt")]).files[0]
    read = [(r.level3.value, r.target.value, r.weight.dec, r.score.dec) for d in fa.documents for r in d.indicators]
    return read, {f.kind for f in fa.findings if f.severity == "error"}


def _two_row_header(rows: list[list[str]]) -> list[list[str]]:
    """The 2021 national form's indicator header over two rows: 年度指标值 above 指标性质 | 指标值 | 度量单位."""
    k = next(i for i, r in enumerate(rows) if r[:2] == ["绩效指标", "一级指标"])
    return [*rows[:k], ["绩效指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"], *rows[k + 1 :]]


@pytest.mark.parametrize("shape", ["run_together", "wrapped_cells", "wrapped_rows"])
def test_two_row_header_read_when_its_reason_label_is_split(tmp_path: Path, shape: str) -> None:
    """The upper header row's 偏差原因分析及改进措施 split at the label 偏差原因 (cells run together or wrapped)
    still ends a header row above the level labels: its 分值 and 得分 columns are read, so all 7 rows are, with
    the planted total_sum."""
    rows = _two_row_header(grid_rows(invent_project(7, mistake="total"), VARIANTS["nature"]))
    read, errors = _indicators(tmp_path, getattr(render, shape)(rows))
    assert len(read) == 7 and all(w is not None and s is not None for *_, w, s in read)
    assert ("完成培训人次", "≥87人次", Decimal("11.00"), Decimal("11.00")) in read
    assert errors == {"total_sum"}



@pytest.mark.parametrize("variant", ["national", "nature"])
def test_run_together_rows_split_before_the_signs_fonts_print(tmp_path: Path, variant: str) -> None:
    """≧ and ≦ (as some fonts print ≥ and ≤) open a target in rows whose cells ran together, as ≥ does: the name
    ends before the sign, no row is lost and the planted total_sum is found."""
    text = render.run_together(grid_rows(invent_project(7, mistake="total"), VARIANTS[variant]))
    read, errors = _indicators(tmp_path, text.replace("≥", "≧").replace("≤", "≦"))
    assert len(read) == 7 and not any(str(name).endswith(("≧", "≦")) for name, *_ in read)
    assert ("完成培训人次", "≧87人次", Decimal("11.00"), Decimal("11.00")) in read
    assert errors == {"total_sum"}



@pytest.mark.parametrize("variant", ["national", "anhui", "no_initial"])
@pytest.mark.parametrize("layout", ["row_lines", "flattened", "cell_lines"])
def test_pdf_spaces_inside_a_name_before_its_figures(tmp_path: Path, variant: str, layout: str) -> None:
    """A flattened row whose name PDF extraction broke with spaces (完成培训 人次 ≥87人次 104人次 11.00 11.00): the
    words before the first figure are the name when the figures then fill the target and actual columns exactly,
    so the name is read whole with its weight and score; the planted total_sum is still found."""
    text = render.RENDERERS[layout](grid_rows(invent_project(7, mistake="total"), VARIANTS[variant]))
    spaced = degrade.pdf_spaces(text)
    assert "完成培训 人次" in spaced and "项目总成 本" in spaced
    read, errors = _indicators(tmp_path, spaced)
    assert ("完成培训人次", "≥87人次", Decimal("11.00"), Decimal("11.00")) in read
    assert ("项目总成本", "≤3405.63万元", Decimal("11.00"), Decimal("11.00")) in read
    assert errors == {"total_sum"}


@pytest.mark.parametrize("variant", ["national", "sichuan", "anhui", "no_initial", "department"])
def test_cells_wrapped_after_a_rows_figures_go_back_to_their_cells(tmp_path: Path, variant: str) -> None:
    """A PDF's table whose cells wrap, one line a row and a line of the cells' ends after it (项目总成本 ≤3405.63
    2646.17万 11.00 11.00 / 万元 元): the ends go back to the cells they complete, so the row keeps its weight
    and score, its target and actual are whole, and the planted total_sum is found."""
    text = render.wrapped_rows(grid_rows(invent_project(7, mistake="total"), VARIANTS[variant]))
    assert "\n万元 元\n" in text
    read, errors = _indicators(tmp_path, text)
    assert len(read) == 7
    assert ("项目总成本", "≤3405.63万元", Decimal("11.00"), Decimal("11.00")) in read
    assert errors == {"total_sum"}


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=st.integers(1, 10_000), variant=st.sampled_from(["national", "sichuan", "anhui", "no_initial"]))
def test_wrapped_rows_read_the_figures_of_row_lines(tmp_path: Path, seed: int, variant: str) -> None:
    """Property: any generated form, its cells wrapped as a PDF wraps them, reads the weights, scores and planted
    mistake that the same form one line a row reads."""
    rows = grid_rows(invent_project(seed, mistake="total"), VARIANTS[variant])
    flat, wrapped = (_indicators(tmp_path, shape(rows)) for shape in (render.row_lines, render.wrapped_rows))
    assert [r[2:] for r in wrapped[0]] == [r[2:] for r in flat[0]] and len(flat[0]) == 7
    assert wrapped[1] == flat[1] == {"total_sum"}


@pytest.mark.parametrize("mistake", [None, "balance"])
@pytest.mark.parametrize("layout", ["cell_lines", "flattened", "row_lines"])
def test_pdf_spaces_inside_the_report_forms_amount_labels(tmp_path: Path, layout: str, mistake: str | None) -> None:
    """The older 财政支出项目绩效评价报告 form whose labels PDF extraction broke (计划安排 资金, 实际到位 资金): the labels
    are joined (``despace`` knows them from the report readers), so the form is read as the clean one is, with the
    same amounts and findings."""
    from layouts.reportform import report_rows

    rows, fig = report_rows(2, mistake)
    text = render.RENDERERS[layout](rows)
    assert "计划安排 资金" in degrade.pdf_spaces(text)
    read = []
    for name, t in (("clean.txt", text), ("spaced.txt", degrade.pdf_spaces(text))):
        (tmp_path / name).write_text(t, encoding="utf-8")
        result = audit_paths([str(tmp_path / name)])
        (doc,) = result.files[0].documents
        total = doc.funds["total"]
        read.append((total.annual_budget.dec, total.executed.dec, doc.extra["arrived"].dec,
                     sorted({(f.kind, f.severity) for f in result.findings if f.severity in ("error", "suspect")})))
    assert read[1] == read[0] and read[0][:3] == (fig["planned"], fig["total"], fig["planned"])
