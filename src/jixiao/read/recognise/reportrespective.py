"""Indicators' scores a sentence gives in one breath (``reportparts``): the names listed, then 分别 and as many scores
in the same order (产出指标、效益指标和满意度指标分别得45分、28分、10分; …得分分别为45分、28分和10分; …分别自评得分45分、…).

Read only where the score word stands with 分别 (分别得, 得分分别为, 分别自评得分): 分别为 alone may list weights. The
names and the scores must be as many; each name once.
"""

from __future__ import annotations

import re

# a name ending in 指标 (never holding a mark of the list: the names' split is one way only)
_NAME = r"[^\s()。.,;:、和及与\d]{1,10}?指\s*标"
_SCORES = r"\d+(?:\.\d+)?\s*分?(?:\s*[、,和及与]\s*\d+(?:\.\d+)?\s*分?){1,6}"
RESPECTIVELY = re.compile(rf"((?:{_NAME}\s*[、和及与]\s*){{1,6}}{_NAME})\s*(?:的\s*)?"
                          r"(?:(?:自\s*评\s*)?得\s*分\s*分\s*别\s*(?:为|是|:)?|分\s*别\s*(?:(?:自\s*评\s*)?得\s*分\s*(?:为|是)?|得))"
                          rf"\s*({_SCORES})")
_SPLIT = re.compile(r"\s*[、和及与]\s*")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def respective(text: str) -> list[tuple[str, int, str, int]]:
    """(name, where it stands, score, where it stands) for each indicator a sentence scores so; none where names and
    scores are not as many or a name is said twice."""
    out: list[tuple[str, int, str, int]] = []
    for m in RESPECTIVELY.finditer(text):
        names, at = [], m.start(1)
        for part in _SPLIT.split(m.group(1)):
            at = text.index(part, at)
            names.append((re.sub(r"\s", "", part), at))
            at += len(part)
        scores = [(n.group(0), m.start(2) + n.start()) for n in _NUMBER.finditer(m.group(2))]
        if len(names) != len(scores):
            continue
        out += [(name, n_at, score, s_at) for (name, n_at), (score, s_at) in zip(names, scores, strict=True)]
    said = [name for name, _, _, _ in out]
    return out if len(set(said)) == len(said) else []


def respective_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s sentences score indicators so: a score there is a part's, never the report's total."""
    return [(m.start(), m.end()) for m in RESPECTIVELY.finditer(text)]
