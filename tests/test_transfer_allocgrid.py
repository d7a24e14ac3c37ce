"""A 转移支付 allocation table (资金分配表 / 安排表) read by its header's column model, whatever layout its cells reached
us in (pipes, one cell a line, rows flattened to spaces, blank cells gone), generated here with invented figures:
the column labels vary (地区/单位/乡镇名称, 合计/小计/金额/下达数, 中央/省级 parts), 序号/项目名称/备注 columns come and
go, amounts in 元 with thousands commas or in 万元 (now and then with the unit in the cell), blank cells empty or
printed as a dash or slash. The 合计 is taken only where the rows add up to it; a planted 合计
or row that does not add up is never the total read, and is an error where every amount cell was printed (each cell
stood at its column, or a blank one printed as a lone "|" kept its place), a suspect where a blank cell vanished
(cells placed by the column model)."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.render import cell_per_line, pipes, pipes_collapsed, pipes_unled, row_lines, trailing_pipes

LAYOUTS = {"pipes": pipes, "pipes_collapsed": pipes_collapsed, "pipes_unled": pipes_unled, "row_lines": row_lines,
           "trailing_pipes": trailing_pipes, "cell_per_line": cell_per_line}
PLACES = ("城关镇", "东坝乡", "西河镇", "南山街道", "北湖乡", "石桥镇", "柳林乡")
NAME_LABELS = ("单位", "地区", "乡镇名称", "县(市、区)", "单位名称")
WHOLE_LABELS = ("合计", "小计", "金额", "下达数", "分配资金")
PART_LABELS = (("中央资金", "省级资金"), ("其中:中央补助", "省级补助"), ("耕地地力保护", "农机购置补贴", "农业生产发展"))
COUNT_LABELS = ("救助人数", "补助标准(元/人)")
STANDARD = "200"
LONE_PART = "其中:中央资金"
NOTICE = "关于下达2024年农业相关转移支付资金的通知\n各乡镇人民政府:现下达2024年资金,具体金额详见附件。\n附件\n"


def _amount(rng: random.Random, yuan: bool) -> Decimal:
    return Decimal(rng.randint(1000, 900000)) if yuan else Decimal(rng.randint(10, 9000)) / 10


def _fmt(v: Decimal, yuan: bool) -> str:
    return f"{int(v):,}" if yuan else f"{v}"


def _printed(rng: random.Random, v: Decimal, yuan: bool) -> str:
    """An amount as a cell prints it: bare, or now and then with its unit after it (150万元, 1,500元)."""
    return _fmt(v, yuan) + (("元" if yuan else "万元") if rng.random() < 0.15 else "")


def allocation(seed: int, mistake: str | None = None, total_row: bool = True, yuan: bool | None = None
               ) -> tuple[list[list[str]], Decimal, list[tuple[str, Decimal]]]:
    """(rows, the table's total, each place's whole). ``mistake``: "total" prints the 合计 one more than the rows'
    sum; "row" prints one place's whole one more than its parts."""
    rng = random.Random(seed)
    yuan = rng.random() < 0.4 if yuan is None else yuan
    seq, project, note = rng.random() < 0.5 or seed % 3 == 2, rng.random() < 0.4, rng.random() < 0.5
    parts = rng.choice(PART_LABELS)[: rng.randint(0, 3)]
    # now and then a count and a standard before the amounts (救助人数 | 补助标准), never summed; or one part under
    # 其中 (其中:中央资金), a share of the whole, never its sum
    counts, lone = seed % 4 == 1, seed % 4 == 3
    if lone:
        parts = (LONE_PART,)
    unlabelled = seq and seed % 3 == 2  # rows numbered under a header cell left blank
    header = ([("" if unlabelled else "序号")] if seq else []) + [rng.choice(NAME_LABELS)] + (["项目名称"] if project else [])
    header += (list(COUNT_LABELS) if counts else []) + [rng.choice(WHOLE_LABELS)] + list(parts) + (["备注"] if note else [])
    rows = [["2024年农业相关转移支付资金分配表"], [f"单位:{'元' if yuan else '万元'}"], header]
    wholes: list[tuple[str, Decimal]] = []
    sums = [Decimal(0)] * (1 + len(parts))
    people = 0
    places = rng.sample(PLACES, rng.randint(2, 6))
    for k, place in enumerate(places, 1):
        split = [_amount(rng, yuan) for _ in parts]
        blank = rng.randrange(len(split)) if len(split) > 1 and rng.random() < 0.5 and not counts else None
        if blank is not None:
            split[blank] = Decimal(0)
        whole = sum(split, Decimal(0)) if parts and not lone else _amount(rng, yuan)
        if lone:  # the 中央 share: some of the whole, not all of it
            split = [(whole * Decimal("0.6")).quantize(Decimal(1) if yuan else Decimal("0.1"))]
        printed = whole + 1 if mistake == "row" and k == 2 else whole
        empty = rng.choice(("", "", "-", "—", "/"))  # a blank cell, or one printed as a dash or slash
        count = rng.randint(5, 400) if counts else 0
        people += count
        cells = ([str(count), STANDARD] if counts else []) + [_printed(rng, printed, yuan)] + \
            [empty if v == 0 else _printed(rng, v, yuan) for v in split]
        rows.append(([str(k)] if seq else []) + [place] + ([f"{place}高标准农田建设"] if project else [])
                    + cells + (["按进度拨付" if k % 2 else ""] if note else []))
        wholes.append((place, printed))
        sums = [s + v for s, v in zip(sums, [whole, *split])]
    total = sums[0]
    if total_row:
        printed_total = total + 1 if mistake == "total" else total
        lead = ["合计"] + [""] * (len(header) - len(parts) - 2 - (1 if note else 0) - (2 if counts else 0))
        rows.append(lead + ([str(people), STANDARD] if counts else []) + [_fmt(printed_total, yuan)] + [_fmt(s, yuan) for s in sums[1:]] + ([""] if note else []))
    rows.append(["附件2", "2024年农业相关转移支付资金区域绩效目标表"])
    return rows, total, wholes


