"""一文两数 — a figure quoted in a report's text must agree with its tables and with itself.

- execution rates quoted in the body against the rows of the budget table they describe (found by the
  amount quoted beside the rate), saying which row a misplaced rate belongs to (seed 002);
- the evaluation's total score, the satisfaction rate of one survey, a section's points: each quoted more
  than once must be the same number (seed 003). An indicator's own paragraph is checked in ``dept``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal

from jixiao.audit.common import finding, num, pct, percent, squash_numbers
from jixiao.audit.tables import RateTable, _label, _text, header_index, rate_table, rounds_to
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, parse_decimal
from jixiao.core.rounding import HALF_UP_2
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table

NamedAt = Callable[[Source], str]
Text = tuple[str, Source]

_AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*万元")
_RATE = re.compile(r"执行率\s*(?:为|达)?\s*(\d+(?:\.\d+)?)\s*%")
_SENTENCE = re.compile(r"[^。；;！!？?]+")


def texts(tables: Iterable[Table], body: Iterable[Text]) -> list[Text]:
    """Every piece of running text: body lines and the text inside table cells."""
    out = [(squash_numbers(t), s) for t, s in body]
    for table in tables:
        for row in table.rows:
            out += [(squash_numbers(c.text), c.source) for c in row if len(c.text) > 12]
    return out


def check_body_rates(tables: list[Table], body: list[Text], name_at: NamedAt) -> list[Finding]:
    rts = [rt for rt in (rate_table(t) for t in tables) if rt is not None]
    out: list[Finding] = []
    for text, src in body:
        line = squash_numbers(text)
        start = prev_end = 0
        for m in _RATE.finditer(line):
            amounts = [a for a in _AMOUNT.finditer(line, start, m.start())]
            start = m.end()
            if not amounts:
                prev_end = m.end()
                continue
            quoted = Decimal(m.group(1))
            amount = parse_decimal(amounts[-1].group(1))
            found = _row_by_amount(rts, amount)
            if found is None:
                out += _sentence_rate(line[prev_end: m.start()], quoted, src, name_at)
            else:
                out += _compare(found[0], found[1], quoted, src, name_at)
            prev_end = m.end()
    return out


_BUDGET_SAID = re.compile(r"预算(?:支出|数|为|总额)?\s*(\d[\d,]*(?:\.\d+)?)\s*万元")
_SPENT_SAID = re.compile(r"(?:实际拨付|实际支出|支出决算数?为?|决算支出|决算数为?)\s*(\d[\d,]*(?:\.\d+)?)\s*万元")


def _sentence_rate(segment: str, quoted: Decimal, src: Source, name_at: NamedAt) -> list[Finding]:
    """A rate quoted after its own budget and spending (``预算29854万元…实际拨付29833.73万元,预算执行率为99.9%``)."""
    spent = list(_SPENT_SAID.finditer(segment))
    if not spent:
        return []
    e = parse_decimal(spent[-1].group(1))
    budgets = [b for b in _BUDGET_SAID.finditer(segment, 0, spent[-1].start())]
    b = parse_decimal(budgets[-1].group(1)) if budgets else None
    exact = percent(e, b)
    if exact is None or rounds_to(exact, quoted):
        return []
    rec = HALF_UP_2.apply(exact)
    return [finding(
        "body_rate", "suspect", name_at(src), src,
        f"正文称执行率{pct(quoted)}，按同句所列{num(e)}÷{num(b)}×100%={pct(rec)}。",
        f"The text gives a rate of {quoted}%; its own figures give {e}÷{b}×100% = {rec}%.",
        pct(quoted), pct(rec), None,
    )]


def _row_by_amount(rts: list[RateTable], amount: Decimal | None) -> tuple[RateTable, list[Cell]] | None:
    if amount is None:
        return None
    for rt in rts:
        for row in rt.rows():
            if parse_decimal(_text(row, rt.executed)) == amount:
                return rt, row
    return None


def _compare(rt: RateTable, row: list[Cell], quoted: Decimal, src: Source, name_at: NamedAt) -> list[Finding]:
    exact = rt.exact_rate(row)
    if exact is None or rounds_to(exact, quoted):
        return []
    label = _label(row)
    rec = HALF_UP_2.apply(exact)
    owners = []
    for other in rt.rows():
        x = rt.exact_rate(other)
        published = parse_decimal(_text(other, rt.rate))
        if other is not row and ((x is not None and rounds_to(x, quoted)) or published == quoted):
            owners.append(_label(other))
    formula = f"{_text(row, rt.executed)}÷{_text(row, rt.budget)}×100%={pct(rec)}"
    title = rt.table.title or "表"
    zh = f"正文称{label}（{_text(row, rt.executed)}）执行率{pct(quoted)}，按{title[:12]}应为{formula}"
    en = f"The text gives {label} ({_text(row, rt.executed)}) a rate of {quoted}%; the table gives {formula}"
    if owners:
        zh += f"；{pct(quoted)}是“{'、'.join(owners)}”一行的执行率"
        en += f"; {quoted}% belongs to the row {', '.join(owners)}"
    return [finding("rate_wrong_row" if owners else "body_vs_table", "error", name_at(src), src, zh + "。",
                    en + ".", pct(quoted), pct(rec), label)]


# The evaluation's total score, as the text and the tables quote it.
_TOTAL_SAID = re.compile(r"(?:评价结果为|评分结果为|评价得分为?|平均得分|部门整体绩效评价得分为)\s*(\d{1,3}\.\d{1,2})\s*分")
_TOTAL_CELL = ("评价分值", "评价得分", "综合得分")
_SATISFACTION = re.compile(r"(?<!在职人员)满意度\s*(?:为|达)?\s*(\d{1,3}(?:\.\d+)?)\s*%")
SUBJECTS = (("在职人员", ("在职人员",)), ("服务对象", ("服务对象", "街镇", "企业")))


def _group(values: list[tuple[Decimal, Source]]) -> dict[Decimal, list[Source]]:
    out: dict[Decimal, list[Source]] = {}
    for v, s in values:
        out.setdefault(v, []).append(s)
    return out


def _where(sources: list[Source]) -> str:
    return "、".join(f"第{s.line}行" if s.line else str(s) for s in sources[:3])


def _mismatch(kind_zh: str, kind_en: str, values: list[tuple[Decimal, Source]], name_at: NamedAt) -> list[Finding]:
    values = sorted(values, key=lambda x: x[1].line or 0)  # in the order a reader meets them
    groups = _group(values)
    if len(groups) < 2:
        return []
    parts = [f"{num(v)}（{_where(s)}）" for v, s in groups.items()]
    ordered = list(groups)
    return [finding(
        "figure_mismatch", "suspect", name_at(values[0][1]), groups[ordered[1]][0],
        f"同一文件中{kind_zh}出现不同数值：{' 与 '.join(parts)}。",
        f"The file gives different values for {kind_en}: {', '.join(num(v) or '' for v in groups)}.",
        num(ordered[1]), num(ordered[0]), kind_zh,
    )]


def _total_values(tables: list[Table], all_text: list[Text]) -> list[tuple[Decimal, Source]]:
    vals: list[tuple[Decimal, Source]] = []
    for text, src in all_text:
        for sent in _SENTENCE.findall(text):
            if "评价" in sent or "得分" in sent:
                vals += [(Decimal(m.group(1)), src) for m in _TOTAL_SAID.finditer(sent)]
    for table in tables:
        for row in table.rows:
            for k, c in enumerate(row[:-1]):
                if c.text.strip() in _TOTAL_CELL:
                    v = parse_decimal(row[k + 1].text)
                    if v is not None:
                        vals.append((v, row[k + 1].source))
        h = header_index(table, ("得分",))
        if h is None:
            continue
        col = next((k for k, c in enumerate(table.rows[h]) if c.text.strip() == "得分"), None)
        for row in table.rows[h + 1:]:
            if col is None or col >= len(row) or _label(row) != "合计":
                continue
            if any(parse_decimal(c.text) == 100 for c in row):  # the whole evaluation, not a section
                v = parse_decimal(row[col].text)
                if v is not None:
                    vals.append((v, row[col].source))
    return vals


def _satisfaction(all_text: list[Text]) -> dict[str, list[tuple[Decimal, Source]]]:
    out: dict[str, list[tuple[Decimal, Source]]] = {}
    for text, src in all_text:
        for sent in _SENTENCE.findall(text):
            if "调查" not in sent:
                continue
            subject = next((name for name, words in SUBJECTS if any(w in sent for w in words)), None)
            if subject is None:
                continue
            for m in _SATISFACTION.finditer(sent):
                out.setdefault(subject, []).append((Decimal(m.group(1)), src))
    return out


_SECTION = re.compile(r"(部门\S{2})类指标总分\s*(\d+(?:\.\d+)?)\s*分\s*[,，]\s*实际得分\s*(\d+(?:\.\d+)?)\s*分")


def _section_sums(tables: list[Table]) -> dict[str, tuple[Decimal, Decimal, Source]]:
    """Per first-level label of a two-level score table (一级指标 | 二级指标 | 分值 | 得分): Σ points, Σ scores."""
    out: dict[str, tuple[Decimal, Decimal, Source]] = {}
    for table in tables:
        h = header_index(table, ("一级指标",))
        if h is None:
            continue
        head = [c.text.strip() for c in table.rows[h]]
        if "分值" not in head or "得分" not in head:
            continue
        wk, sk = head.index("分值"), head.index("得分")
        current = None
        for row in table.rows[h + 1:]:
            first = _text(row, 0)
            if first and first != "合计":
                current = first
            w, s = parse_decimal(_text(row, wk)), parse_decimal(_text(row, sk))
            if current is None or first == "合计" or w is None or s is None:
                continue
            pw, ps, src = out.get(current, (ZERO, ZERO, row[0].source))
            out[current] = (pw + w, ps + s, src)
    return out


def check_section_totals(tables: list[Table], all_text: list[Text], name_at: NamedAt) -> list[Finding]:
    """``部门管理类指标总分 28.5 分，实际得分 23.23 分`` against the rows of the score table."""
    sums = _section_sums(tables)
    out: list[Finding] = []
    seen: set[tuple[str, Decimal]] = set()
    for text, src in all_text:
        for m in _SECTION.finditer(text):
            name, said = m.group(1), Decimal(m.group(3))
            key = next((k for k in sums if name in k), None)
            if key is None or (name, said) in seen:
                continue
            seen.add((name, said))
            w, s, tsrc = sums[key]
            said_w = Decimal(m.group(2))
            owner = next((k for k, (ow, os_, _) in sums.items() if (ow, os_) == (said_w, said)), None)
            if said_w != w and owner is not None and owner != key:
                out.append(finding(
                    "section_label", "suspect", name_at(src), src,
                    f"正文称{name}类指标总分{num(said_w)}分、实际得分{num(said)}分，但这是评分表中“{owner}”的数字"
                    f"（“{key}”为{num(w)}分、{num(s)}分）。",
                    f"The text calls {said_w}/{said} points the {name} section, but these are the figures of '{owner}'.",
                    name, owner, key,
                ))
                continue
            if s != said:
                out.append(finding(
                    "section_total", "error", name_at(src), src,
                    f"正文称{name}类指标实际得分{num(said)}分，评分表中“{key}”各行得分之和为{num(s)}分（第{tsrc.line}行起）。",
                    f"The text gives {name} {said} points; the score table's rows under '{key}' sum to {s}.",
                    num(said), num(s), key,
                ))
    return out


def check_repeated(tables: list[Table], body: list[Text], name_at: NamedAt) -> list[Finding]:
    all_text = texts(tables, body)
    out = _mismatch("评价总分", "the evaluation's total score", _total_values(tables, all_text), name_at)
    for subject, values in _satisfaction(all_text).items():
        out += _mismatch(f"{subject}综合满意度", f"the satisfaction rate of {subject}", values, name_at)
    out += check_section_totals(tables, all_text, name_at)
    return out
