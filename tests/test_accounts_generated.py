"""Generated final accounts: a small model that guarantees every identity, written out in the layout of
seed 003 (tab-separated text), read back and checked. Clean accounts give no finding; one value altered,
one column shifted by a row, one value deleted — each is caught with its kind and location."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.accounts.checks import check_accounts
from jixiao.core.findings import Finding
from jixiao.read.recognise.accounts import recognise
from jixiao.read.text import read_text_tables

D = Decimal
CENT = D("0.01")
CLASSES = {"201": "一般公共服务支出", "208": "社会保障和就业支出", "221": "住房保障支出"}
ORDINALS = "一二三四五六七八九"
PEOPLE = {"30101": "基本工资", "30102": "津贴补贴", "30107": "绩效工资"}
PUBLIC = {"30201": "办公费", "30211": "差旅费", "30299": "其他商品和服务支出"}


@dataclass
class Row:
    code: str
    name: str
    basic: Decimal
    project: Decimal

    @property
    def total(self) -> Decimal:
        return self.basic + self.project


@dataclass
class Model:
    """Functional rows 类/款/项 (parents are sums), economic rows (人员 = 301, 公用 = 302), 三公."""

    rows: list[Row] = field(default_factory=list)
    economic: list[tuple[str, str, Decimal]] = field(default_factory=list)
    carry_in: Decimal = D(0)
    income: Decimal = D(0)
    trips: tuple[Decimal, Decimal, Decimal, Decimal] = (D(0), D(0), D(0), D(0))  # 出国, 购置, 运行, 接待


def _amount(rng: random.Random, low: int = 1, high: int = 50000) -> Decimal:
    return D(rng.randint(low, high)) * CENT


def _split(rng: random.Random, total: Decimal, n: int) -> list[Decimal]:
    cents = int(total / CENT)
    cuts = sorted(rng.randint(0, cents) for _ in range(n - 1))
    return [D(b - a) * CENT for a, b in zip([0, *cuts], [*cuts, cents])]


def make_model(seed: int) -> Model:
    rng = random.Random(seed)
    m = Model()
    for cls, cname in CLASSES.items():
        items: list[Row] = []
        kuans = sorted(rng.sample(range(1, 20), rng.randint(1, 2)))
        kuan_rows: list[tuple[Row, list[Row]]] = []
        for k in kuans:
            kc = f"{cls}{k:02d}"
            xiang = [Row(f"{kc}{x:02d}", f"事务{kc}{x:02d}", _amount(rng), _amount(rng, 0))
                     for x in sorted(rng.sample(range(1, 60), rng.randint(2, 4)))]
            kuan_rows.append((Row(kc, f"款{kc}", sum((r.basic for r in xiang), D(0)),
                                  sum((r.project for r in xiang), D(0))), xiang))
        head = Row(cls, cname, sum((k.basic for k, _ in kuan_rows), D(0)), sum((k.project for k, _ in kuan_rows), D(0)))
        items.append(head)
        for k, xs in kuan_rows:
            items.append(k)
            items.extend(xs)
        m.rows.extend(items)
    basic = sum((r.basic for r in m.rows if len(r.code) == 3), D(0))
    people, public = _split(rng, basic, 2)
    for group, names in ((people, PEOPLE), (public, PUBLIC)):
        for (code, name), v in zip(names.items(), _split(rng, group, len(names))):
            m.economic.append((code, name, v))
    m.carry_in = _amount(rng)
    m.income = sum((r.total for r in m.rows if len(r.code) == 3), D(0)) + _amount(rng)
    m.trips = (_amount(rng, 0, 500), _amount(rng, 0, 500), _amount(rng, 0, 500), _amount(rng, 0, 500))
    return m


def _f(d: Decimal) -> str:
    return format(d, "f")


def _code_cells(code: str) -> list[str]:
    parts = [code[:3], code[3:5], code[5:7]]
    return parts


def write(m: Model) -> list[str]:
    """The accounts as text extracted from a PDF (seed 003's layout)."""
    spend = sum((r.total for r in m.rows if len(r.code) == 3), D(0))
    basic = sum((r.basic for r in m.rows if len(r.code) == 3), D(0))
    project = spend - basic
    carry_out = m.income + m.carry_in - spend
    classes = [r for r in m.rows if len(r.code) == 3]
    L: list[str] = ["第二部分 某区某委 2024 年度部门决算表", "", "2024年度收入支出决算总表", "", "单位：万元", ""]
    L += ["收入\t\t支出\t", "项目\t决算数\t项目\t决算数"]
    L.append(f"一、财政拨款收入\t{_f(m.income)}\t一、{classes[0].name}\t{_f(classes[0].total)}")
    for i, c in enumerate(classes[1:], 1):
        L.append(f"\t\t{ORDINALS[i]}、{c.name}\t{_f(c.total)}")
    L += [
        f"本年收入合计\t{_f(m.income)}\t本年支出合计\t{_f(spend)}",
        "用事业基金弥补收支差额\t\t结余分配\t",
        f"年初结转和结余\t{_f(m.carry_in)}\t年末结转和结余\t{_f(carry_out)}",
        f"总计\t{_f(m.income + m.carry_in)}\t总计\t{_f(spend + carry_out)}",
        "",
    ]
    L += ["2024年度支出决算表", "", "单位：万元", ""]
    L += ["项目\t\t\t科目名称\t本年支出合计\t基本支出\t项目支出", "功能分类 科目编码\t\t\t\t\t\t", "类\t款\t项\t合计\t\t\t"]
    L += ["\t".join([*_code_cells(r.code), r.name, _f(r.total), _f(r.basic), _f(r.project)]) for r in m.rows]
    L += ["", "2024年度一般公共预算财政拨款支出决算表", "", "单位：万元", ""]
    L += ["项目\t\t\t科目名称\t合计\t基本支出\t项目支出", "功能分类科目编码\t\t\t\t\t\t", "类\t款\t项\t\t\t\t"]
    L += ["\t".join([*_code_cells(r.code), r.name, _f(r.total), _f(r.basic), _f(r.project)]) for r in m.rows]
    L.append(f"合计\t\t\t\t{_f(spend)}\t{_f(basic)}\t{_f(project)}")
    L += ["", "2024年度一般公共预算财政拨款基本支出决算表", "", "单位：万元", ""]
    L += ["经济分类科目编码\t\t项目\t合计\t人员经费\t公用经费", "类\t款\t科目名称\t\t\t"]
    people = sum((v for c, _, v in m.economic if c.startswith("301")), D(0))
    public = sum((v for c, _, v in m.economic if c.startswith("302")), D(0))
    L.append(f"301\t\t工资福利支出\t{_f(people)}\t{_f(people)}\t--")
    L += [f"301\t{c[3:]}\t{n}\t{_f(v)}\t{_f(v)}\t--" for c, n, v in m.economic if c.startswith("301")]
    L.append(f"302\t\t商品和服务支出\t{_f(public)}\t--\t{_f(public)}")
    L += [f"302\t{c[3:]}\t{n}\t{_f(v)}\t--\t{_f(v)}" for c, n, v in m.economic if c.startswith("302")]
    L.append(f"合计\t\t\t{_f(people + public)}\t{_f(people)}\t{_f(public)}")
    out_, buy, run, recv = m.trips
    total3 = out_ + buy + run + recv
    three = [total3, total3, out_, out_, buy + run, buy + run, buy, buy, run, run, recv, recv]
    L += ["", "2024年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表", "", "单位：万元", ""]
    L += ["预算数\t决算数\t" * 6 + "\t", "\t".join(_f(x) for x in three) + "\t12.34"]
    L += ["", "2024年度政府性基金预算财政拨款支出决算表", "", "单位：万元", ""]
    L += ["项目\t\t\t科目名称\t合计\t基本支出\t项目支出", "类\t款\t项\t\t\t\t", "合计\t\t\t\t\t\t", ""]
    L += ["注：本单位 2024 年度无政府性基金预算财政拨款支出，故本表无数据。", ""]
    L += ["第三部分 部门决算情况说明", ""]

    def pct(x: Decimal) -> str:
        return _f((x / spend * 100).quantize(CENT, rounding=ROUND_HALF_UP))

    L.append(f"本年支出合计 {_f(spend)} 万元，其中：基本支出 {_f(basic)} 万元，占 {pct(basic)}%；"
             f"项目支出 {_f(project)} 万元，占 {pct(project)}%。")
    return L


def check(lines: list[str]) -> list[Finding]:
    docs = recognise(read_text_tables("\n".join(lines) + "\n", "gen.txt"))
    assert len(docs) == 1 and not docs[0].problems
    return check_accounts(docs[0])


def _line_of(lines: list[str], start: str, after: int = 0) -> int:
    """1-based number of the first line from ``after`` starting with ``start``."""
    return next(i + 1 for i, x in enumerate(lines) if i >= after and x.startswith(start))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10**6))
