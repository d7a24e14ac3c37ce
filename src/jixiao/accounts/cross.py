"""Across tables: the same total agrees wherever it appears (收支总表, 财政拨款总表, 收入/支出决算表,
一般公共预算 and 基本支出 tables), and a code keeps one name, a name one code."""

from __future__ import annotations

from jixiao.accounts.identity import HALF_CENT, Ctx, blank, coarse, compare, num
from jixiao.accounts.model import AccountRow, Accounts, AccountTable, clean_name, parent_code
from jixiao.accounts.sangong import OFFICE, item_value
from jixiao.accounts.text import in_wan, same_as_quoted
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, fmt_plain
from jixiao.core.records import MISSING, Val

Corrected = dict[str, dict[str, list[Val]]]


Named = tuple[str, str]  # a table's name (zh, en) for the message in either language


def _named(t: AccountTable) -> Named:
    return t.name, t.name_en


def _agree(ctx: Ctx, severity: str, what: tuple[str, str], a: Val, a_where: Named, b: Val, b_where: Named,
           row: str) -> Finding | None:
    if blank(a) and blank(b):
        return None
    return ctx.record("cross_table", what[0], _differ(ctx, severity, what, a, a_where, b, b_where, row))


def _differ(ctx: Ctx, severity: str, what: tuple[str, str], a: Val, a_where: Named, b: Val, b_where: Named,
            row: str) -> Finding | None:
    da, db = num(a), num(b)
    if da == db:
        return None
    if abs(da - db) <= max(coarse(a), coarse(b)) + HALF_CENT:
        severity = "info"  # one of them printed coarser (a whole number of 元): the rounding of its print
    return Finding(
        "cross_table", severity, ctx.document, b.source or a.source,
        f"{what[0]}：{a_where[0]} {da} 与 {b_where[0]} {db} 不一致，相差 {da - db}",
        f"{what[1]}: {a_where[1]} {da} vs {b_where[1]} {db}, difference {da - db}",
        reported=fmt_plain(db), recomputed=fmt_plain(da), row=row,
    )


def _first_col(t: AccountTable, side: str) -> str | None:
    for r in t.rows:
        if r.side == side and r.values:
            return next(iter(r.values))
    return None


def _summary_val(t: AccountTable | None, side: str, *names: str, col: str | None = None) -> Val:
    if t is None:
        return MISSING
    c = col or _first_col(t, side)
    for n in names:
        r = t.item(n, side)
        if r is not None and c is not None:
            return r.get(c)
    return MISSING


def _fiscal_col(t: AccountTable) -> str:
    """The 财政拨款总表's general-budget column (一般公共预算财政拨款 in 决算, 一般公共预算 in 预算)."""
    return next((c for c in t.columns if c.startswith("一般公共预算")), "一般公共预算财政拨款")


