"""Rule tables as pages publish them in ways no reader knew before session 37 (generators in ``tests/layouts``):

- a spreadsheet saved as quote-all CSV whose rows the page ran together with a space between them and broke
  elsewhere (``ruletable_csv``, ``layouts.csvrules``): rows rebuilt by the header's count of cells, float weights
  (5.0, 12.5) read exactly, the excerpt cut inside a row leaving the table not read whole;
- weights printed as percentage shares in brackets after the names (``名称( 25%)``), traditional script with pinyin
  glosses (``ruletable_percent``, ``layouts.percentrules``): a run of shares is read only where it makes 100%.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.cellpairs import invent as invent_cellpairs
from layouts.csvrules import invent as invent_csv
from layouts.files import write
from layouts.notesrules import invent as invent_notes
from layouts.percentrules import invent as invent_percent


def _rules(path: Path) -> Document:
    (doc,) = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    return doc


@pytest.mark.parametrize("script", ["", "trad", "wide"])
@pytest.mark.parametrize("floats", [False, True])
@pytest.mark.parametrize("seed", range(4))
def test_csv_rows_run_together_are_rebuilt_by_the_header(tmp_path: Path, seed: int, floats: bool, script: str) -> None:
    text, rows = invent_csv(seed, floats=floats, script=script)
    path = write(tmp_path, text)
    doc = _rules(path)
    got = [(i.level3.str_, i.weight.dec) for i in doc.indicators if i.weight.dec is not None]
    assert got == [(r.name, Decimal(r.weight or "")) for r in rows]
    assert doc.total_weight.dec is None  # cut inside a row: no total, none made up
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


@pytest.mark.parametrize("seed", range(3))
def test_csv_closed_by_its_total(tmp_path: Path, seed: int) -> None:
    text, rows = invent_csv(seed, floats=seed == 1, cut=False)
    path = write(tmp_path, text)
    doc = _rules(path)
    got = [(i.level3.str_, i.weight.dec) for i in doc.indicators if i.weight.dec is not None]
    assert got == [(r.name, Decimal(r.weight or "")) for r in rows]
    assert doc.total_weight.dec == sum(Decimal(r.weight or "") for r in rows)
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


@pytest.mark.parametrize("variant", ["plain", "trad", "cut", "misprint", "trad_cut"])
@pytest.mark.parametrize("seed", range(4))
def test_percent_shares_read_where_a_level_makes_100(tmp_path: Path, seed: int, variant: str) -> None:
    text, rows = invent_percent(seed, trad="trad" in variant, cut="cut" in variant, misprint=variant == "misprint")
    path = write(tmp_path, text)
    if not rows:  # the first level misprinted: nothing confirmed, nothing read by the shares
        from jixiao.read import read_file
        from jixiao.read.recognise import ruletable_percent

        assert ruletable_percent.recognise(read_file(path)) == []
        return
    doc = _rules(path)
    got = [(i.level1.str_ or "", i.level3.str_, i.weight.dec) for i in doc.indicators]
    assert got == [(r.level1, r.name, Decimal(r.weight)) for r in rows]
    assert doc.total_weight.dec is None  # shares: no total made up
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


def test_percent_shares_that_make_no_100_are_not_read(tmp_path: Path) -> None:
    text = ("某项目绩效评价指标体系 一级指标 二级指标 评分标准 1. 任务完成情况( 40%) 建成率( 50%) 按完成比例计分。"
            "资金到位率( 30%) 按到位比例计分。\n")
    assert [d for d in read_path(write(tmp_path, text)).documents if d.type == "assessment_rules"] == []


def test_csv_keeping_its_rows_is_read_once(tmp_path: Path) -> None:
    text = "\n".join(['"一级指标","二级指标","评分标准","分值"', '"决策(20分)","立项依据","依据充分得5分,',
                      '否则不得分.","10.0"', '"","目标明确","目标明确得10分.","10.0"', '"合计","","","20.0"']) + "\n"
    (doc,) = [d for d in read_path(write(tmp_path, text)).documents]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [("立项依据", 10), ("目标明确", 10)]


@pytest.mark.parametrize("variant", ["plain", "trad", "garbled", "misprint", "trad_garbled", "garbled_misprint"])
@pytest.mark.parametrize("seed", range(4))
def test_template_notes_levels_read_where_their_sums_confirm(tmp_path: Path, seed: int, variant: str) -> None:
    text, expected, total = invent_notes(seed, trad="trad" in variant, garbled="garbled" in variant,
                                         misprint="misprint" in variant)
    path = write(tmp_path, text)
    docs = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    if all(w is None for w in expected.values()):  # nothing confirmed: not read
        assert docs == []
        return
    (doc,) = docs
    got = {i.level3.str_: i.weight.dec for i in doc.indicators}
    assert got == {k: (Decimal(w) if w is not None else None) for k, w in expected.items()}
    assert doc.total_weight.dec == total
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


@pytest.mark.parametrize("variant", ["plain", "cut", "misprint"])
@pytest.mark.parametrize("seed", range(4))
def test_cells_a_line_weights_kept_where_their_group_is_made(tmp_path: Path, seed: int, variant: str) -> None:
    text, rows = invent_cellpairs(seed, cut=variant == "cut", misprint=variant == "misprint")
    path = write(tmp_path, text)
    doc = _rules(path)
    got = [(i.level3.str_, i.weight.dec) for i in doc.indicators]
    assert got == [(r.name, Decimal(r.weight) if r.weight is not None else None) for r in rows]
    assert doc.total_weight.dec is None
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


def test_cells_a_line_under_a_header_are_left_to_the_column_readers(tmp_path: Path) -> None:
    from jixiao.read import read_file
    from jixiao.read.recognise import ruletable_cellpairs

    text, _ = invent_cellpairs(0)
    assert ruletable_cellpairs.recognise(read_file(write(tmp_path, text)))
    headed = "指标\n| 分值\n| 计算公式\n| 得分\n" + text
    assert ruletable_cellpairs.recognise(read_file(write(tmp_path, headed, "headed.txt"))) == []


def test_template_notes_after_a_sangong_statement(tmp_path: Path) -> None:
    text, expected, _ = invent_notes(1, garbled=True)
    sangong = ("2023年“三公”经费财政拨款预算支出合计10.00万元，其中：因公出国（境）费0万元，公务用车购置及运行费8.00万元，"
               "公务接待费2.00万元。\n")
    docs = [d for d in read_path(write(tmp_path, sangong + text)).documents if d.type == "assessment_rules"]
    assert [{i.level3.str_: i.weight.dec for i in d.indicators} for d in docs] == [expected]
