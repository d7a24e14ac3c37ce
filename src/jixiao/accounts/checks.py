"""The final-accounts checks (部门决算审核): balance, logic, cross-table, codes, text, plausibility.

Each check is a small function returning ``core.findings.Finding``; ``check_accounts(doc)`` runs them all
on a ``Document(type="final_accounts")`` and is what ``jixiao audit`` calls.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from jixiao.accounts.balance_words import balance_word_findings
from jixiao.accounts.carried import carried
from jixiao.accounts.classified import check_classified, check_code_sums
from jixiao.accounts.codes import CodeList, check_codes, load_codes
from jixiao.accounts.compared import check_compared
from jixiao.accounts.cross import check_cross
from jixiao.accounts.exec_table import check_execution
from jixiao.accounts.identity import DEFAULT_TOLERANCE, Ctx, compare
from jixiao.accounts.items import check_items
from jixiao.accounts.kind_split import kind_split_findings
from jixiao.accounts.labelled import LABELLED, check_labelled
from jixiao.accounts.model import CLASSIFIED, AccountRow, Accounts, AccountTable, clean_name
from jixiao.accounts.notes_anylist import any_list_findings
from jixiao.accounts.notes_checks import check_notes
from jixiao.accounts.notes_parts import split_findings
from jixiao.accounts.notes_whole import whole_part_findings
from jixiao.accounts.prose import paragraphs
from jixiao.accounts.related import check_related
from jixiao.accounts.sangong import TAKEN_BLANK, check_three_public
from jixiao.accounts.sangong_blame import told_figures
from jixiao.accounts.sangong_told_sums import told_sums
from jixiao.accounts.sangong_words import check_sangong_words
from jixiao.accounts.target_costs import check_target_costs
from jixiao.accounts.target_tasks import check_target_tasks
from jixiao.accounts.target_whole import check_target_whole
from jixiao.accounts.targets import check_target_funds
from jixiao.accounts.text import check_text
from jixiao.accounts.text_pair_rates import pair_rate_findings
from jixiao.accounts.text_pairs import pair_findings
from jixiao.accounts.text_prior import (
    budget_change_findings,
    carry_findings,
    prior_findings,
    prior_rate_findings,
)
from jixiao.core.findings import Finding
from jixiao.core.records import MISSING, Document, Val
from jixiao.read.recognise.compared import KIND as COMPARED

_ORDINAL_ITEM = re.compile(r"^[一二三四五六七八九十]+、")


def _item(t: AccountTable, side: str, *names: str) -> AccountRow | None:
    for n in names:
        r = t.item(n, side)
        if r is not None:
            return r
    return None


def _v(r: AccountRow | None, col: str) -> Val:
    return r.get(col) if r is not None else MISSING


def check_summary(ctx: Ctx, t: AccountTable) -> list[Finding]:
    """收入总计 = 本年收入合计 + 用事业基金弥补收支差额 + 年初结转和结余; 支出总计 = 本年支出合计 + 结余分配 +
    年末结转和结余; 收入总计 = 支出总计; 本年收入/支出合计 = Σ the numbered items above them. A budget's
    summary has no 本年…合计 line: there the 总计 is the sum of the numbered items itself. A numbered item
    with sub-items ("一、财政拨款收入" over "1. 一般公共预算") is their sum, and where a side has a 合计
    column with others after it, each row's 合计 is their sum."""
    out: list[Finding | None] = []
    name = t.name
    inc_cols = [c for c in t.columns if any(c in r.values for r in t.rows if r.side == "income")][:1]
    exp_cols = [c for c in t.columns if any(c in r.values for r in t.rows if r.side == "expenditure")]
    in_total = _item(t, "income", "总计", "收入总计")
    ex_total = _item(t, "expenditure", "总计", "支出总计")
    in_year = _item(t, "income", "本年收入合计")
    ex_year = _item(t, "expenditure", "本年支出合计")
    # lines not numbered (一般公共预算拨款收入 | 事业收入 | 本年收入合计 with no 一、二、): which of them make the 合计 is
    # not known, so no sum is made of them (never a total against an empty sum)
    for col in inc_cols:
        year: list[AccountRow | None] = [in_year] if in_year else _numbered(t, "income", in_total) if in_total else []
        if in_total and year:
            parts = _plus(year, [_item(t, "income", "用事业基金弥补收支差额"),
                                 carried(t, "income", "年初结转和结余", "年初财政拨款结转和结余", "上年结转", "上年结转结余",
                                       "上年结转和结余", "年初结转结余")])
            out.append(_cmp(ctx, "balance", f"{name} 收入总计 = 本年收入合计 + 用事业基金弥补收支差额 + 年初结转和结余",
                            f"{t.name_en}: income total = income of the year + reserve fund used + carried over at the start",
                            in_total, col, parts))
        if in_year and (items := _numbered(t, "income", in_year)):
            out.append(_cmp(ctx, "total_sum", f"{name} 本年收入合计 = Σ 各项收入", f"{t.name_en}: income of the year = sum of its items",
                            in_year, col, items))
        out.extend(_sub_items(ctx, t, "income", col))
    for col in exp_cols:
        year2: list[AccountRow | None] = (
            [ex_year] if ex_year else _numbered(t, "expenditure", ex_total) if ex_total else [])
        if ex_total and year2:
            parts = _plus(year2, [_item(t, "expenditure", "结余分配"),
                                 carried(t, "expenditure", "年末结转和结余", "年末财政拨款结转和结余", "年末结转",
                                       "结转下年", "年末结转结余", "结转下年支出")])  # a budget's words for it
            out.append(_cmp(ctx, "balance", f"{name}「{col}」支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余",
                            f"{t.name_en} [{col}]: expenditure total = spending of the year + distribution + carried over at the end",
                            ex_total, col, parts))
        if ex_year and (items := _numbered(t, "expenditure", ex_year)):
            out.append(_cmp(ctx, "total_sum", f"{name}「{col}」本年支出合计 = Σ 各类支出",
                            f"{t.name_en} [{col}]: spending of the year = sum of its 类", ex_year, col, items))
        out.extend(_sub_items(ctx, t, "expenditure", col))
    if len(exp_cols) > 1 and exp_cols[0] == "合计":
        for r in t.rows:
            if r.side == "expenditure" and any(r.get(c).dec for c in exp_cols):
                out.append(compare(ctx, "row_sum", (f"{name} {clean_name(r.name)}：合计 = {' + '.join(exp_cols[1:])}",
                                                    f"{t.name_en} {clean_name(r.name)}: total = sum of the columns"),
                                   r.get("合计"), [r.get(c) for c in exp_cols[1:]], r.source, clean_name(r.name),
                                   exp_cols[1:], blame_blank=False))
    if in_total and ex_total and inc_cols and exp_cols:
        f = compare(ctx, "balance", (f"{name} 收入总计 = 支出总计", f"{t.name_en}: income total = expenditure total"),
                    in_total.get(inc_cols[0]), [ex_total.get(exp_cols[0])], ex_total.source, "总计")
        out.append(f)
    return [f for f in out if f]


