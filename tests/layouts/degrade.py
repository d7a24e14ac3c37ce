"""The slips of OCR and conversion: full-width digits, 》 for ≥, traditional script, labels wrapped."""

from __future__ import annotations

import re

from zhconv import convert

_FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def full_width(text: str) -> str:
    return text.translate(_FULL)


_SIGNS = str.maketrans("0123456789.%+-<>=~:", "０１２３４５６７８９．％＋－＜＞＝～：")


def full_width_signs(text: str) -> str:
    """Digits and signs in their full-width forms (＋－＜＞＝～ as well as ０-９．％)."""
    return text.translate(_SIGNS)


def ocr_ge_two(text: str) -> str:
    """≥ read as the digit 2 before a number (``≥90%`` → ``290%``), as OCR engines give it."""
    return re.sub(r"≥\s*(?=\d)", "2", text)


def ocr_digits(text: str) -> str:
    """10 read as ``IO`` and a 0 after a digit as ``O`` (``100%`` → ``IO0%``, ``≥90%`` → ``≥9O%``)."""
    return re.sub(r"(?<=[0-9])0", "O", re.sub(r"(?<![0-9.])10", "IO", text))


def pdf_spaces(text: str, every: int = 4) -> str:
    """A space inside every run of Chinese characters longer than ``every`` (after each ``every`` characters), as
    PDF text extraction puts one where a glyph run was broken (年初预 算数, 部门决 策)."""
    return re.sub(f"[\u4e00-\u9fff]{{{every + 1},}}",
                  lambda m: " ".join(m.group(0)[k : k + every] for k in range(0, len(m.group(0)), every)), text)


def ocr_signs(text: str) -> str:
    """≥ read as 》 (OCR)."""
    return text.replace("≥", "》")


def traditional(text: str) -> str:
    return str(convert(text, "zh-tw"))


def wrapped_labels(text: str) -> str:
    """Long column labels broken over two lines (年初 / 预算数)."""
    for label, cut in (("年初预算数", 2), ("全年预算数", 2), ("全年执行数", 2), ("年度指标值", 2), ("实际完成值", 2)):
        text = text.replace(label, label[:cut] + "\n" + label[cut:])
    return text


def broken_label_words(text: str) -> str:
    """The indicator header's words broken inside its labels, as a converted document gives them
    (年度 / 指标值实际 / 完成值分 / 值得 / 分偏差原因分析), and the total's weight and score run together."""
    text = text.replace("年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施", "年度 指标值实际 完成值分 值得 分偏差原因分析 及改进措施")
    return text.replace("总分 100.00 ", "总分 100.00")
