"""A spending amount the 情况说明 splits into 基本支出 and 项目支出 right after it: the two are the whole of it.

"1. 政府办公厅(室)及相关事务5,631万元,其中:基本支出3,931万元;项目1,745万元。" (each kind may carry its share:
"其中:基本支出400万元,占75.47%;项目支出120万元,占22.64%") — every spending line of a
部门预算 or 部门决算 is 基本支出 or 项目支出 by definition, so when its 其中 gives exactly these two (and nothing
else follows in the sentence: a 决算 may add 上缴上级支出, 经营支出 …) the amount must be their sum. The line may be
any line (a functional class or 款 the stated figures do not name): the words of its clause before the amount name
it. Amounts are compared in the unit they are printed in, and only when all three are printed in the same unit.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.accounts.class_reasons import class_change_findings
from jixiao.accounts.identity import Ctx, compare, suspected
from jixiao.accounts.kind_reasons import reasoned_change_findings, signed
from jixiao.accounts.prose import CHANGE_WORDS, LIST_NO, NUMBER_START, SHARE, in_reason, where
from jixiao.accounts.text_rates import ANY_AMOUNT, pct, pct_finding
from jixiao.core.findings import Finding
from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source

_NUM = r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)"
# the share a kind's amount may be said to hold before the next kind ("基本支出400万元,占75.47%;项目支出…")
_SHARE = f"(?:{SHARE})?"
_SHARE_AFTER = re.compile(SHARE)
_SPLIT = re.compile(NUMBER_START + _NUM + r"\s*[,，]?\s*其中\s*[:：]?\s*基本支出(?:预算)?\s*(?:为)?\s*" + _NUM + _SHARE
                    + r"\s*[;；,，、]\s*项目(?:支出)?(?:预算)?\s*(?:为)?\s*" + _NUM)
_AMOUNT_AFTER = re.compile(r"\d\s*(?:亿元|万元|元)")
_CLAUSE_END = re.compile(r"[。,，;；:：]")
_FILLER = re.compile(r"(?:预算|决算)?(?:数)?(?:为|是|共计|合计|安排)?$")


_LABEL_SPAN = 48  # the characters before an amount its clause's words are looked for in (linear in a long paragraph)
_CODE = re.compile(r"^\s*\d{3}(?:\d{2}){0,2}\s*(?=[\u4e00-\u9fff])")  # "2060201机构运行": the 项's code before its name


def clause_label(text: str, at: int) -> str:
    """The line the amount at ``at`` is said of: the words of its clause before it, without a list number, a
    classification code or 为/共计."""
    words = _CLAUSE_END.split(text[max(0, at - _LABEL_SPAN):at])[-1]
    return _FILLER.sub("", _CODE.sub("", LIST_NO.sub("", words))).strip()


# "基本支出预算 2476260.58 元,占一般公共预算支出的84.06%" … "项目支出 469500 元,占一般公共预算支出的 19.62%"
_KIND_SHARE = re.compile(r"(基本支出|项目支出)(?:预算)?\s*(?:为)?\s*" + _NUM + r"\s*[,，]?\s*占\s*([^\d,，。;；%]{1,14}?)的\s*"
                         r"(\d+(?:\.\d+)?)\s*%")


def kind_share_findings(ctx: Ctx, body: list[tuple[str, Source]]) -> list[Finding | None]:
    """The shares of 基本支出 and 项目支出 in the same named whole ("占一般公共预算支出的X%"), each said once in the
    same unit: when one share is the kind's part of the two kinds' sum (so the whole is their sum), the other must
    be too; when neither is (the whole holds other kinds as well), nothing is said."""
    lines = [(normalize_text(x), s) for x, s in body]
    found: dict[tuple[str, str], list[re.Match[str]]] = {}
    for m in _KIND_SHARE.finditer("".join(x for x, _ in lines).replace("\n", "")):
        found.setdefault((re.sub(r"\s", "", m.group(4)), m.group(3)), []).append(m)
    out: list[Finding | None] = []
    for (whole, _), ms in found.items():
        kinds = {m.group(1): m for m in ms}
        if len(ms) != 2 or len(kinds) != 2:
            continue
        amounts = {k: parse_decimal(m.group(2)) for k, m in kinds.items()}
        if any(v is None or v <= 0 for v in amounts.values()):
            continue
        total = sum((v for v in amounts.values() if v is not None), Decimal(0))
        fits = {k: pct(amounts[k] or Decimal(0), total, m.group(5)) == parse_decimal(m.group(5))
                for k, m in kinds.items()}
        if sum(fits.values()) != 1:
            continue  # both hold, or neither (other kinds in the whole): nothing proven
        k = next(k for k, ok in fits.items() if not ok)
        m = kinds[k]
        got = pct(amounts[k] or Decimal(0), total, m.group(5))
        out.append(pct_finding(ctx, "text_percent", lines,
                               m.group(5), got, f"{m.group(2)} ÷ ({' + '.join(x.group(2) for x in kinds.values())})",
                               "error", (f"{k}占{whole}的比例", f"share of {k} in {whole}")))
    return out


# "…财政拨款支出1643.29万元,比上年增加105.77万元。其中:基本支出952.50万元,比上年增加39.77万元,主要原因是…;项目支出690.79万元,
# 比上年增加66.00万元,主要用于…。": the two kinds in a sentence of their own after the whole's, each with its remarks
_OPENS = re.compile(r"。\s*其中\s*[:：]?\s*基本支出(?:预算)?\s*(?:为)?\s*" + NUMBER_START + _NUM)
_PROJECT = re.compile(r"[;；,，]\s*项目支出(?:预算)?\s*(?:为)?\s*" + NUMBER_START + _NUM)
_NAMED = re.compile(r"([^\d。;；,，:：、]{0,30}?)\s*" + NUMBER_START + _NUM)  # an amount and its words
_ANY = re.compile(ANY_AMOUNT)
_CHANGED = re.compile(r"(?:[比较]\s*(?:上年度?|去年|\d{4}\s*年度?)(?:预算数?)?|同比)\s*(增加|减少|增长|下降)\s*" + NUMBER_START + _NUM)


def _changes_only(text: str, lo: int, hi: int) -> bool:
    """Every amount in text[lo:hi] is said as a change (增加/减少 … before it) or in a remark on why (its clause after
    主要原因是 / 主要是因为 …), none as a figure of its own."""
    return all(CHANGE_WORDS.search(text, max(lo, m.start() - 12), m.start()) or in_reason(text, m.start(), lo)
               for m in _ANY.finditer(text, lo, hi))


def _signed(m: re.Match[str] | None) -> Decimal | None:
    """The change said, with its sign (``kind_reasons.signed``)."""
    return None if m is None else signed(m.group(1), m.group(2))


def remarked_split_findings(ctx: Ctx, paras: list[tuple[str, list[tuple[str, Source]]]]) -> list[Finding | None]:
    """The two kinds said in the sentence after the whole's, each with its remarks (see ``_OPENS``): the whole is the
    one spending amount the sentence before states (never a change; of two, 支出合计 and 支出预算数, neither), the kinds
    the first figures of their clauses, and nothing but changes said between and after them to the sentence's end (a
    third kind, or a figure in a remark, leaves it unread). The whole is their sum; and where the whole and both kinds each state their change
    on last year, the whole's change is the sum of theirs (suspect: the years compared may be counted otherwise)."""
    out: list[Finding | None] = []
    for text, lines in paras:
        for m in _OPENS.finditer(text):
            start = text.rfind("。", 0, m.start()) + 1
            wholes = [w for w in _NAMED.finditer(text, start, m.start())
                      if "支出" in w.group(1) and not CHANGE_WORDS.search(w.group(1))]
            end = text.find("。", m.end())
            end = len(text) if end < 0 else end
            project = _PROJECT.search(text, m.end(), end)
            if len(wholes) != 1 or project is None or len({wholes[-1].group(3), m.group(2), project.group(2)}) != 1 or \
                    not _changes_only(text, m.end(), project.start()) or not _changes_only(text, project.end(), end):
                continue
            w = wholes[-1]
            # (the year before the words, or its 年 alone when the amount's words begin after its digits)
            label = re.sub(r"^\s*(?:\d{4}\s*)?年(?!初)度?", "", LIST_NO.sub("", w.group(1).split(",")[-1].split("，")[-1]))
            label = _FILLER.sub("", label).strip() or "支出"

            def val(x: re.Match[str], k: int, lines: list[tuple[str, Source]] = lines) -> Val:
                return Val(parse_decimal(x.group(k)), x.group(k), where(lines, x.group(k)))

            out.append(compare(ctx, "total_sum", (f"情况说明：{label} = 基本支出 + 项目支出",
                                                  f"the notes: {label} = basic + project expenditure"),
                               val(w, 2), [val(m, 1), val(project, 1)], where(lines, w.group(2)), label,
                               ["基本支出", "项目支出"], blame_blank=False))
            said = [_CHANGED.search(text, a, b) for a, b in ((w.end(), m.start()), (m.end(), project.start()),
                                                              (project.end(), end))]
            signed = [_signed(c) for c in said]
            if all(c is not None for c in said) and all(x is not None for x in signed) and \
                    len({c.group(3) for c in said if c is not None}) == 1:
                first = said[0]
                assert first is not None
                total = sum((x for x in signed[1:] if x is not None), Decimal(0))
                if total != signed[0]:
                    out.append(suspected(compare(ctx, "total_sum", (
                        f"情况说明：{label}比上年的增减 = 基本支出的增减 + 项目支出的增减",
                        f"the notes: {label}'s change on last year = the basic's + the project's"),
                        Val(signed[0], first.group(2), where(lines, first.group(2))),
                        [Val(x, c.group(2), where(lines, c.group(2))) for x, c in zip(signed[1:], said[1:], strict=True)
                         if c is not None], where(lines, first.group(2)), label, ["基本支出", "项目支出"],
                        blame_blank=False)))
    return out


