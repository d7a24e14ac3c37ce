"""Text as PDF extraction and page layout leave it, the figures unchanged: short labels letter-spaced (合 计, 乡 镇 名 称,
资 金 额 度), the document's first line printed again as every page's running header, and the target table of a
transfer with its labels spread over their cells (``region_amount``). Invented names and figures only.
"""

from __future__ import annotations

import re

# a label of 2-4 Chinese characters standing alone (a cell, or a word between spaces): never a number
_LABEL = re.compile(r"(?:(?<=^)|(?<=[\s|]))[一-龥]{2,4}(?=$|[\s|])", re.MULTILINE)


def letter_spaced(text: str) -> str:
    """Every short label standing alone spaced out letter by letter (合计 → 合 计)."""
    return _LABEL.sub(lambda m: " ".join(m.group(0)), text)


def running_header(text: str, every: int = 7) -> str:
    """The text's first line printed again, between blank lines, after every ``every`` lines (a page's header)."""
    lines = text.split("\n")
    title = lines[0]
    out: list[str] = []
    for k, line in enumerate(lines):
        out.append(line)
        if k and k % every == 0 and k < len(lines) - 1:
            out += ["", title, ""]
    return "\n".join(out)


def region_amount(amount: str) -> str:
    """A 区域绩效目标表 flattened to one line with its labels letter-spaced; its 资金额度 the amount (in 万)."""
    return ("附 件 2 示例补助资金区域绩效目标表 ( 2031 年度) 专 项 名 称 示例补助资金 主 管 部 门 省 示 例 局 "
            f"资 金 额 度 {amount} 万 年 度 总 体 目 标 目 标 1:完成示例任务。 绩 效 指 标 一 级 指 标 二 级 指 标 "
            "三 级 指 标 指 标 值 产 出 指 标 数 量 指 标 示例人数 ≥100人\n")
