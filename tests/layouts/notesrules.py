"""An invented scoring template's notes (填报说明) stating the first level's weights in prose, as a spam page copies a
spreadsheet's notes: one run of sentence fragments, each cut at its start (``。项依据、可行性说明…``), among them
``一级指标“项目绩效”,满分40分``, the level's parts listed after it with one weight each (``“结果”和“经济或社会效益”,
各20分``), and a closing sentence naming the levels with their weights and the total (``“项目管理”(60分)和“项目绩效”
(40分),总分100分``). Varied: the order of the fragments around them, traditional script with pinyin glosses after
some characters (項(xiàng)), the other level's weight lost to mojibake (``“项目管理”(?0分)``: then only the level its parts
confirm is read), or the parts not making the level (misprinted: nothing confirmed unless the closing sentence's
levels make the total)."""

from __future__ import annotations

import random

FILLERS = ("支出)》或《绩效评价报告》。", "财力、人力和物力等投入数量不能作为绩效目标。", "项目的申报过程中,只需填报三级指标。",
           "重、职能重点等因素自行设置,总数不得少于3个。", "价方法,属于定量指标的,要说明考核计算公式。",
           "标内容及分值不得修改。", "备案时间最晚不超过下年1月10日。", "对应内容填写一致。")
LEVELS = (("项目绩效", ("结果", "经济或社会效益")), ("实施效果", ("产出数量", "产出质量", "服务对象满意度")))
OTHERS = ("项目管理", "资金管理", "项目决策")
GLOSSES = {"項": "xiàng", "績": "jì", "價": "jià", "級": "jí", "標": "biāo", "分": "fēn"}


def invent(seed: int, *, trad: bool = False, garbled: bool = False, misprint: bool = False
           ) -> tuple[str, dict[str, int | None], int]:
    """The text, the weights the reader must give each named level (None: named, its weight unconfirmed) and the
    total the notes state."""
    rnd = random.Random(seed)
    level, parts = rnd.choice(LEVELS)
    each = rnd.choice((10, 15, 20))
    weight = each * len(parts)
    other = rnd.choice(OTHERS)
    rest = 100 - weight
    listed = "和".join(f"“{p}”" for p in parts) if len(parts) == 2 else "、".join(f"“{p}”" for p in parts)
    stated = each + (5 if misprint else 0)
    fragments = list(FILLERS)
    rnd.shuffle(fragments)
    fragments.insert(rnd.randint(0, 3), f"一级指标“{level}”,满分{weight}分。{listed},各{stated}分。")
    shown = "?0" if garbled else str(rest)
    fragments.append(f"“{other}”({shown}分)和“{level}”({weight}分),总分100分。")
    text = "【导读】" + "".join(fragments)
    if trad:
        from zhconv import convert

        text = "".join(ch + (f"({GLOSSES[ch]})" if ch in GLOSSES and rnd.random() < 0.5 else "")
                       for ch in convert(text, "zh-hant"))
    if garbled:  # the other level not named: only the level its parts make is confirmed (unless misprinted)
        return text + "\n", {level: None if misprint else weight}, 100
    return text + "\n", {level: weight, other: rest}, 100  # both named: their weights make the total