def kind_split_findings(ctx: Ctx, body: list[tuple[str, Source]],
                        paras: list[tuple[str, list[tuple[str, Source]]]]) -> list[Finding | None]:
    """Each "A,其中:基本支出B;项目C" of the text (its ``paragraphs``): A = B + C (see the module docstring)."""
    out: list[Finding | None] = kind_share_findings(ctx, body) + remarked_split_findings(ctx, paras)
    out += reasoned_change_findings(ctx, paras)
    out += class_change_findings(ctx, paras)
    for text, lines in paras:
        for m in _SPLIT.finditer(text):
            if len({m.group(2), m.group(4), m.group(7)}) != 1:
                continue  # amounts in different units
            after = _SHARE_AFTER.match(text, m.end())
            if m.group(5) and after and abs(Decimal(m.group(5)) + Decimal(after.group(1)) - 100) <= Decimal("0.1"):
                continue  # both shares, making 100%: the whole list, ``accounts.notes_whole``'s (under the whole's name)
            end = text.find("。", m.end())
            if _AMOUNT_AFTER.search(text[m.end():end if end >= 0 else len(text)]):
                continue  # a third kind follows (上缴上级支出 …): the two are not the whole
            label = clause_label(text, m.start())
            if not label:
                continue

            def val(k: int, m: re.Match[str] = m, lines: list[tuple[str, Source]] = lines) -> Val:
                return Val(parse_decimal(m.group(k)), m.group(k), where(lines, m.group(k)))

            out.append(compare(ctx, "total_sum", (f"情况说明：{label} = 基本支出 + 项目支出",
                                                  f"the notes: {label} = basic + project expenditure"),
                               val(1), [val(3), val(6)], where(lines, m.group(1)), label,
                               ["基本支出", "项目支出"], blame_blank=False))
    return out
