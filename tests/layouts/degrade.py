"""The slips of OCR and conversion: full-width digits, 》 for ≥, traditional script, labels wrapped."""

from __future__ import annotations

from zhconv import convert

_FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def full_width(text: str) -> str:
    return text.translate(_FULL)


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