def _plus(items: list[AccountRow | None], more: list[AccountRow | None]) -> list[AccountRow | None]:
    return items + [m for m in more if m is not None and all(m is not x for x in items)]


_SUB_ITEM = re.compile(r"^\d+[、.．]")


def _sub_items(ctx: Ctx, t: AccountTable, side: str, col: str) -> list[Finding | None]:
    """"一、财政拨款收入" = Σ the "1. 一般公共预算 …" lines under it."""
    out: list[Finding | None] = []
    groups: list[tuple[AccountRow, list[AccountRow]]] = []
    for r in t.rows:
        if r.side != side:
            continue
        if _ORDINAL_ITEM.match(r.name.strip()):
            groups.append((r, []))
        elif _SUB_ITEM.match(r.name.strip()) and groups:
            groups[-1][1].append(r)
        elif not r.name.strip().startswith("其中"):
            groups.append((r, []))  # an unnumbered line ends the group
    for parent, kids in groups:
        if kids and col in parent.values:
            out.append(_cmp(ctx, "total_sum", f"{t.name}「{col}」{clean_name(parent.name)} = Σ 其下各项",
                            f"{t.name_en} [{col}]: {clean_name(parent.name)} = sum of its sub-items", parent, col, list(kids)))
    return out


def _numbered(t: AccountTable, side: str, stop: AccountRow) -> list[AccountRow | None]:
    items: list[AccountRow | None] = []
    for r in t.rows:
        if r is stop:
            break
        if r.side == side and _ORDINAL_ITEM.match(r.name.strip()):
            items.append(r)
    return items


def _cmp(
    ctx: Ctx, kind: str, zh: str, en: str, total: AccountRow, col: str, parts: list[AccountRow | None]
) -> Finding | None:
    present = [p for p in parts if p is not None]
    return compare(ctx, kind, (zh, en), total.get(col), [_v(p, col) for p in present], total.source,
                   total.name, [p.name for p in present], blame_blank=False)


def check_plausibility(ctx: Ctx, acc: Accounts) -> list[Finding]:
    """An empty table must carry a statement saying so (e.g. "故本表无数据"); not a target table whose funds were not
    read (its amounts are there, under labels no reader knows: the document says so)."""
    out: list[Finding] = []
    for t in acc.tables:
        if t.empty and t.statement is None and not (t.kind == "target_funds" and not t.rows):
            out.append(Finding(
                "empty_table", "info", ctx.document, t.source,
                f"{t.name}无数据，但表后没有说明（如“本单位无……支出，故本表无数据”）",
                f"the {t.name_en} is empty and carries no statement saying why",
                row=t.title,
            ))
    return out


