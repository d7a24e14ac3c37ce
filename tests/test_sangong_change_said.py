"""A 三公 table printed one cell a line under a head whose unit stands after a space (2031年度支出 (万元)), and the
changes a 说明 says of it (invented figures, the layout of 渝中 2017's 决算 page):

- the unit in brackets is the head's, never a column of its own: the year's spending is read as 决算数, each figure
  under it (``sangong_cells._units_kept``); before, every figure went one column on, under 支出减少率;
- an amount said after a change verb and before the line's name (减少了“三公”经费342.74万元) is the line's change,
  and the part its 其中 names (其中公务用车购置及运行维护费308.87万元) a part of that change: neither is a figure
  to hold against the table (``text._CHANGED_BEFORE``, ``_PART_OF_CHANGE``);
- a change said of figures with a factor taken out first (如果剔除这一因素,…仍然减少了933.78万元,下降了16.64%)
  stands on a base the text does not print: a rate that does not divide out is ``suspect``, not ``error``
  (``sangong_claims.Claim.adjusted``)."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths

_TABLE = ["2031年度某区一般公共预算财政拨款开支“三公”经费决算情况", "", "经费项目", "", "2031年度支出 (万元)", "",
          "支出减少情况(万元)", "", "支出减少率", ""]
_ROWS = [("因公出国(境)费", "91.85"), ("公务接待费", "183.19"), ("公务用车购置及运行维护费", "4,058.29"),
         ("公务用车购置费", "1,471.69"), ("公务用车运行维护费", "2,586.60"), ("“三公”经费支出", "4,333.33")]


def _audit(tmp_path: Path, notes: str) -> tuple[list[tuple[str, str, str]], dict[str, dict[str, str | None]]]:
    lines = list(_TABLE)
    for name, value in _ROWS:
        lines += [name, "", value, "", "-", "", "-", ""]
    lines += ["", notes]
    p = tmp_path / "sangong.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = audit_paths([str(p)])
    tables = [t for d in result.documents for t in d.extra["accounts"].tables if t.kind == "three_public"]
    read = {r.name: {k: v.text for k, v in r.values.items()} for t in tables for r in t.rows}
    return [(f.kind, f.severity, f.reported or "") for f in result.findings if f.severity != "info"], read


_SAID = ("2031年度某区一般公共预算财政拨款开支的“三公”经费总支出为4,333.33万元。其中,部分减少的经费是因为三个单位上划到"
         "市级,减少了“三公”经费342.74万元,其中公务用车购置及运行维护费308.87万元。")


def test_the_years_spending_head_with_its_unit_apart_is_one_column(tmp_path: Path) -> None:
    found, read = _audit(tmp_path, _SAID)
    assert read["“三公”经费支出"]["决算数"] == "4,333.33" and read["公务接待费"]["决算数"] == "183.19"
    assert all(v.get("增减率") in (None, "-") for v in read.values())
    assert found == []  # (the change and its part said before the line's name are no figures of it)


def test_a_figure_the_text_gives_for_the_line_itself_is_still_held_against_the_table(tmp_path: Path) -> None:
    found, _ = _audit(tmp_path, "2031年度公务接待费支出为193.19万元。")
    assert ("text_amount", "error", "193.19") in found


def test_a_rate_of_figures_with_a_factor_taken_out_is_suspect(tmp_path: Path) -> None:
    adjusted = _SAID + "如果剔除这一因素,2031年度“三公”经费仍然减少了933.78万元,下降了16.64%。"
    found, _ = _audit(tmp_path, adjusted)
    assert [(k, s) for k, s, _ in found] == [("text_growth", "suspect")]
    plain = _SAID + "2031年度“三公”经费减少了933.78万元,下降了16.64%。"
    found, _ = _audit(tmp_path, plain)
    assert ("text_growth", "error") in [(k, s) for k, s, _ in found]  # (933.78 ÷ 5267.11 is 17.73%: no rounding gives 16.64)


def test_a_change_verb_with_its_le_and_the_lines_quote_makes_the_amount_after_it_a_change() -> None:
    """``prose.is_change``, shared by every check that leaves changes out: 了 and the line's opening quote may stand
    between the verb and what follows it (减少了310万元, 减少了“三公”经费); a line's own amount stays one."""
    from jixiao.accounts.prose import is_change

    for text, said in (("较上年减少了310万元", "310"), ("减少了“三公”经费342.74万元", "“三公"), ("较上年减少 310.02 万元", "310.02")):
        assert is_change(text, text.index(said)), text
    for text, said in (("项目支出87.5万元", "87.5"), ("“三公”经费342.74万元", "“三公")):
        assert not is_change(text, text.index(said)), text