def test_generated_accounts_are_clean(seed: int) -> None:
    lines = write(make_model(seed))
    assert check(lines) == []


def _gp_start(lines: list[str]) -> int:
    return _line_of(lines, "2024年度一般公共预算财政拨款支出决算表")


def test_altered_value_caught_at_its_row() -> None:
    m = make_model(7)
    lines = write(m)
    leaf = next(r for r in m.rows if len(r.code) == 7)
    no = _line_of(lines, "\t".join(_code_cells(leaf.code)), _gp_start(lines))
    cells = lines[no - 1].split("\t")
    cells[5] = _f(leaf.basic + D("1.00"))  # 基本支出 one yuan-ten-thousand too much
    lines[no - 1] = "\t".join(cells)
    found = check(lines)
    row = [f for f in found if f.kind == "row_sum"]
    assert [(f.location.line, f.location.cell, f.severity) for f in row] == [(no, "C5", "error")]  # type: ignore[union-attr]
    assert row[0].recomputed == _f(leaf.total + D("1.00"))
    parent = _line_of(lines, "\t".join([leaf.code[:3], leaf.code[3:5], ""]), _gp_start(lines))
    tree = [f for f in found if f.kind == "tree_sum"]
    assert [(f.location.line, f.location.cell) for f in tree] == [(parent, "C6")]  # type: ignore[union-attr]
    assert D(tree[0].recomputed) - D(tree[0].reported) == D("1.00")  # type: ignore[arg-type]


