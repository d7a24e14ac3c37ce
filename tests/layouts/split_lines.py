"""A 部门预算 情况说明 that lists its spending by functional 款 or 项, each line's amount split into 基本支出 and
项目支出 right after it ("机构运行 1100910.5 元,其中:基本支出 1100910.5 元,项目支出 0 元。"), the names not the
classes' (no 支出 at their end) and printed with or without a list mark or the 项's code. Invented figures; the seed
varies the unit (元 or 万元, thousands separators), the list marks, codes, the colon after 其中, the order of the two
kinds, a line with 基本支出 only, spaces round the numbers and lines broken mid-sentence (PDF text). ``plant`` prints
the first line's amount 100 above the sum of its two kinds."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

NAMES = (("2010101", "行政运行"), ("2060201", "机构运行"), ("2101102", "事业单位医疗"), ("2210201", "住房公积金"),
         ("2050203", "初中教育"), ("2080505", "机关事业单位基本养老保险缴费"), ("2013299", "其他组织事务"))


@dataclass
class Split:
    lines: list[str]
    amounts: dict[str, Decimal]  # each line's name → its amount as printed
    planted: str | None


def split_notes(seed: int, plant: bool = False) -> Split:
    rng = random.Random(seed)
    names = rng.sample(NAMES, 5)
    yuan = rng.random() < 0.5
    unit = "元" if yuan else "万元"
    comma = rng.random() < 0.5
    gap = " " if rng.random() < 0.5 else ""
    colon = rng.choice((":", "：", ""))
    mark = rng.choice(("num", "paren", "none", "code"))

    def n(d: Decimal) -> str:
        return f"{d:,}" if comma else f"{d}"

    amounts: dict[str, Decimal] = {}
    body: list[str] = []
    for k, (code, name) in enumerate(names):
        scale = 100 if yuan else 1
        basic = Decimal(rng.randrange(10**4, 10**6)) / scale
        project = Decimal(0) if k == 3 else Decimal(rng.randrange(0, 10**5)) / scale
        whole = basic + project + (100 if plant and k == 0 else 0)
        amounts[name] = whole
        head = {"num": f"{k + 1}.", "paren": f"({'一二三四五'[k]})", "none": "", "code": code}[mark]
        kinds = [f"基本支出{gap}{n(basic)}{gap}{unit}"] + ([] if k == 3 else [f"项目支出{gap}{n(project)}{gap}{unit}"])
        if k == 2 and not plant:
            kinds.reverse()  # 项目支出 said first
        sentence = f"{head}{name}{gap}{n(whole)}{gap}{unit},其中{colon}" + ",".join(kinds) + "。主要用于单位日常运转支出。"
        if gap:  # PDF text: the sentence broken over two lines
            cut = len(sentence) // 2
            body += [sentence[:cut], sentence[cut:]]
        else:
            body.append(sentence)
    total = sum(amounts.values(), Decimal(0))
    lines = ["东湖县农业技术推广中心2024年部门预算情况说明", "一、收支预算总体情况",
             f"2024年收入预算{gap}{n(total)}{gap}{unit},支出预算{gap}{n(total)}{gap}{unit}。",
             "二、一般公共预算支出情况", "(一)一般公共预算支出按支出功能分类科目划分。", *body]
    return Split(lines, amounts, names[0][1] if plant else None)