def check_contents(ctx: Ctx, acc: Accounts) -> list[Finding]:
    """A table the 目录 lists must be there (a table declared empty is there: it is read, with its statement).

    Only a table listed BEFORE one that is there is shown missing (the text went past where it stands: an error);
    the tables listed after the last one present may lie beyond where the text ends (a page cut, tables attached
    apart): said as info, never an error."""
    present = {t.kind for t in acc.tables}
    last = max((k for k, (kind, _, _) in enumerate(acc.contents) if kind in present), default=-1)
    out: list[Finding] = []
    for k, (kind, line, where) in enumerate(acc.contents):
        if kind in present:
            continue
        if k < last:
            out.append(Finding("table_missing", "error", ctx.document, where, f"目录列有「{line}」，文件中没有这张表",
                               f"the contents list {line!r} but the document has no such table", row=line))
        else:
            out.append(Finding("table_missing", "info", ctx.document, where,
                               f"目录列有「{line}」，文件中没有这张表；它列在文件中最后一张表之后，可能在文本结束处之后或另附，未作核对",
                               f"the contents list {line!r}, which is not in the document; it is listed after the last "
                               "table the document holds, so it may lie beyond where the text ends or be attached apart: "
                               "not checked", row=line))
    return out


def check_accounts(
    doc: Document, tolerance: Decimal = DEFAULT_TOLERANCE, codes: CodeList | None = None,
    made: list[tuple[str, str, bool]] | None = None,
) -> list[Finding]:
    """All final-accounts checks on one document; empty for documents of other types. ``made``, when given,
    receives every identity compared: (kind, what it says, held)."""
    acc = doc.extra.get("accounts")
    if not isinstance(acc, Accounts):
        return []
    labelled = [t for t in acc.tables if t.kind == LABELLED]  # read by its labels alone: checked on its own
    if not all(t.checked for t in acc.tables):  # a table read from loose words, not whole: no check uses it
        acc = replace(acc, tables=[t for t in acc.tables if t.checked])
    ctx = Ctx(doc.title or "部门决算", tolerance, made if made is not None else [])
    paras = paragraphs(doc.body)  # split once, for every check of the text
    findings: list[Finding] = []
    corrected: dict[str, dict[str, list[Val]]] = {}
    for t in acc.tables:
        before = len(findings)
        if t.kind in CLASSIFIED:
            ref = acc.table("gp_expenditure") if t.kind == "expenditure" else None
            fs, vals = check_classified(ctx, t, ref)
            findings.extend(fs)
            corrected[t.kind] = vals
        elif t.kind == "three_public":
            findings.extend(check_three_public(ctx, t, told_figures(doc.body, t)))
        elif t.kind == "notes":
            findings.extend(check_notes(ctx, t, doc.body, paras))
        elif t.kind == "target_funds":
            findings.extend(check_target_funds(ctx, t))
            findings.extend(check_target_whole(ctx, t))
        elif t.kind == "target_costs":
            findings.extend(check_target_costs(ctx, t))
        elif t.kind == "target_tasks":
            findings.extend(check_target_tasks(ctx, t))
        elif t.kind == "execution":
            findings.extend(check_execution(ctx, t))
        elif t.kind == "coded":  # columns not known: its code sums alone
            findings.extend(check_code_sums(ctx, t))
        elif t.kind == "related":  # columns not known: the relations its rows confirm
            findings.extend(check_related(ctx, t))
        elif t.kind == COMPARED:  # two years' indicators: each row's growth
            findings.extend(check_compared(ctx, t))
        else:
            findings.extend(check_summary(ctx, t))
        if t.alone:  # a table told by its own header alone (printed without a title): its kind may be misjudged
            findings[before:] = [replace(f, severity="suspect") if f.severity == "error" else f for f in findings[before:]]
    together = replace(acc, tables=[t for t in acc.tables if not t.alone])  # tables compared with each other
    findings.extend(check_cross(ctx, together, corrected))
    findings.extend(check_codes(ctx, acc, codes if codes is not None else load_codes(acc.year)))
    findings.extend(check_text(ctx, together, paras))
    findings = _with_told_sums(findings, told_sums(ctx, together, doc.body))
    findings = _not_blank_where_told(findings)
    kinds = [f for f in kind_split_findings(ctx, doc.body, paras) if f]
    # a share the two kinds' arithmetic judged (基本支出 and 项目支出 of one whole) is not also guessed at
    judged = {(str(f.location), f.reported) for f in kinds if f.kind == "text_percent"}
    findings = [f for f in findings if not (f.kind == "text_percent" and f.severity == "suspect"
                                            and (str(f.location), f.reported) in judged)]
    findings.extend(kinds)
    findings.extend(f for f in split_findings(ctx, paras) if f)  # wholes whose parts are complete by definition
    said = {(str(f.location), f.reported) for f in findings if f.severity != "info"}  # (债务限额 = 一般 + 专项 …)
    findings.extend(f for f in whole_part_findings(ctx, paras) if (str(f.location), f.reported) not in said)
    said = {(str(f.location), f.reported) for f in findings if f.severity != "info"}  # (by names, or the 三公 text's)
    findings.extend(f for f in any_list_findings(ctx, paras) if (str(f.location), f.reported) not in said)
    findings.extend(f for f in balance_word_findings(ctx, paras) if f)
    findings.extend(carry_findings(ctx, paras))
    rated: set[tuple[str, str]] = set()
    words = check_sangong_words(ctx, acc, doc.body, paras, rated)
    # a 三公 item's rate checked on its own figure replaces the general reading's guess at its base
    findings = [f for f in findings if f.kind != "text_growth" or (str(f.location), f.reported) not in rated]
    findings.extend(words)
    said = {(str(f.location), f.reported) for f in findings if f.severity != "info"}  # (a 三公 item's, said once)
    findings.extend(f for f in prior_findings(ctx, paras) if (str(f.location), f.reported) not in said)
    findings.extend(f for f in prior_rate_findings(ctx, paras) if (str(f.location), f.reported) not in said)
    findings.extend(f for f in budget_change_findings(ctx, paras) if (str(f.location), f.reported) not in said)
    findings.extend(f for f in pair_findings(ctx, paras) if (str(f.location), f.reported) not in said)
    findings.extend(f for f in pair_rate_findings(ctx, paras) if (str(f.location), f.reported) not in said)
    findings.extend(check_items(ctx, acc, paras))
    findings.extend(check_contents(ctx, acc))
    findings.extend(check_plausibility(ctx, acc))
    findings.extend(f for t in labelled for f in check_labelled(ctx, t))
    return _once_per_rate(_once_per_missing_cell(findings))