def test_shifted_column_reported_once() -> None:
    m = make_model(11)
    lines = write(m)
    start = _line_of(lines, "2024年度支出决算表")
    first = _line_of(lines, "201\t", start)
    n = len(m.rows)
    a, b = first + 2, first + n - 3  # a run through several 款 and 类
    col = [lines[i - 1].split("\t")[4] for i in range(a - 1, b + 1)]
    for k, i in enumerate(range(a, b + 1)):
        cells = lines[i - 1].split("\t")
        cells[4] = col[k]  # each row shows the 本年支出合计 of the row above
        lines[i - 1] = "\t".join(cells)
    found = check(lines)
    shifts = [f for f in found if f.kind == "rows_shifted"]
    assert len(shifts) == 1
    assert shifts[0].location.line == a  # type: ignore[union-attr]
    # the run ends at b, or at b - 1 when b's printed value also fits b - 1 (a 类 with a single 款)
    assert (f"{a}–{b}" in shifts[0].message or f"{a}–{b - 1}" in shifts[0].message)
    assert "本年支出合计" in shifts[0].message
    # not a string of unrelated sum failures: at most the lost last value remains
    sums = [f for f in found if f.kind in ("tree_sum", "row_sum", "total_sum") and f.severity == "error"]
    assert len(sums) <= 1
    lost = [f for f in found if f.kind == "missing_value"]
    assert {f.location.line for f in lost} <= {b - 1, b}  # type: ignore[union-attr]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10**6), st.integers(1, 3), st.integers(0, 3))
