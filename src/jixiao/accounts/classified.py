"""Logic checks inside one classified table (收入/支出决算表, 一般公共预算 and 基本支出 tables).

类 = Σ 款 = Σ 项 and 合计 = Σ 类 in every column; each row's first column = Σ the others (本年支出合计 =
基本支出 + 项目支出 + …; 合计 = 人员经费 + 公用经费). Rows that repeat their 款 code (项 missing) count as
that 款's items. Rows shifted against their codes are found first (``shift``) and reported once.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.accounts.identity import Ctx, blank, compare
from jixiao.accounts.model import AccountTable, parent_code
from jixiao.accounts.shift import Identity, Shift, corrected, find_shift
from jixiao.core.findings import Finding
from jixiao.core.records import Val
from jixiao.core.source import Source


def identities(table: AccountTable) -> list[Identity]:
    out: list[Identity] = []
    rows = table.rows
    for i, r in enumerate(rows):
        if r.total:
            parts = [j for j, x in enumerate(rows) if x.code and len(x.code) == 3 and not x.code_incomplete]
        elif r.code and not r.code_incomplete:
            parts = [
                j
                for j, x in enumerate(rows)
                if x.code
                and ((not x.code_incomplete and parent_code(x.code) == r.code) or (x.code_incomplete and x.code == r.code))
            ]
        else:
            continue
        if parts:
            out.append((i, parts))
    return out


def _level_name(table: AccountTable, i: int) -> tuple[str, str]:
    r = table.rows[i]
    if r.total:
        return "合计 = Σ 类", "total = sum of 类"
    if r.code and len(r.code) == 3:
        return "类 = Σ 款", "类 = sum of its 款"
    return "款 = Σ 项", "款 = sum of its 项"


def _shift_finding(ctx: Ctx, table: AccountTable, sh: Shift, cols: list[str]) -> Finding:
    rows = table.rows
    a, b = rows[sh.first], rows[sh.last]
    cols_zh = "、".join(cols)
    if sh.direction == 1:
        zh = f"数值属于上一行的科目（如 {rows[sh.first + 1].label()} 行列示的数属于 {a.label()}）"
        en = "each printed value belongs to the row above"
        orphan, lost = a, b
    else:
        zh = "数值属于下一行的科目"
        en = "each printed value belongs to the row below"
        orphan, lost = b, a
    return Finding(
        "rows_shifted",
        "error",
        ctx.document,
        Source(a.source.file, a.source.line),
        f"{table.name}第 {a.source.line}–{b.source.line} 行（{a.label()} 至 {b.label()}）的「{cols_zh}」"
        f"与科目编码错位一行：{zh}；{orphan.label()} 行的数不属于所列科目，{lost.label()} 的数缺失。"
        f"校正后（缺失的一格除外）不成立的合计关系由 {sh.before} 个减为 {sh.after} 个",
        f"{table.name_en}: lines {a.source.line}-{b.source.line} ({a.label()} to {b.label()}), columns {', '.join(cols)}, "
        f"are shifted one row against their codes: {en}; the value at {orphan.label()} belongs to no listed code and "
        f"{lost.label()}'s value is missing. Corrected (the missing value aside), failing sums drop from {sh.before} to {sh.after}",
        row=f"{a.label()} … {b.label()}",
    )


def check_classified(
    ctx: Ctx, table: AccountTable, reference: AccountTable | None = None
) -> tuple[list[Finding], dict[str, list[Val]]]:
    """Findings for one table, and its values by column after correcting a shift (for cross-table checks).

    ``reference`` is another table with the same codes (the 一般公共预算 table for the 支出决算表): where the
    sums cannot place a shifted run, the run that agrees with it wins.
    """
    findings: list[Finding] = []
    ids = identities(table)
    coded = [i for i, r in enumerate(table.rows) if r.code and not r.total]
    values: dict[str, list[Val]] = {}
    shifts: dict[tuple[int, int, int], tuple[Shift, list[str]]] = {}
    for col in table.columns:
        vals = [r.get(col) for r in table.rows]
        sh = find_shift(ids, vals, coded, ctx.tolerance, _reference(table, reference, col))
        if sh is not None:
            vals = corrected(vals, coded, coded.index(sh.first), coded.index(sh.last), sh.direction)
            shifts.setdefault((sh.first, sh.last, sh.direction), (sh, []))[1].append(col)
        values[col] = vals
    for sh, cols in shifts.values():
        findings.append(_shift_finding(ctx, table, sh, cols))
    for col, vals in values.items():
        for i, parts in ids:
            what = _level_name(table, i)
            r = table.rows[i]
            f = compare(
                ctx,
                "tree_sum" if not r.total else "total_sum",
                (f"{table.name}「{col}」{r.label()}：{what[0]}", f"{table.name_en} [{col}] {r.label()}: {what[1]}"),
                vals[i],
                [vals[j] for j in parts],
                r.source,
                r.label(),
                [table.rows[j].label() for j in parts],
            )
            if f:
                findings.append(f)
    findings.extend(_row_sums(ctx, table, values))
    return _dedupe(findings), values


def _reference(table: AccountTable, ref: AccountTable | None, col: str) -> list[Decimal | None] | None:
    if ref is None or not ref.columns or not table.columns:
        return None
    ref_col = col if col in ref.columns else (ref.columns[0] if col == table.columns[0] else None)
    if ref_col is None:
        return None
    by_code = {r.code: r.get(ref_col).dec for r in ref.coded if not r.code_incomplete}
    return [by_code.get(r.code) if r.code else None for r in table.rows]


def _row_sums(ctx: Ctx, table: AccountTable, values: dict[str, list[Val]]) -> list[Finding]:
    if len(table.columns) < 2:
        return []
    head, rest = table.columns[0], table.columns[1:]
    out: list[Finding] = []
    for i, r in enumerate(table.rows):
        f = compare(
            ctx,
            "row_sum",
            (
                f"{table.name} {r.label()}：{head} = {' + '.join(rest)}",
                f"{table.name_en} {r.label()}: {head} = {' + '.join(rest)}",
            ),
            values[head][i],
            [values[c][i] for c in rest],
            r.source,
            r.label(),
            rest,
        )
        if f:
            out.append(f)
    errors = [f for f in out if f.severity == "error"]
    empty = [c for c in rest if all(blank(values[c][i]) for i in range(len(table.rows)))]
    if len(errors) >= 2 and empty:
        first = table.rows[0]
        return [
            Finding(
                "blank_column",
                "error",
                ctx.document,
                Source(first.source.file, first.source.line),
                f"{table.name}「{'、'.join(empty)}」整列为空，{len(errors)} 行的 {head} 不等于各栏之和"
                f"（如 {errors[0].row}：{head} {errors[0].reported}，其余各栏之和 {errors[0].recomputed}）",
                f"{table.name_en}: column(s) {', '.join(empty)} entirely blank; {len(errors)} rows' {head} differ from "
                f"the sum of the other columns",
                reported=errors[0].reported,
                recomputed=errors[0].recomputed,
                row=errors[0].row,
            )
        ] + [f for f in out if f.severity != "error"]
    return out


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, str]] = set()
    out = []
    for f in findings:
        key = (f.kind, str(f.location))
        if f.kind == "missing_value" and key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def check_code_sums(ctx: Ctx, t: AccountTable) -> list[Finding]:
    """A table whose columns are not known (printed without title or header, ``recognise.accounts_headless``): the
    code sums of ``identities`` (合计 = Σ 类, 类 = Σ 款, 款 = Σ 项), column by column; no column is compared with
    another, so no row sum and no shift is looked for."""
    out: list[Finding | None] = []
    for i, parts in identities(t):
        r, what = t.rows[i], _level_name(t, i)
        for col in t.columns:
            out.append(compare(ctx, "tree_sum" if not r.total else "total_sum",
                               (f"{t.name}「{col}」{r.label()}：{what[0]}", f"{t.name_en} [{col}] {r.label()}: {what[1]}"),
                               r.get(col), [t.rows[j].get(col) for j in parts], r.source, r.label(),
                               [t.rows[j].label() for j in parts], blame_blank=False))
    return [f for f in out if f is not None]
