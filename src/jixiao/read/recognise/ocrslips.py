"""OCR slips in numbers and labels, mended where the text around them says what they were.

Pages that passed through an OCR engine before their text was published read ``IO`` for 10, ``O`` for 0,
``l`` for 1, ``预匏数`` for 预算数 and ``考值参分`` for 参考分值 (a two-line header cell read down its columns).
The number fixes keep the text's length, so every offset still leads back to its source: a letter is read as a
digit only where it stands among digits or alone between Chinese text and digits, never inside a Latin word.
Labels are matched, not rewritten: a stretch of text is taken for a known label when it differs from it by one
character (the same length; in a label of three characters, not its first) or holds exactly its characters in
another order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from jixiao.core.numbers import mend_ocr_digits as mend_digits

__all__ = ["find_near", "mend_digits", "near"]


def near(text: str, label: str) -> bool:
    """``text`` is ``label``, or ``label`` with one character misread (same length; in a label of three characters,
    not its first), or its characters in another order (a wrapped cell read down its columns). A slip is read only
    in labels of three characters or more."""
    if text == label:
        return True
    if len(text) != len(label) or len(label) < 3:
        return False
    if sorted(text) == sorted(label):
        return True
    slips = sum(a != b for a, b in zip(text, label))
    return slips == 1 and (text[0] == label[0] or len(label) >= 4)


def find_near(text: str, labels: Iterable[str], start: int = 0, end: int | None = None) -> tuple[int, str] | None:
    """The first place in ``text[start:end]`` where one of ``labels`` stands, exactly or ``near`` it: (offset,
    label). At one offset a label printed exactly wins over one it is near (二级指标 is not a slip of 一级指标), then
    the longest. The places are found by one regular expression of the labels and their slips (linear in the
    text, whatever its size), each then confirmed by ``near``."""
    stop = len(text) if end is None else min(end, len(text))
    ordered = tuple(sorted(set(labels), key=len, reverse=True))
    pattern = _pattern(ordered)
    k = start
    while (m := pattern.search(text, k, stop)) is not None:
        at = m.start()
        exact = next((lab for lab in ordered if text.startswith(lab, at) and at + len(lab) <= stop), None)
        if exact is not None:
            return at, exact
        hit = next((lab for lab in ordered if at + len(lab) <= stop and near(text[at : at + len(lab)], lab)), None)
        if hit is not None:
            return at, hit
        k = at + 1
    return None


@lru_cache(maxsize=256)
def _pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    """Every label, every one-character slip of it and every anagram of it, as one alternation."""
    exact = [re.escape(lab) for lab in labels]
    slips = [re.escape(lab[:k]) + "." + re.escape(lab[k + 1 :])
             for lab in labels if len(lab) >= 3 for k in range(0 if len(lab) >= 4 else 1, len(lab))]
    anagrams = ["[" + re.escape("".join(sorted(set(lab)))) + "]{" + str(len(lab)) + "}" for lab in labels if len(lab) >= 3]
    return re.compile("|".join(exact + slips + anagrams), re.S)