def test_any_shifted_run_is_one_finding(seed: int, skip_top: int, skip_bottom: int) -> None:
    m = make_model(seed)
    lines = write(m)
    first = _line_of(lines, "201\t", _line_of(lines, "2024年度支出决算表"))
    a, b = first + skip_top, first + len(m.rows) - 1 - skip_bottom
    col = [lines[i - 1].split("\t")[4] for i in range(a - 1, b + 1)]
    for k, i in enumerate(range(a, b + 1)):
        cells = lines[i - 1].split("\t")
        cells[4] = col[k]
        lines[i - 1] = "\t".join(cells)
    found = check(lines)
    shifts = [f for f in found if f.kind == "rows_shifted"]
    assert len(shifts) == 1
    # row a shows row a-1's value; when those two are equal (a 类 with one 款) the run may start at a + 1
    assert shifts[0].location.line in (a, a + 1)  # type: ignore[union-attr]
    assert len([f for f in found if f.severity == "error" and f.kind != "rows_shifted"]) <= 1


def test_deleted_value_caught_as_missing() -> None:
    m = make_model(23)
    lines = write(m)
    leaf = [r for r in m.rows if len(r.code) == 7][2]
    no = _line_of(lines, "\t".join(_code_cells(leaf.code)), _gp_start(lines))
    cells = lines[no - 1].split("\t")
    cells[5] = ""
    lines[no - 1] = "\t".join(cells)
    found = check(lines)
    missing = [f for f in found if f.kind == "missing_value"]
    assert [(f.location.line, f.location.cell) for f in missing] == [(no, "C6")]  # type: ignore[union-attr]
    assert missing[0].recomputed == _f(leaf.basic) and missing[0].reported is None
    assert [f for f in found if f.severity == "error" and f.kind != "missing_value"] == []


def test_altered_percentage_in_text() -> None:
    lines = write(make_model(3))
    last = lines[-1]
    pct = last.split("占 ")[1].split("%")[0]
    lines[-1] = last.replace(f"占 {pct}%", f"占 {_f(D(pct) + 1)}%", 1)
    found = check(lines)
    text = [f for f in found if f.kind == "text_percent"]
    assert [(f.location.line, f.reported, f.recomputed, f.severity) for f in text] == [  # type: ignore[union-attr]
        (len(lines), f"{_f(D(pct) + 1)}%", f"{pct}%", "error")]


def test_balance_broken() -> None:
    lines = write(make_model(5))
    no = _line_of(lines, "年初结转和结余")
    cells = lines[no - 1].split("\t")
    cells[1] = _f(D(cells[1]) + D("0.50"))
    lines[no - 1] = "\t".join(cells)
    found = check(lines)
    bal = [f for f in found if f.kind == "balance"]
    assert [(f.location.line, f.severity) for f in bal] == [(no + 1, "error")]  # type: ignore[union-attr]
    assert D(bal[0].reported) - D(bal[0].recomputed) == D("-0.50")  # type: ignore[arg-type]


def test_empty_table_without_statement() -> None:
    lines = [x for x in write(make_model(9)) if "故本表无数据" not in x]
    found = check(lines)
    assert [f.kind for f in found] == ["empty_table"] and found[0].severity == "info"