def _with_told_sums(findings: list[Finding], sums: list[Finding]) -> list[Finding]:
    """The 说明's own 三公 sums added where no error already stands on the same figure and the table's sum does not
    already fail on the same figures; a suspect there (the figure against the table, "疑为口径写错") gives way to the
    sum, which proves it by the text's own arithmetic."""
    erred = {(str(f.location), f.reported) for f in findings if f.severity == "error"}
    # the table's own sum failing on the same figures (its 合计 and the 说明's both printed wrong alike): said once
    shown = {(f.reported, f.recomputed) for f in findings if f.kind == "three_public" and f.severity != "info"}
    new = [f for f in sums if (str(f.location), f.reported) not in erred and (f.reported, f.recomputed) not in shown]
    proven = {(str(f.location), f.reported) for f in new if f.severity == "error"}
    return [f for f in findings if f.severity != "suspect" or (str(f.location), f.reported) not in proven] + new


def _not_blank_where_told(findings: list[Finding]) -> list[Finding]:
    """A 三公 sum that failed with an item taken as blank, while the notes give that item's figure (the cell was lost,
    said by ``text``'s suspect): the sum's suspect says nothing more and is dropped."""
    told = {f.row for f in findings if f.kind == "text_amount" and f.row and f.recomputed is None}
    return [f for f in findings if not (f.kind == "three_public" and TAKEN_BLANK in f.message
                                        and any(item in f.message.rsplit("（", 1)[-1] for item in told))]


def _once_per_missing_cell(findings: list[Finding]) -> list[Finding]:
    """A blank cell that breaks several identities (its 款, its row, the other tables) is one finding."""
    missing: set[str] = set()
    out: list[Finding] = []
    for f in findings:
        key = str(f.location)
        if f.kind in ("missing_value", "cross_table", "tree_sum") and key in missing:
            continue
        if f.kind == "missing_value":
            missing.add(key)
        out.append(f)
    return out


def _once_per_rate(findings: list[Finding]) -> list[Finding]:
    """A rate the text states is checked by the reading that knows its sentence best first (a 完成…同比增长x%,增收B
    of a report, ``notes``) and by the general one (``text_rates``): the same rate on the same line is one finding,
    the first (two lines whose rates are printed alike are still two findings)."""
    seen: set[tuple[str, str, str | None, str | None, str]] = set()
    out: list[Finding] = []
    for f in findings:
        line = re.sub(r"(增减率|占比|预算完成率)$", "", f.row or "")  # the line the rate is of, however it is said
        key = (f.kind, str(f.location), f.reported, f.recomputed, line)
        if f.kind in ("text_growth", "text_percent") and key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out