def _transfer(path: Path) -> list:
    return [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]


def _row_amounts(doc, label: str) -> list[Decimal]:
    """The numbers after ``label`` in the document's tables' rows (the row kept with its cells)."""
    out: list[Decimal] = []
    for t in doc.tables:
        for r in t.rows:
            texts = [c.text.replace(",", "").removesuffix("万元").removesuffix("元") for c in r]
            if label in texts:
                out += [Decimal(x) for x in texts[texts.index(label) + 1:] if x.replace(".", "").isdigit()]
    return out


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(8))
def test_allocation_read_by_its_column_model(tmp_path: Path, layout: str, seed: int) -> None:
    """The 合计 confirmed by the rows is the total allocated; each place's row is kept with its whole."""
    rows, total, wholes = allocation(seed)
    path = tmp_path / "alloc.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    docs = _transfer(path)
    assert len(docs) == 1
    assert docs[0].funds["total"].annual_budget.dec == total
    skip = len(COUNT_LABELS) if COUNT_LABELS[0] in rows[2] else 0  # (the count and the standard before the whole)
    for place, whole in wholes:
        assert _row_amounts(docs[0], place)[skip:skip + 1] == [whole]
    findings = audit_paths([str(path)]).findings
    assert not [f for f in findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("mistake", ("total", "row"))
def test_planted_sums_are_found_never_read(tmp_path: Path, layout: str, seed: int, mistake: str) -> None:
    """A 合计 one more than the rows, or a row one more than its parts: a finding at that row (its severity by
    whether every amount cell was printed), the 合计 not read as the total."""
    rows, total, _ = allocation(seed, mistake)
    if mistake == "row" and _money_parts(rows[2]) < 2:
        rows, total, _ = allocation(seed, "total")  # a table without parts (or one 其中) has no row sum to plant
        mistake = "total"
    path = tmp_path / "alloc.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    docs = _transfer(path)
    assert len(docs) == 1 and (docs[0].funds.get("total") is None or docs[0].funds["total"].annual_budget.dec is None)
    findings = audit_paths([str(path)]).findings
    # every amount cell printed: the sum is proven on the table as printed (error); a blank cell that vanished
    # leaves its row's cells placed by the column model (suspect)
    severity = "suspect" if _blank_vanished(rows, layout) else "error"
    assert not [f for f in findings if f.severity in ("error", "suspect") and f.severity != severity]
    found = [f for f in findings if f.severity == severity and f.kind == "table_total"]
    assert len(found) == 1
    if mistake == "total":
        assert found[0].row == "合计" and Decimal(str(found[0].recomputed).replace(",", "")) == total
    else:
        assert found[0].row in PLACES


def _money_parts(header: list[str]) -> int:
    """The header's part columns that make the whole (a lone 其中 part is none of them)."""
    return sum(1 for h in header if any(h in p for p in PART_LABELS))


def _blank_vanished(rows: list[list[str]], layout: str) -> bool:
    """Whether a blank amount cell lost its place: in every layout but one cell a line with the blanks printed as a
    lone "|" (``trailing_pipes``) in a table whose rows are a name and then the amounts (no 序号, no 项目名称)."""
    header = rows[2]
    printed = layout == "trailing_pipes" and header[0] not in ("序号", "") and "项目名称" not in header
    return _blank_amount(rows) and not printed


def _blank_amount(rows: list[list[str]]) -> bool:
    """Whether some row of a generated table leaves an amount cell blank (empty, or a dash or slash)."""
    header = rows[2]
    money = [k for k, h in enumerate(header) if h in WHOLE_LABELS or any(h in p for p in PART_LABELS)]
    return any(k < len(r) and r[k] in ("", "-", "—", "/") for r in rows[3:] for k in money)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("blank", (False, True))
def test_the_severity_follows_what_the_reader_established(tmp_path: Path, layout: str, blank: bool) -> None:
    """One table, one planted 合计, two ways: every amount cell printed, the sum is an error in every layout; one
    cell left blank (vanished from the cell stream), the cells beside it were placed by the column model: suspect."""
    rows = [["2024年农业相关转移支付资金分配表"], ["单位:万元"], ["序号", "乡镇名称", "合计", "中央资金", "省级资金"],
            ["1", "城关镇", "30", "20", "10"], ["2", "东坝乡", "15", "" if blank else "0", "15"],
            ["3", "西河镇", "12", "7", "5"], ["合计", "", "58", "27", "30"], ["附件2", "绩效目标表"]]
    path = tmp_path / "alloc.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    found = [(f.severity, f.row, f.recomputed) for f in audit_paths([str(path)]).findings if f.kind == "table_total"]
    assert found == [("suspect" if blank else "error", "合计", "57")]


@pytest.mark.parametrize("seed", range(4))
def test_without_a_total_row_the_notice_amount_is_checked(tmp_path: Path, seed: int) -> None:
    """No 合计 row: the notice's amount is the total; the rows' sum is checked against it (suspect when it differs)."""
    rows, total, _ = allocation(seed, total_row=False, yuan=False)
    unit = "万元"
    for planted in (False, True):
        amount = total + 1 if planted else total
        notice = (f"关于下达2024年农业相关转移支付资金的通知\n各乡镇人民政府:现将2024年农业相关转移支付资金{amount}{unit}"
                  "下达给你们,具体金额详见附件。\n附件\n")
        path = tmp_path / f"alloc{planted}.txt"
        path.write_text(notice + cell_per_line(rows), encoding="utf-8")
        docs = _transfer(path)
        assert len(docs) == 1 and docs[0].funds["total"].annual_budget.dec == amount
        findings = audit_paths([str(path)]).findings
        assert not [f for f in findings if f.severity == "error"]
        assert len([f for f in findings if f.severity == "suspect" and f.kind == "table_total"]) == int(planted)


def test_a_one_row_table_that_ends_gives_its_row(tmp_path: Path) -> None:
    """One unit's row and no 合计, the table closed by the next attachment: that row's whole is the allocation; the
    same table cut off by the end of the file gives no total."""
    rows = [["2024年省级林业专项资金分配表"], ["单位:万元"], ["预算单位", "合计", "天然林保护", "有害生物防治"],
            ["县林业局", "158.18", "134.18", "24"]]
    path = tmp_path / "alloc.txt"
    path.write_text(NOTICE + cell_per_line(rows + [["附件2", "区域绩效目标表"]]), encoding="utf-8")
    assert _transfer(path)[0].funds["total"].annual_budget.dec == Decimal("158.18")
    path.write_text(NOTICE + cell_per_line(rows), encoding="utf-8")
    docs = _transfer(path)
    assert docs[0].funds.get("total") is None or docs[0].funds["total"].annual_budget.dec is None


def run_rows(seed: int, mistake: str | None = None) -> tuple[list[list[str]], Decimal]:
    """An allocation whose row cells run together: each place, its whole, then each part's use and amount (the
    page's text with every separator lost), a 合计 row, the next attachment after."""
    rng = random.Random(seed)
    rows = [["附件1"], ["2024年省级林业草原专项资金分配表"], ["金额单位:万元"],
            ["预算单位", "合计", "天然林保护", "有害生物防治", "备注", "功能科目代码", "小计", "2130209", "小计", "2130234"]]
    total = Decimal(0)
    for place in rng.sample(PLACES, rng.randint(2, 4)):
        a, b = Decimal(rng.randint(100, 99999)) / 100, Decimal(rng.randint(10, 999))
        rows.append([place, f"{a + b}", f"{a}", f"{rng.randint(1000, 99999)}亩公益林补偿", f"{b}", "有害生物防治补助"])
        total += a + b
    printed = total + 1 if mistake == "total" else total
    rows.append(["合计", f"{printed}", ""])
    rows.append(["附件2", "2024年省级林业草原专项资金区域绩效目标表"])
    return rows, total


@pytest.mark.parametrize("layout", ("one_run", "run_together"))
@pytest.mark.parametrize("seed", range(6))
def test_run_together_rows_split_by_their_arithmetic(tmp_path: Path, layout: str, seed: int) -> None:
    """Cells run together (357.18199…134.18103245亩…24): the digits split where the row's whole is the sum of its
    parts, a quantity's digits (…亩) left out; the 合计 the rows add up to is the total, a planted one is suspect."""
    from layouts.render import one_run, run_together

    render = {"one_run": one_run, "run_together": run_together}[layout]
    rows, total = run_rows(seed)
    path = tmp_path / "alloc.txt"
    path.write_text("关于下达2024年省级林业草原专项资金的通知 县林业局:现下达你单位资金(详见附表)。" + render(rows),
                    encoding="utf-8")
    docs = _transfer(path)
    assert len(docs) == 1 and docs[0].funds["total"].annual_budget.dec == total
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    rows, total = run_rows(seed, "total")
    path.write_text("关于下达2024年省级林业草原专项资金的通知 县林业局:现下达你单位资金(详见附表)。" + render(rows),
                    encoding="utf-8")
    docs = _transfer(path)
    assert docs[0].funds.get("total") is None or docs[0].funds["total"].annual_budget.dec is None
    findings = audit_paths([str(path)]).findings
    assert not [f for f in findings if f.severity == "error"]
    assert [(f.row, f.recomputed) for f in findings if f.severity == "suspect"] == [("合计", str(total))]


def _total_first(rows: list[list[str]]) -> list[list[str]]:
    """The same table with its 合计 row printed above the rows (as provinces print their allocations) and its labels
    letter-spaced (合 计, 金 额)."""
    body = rows[3:-2]
    total = [" ".join(c) if c in ("合计", "金额") else c for c in rows[-2]]
    header = [" ".join(c) if c in ("合计", "金额") else c for c in rows[2]]
    return rows[:2] + [header, total] + body + rows[-1:]


def _scheme(rows: list[list[str]]) -> list[list[str]]:
    """The table titled as a fund's 奖励资金分配表, no word of 转移支付 anywhere."""
    return [[c.replace("农业相关转移支付资金", "生猪调出大县奖励资金") for c in r] for r in rows]


SCHEME = "2024年生猪调出大县奖励资金分配方案\n据此,省财政厅进行了认真研究和测算(详见附件)。\n附件:\n"


@pytest.mark.parametrize("layout", ("cell_per_line", "pipes", "row_lines", "trailing_pipes"))
@pytest.mark.parametrize("seed", range(4))
def test_a_total_above_its_rows(tmp_path: Path, layout: str, seed: int) -> None:
    """合计 first, then the rows, under a title that says 奖励资金分配表 and no notice saying 转移支付: the rows below add up
    to it; a planted 合计 is found (an error where every amount cell was printed); the same table cut off by the page's end proves nothing (no finding, and the
    合计 is not taken on the rows' word)."""
    rows, total, _ = allocation(seed)
    path = tmp_path / "alloc.txt"
    path.write_text(SCHEME + LAYOUTS[layout](_total_first(_scheme(rows))), encoding="utf-8")
    docs = _transfer(path)
    assert len(docs) == 1 and docs[0].funds["total"].annual_budget.dec == total
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    planted = _scheme(allocation(seed, "total")[0])
    path.write_text(SCHEME + LAYOUTS[layout](_total_first(planted)), encoding="utf-8")
    findings = audit_paths([str(path)]).findings
    severity = "suspect" if _blank_vanished(planted, layout) else "error"
    assert [(f.severity, f.row) for f in findings if f.severity in ("error", "suspect")] == [(severity, "合计")]
    path.write_text(SCHEME + LAYOUTS[layout](_total_first(planted)[:-2]), encoding="utf-8")  # cut after a row
    findings = [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    # the rows below were cut off: their sum proves nothing; the 合计 row's own parts still do
    assert not [f for f in findings if "各行之和" in f.message]
    assert all(f.row == "合计" and "各分项之和" in f.message for f in findings)


def test_subtotal_rows_are_no_rows_to_add_up(tmp_path: Path) -> None:
    """A 合计 above 小计 rows and their members (一、省本级小计 …): the rows are a tree, not summed; no finding."""
    rows = [["2024年林业改革发展资金分配表"], ["单位:万元"], ["单位", "小计", "造林", "森林抚育"],
            ["合计", "300", "100", "200"], ["一、省本级小计", "120", "40", "80"], ["省林业局", "120", "40", "80"],
            ["二、市县小计", "180", "60", "120"], ["甲市", "180", "60", "120"], ["附件2", "区域绩效目标表"]]
    path = tmp_path / "alloc.txt"
    path.write_text(SCHEME + pipes(rows), encoding="utf-8")
    docs = _transfer(path)
    assert docs[0].funds["total"].annual_budget.dec == Decimal("300")  # its own parts confirm it
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("seed", range(3))
def test_a_fund_scheme_without_the_word_transfer(tmp_path: Path, seed: int) -> None:
    """A province's scheme for a fund (…奖励资金分配表), no 转移支付 nor notice nor target table anywhere: its table is
    still an allocation, read by its column model (合计 above the counties, letter-spaced labels, one cell a line)."""
    rows, total, _ = allocation(seed)
    rows = _total_first(_scheme(rows))[:-1]
    path = tmp_path / "alloc.txt"
    path.write_text(SCHEME + cell_per_line(rows) + "省财政厅\n", encoding="utf-8")
    docs = _transfer(path)
    assert len(docs) == 1 and docs[0].funds["total"].annual_budget.dec == total


@pytest.mark.parametrize("layout", ("cell_per_line", "pipes_collapsed", "row_lines"))
@pytest.mark.parametrize("seed", range(3))
def test_the_whole_column_last(tmp_path: Path, layout: str, seed: int) -> None:
    """中央资金 | 省级资金 | 合计: the whole is the header's last amount column. Rows printed whole give it and the 合计
    is taken; a blank cell gone from a row leaves its whole unplaceable, and then nothing is taken nor found."""
    rng = random.Random(seed)
    rows = [["2024年农业相关转移支付资金分配表"], ["单位:万元"], ["地区", "中央资金", "省级资金", "合计"]]
    total = Decimal(0)
    for place in rng.sample(PLACES, 3):
        a, b = _amount(rng, False), _amount(rng, False)
        rows.append([place, f"{a}", f"{b}", f"{a + b}"])
        total += a + b
    rows.append(["合计", "", "", f"{total}"])
    rows[-1][1:3] = [str(sum((Decimal(r[1]) for r in rows[3:-1]), Decimal(0))),
                     str(sum((Decimal(r[2]) for r in rows[3:-1]), Decimal(0)))]
    rows.append(["附件2", "区域绩效目标表"])
    path = tmp_path / "alloc.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    assert _transfer(path)[0].funds["total"].annual_budget.dec == total
    rows[3][2] = ""  # one province part left blank: that row's cells no longer line up with the header
    rows[3][3] = rows[3][1]
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    docs = _transfer(path)
    assert docs[0].funds.get("total") is None or docs[0].funds["total"].annual_budget.dec is None
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


def test_the_notice_in_wan_against_a_table_in_yuan(tmp_path: Path) -> None:
    """The notice sends 150万元; its table (单位:元) lists 1,500,000 in all: the same, no finding; 1,500,100: suspect;
    a table that states no unit is not compared at all (never a finding on a unit guessed)."""
    def page(unit: str, last: str) -> str:
        rows = [["2024年农业资金分配表"], [unit], ["地区", "金额"], ["城关镇", "1,000,000"], ["东坝乡", last],
                ["附件2", "区域绩效目标表"]]
        return ("关于下达2024年农业资金的通知\n各乡镇:现将2024年农业资金150万元下达给你们,具体详见附件。\n附件\n"
                + cell_per_line(rows))

    path = tmp_path / "alloc.txt"
    for unit, last, suspects in (("单位:元", "500,000", 0), ("单位:元", "500,100", 1), ("", "500,100", 0)):
        path.write_text(page(unit, last), encoding="utf-8")
        docs = _transfer(path)
        assert docs[0].funds["total"].annual_budget.dec == Decimal(150)
        findings = audit_paths([str(path)]).findings
        assert len([f for f in findings if f.severity == "suspect"]) == suspects
        assert not [f for f in findings if f.severity == "error"]


def _alloc_findings(tmp_path: Path, rows: list[list[str]], notice: str = NOTICE) -> list[tuple[str, str, str]]:
    path = tmp_path / "alloc.txt"
    path.write_text(notice + pipes(rows), encoding="utf-8")
    return [(f.severity, f.row or "", str(f.recomputed)) for f in audit_paths([str(path)]).findings
            if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("total_row", (True, False))
def test_counts_and_standards_are_never_summed(tmp_path: Path, total_row: bool) -> None:
    """救助人数 | 补助标准 | 补助资金 (资金 = 人数 × 标准): the count and the standard are no parts of the amount; a
    correct table gives no finding, with or without its 合计 row, and the 合计 is the total read."""
    rows = [["2024年困难群众救助补助资金分配表"], ["单位:元"], ["序号", "乡镇", "救助人数", "补助标准", "补助资金"],
            ["1", "城关镇", "100", "200", "20,000"], ["2", "东坝乡", "50", "200", "10,000"]]
    rows += [["", "合计", "150", "200", "30,000"]] if total_row else []
    assert _alloc_findings(tmp_path, rows + [["说明:补助资金=救助人数×补助标准。"]]) == []
    if total_row:
        assert _transfer(tmp_path / "alloc.txt")[0].funds["total"].annual_budget.dec == Decimal(30000)


def test_a_lone_part_under_qizhong_is_never_summed(tmp_path: Path) -> None:
    """合计 | 其中:中央资金, or 合计 | 其中 over 中央资金 | 省级资金 whose rows add up: no finding, the 合计 read."""
    lone = [["2024年农村公路养护补助资金分配表"], ["单位:万元"], ["序号", "乡镇", "合计", "其中:中央资金"],
            ["1", "城关镇", "100", "60"], ["2", "东坝乡", "50", "30"], ["", "合计", "150", "90"]]
    assert _alloc_findings(tmp_path, lone) == []
    assert _transfer(tmp_path / "alloc.txt")[0].funds["total"].annual_budget.dec == Decimal(150)
    split = [["2024年农村公路养护补助资金分配表"], ["单位:万元"], ["序号", "乡镇", "合计", "其中", ""],
             ["", "", "", "中央资金", "省级资金"], ["1", "城关镇", "100", "60", "40"], ["2", "东坝乡", "50", "30", "20"],
             ["", "合计", "150", "90", "60"]]
    assert _alloc_findings(tmp_path, split) == []


def test_a_planted_row_beside_counts_is_still_found(tmp_path: Path) -> None:
    """人数 | 补助标准 | 合计 | 中央资金 | 省级资金, one row's whole one more than its two parts: the 合计 row's parts
    add up to its whole (the table's own arithmetic), so the row is an error, the counts never summed."""
    rows = [["2024年困难群众救助补助资金分配表"], ["单位:万元"],
            ["序号", "乡镇", "救助人数", "补助标准(元/人)", "合计", "中央资金", "省级资金"],
            ["1", "城关镇", "100", "200", "30", "20", "10"], ["2", "东坝乡", "50", "200", "16", "6", "9"],
            ["3", "西河镇", "70", "200", "12", "7", "5"], ["", "合计", "220", "200", "57", "33", "24"]]
    assert _alloc_findings(tmp_path, rows) == [("error", "东坝乡", "15")]


def test_the_notice_in_yuan_against_a_table_in_wan(tmp_path: Path) -> None:
    """The notice sends 1,250,000元, its table (单位:万元) lists 50+40+35 = 125万元: the same amount, no finding; a
    notice of 1,250,100元 is 125.01万元: suspect."""
    rows = [["2023年农村公路养护补助资金分配表"], ["单位:万元"], ["序号", "乡镇", "金额"], ["1", "甲镇", "50"],
            ["2", "乙镇", "40"], ["3", "丙镇", "35"]]
    for amount, want in (("1,250,000", []), ("1,250,100", [("suspect", "下达资金", "125")])):
        notice = (f"关于下达2023年农村公路养护补助资金的通知\n各乡镇人民政府:\n现将2023年农村公路养护补助资金{amount}元"
                  "下达给你们,请按规定使用。\n附件\n")
        assert _alloc_findings(tmp_path, rows, notice) == want


@pytest.mark.parametrize("seed", range(3))
def test_a_whole_printed_blank_leaves_its_column_short(tmp_path: Path, seed: int) -> None:
    """One cell a line, blanks printed as a lone "|": a row whose 资金合计 is blank and whose 中央资金 is not keeps its
    amount in 中央资金, so the 资金合计 column as printed falls short of the 合计 row by it: an error at 合计; the same
    table with the whole printed adds up (no finding), its 合计 the total allocated."""
    rng = random.Random(seed)
    places = rng.sample(PLACES, 4)
    central = [Decimal(rng.randint(1, 30)) for _ in places]
    province = [Decimal(rng.randint(100, 9000)) / 10 for _ in places]
    province[1] = Decimal(0)
    body = [[p, str(c + v), str(c), "" if v == 0 else str(v), ""] for p, c, v in zip(places, central, province)]
    body.append(["市林场", "", "10", "", ""])
    whole = sum((c + v for c, v in zip(central, province)), Decimal(10))
    total = ["合计", str(whole), str(sum(central, Decimal(10))), str(sum(province, Decimal(0))), ""]
    rows = [["市县", "资金合计", "中央资金", "省级资金", "备注"], *body, total, ["四、监督电话"]]
    notice = ("某市扶贫资金公示\n根据扶贫资金项目公示公告制度,现将2024年扶贫资金分配下达情况公示如下:\n一、资金来源\n"
              f"1、中央资金{total[2]}万元。\n2、省级资金{total[3]}万元。\n以上合计{whole}万元。\n三、 扶贫资金分配情况\n")
    path = tmp_path / "alloc.txt"
    path.write_text(notice + trailing_pipes(rows), encoding="utf-8")
    found = [(f.severity, f.row, f.recomputed) for f in audit_paths([str(path)]).findings if f.kind == "table_total"]
    assert found == [("error", "合计", str(whole - 10))]
    body[-1][1] = "10"
    path.write_text(notice + trailing_pipes([*rows[:1], *body, *rows[-2:]]), encoding="utf-8")
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    assert [d.funds["total"].annual_budget.dec for d in _transfer(path)] == [whole]