def test_three_public_broken() -> None:
    lines = write(make_model(13))
    no = _line_of(lines, "2024年度一般公共预算财政拨款“三公”经费") + 5
    cells = lines[no - 1].split("\t")
    cells[11] = _f(D(cells[11]) + D("2"))  # 公务接待费 决算数
    lines[no - 1] = "\t".join(cells)
    found = [f for f in check(lines) if f.kind == "three_public"]
    assert [(f.row, f.location.line) for f in found] == [("合计", no)]  # type: ignore[union-attr]
    assert "「决算数」" in found[0].message and (found[0].reported, found[0].recomputed) == (
        cells[1], _f(D(cells[3]) + D(cells[5]) + D(cells[11])))


def test_generated_accounts_from_xlsx_are_clean(tmp_path: Path) -> None:
    """The same accounts as a spreadsheet: numbers stored as numbers (款 05 as 5), read back and checked."""
    from openpyxl import Workbook

    from jixiao.read import read_path

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r, line in enumerate(write(make_model(17)), 1):
        for c, text in enumerate(line.split("\t") if line else [], 1):
            cell = ws.cell(r, c)
            if text.replace(".", "", 1).isdigit() and "." in text:
                cell.value = float(text)
                cell.number_format = "#,##0.00"
            elif text.isdigit():
                cell.value = int(text)
            else:
                cell.value = text or None
    wb.save(tmp_path / "accounts.xlsx")
    result = read_path(tmp_path / "accounts.xlsx")
    docs = [d for d in result.documents if d.type == "final_accounts"]
    assert len(docs) == 1 and not docs[0].problems
    kinds = [t.kind for t in docs[0].extra["accounts"].tables]
    assert kinds == ["summary", "expenditure", "gp_expenditure", "gp_basic", "three_public", "gov_fund"]
    assert check_accounts(docs[0]) == []


def test_unreadable_cell_is_a_located_problem() -> None:
    lines = write(make_model(29))
    no = _line_of(lines, "201\t", _gp_start(lines))
    cells = lines[no - 1].split("\t")
    cells[6] = "1,2x3.00"
    lines[no - 1] = "\t".join(cells)
    doc = recognise(read_text_tables("\n".join(lines), "gen.txt"))[0]
    assert [(p.source.line, p.source.cell) for p in doc.problems] == [(no, "C7")]  # type: ignore[union-attr]
    assert "1,2x3.00" in doc.problems[0].message
    row = doc.extra["accounts"].table("gp_expenditure").coded[0]
    assert row.get("项目支出").value is None and row.get("项目支出").text == "1,2x3.00"  # never guessed


_CELL = st.one_of(
    st.sampled_from(["", "201", "05", "04", "合计", "总计", "--", "项目", "类", "款", "项", "本年支出合计", "3,133.82",
                     "0.00", "一、财政拨款收入", "201 05 04", "2010504", "预算数", "决算数"]),
    st.text(max_size=6),
    st.decimals(min_value=-10**6, max_value=10**6, places=2, allow_nan=False).map(str),
)
_TITLES = st.sampled_from([
    "2024年度收入支出决算总表", "2024年度收入决算表", "2024年度支出决算表", "2024年度财政拨款收入支出决算总表",
    "2024年度一般公共预算财政拨款支出决算表", "2024年度一般公共预算财政拨款基本支出决算表",
    "2024年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表", "2024年度政府性基金预算财政拨款支出决算表",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_TITLES, st.lists(st.lists(_CELL, min_size=1, max_size=14), max_size=12)), max_size=4),
       st.lists(st.text(max_size=40), max_size=4))
def test_any_input_gives_records_or_located_problems(tables: list[tuple[str, list[list[str]]]],
                                                    notes: list[str]) -> None:
    lines: list[str] = []
    for title, rows in tables:
        lines += [title, "单位：万元", *("\t".join(r) + "\t" for r in rows), ""]
    lines += notes
    fr = read_text_tables("\n".join(lines), "fuzz.txt")
    for doc in recognise(fr):
        assert all(p.source is not None for p in doc.problems)
        for f in check_accounts(doc):
            assert f.severity in ("error", "suspect", "info") and f.message
