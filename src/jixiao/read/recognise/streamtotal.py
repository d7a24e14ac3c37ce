"""The total and the grade of a form read from its text (``recognise.stream``): 总分 / 合计 followed by the total
weight and score, or by one number (the weight when it is 100 and the weights' sum, else the score), a
自评得分 / 总得分 (项目总得分: whose) that is the score wherever it stands, the weight and score run together (100.0092.78, 10098) split
by the weights' sum, and the grade after 评分等级."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.records import Document, Problem, Val
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import GRADE_LABELS, SCORE_TOTALS, TOTAL_LABELS
from jixiao.read.recognise.gradebands import GRADE_NAMES
from jixiao.read.recognise.placement import splits
from jixiao.read.recognise.tokens import BLOB, Token, number

GRADES = frozenset(GRADE_NAMES)  # a cell that is a grade alone (``gradebands``: the one list of grade names)
_LEADING_DIGITS = re.compile(r"^\d[\d.%]*[\d%](?![\d.%])")


def _points(text: str) -> str:
    """A score as printed with its unit (100分, 96.5 分) without it."""
    return text[:-1].rstrip() if text.endswith("分") else text


def _plain(text: str) -> bool:
    return number(_points(text)) is not None and not text.endswith("%")


def _num(tok: Token) -> Val:
    return Val(number(_points(tok.text)), tok.text, tok.source)


def _total_label(text: str) -> str | None:
    """The total's label a cell states: one of them, or a score's qualified by whose it is (项目总得分, 部门自评
    得分: at most four characters before it, no digit)."""
    if text in TOTAL_LABELS:
        return text
    return next((lab for lab in SCORE_TOTALS if text.endswith(lab) and len(text) - len(lab) <= 4
                 and not any(ch.isdigit() for ch in text)), None)


def total_and_grade(doc: Document, toks: list[Token], problems: list[Problem]) -> None:
    for k, tok in enumerate(toks):
        label = _total_label(tok.text)
        if label is not None and doc.total_score.value is None:
            nums: list[Token] = []
            after: Token | None = None
            for t in toks[k + 1 : k + 6]:
                if t.text.startswith("("):
                    continue
                if not _plain(t.text):
                    lead = _LEADING_DIGITS.match(t.text)  # 100100注:1.: a note run onto the total
                    if not nums and lead is not None and len(lead.group(0)) >= 4:
                        run_together_total(doc, Token(lead.group(0), t.source), problems)
                    after = t
                    break
                nums.append(t)
            if len(nums) >= 2:
                doc.total_weight = _num(nums[0])
                doc.total_score = _num(nums[1])
                if after is not None and after.text in GRADES and doc.grade.value is None:
                    doc.grade = Val(after.text, after.text, after.source)  # 总分 | 100 | 96 | 优: the grade's cell
                at = toks.index(after) if after is not None and after.text == "等级" else -1
                if 0 <= at < len(toks) - 1 and toks[at + 1].text in GRADES and doc.grade.value is None:
                    g = toks[at + 1]  # 总分 | 100 | 96 then 等级 | 优秀: 等级 alone is the grade's label after the total
                    doc.grade = Val(g.text, g.text, g.source)
            elif len(nums) == 1 and label in SCORE_TOTALS:
                doc.total_score = _num(nums[0])  # 自评得分 98: a score, whatever it sums to
            elif len(nums) == 1:
                _one_total(doc, nums[0], problems)
        elif tok.text in GRADE_LABELS and k + 1 < len(toks):
            nxt = toks[k + 1]
            if number(nxt.text) is None and not BLOB.match(nxt.text):
                doc.grade = Val(nxt.text, nxt.text, nxt.source)
        elif doc.grade.value is None and (said := grade_said(tok.text)) is not None:
            doc.grade = Val(said, tok.text, tok.source)  # 自评等级：良, the grade in its label's cell


def grade_said(text: str) -> str | None:
    """The grade a cell states after its label and a colon (自评等级：良), else None: only a grade (``GRADES``), never
    what else may stand there (自评等级：待定, 优良中差)."""
    lab = next((g for g in GRADE_LABELS if text.startswith(g)), None)
    rest = text[len(lab):].lstrip(" :：").strip() if lab is not None and text[len(lab):][:1] in (":", "：") else ""
    return rest if rest in GRADES else None


def _decimals(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text else 0


def run_together_total(doc: Document, tok: Token, problems: list[Problem]) -> None:
    """总分 followed by its weight and score run together (100.0092.78): the reading whose weight is the
    sum of the weights read (or 100) and whose score is within it, if exactly one such reading exists."""
    weights = [i.weight.dec for i in doc.indicators if i.weight.dec is not None]
    summed = sum(weights, doc.funds["total"].weight.dec or Decimal(0))
    expected = {Decimal(100), summed}
    # every row's weight read and making the form's 100 with the execution block's: the weight is the form's own
    confirmed = summed == 100 and len(weights) == len(doc.indicators) > 0
    # the score within the weight; or over it (a mistake for the audit to find) when both are printed alike, or
    # when the rows' weights confirm the weight (the one cut that gives it leaves the rest as the printed score)
    fits = [s for s in splits(tok.text, 2) if len(s) == 2 and s[0].value in expected
            and (s[1].value <= s[0].value or _decimals(s[0].text) == _decimals(s[1].text) > 0
                 or confirmed and s[0].value == summed)]
    if len(fits) != 1:
        problems.append(problem(f"总分“{tok.text}”中的分值和得分连在一起，无法分开，未读取",
                                f"total '{tok.text}': weight and score run together and cannot be told apart",
                                tok.source))
        return
    w, s = fits[0]
    doc.total_weight = Val(w.value, w.text, tok.source)
    doc.total_score = Val(s.value, s.text, tok.source)
    problems.append(problem(f"总分“{tok.text}”读作分值{w.text}、得分{s.text}（按分值之和确定）",
                            f"total '{tok.text}' read as weight {w.text}, score {s.text} (by the sum of weights)",
                            tok.source))


def _one_total(doc: Document, tok: Token, problems: list[Problem]) -> None:
    """One number after 总分: the total weight when it is the sum of the weights, else the total score."""
    weights = [i.weight.dec for i in doc.indicators if i.weight.dec is not None]
    fw = doc.funds["total"].weight.dec
    value = number(_points(tok.text))
    if value is not None and value > 100 and len(tok.text) >= 4:  # 总分10098: weight and score run together
        run_together_total(doc, tok, problems)
        return
    if value is not None and weights and value == sum(weights) + (fw or 0) and value == 100:
        doc.total_weight = _num(tok)
        problems.append(problem("总分行只有分值（100），总得分未填", "the total row gives the weight (100) only; no total score",
                                tok.source))
    else:
        doc.total_score = _num(tok)