def _fiscal_income(t: AccountTable) -> Val:
    """The 财政拨款总表's income of the year: its 本年收入合计, else (a budget) the sum of its fund lines."""
    year = _summary_val(t, "income", "本年收入合计")
    if not blank(year):
        return year
    funds = [r for r in t.rows if r.side == "income" and clean_name(r.name).endswith(("一般公共预算", "政府性基金预算",
             "国有资本经营预算", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"))]
    if not funds:
        return MISSING
    col = _first_col(t, "income")
    vals = [r.get(col) for r in funds] if col else []
    return Val(sum((num(v) for v in vals), ZERO), None, vals[0].source if vals else None)


def _class_rows(t: AccountTable) -> list[int]:
    return [i for i, r in enumerate(t.rows) if r.code and len(r.code) == 3 and not r.code_incomplete]


def check_cross(ctx: Ctx, acc: Accounts, corrected: Corrected) -> list[Finding]:
    out: list[Finding | None] = []
    summ, fisc = acc.table("summary"), acc.table("fiscal_summary")
    inc, exp = acc.table("income"), acc.table("expenditure")
    gp, basic = acc.table("gp_expenditure"), acc.table("gp_basic")
    zs, zf = acc.name("summary"), acc.name("fiscal_summary")
    ns, nf = (zs, acc.name_en("summary")), (zf, acc.name_en("fiscal_summary"))
    for table, side, label, whole in ((inc, "income", "本年收入合计", "收入总计"),
                                      (exp, "expenditure", "本年支出合计", "支出总计")):
        if table is None or summ is None or not table.columns:
            continue
        col = table.columns[0]
        vals = corrected.get(table.kind, {}).get(col) or [r.get(col) for r in table.rows]
        rows = _class_rows(table)
        if not rows:
            continue  # no 类 read (a list of projects, rows not coded): no sum to hold a total against
        if summ.item(label, side) is None and acc.stage == "budget":
            label = whole  # a budget's summary has no 本年…合计 line: its 总计 is the year's
        out.append(compare(ctx, "cross_table",
                           (f"{zs}「{label}」= {table.name}各类「{col}」之和",
                            f"{summ.name_en} {label} = sum of the 类 rows of the {table.name_en}"),
                           _summary_val(summ, side, label), [vals[i] for i in rows], None, label,
                           [table.rows[i].label() for i in rows]))
        out.extend(_class_items(ctx, summ, side, None, table, vals))
    if summ is not None and fisc is not None:
        out.append(_agree(ctx, "error", ("财政拨款收入", "fiscal income"),
                          _summary_val(summ, "income", "财政拨款收入"), ns,
                          _fiscal_income(fisc), nf, "财政拨款收入"))
        for side, a_names, b_names, what in (
            ("income", ("年初结转和结余",), ("年初财政拨款结转和结余", "年初结转和结余"), "年初结转和结余"),
            ("expenditure", ("年末结转和结余",), ("年末财政拨款结转和结余", "年末结转和结余"), "年末结转和结余"),
            ("expenditure", ("本年支出合计",), ("本年支出合计",), "本年支出合计"),
            ("income", ("总计",), ("总计",), "总计"),
        ):
            out.append(_agree(ctx, "suspect", (f"{what}（全部为财政拨款时应一致）", f"{what} (equal when all funds are fiscal)"),
                              _summary_val(summ, side, *a_names), ns, _summary_val(fisc, side, *b_names), nf, what))
    if fisc is not None and gp is not None and gp.columns:
        col = gp.columns[0]
        vals = corrected.get("gp_expenditure", {}).get(col) or [r.get(col) for r in gp.rows]
        total = gp.total_row
        fcol = _fiscal_col(fisc)
        if total is not None:
            year = _summary_val(fisc, "expenditure", "本年支出合计", col=fcol)
            if blank(year) and acc.stage == "budget":
                year = _summary_val(fisc, "expenditure", "支出总计", "总计", col=fcol)
            out.append(_agree(ctx, "error", ("一般公共预算财政拨款支出合计", "general-budget spending total"),
                              year, nf, total.get(col), _named(gp), "合计"))
        out.extend(_class_items(ctx, fisc, "expenditure", fcol, gp, vals))
    if gp is not None and basic is not None and gp.total_row and basic.total_row and basic.columns:
        out.append(_agree(ctx, "error", ("一般公共预算财政拨款基本支出", "general-budget basic spending"),
                          gp.total_row.get("基本支出"), _named(gp),
                          basic.total_row.get(basic.columns[0]), _named(basic), "基本支出"))
    if exp is not None and gp is not None:
        out.extend(_same_codes(ctx, exp, gp, corrected))
    if summ is not None and basic is not None and basic.total_row is not None:
        out.extend(_basic_split(ctx, summ, basic))
    three = acc.table("three_public")
    if acc.stage == "budget" and three is not None and basic is not None and basic.total_row is not None:
        out.append(_running_costs(ctx, three, basic))  # a budget's 机关运行经费 is its basic 公用经费
    out.extend(_names_and_codes(ctx, [t for t in (inc, exp, gp, acc.table("gov_fund")) if t is not None]))
    return [f for f in out if f]


def _class_items(ctx: Ctx, summary: AccountTable, side: str, col: str | None, table: AccountTable,
                 vals: list[Val]) -> list[Finding | None]:
    """Each 类 item of a summary table against the 类 row of the same name in a classified table."""
    out: list[Finding | None] = []
    by_name = {clean_name(table.rows[i].name): i for i in _class_rows(table)}
    for r in summary.rows:
        if r.side != side or clean_name(r.name) not in by_name:
            continue
        i = by_name[clean_name(r.name)]
        v = r.get(col or next(iter(r.values)))
        out.append(_agree(ctx, "error", (f"{clean_name(r.name)}（类）", f"{clean_name(r.name)} (类)"), v,
                          _named(summary), vals[i], _named(table), table.rows[i].label()))
    return out


def _basic_split(ctx: Ctx, summ: AccountTable, basic: AccountTable) -> list[Finding | None]:
    """A summary that splits its spending into 人员经费 and 公用经费 against the 基本支出 table's totals
    (equal when all basic spending is general-budget money)."""
    total = summ.item("支出总计", "expenditure") or summ.item("总计", "expenditure")
    assert basic.total_row is not None
    out: list[Finding | None] = []
    for col in ("人员经费", "公用经费"):
        if total is None or col not in summ.columns or col not in basic.columns:
            continue
        out.append(_agree(ctx, "suspect", (f"{col}（基本支出全部为一般公共预算拨款时应一致）",
                                           f"{col} (equal when all basic spending is general-budget money)"),
                          basic.total_row.get(col), _named(basic), total.get(col), _named(summ), col))
    return out


def _running_costs(ctx: Ctx, three: AccountTable, basic: AccountTable) -> Finding | None:
    """机关运行经费 (三公 table, 万元) = the 基本支出 table's 公用经费 total (元): by definition the 日常公用经费 of
    the basic spending, when every unit is an administrative or 参公 one (suspect when they differ)."""
    quoted = item_value(three, OFFICE, "预算数")
    if quoted.source is None or "公用经费" not in basic.columns or basic.total_row is None:
        return None
    public = in_wan(basic, basic.total_row.get("公用经费").dec)
    if quoted.dec is None or public is None or not (quoted.text or "").strip():
        return None
    what = ("机关运行经费 = 基本支出中的公用经费（均为行政、参公单位时）", "running costs = basic public spending")
    finding = None
    if not same_as_quoted(public, (quoted.text or "").replace(",", "")):
        finding = Finding(
            "cross_table", "suspect", ctx.document, quoted.source,
            f"{what[0]}：{three.name} {quoted.text} 万元，{basic.name}公用经费合计 {fmt_plain(public.normalize())} 万元",
            f"{what[1]}: {three.name_en} {quoted.text} vs {basic.name_en} {fmt_plain(public.normalize())} (10k yuan)",
            reported=quoted.text, recomputed=fmt_plain(public.normalize()), row="机关运行经费",
        )
    return ctx.record("cross_table", what[0], finding)


def _same_codes(ctx: Ctx, exp: AccountTable, gp: AccountTable, corrected: Corrected) -> list[Finding | None]:
    """支出决算表 against 一般公共预算财政拨款支出决算表, code by code (equal when all spending is fiscal)."""
    out: list[Finding | None] = []
    gp_rows = {r.code: i for i, r in enumerate(gp.rows) if r.code and not r.code_incomplete}
    for a_col, b_col in (("本年支出合计", "合计"), ("合计", "合计"), ("基本支出", "基本支出"), ("项目支出", "项目支出")):
        if a_col not in exp.columns or b_col not in gp.columns:
            continue
        a_vals = corrected.get("expenditure", {}).get(a_col) or [r.get(a_col) for r in exp.rows]
        b_vals = corrected.get("gp_expenditure", {}).get(b_col) or [r.get(b_col) for r in gp.rows]
        if all(blank(v) for v in a_vals) or all(blank(v) for v in b_vals):
            continue  # an empty column is reported once by the row-sum check
        for i, r in enumerate(exp.rows):
            if r.code in gp_rows and not r.code_incomplete and not blank(a_vals[i]):
                out.append(_agree(ctx, "suspect", (f"{r.label()}「{a_col}」", f"{r.label()} [{a_col}]"),
                                  b_vals[gp_rows[r.code]], _named(gp), a_vals[i],
                                  _named(exp), r.label()))
    return out


def _names_and_codes(ctx: Ctx, tables: list[AccountTable]) -> list[Finding | None]:
    """A code with different names, or one name (under the same 款) with different codes, across tables."""
    out: list[Finding | None] = []
    first_name: dict[str, tuple[str, AccountRow, AccountTable]] = {}
    first_code: dict[tuple[str | None, str], tuple[str, AccountRow, AccountTable]] = {}
    for t in tables:
        for r in t.coded:
            if r.code_incomplete or not r.code:
                continue
            name = clean_name(r.name)
            seen = first_name.setdefault(r.code, (name, r, t))
            if seen[0] != name:
                out.append(Finding(
                    "code_name", "suspect", ctx.document, r.source,
                    f"科目 {r.code_text} 在{t.name}名为「{name}」，在{seen[2].name}名为「{seen[0]}」",
                    f"code {r.code_text} is named {name!r} in the {t.name_en} but {seen[0]!r} in the {seen[2].name_en}",
                    reported=name, recomputed=seen[0], row=r.label(),
                ))
            key = (parent_code(r.code), name)
            other = first_code.setdefault(key, (r.code, r, t))
            if other[0] != r.code:
                out.append(Finding(
                    "code_mismatch", "error", ctx.document, r.source,
                    f"「{name}」在{t.name}的编码为 {r.code_text}，在{other[2].name}为 "
                    f"{other[1].code_text}",
                    f"{name!r} has code {r.code_text} in the {t.name_en} but {other[1].code_text} in the {other[2].name_en}",
                    reported=r.code, recomputed=other[0], row=r.label(),
                ))
    return out
