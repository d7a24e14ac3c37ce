"""The corpus measurement's comparison logic (bench/corpus_accuracy.py), on a tiny corpus made here.

The real corpus lives outside the repository; these tests make a folder with one generated form (seed 001's
shape, a mistake planted in its total) and a manifest, and check what the measurement counts.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jixiao.core.findings import Finding
from jixiao.core.source import Source

# bench/ is not an installed package, and the form generator lives beside the tests.
sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]
from bench import corpus_accuracy as ca  # noqa: E402
from bench import corpus_match as cm  # noqa: E402

import fixtures_gen as gen  # noqa: E402

MANIFEST = """\
documents:
- id: form-a
  split: dev
  url: https://example.invalid/a
  query: 项目支出绩效自评表
  province: 上海
  type: project
  figures:
    budget: "1,995.03"
    executed: "1,984.00"
    rate: "99.44%"
    execution_score: "9.94"
    indicators:
      节能量审核: {weight: "10.00", score: "10.00"}
      完成时间: {weight: "7.00"}
    total_score: "@TOTAL@"
  mistakes:
    - line: @LINE@
      row: 总分
      what: total printed @TOTAL@ but the scores sum to 99.94
- id: prose
  split: heldout
  url: https://example.invalid/b
  query: 说明
  province: 云南
  type: final_accounts
  figures:
    totals: {合计: "10.00"}
