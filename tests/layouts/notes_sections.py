"""A 部门预算 or 部门决算 说明 page in words alone: its title, then the 说明's own accounts sections (一、收支预算总体情况,
二、收入预算情况 …, 四、“三公”经费预算情况说明), each a sentence or two that states no figure (a page whose figures were
images, or a 说明 that explains and does not count). Invented units from the seed."""

from __future__ import annotations

import random

_UNITS = ("某县水利局", "某镇人民政府", "某区市场监督管理局", "某县第一中学")
_SECTIONS = ("收支{w}总体情况", "收入{w}情况说明", "支出{w}情况说明", "财政拨款收支{w}情况", "一般公共预算支出{w}情况",
             "“三公”经费{w}情况说明", "机关运行经费情况", "政府采购情况说明")
_SENTENCES = ("本部门按照综合预算的原则编制，收支平衡。", "收入全部为一般公共预算拨款，无政府性基金收入。",
              "支出主要用于保障机构正常运转和完成年度重点工作。", "严格控制一般性支出，厉行节约。",
              "公务接待严格执行标准，无因公出国（境）安排。")


def words_only(seed: int, stage: str) -> str:
    rng = random.Random(seed)
    unit, year = _UNITS[seed % len(_UNITS)], 2019 + seed % 6
    w = "预算" if stage == "budget" else "决算"
    title = f"{unit}{year}年{'度' if seed % 2 else ''}部门{w}{'情况说明' if seed % 3 else '公开'}"
    lines = [title]
    for k, sec in enumerate(rng.sample(_SECTIONS, 4 + seed % 3)):
        lines.append(f"{'一二三四五六七'[k]}、{sec.format(w=w)}")
        lines.extend(rng.sample(_SENTENCES, 1 + seed % 2))
    return "\n".join(lines) + "\n"
