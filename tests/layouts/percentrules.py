"""An invented project evaluation index system (绩效评价指标体系(项目评分表)) as a document-sharing preview gives it:
one line, the header 一级指标 二级指标 三级指标 评分依据 得分 评分说明, each level's weight a percentage share of the
level above in brackets after its name (``任务完成情况( 40%) 建 成率( 50%)``, the preview's spaces inside names and
brackets, or ``(权重50%)``), the 评分依据 and 评分说明 sentences between the names with numbers of their own (20 万口, 按 100 分计, 扣
40 分, 2020 年); optionally in traditional script with pinyin glosses after some characters (項(xiàng), 績(jì)), the
excerpt cut inside its last level (whose shares then do not make 100%), or one level misprinted (its shares make
95%): its shares and those after it are no weights to read (a run making 100% after it may cross levels)."""

from __future__ import annotations

import random
from dataclasses import dataclass

LEVELS = (
    ("任务完成情况", ("建成率", "验收合格率", "完成及时性")),
    ("资金管理情况", ("资金管理制度的健全性", "资金到位率", "资金使用合规性")),
    ("项目效益", ("农户满意度", "节能减排效果")),
)
SPLITS = {2: ((50, 50), (40, 60), (70, 30)), 3: ((50, 25, 25), (40, 30, 30), (20, 30, 50))}
TOPS = ((40, 30, 30), (50, 30, 20), (30, 40, 30))
SENTENCES = ("1. 计划数; 2. 实际完成数。", "以预先制定的目标、计划、预算等数据作为评价的标准。",
             "根据省政府通知的要求, 2020年 新建农村户用沼气池 20 万口,完成节柴改 灶 10 万户 。",
             "1.评分标准: 符合全部 3 项指标的按 100 分计,每不符合 1 项扣 40 分,直至扣为零分。",
             "1. 应到达县财政专户的项目资金; 2. 实际到达县财政专户的项目资金。")
GLOSSES = {"項": "xiàng", "績": "jì", "價": "jià", "級": "jí", "計": "jì", "標": "biāo"}


@dataclass(frozen=True)
class Row:
    level1: str
    name: str
    weight: int


def invent(seed: int, *, trad: bool = False, cut: bool = False, misprint: bool = False) -> tuple[str, list[Row]]:
    """The text, and the rows the reader must give (the levels a cut or a misprint leaves short are not among
    them; a row's level1 is given only where the top level's shares make 100% as printed)."""
    rnd = random.Random(seed)
    tops = rnd.choice(TOPS)
    bad = rnd.randrange(len(LEVELS)) if misprint else None
    parts = ["1 云南省某项目绩效评价指标体系(项目评分表) 得分= 评价:优( ) 良( ) 中( ) 差( ) 项目单位:",
             "一级指标 二级指标 三级指标 评分依据 得分 评分说明"]
    rows: list[Row] = []
    for g, ((label, names), top) in enumerate(zip(LEVELS, tops, strict=True)):
        parts.append(f"{g + 1}. {label}({rnd.choice((' ', '权重'))}{top}%)")
        split = list(rnd.choice(SPLITS[len(names)]))
        if g == bad:
            split[-1] -= 5  # misprinted: the level's shares make 95%
        last = cut and g == len(LEVELS) - 1
        for k, (name, share) in enumerate(zip(names, split, strict=True)):
            if last and k == len(names) - 1:
                parts.append(name[: len(name) // 2 + 1])  # the excerpt stops inside the last row's name
                break
            shown = f"{name[0]} {name[1:]}" if rnd.random() < 0.3 else name
            parts.append(f"{shown}{' ' if rnd.random() < 0.5 else ''}({rnd.choice((' ', '权重'))}{share}%)")
            parts.append(rnd.choice(SENTENCES))
            if (bad is None or g < bad) and not last:  # from a misprinted level on, nothing is read
                rows.append(Row(label, name, share))
    tops_made = not cut and bad is None  # the top level's shares are read as the rows' levels only where whole
    rows = [r if tops_made else Row("", r.name, r.weight) for r in rows]
    text = " ".join(parts)
    if trad:
        from zhconv import convert

        text = "".join(ch + (f"({GLOSSES[ch]})" if ch in GLOSSES else "") for ch in convert(text, "zh-hant"))
    return "【正文】\n" + text + "\n", rows