"""


def make_corpus(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "corpus"
    (root / "dev").mkdir(parents=True)
    (root / "heldout").mkdir()
    form = replace(gen.INDUSTRY, total="98.94")  # the scores sum to 99.94: a planted mistake in the total
    path = root / "dev" / "form-a.txt"
    gen.write_text([form], str(path))
    line = next(i for i, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "98.94" in t)
    (root / "heldout" / "prose.txt").write_text("本单位今年没有表格，只有这句说明。\n", encoding="utf-8")
    manifest = tmp_path / "manifest.yaml"
    manifest.write_text(MANIFEST.replace("@TOTAL@", "98.94").replace("@LINE@", str(line)), encoding="utf-8")
    return root, manifest


def test_figures_mistakes_and_table(tmp_path: Path) -> None:
    root, manifest = make_corpus(tmp_path)
    entries = [e for e in ca.load_manifest(manifest) if e["split"] == "dev"]
    (out,) = ca.run(root, entries)
    t = out.tally
    assert (t.documents, t.recognised, t.silent) == (1, 1, 0)
    # 4 funds figures + 3 indicator figures + the total; 完成时间 is printed 5.00, not 7.00
    assert (t.figures, t.figures_right) == (8, 7)
    assert out.wrong == ["完成时间.weight: 7.00 ≠ 5.00"]
    assert (t.mistakes, t.mistakes_found, t.false_errors) == (1, 1, 0)
    text = ca.table([out])
    assert "project" in text and "7/8 (88%)" in text and "1/1 (100%)" in text


def test_split_and_absent_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, manifest = make_corpus(tmp_path)
    assert ca.main([str(root), "--split", "heldout", "--manifest", str(manifest)]) == 0
    shown = capsys.readouterr().out
    assert "split heldout: 1 documents in 1 files, 1 provinces" in shown
    assert "final_accounts" in shown and "0/1 (0%)" in shown
    assert ca.main([str(root), "--split", "dev", "--manifest", str(manifest), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["figures"] == 8 and data["total"]["figures_right"] == 7
    assert data["by_type"]["project"]["mistakes_found"] == 1
    assert ca.main([str(tmp_path / "nowhere")]) == 0
    assert "is absent" in capsys.readouterr().out


def test_judge_counts_silence_and_false_errors() -> None:
    entry = {"id": "x", "type": "project", "figures": {"budget": "5"},
             "mistakes": [{"line": 10, "row": "年度资金总额"}]}
    quiet = cm.judge(entry, [], [], said=False)
    assert (quiet.tally.recognised, quiet.tally.silent, quiet.tally.figures_right) == (0, 1, 0)
    at = Finding("total_sum", "error", "x", Source("f.txt", line=11), "年度资金总额与分项合计不符")
    elsewhere = Finding("execution_rate", "error", "x", Source("f.txt", line=30), "执行率不符")
    warned = Finding("funds_sum", "warning", "x", Source("f.txt", line=2), "资金不符", row="年度资金总额")
    judged = cm.judge(entry, [], [at, elsewhere], said=True)
    assert (judged.tally.silent, judged.tally.mistakes_found, judged.tally.false_errors) == (0, 1, 1)
    by_row = cm.judge(entry, [], [warned], said=True)
    assert (by_row.tally.mistakes_found, by_row.tally.false_errors) == (1, 0)
    # on the mistake's line but about another row: not the mistake, and an error there is a false one
    other_row = Finding("indicator_score", "error", "x", Source("f.txt", line=10), "得分不符", row="满意度")
    judged = cm.judge(entry, [], [other_row], said=True)
    assert (judged.tally.mistakes_found, judged.tally.false_errors) == (0, 1)
    # on the line, naming no row, and saying nothing of the mistake's row: not the mistake
    vague = Finding("total_sum", "error", "x", Source("f.txt", line=10), "合计不符")
    assert cm.judge(entry, [], [vague], said=True).tally.mistakes_found == 0
    # another name of the same row, listed as an alias in the manifest
    first = {"id": "y", "type": "project", "mistakes": [{"line": 1, "row": "产出指标(70分)", "aliases": ["一级权重"]}]}
    aliased = Finding("weight_sum", "error", "x", Source("f.txt", line=1), "一级指标权重之和为110", row="一级权重")
    assert (cm.judge(first, [], [aliased], said=True).tally.mistakes_found,
            cm.judge(first, [], [aliased], said=True).tally.false_errors) == (1, 0)
    # a suspect (疑似) at the row reports the mistake; an info does not
    for severity, found in (("suspect", 1), ("info", 0)):
        f = Finding("funds_sum", severity, "x", Source("f.txt", line=10), "资金不符", row="年度资金总额")
        assert cm.judge(entry, [], [f], said=True).tally.mistakes_found == found


def test_table_total_beside_below_and_not_anywhere_on_a_flat_line() -> None:
    from jixiao.core.records import Document
    from jixiao.core.table import Cell, Table

    src = Source("t.txt", line=1)

    def doc(*rows: list[str]) -> Document:
        return Document("final_accounts", "t", src, tables=[Table([[Cell(t, src) for t in r] for r in rows], src)])

    listed = doc(["项目", "2022年", "2023年"], ["合 计", "2378.77", "2415.44"])
    assert cm._table_total(listed, "合计", "2415.44") and not cm._table_total(listed, "合计", "2416")
    wide = doc(["“三公”经费合计", "因公出国(境)费", "公务接待费"], ["79", "0", "4"])
    assert cm._table_total(wide, "公务接待费", "4") and not cm._table_total(wide, "公务接待费", "79")
    flat = doc(["收入", "本年收入合计", "27", "使用非财政拨款结余", "28", *[str(i) for i in range(8)], "总计", "25.5"])
    assert cm._table_total(flat, "总计", "25.5") and not cm._table_total(flat, "本年收入合计", "25.5")


@pytest.mark.parametrize(("printed", "read", "rate", "same"), [
    ("100%", Decimal("100"), False, True),
    ("1,984.00", Decimal("1984"), False, True),
    ("86%", Decimal("86.2"), True, False),
    ("1", Decimal("100"), True, True),   # a rate printed as a fraction
    ("1", Decimal("100"), False, False),
    ("9.94", None, False, False),
    ("150万", Decimal("150"), False, True),   # the unit printed after the figure
    ("10萬", Decimal("10"), False, True),
    ("100分", Decimal("100"), False, True),
    ("100分", Decimal("10"), False, False),
])
def test_same_number(printed: str, read: Decimal | None, rate: bool, same: bool) -> None:
    assert cm.same_number(printed, read, rate=rate) is same


def test_names_compared_after_the_readers_normalisation() -> None:
    # traditional script with pinyin glosses, full-width brackets and spaces: the same name
    assert cm.name_key("項(xiàng)目驗(yàn)收合格率") == cm.name_key("项目验收合格率")
    assert cm.name_key("公務(wù)接待費(fèi)") == cm.name_key("公务接待费")
    assert cm.name_key("发放（缴纳） 覆盖率") == cm.name_key("发放(缴纳)覆盖率")
    assert cm.name_key("合 計") == cm.name_key("合计")
    assert cm.name_key("公务接待费") != cm.name_key("公务用车运行费")


def _doc(kind: str, title: str = "t", header: dict[str, str] | None = None, stage: str | None = None,
         tables: tuple[str, ...] = ()) -> Any:
    from jixiao.accounts.model import Accounts, AccountTable
    from jixiao.core.records import Document, Val

    src = Source("f.txt", line=1)
    doc = Document(kind, title, src)
    for k, v in (header or {}).items():
        doc.header[k] = Val(v, v, src)
    if stage is not None:
        doc.extra["accounts"] = Accounts([AccountTable(t, t, src) for t in tables], stage=stage)
    return doc


def test_recognised_only_as_the_right_type() -> None:
    project = _doc("project_self_evaluation", header={"项目名称": "某项目"})
    dept_as_project = _doc("project_self_evaluation", header={"部门名称": "某局"})
    assert cm.right_type("project", project) and not cm.right_type("department_form", project)
    assert cm.right_type("department_form", dept_as_project)
    assert cm.right_type("department_form", _doc("project_self_evaluation", title="部门整体支出绩效自评表"))
    assert cm.right_type("department_form", _doc("dept_evaluation"))
    assert not cm.right_type("project", _doc("dept_evaluation"))
    final = _doc("final_accounts", stage="final", tables=("income",))
    budget = _doc("final_accounts", stage="budget", tables=("income", "three_public"))
    assert cm.right_type("final_accounts", final) and not cm.right_type("final_accounts", budget)
    assert cm.right_type("budget_disclosure", budget) and not cm.right_type("budget_disclosure", final)
    # a 三公 table must have come out as a 三公 table, not as some other accounts table
    assert cm.right_type("sangong", budget) and not cm.right_type("sangong", final)
    assert cm.right_type("transfer", project) and not cm.right_type("scoring_rules", project)
    entry = {"id": "d", "type": "department_form", "figures": {"budget": "5"}}
    assert cm.judge(entry, [project], [], said=True).tally.recognised == 0
    assert cm.judge(entry, [project, dept_as_project], [], said=True).tally.recognised == 1


def test_absent_file_counts_its_figures_and_province_table(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    root, manifest = make_corpus(tmp_path)
    (root / "heldout" / "prose.txt").unlink()
    (out,) = ca.run(root, [e for e in ca.load_manifest(manifest) if e["split"] == "heldout"])
    assert (out.tally.figures, out.tally.figures_right, out.tally.recognised) == (1, 0, 0)
    assert out.wrong[0] == "file absent"
    assert ca.main([str(root), "--split", "all", "--manifest", str(manifest)]) == 0
    shown = capsys.readouterr().out
    province_table = shown[shown.index("\nprovince"):]
    assert "上海" in province_table and "云南" in province_table and "TOTAL" in province_table


def test_composition_and_queries_from_the_manifest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, manifest = make_corpus(tmp_path)
    entries = ca.load_manifest(manifest)
    table = ca.composition(entries)
    assert "| dev | 1 | 1: 上海 | 0 | 1 | 1 |" in table      # final_accounts, project, mistakes
    assert "| heldout | 1 | 1: 云南 | 1 | 0 | 0 |" in table
    assert "| all | 2 | 2: 上海、云南 | 1 | 1 | 1 |" in table
    assert ca.main(["--queries", "--manifest", str(manifest), str(tmp_path / "nowhere")]) == 0
    assert capsys.readouterr().out.splitlines() == ["- `说明`", "- `项目支出绩效自评表`"]


def test_manifest_d_adds_entries_and_rejects_a_repeated_id(tmp_path: Path) -> None:
    root, manifest = make_corpus(tmp_path)
    extra = tmp_path / "manifest.d"
    extra.mkdir()
    (extra / "batch.yaml").write_text(
        "documents:\n- id: more\n  split: heldout\n  type: sangong\n  province: 云南\n", encoding="utf-8")
    ids = [e["id"] for e in ca.load_manifest(manifest)]
    assert ids[-1] == "more" and len(ids) == len(set(ids))
    (extra / "dup.yaml").write_text(f"documents:\n- id: {ids[0]}\n  split: dev\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=f"id {ids[0]} is already in"):
        ca.load_manifest(manifest)


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [x for v in value.values() for x in _leaves(v)]
    if isinstance(value, list):
        return [x for v in value for x in _leaves(v)]
    return [value]


def test_the_repository_manifest_is_well_formed_and_its_splits_share_no_page() -> None:
    """The ground truth in bench/corpus (manifest.yaml and manifest.d/*.yaml) as every batch must keep it: a known
    split and type, the address and query that find the page again, figures as printed (strings, never a YAML
    number that has lost its printed form), each proven mistake located and explained, and no page in both splits
    (a held-out page that is also in dev has been tuned to)."""
    entries = ca.load_manifest(ca.MANIFEST)
    assert len(entries) >= 92
    splits: dict[str, set[str]] = {}
    for e in entries:
        where = e["id"]
        assert e["split"] in ca.SPLITS and e["type"] in cm.ACCEPTS, where
        assert str(e["url"]).startswith("http") and e.get("query") and e.get("family"), where
        assert all(isinstance(v, str) for v in _leaves(e.get("figures") or {})), where
        for m in e.get("mistakes") or []:
            assert isinstance(m.get("line"), int) and m.get("row") and m.get("what"), where
        splits.setdefault(str(e["url"]), set()).add(e["split"])
    assert [u for u, s in splits.items() if len(s) > 1] == []


def test_one_reader_alone_reads_only_what_it_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--reader`` judges one recogniser on every document: the project form read by the stream reader alone
    still reads; the 三公 reader alone recognises no project form."""
    import jixiao.read as read

    root, manifest = make_corpus(tmp_path)
    kept = read.recognise_documents
    try:
        args = [str(root), "--split", "dev", "--manifest", str(manifest), "--json"]
        assert ca.main([*args, "--reader", "jixiao.read.recognise.sangong:recognise"]) == 0
        assert json.loads(capsys.readouterr().out)["total"]["recognised"] == 0
        assert ca.main([*args, "--reader", "jixiao.read.recognise.stream:recognise"]) == 0
        assert json.loads(capsys.readouterr().out)["total"]["recognised"] == 1
    finally:
        read.recognise_documents = kept


def test_folds_are_fixed_by_the_id_and_one_in_three_is_check(tmp_path: Path) -> None:
    from bench import corpus_folds as cf

    ids = [f"doc-{i}" for i in range(300)]
    checks = [i for i in ids if cf.fold(i) == "check"]
    assert 80 < len(checks) < 120 and [cf.fold(i) for i in ids] == [cf.fold(i) for i in ids]
    root, manifest = make_corpus(tmp_path)
    both = [e["id"] for f in cf.FOLDS for e in cf.entries(f, manifest=manifest)]
    assert both == ["form-a"]  # the dev entry is in exactly one fold; the held-out one in neither


def test_a_total_under_the_label_the_page_printed() -> None:
    """A row the reader named with its budget keeps its printed label, a column its printed head
    (``AccountTable.printed``): a total is read when it stands under either, never under another label."""
    from jixiao.accounts.model import AccountRow, Accounts, AccountTable
    from jixiao.core.records import Document, Val

    src = Source("t.txt", line=1)
    notes = AccountTable("notes", "情况说明", src, columns=["金额"], own_name="情况说明所列数字")
    notes.rows.append(AccountRow("市本级一般公共预算收入", {"金额": Val(Decimal("341.5"), "341.5", src)}, src,
                                 printed="市本级收入"))
    grid = AccountTable("three_public", "“三公”经费表", src, columns=["一般公共预算"], own_name="“三公”经费预算表")
    grid.printed = {"一般公共预算": "一般公共预算财政拨款"}
    grid.rows.append(AccountRow("合计", {"一般公共预算": Val(Decimal("12.5"), "12.5", src)}, src))
    doc = Document("budget_disclosure", "t", src, extra={"accounts": Accounts(tables=[notes, grid])})
    assert cm._table_total(doc, "市本级收入", "341.5") and not cm._table_total(doc, "区级收入", "341.5")
    assert cm._table_total(doc, "一般公共预算财政拨款", "12.5") and not cm._table_total(doc, "财政拨款结转", "12.5")
    # a manifest label that keeps its line's list mark names the same row (一、基本支出 is the row 基本支出)
    notes.rows.append(AccountRow("基本支出", {"金额": Val(Decimal("319.08"), "319.08", src)}, src))
    for label in ("一、基本支出", "(一)基本支出", "（二）基本支出", "1、基本支出", "基本支出"):
        assert cm._table_total(doc, label, "319.08")
    assert not cm._table_total(doc, "一、项目支出", "319.08") and not cm._table_total(doc, "一、基本支出", "85.69")


def test_a_group_weight_held_as_its_level_label() -> None:
    """A rule reader that places levels by their sums holds a group as the level label with its weight (工作推进机制(26分));
    a manifest that names the group reads its weight there, and a group whose label says another weight, or names
    no weight, is not right."""
    from jixiao.core.records import Document, IndicatorRow, Val

    src = Source("f.txt", line=1)
    doc = Document("assessment_rules", "t", src)
    for leaf, w in (("制定规划", "5"), ("召开会议", "21")):
        doc.indicators.append(IndicatorRow(level1=Val("工作推进机制(26分)", "工作推进机制", src),
                                           level3=Val(leaf, leaf, src), weight=Val(Decimal(w), w, src)))
    doc.indicators.append(IndicatorRow(level1=Val("基层示范创建", "基层示范创建", src),
                                       level3=Val("示范点", "示范点", src), weight=Val(Decimal("7"), "7", src)))
    total, right, wrong = cm.compare_figures(doc, {"indicators": {"工作推进机制": {"weight": "26"},
                                                                  "制定规划": {"weight": "5"},
                                                                  "基层示范创建": {"weight": "12"}}})
    assert (total, right) == (3, 2) and wrong == ["基层示范创建.weight: 12 ≠ 7"]  # (its label says no weight)
    total, right, _ = cm.compare_figures(doc, {"indicators": {"工作推进机制": {"weight": "25"}}})
    assert (total, right) == (1, 0)


def test_a_total_read_in_the_files_section_record_counts() -> None:
    """A budget's text whose 三公 section jixiao reads as a 三公 record of its own: the section's total is read (in that
    record) and counts for the budget entry; a record of a form from the same file, or a total under another label
    or value, does not."""
    from jixiao.accounts.model import AccountRow, Accounts, AccountTable
    from jixiao.core.records import Document, Val

    src = Source("t.txt", line=9)
    notes = AccountTable("notes", "“三公”经费情况说明", src, columns=["金额"], own_name="情况说明所列数字")
    notes.rows.append(AccountRow("“三公”经费预算", {"金额": Val(Decimal("6.50"), "6.50", src)}, src))
    section = Document("sangong", "四、“三公”经费情况说明", src, extra={"accounts": Accounts(tables=[notes])})
    budget = Document("budget_disclosure", "三、部门预算情况说明", src, extra={"accounts": Accounts(tables=[])})
    form = Document("project_self_evaluation", "项目", src, extra={"accounts": Accounts(tables=[notes])})
    entry = {"id": "x", "type": "budget_disclosure", "figures": {"totals": {"“三公”经费预算": "6.50"}}}
    assert cm.judge(entry, [budget, section], [], True).tally.figures_right == 1
    assert cm.judge(entry, [budget, form], [], True).tally.figures_right == 0
    assert cm.compare_figures(budget, {"totals": {"“三公”经费预算": "6.5"}}, [section])[1] == 1
    assert cm.compare_figures(budget, {"totals": {"“三公”经费预算": "6.6"}}, [section])[1] == 0
    assert cm.compare_figures(budget, {"totals": {"公务接待费": "6.50"}}, [section])[1] == 0


def test_a_three_public_total_under_the_name_the_text_gives_it() -> None:
    """A 三公 table's 合计 row is the “三公”经费 whole the manifest's label names (“三公”经费支出预算 65), and an item's
    经费 is its 费 (因公出国(境)经费 read, 因公出国(境)费 named); never another item's figure, nor a whole the label does
    not name."""
    from jixiao.accounts.model import AccountRow, Accounts, AccountTable
    from jixiao.core.records import Document, Val

    src = Source("t.txt", line=1)
    grid = AccountTable("three_public", "“三公”经费表", src, columns=["预算数", "决算数"], own_name="“三公”经费表")
    for name, budget, final in (("合计", "65", "64.87"), ("因公出国(境)经费", "99", "98"), ("公务用车购置费", "50", "49")):
        grid.rows.append(AccountRow(name, {"预算数": Val(Decimal(budget), budget, src),
                                           "决算数": Val(Decimal(final), final, src)}, src))
    doc = Document("sangong", "t", src, extra={"accounts": Accounts(tables=[grid])})
    assert cm._table_total(doc, "“三公”经费支出预算", "65") and cm._table_total(doc, "“三公”经费支出决算", "64.87")
    assert cm._table_total(doc, "因公出国(境)费", "99")
    assert not cm._table_total(doc, "公务用车运行费", "50") and not cm._table_total(doc, "一般公共预算支出", "65")
    assert not cm._table_total(doc, "“三公”经费支出预算", "99")
