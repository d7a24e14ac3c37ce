"""An invented 考核标准 one cell a line: 序号 | 内容 | 背景材料 | 标分 | 验收标准, each row's 序号, its requirement (a
sentence with commas), the evidence to see, the weight alone on its line, then how it is checked. The header's
words vary (标分 / 标准分 / 分值; 验收标准 / 评分标准 / 考核标准); a rule may be short and only give points to its
parts (“四有”、“两机”各2分), with no stop: it must not be taken for a level's label nor the 序号 after it for a
weight. The 合计 closes the table; a mistake can be planted: the 合计 one above the rows' sum."""

from __future__ import annotations

import random

REQUIREMENTS = ("领导重视，组织落实，职责明确，制度健全、有效", "工作有部署，有行动，有检查，有总结",
                "建立区域监管机制，并有效运行", "普查档案动态更新、分级管理，企业增减及时核报",
                "日常巡查、抽查机制落实到位", "分解责任办法落实，按时报送信息", "宣传培训按计划开展，记录完整")
EVIDENCE = ("相关会议记录、文件，实施记录", "有相关图表，文件，实施记录", "看相关实施记录")
WEIGHT_WORDS = ("标分", "标准分", "分值")
RULE_WORDS = ("验收标准", "评分标准", "考核标准")


def invent_seq_lines(seed: int, mistake: bool = False) -> tuple[str, list[tuple[str, int]], int]:
    """The text, each row's requirement with its weight, and the 合计 printed."""
    rnd = random.Random(seed)
    lines = ["某市食品安全工作考核标准", "序号", "内容", "背景材料", rnd.choice(WEIGHT_WORDS), rnd.choice(RULE_WORDS)]
    rows = [(req, rnd.choice((10, 15, 20, 30))) for req in rnd.sample(REQUIREMENTS, rnd.randint(4, 6))]
    for k, (req, w) in enumerate(rows, 1):
        rule = (f"“四有”、“两机”各{w // 5}分" if rnd.random() < 0.5
                else f"材料不完整，扣{w // 4}分，未运行，扣{w // 2}分")
        lines += [str(k), req, rnd.choice(EVIDENCE), str(w), rule]
    total = sum(w for _, w in rows) + (1 if mistake else 0)
    lines += ["合计", str(total)]
    return "\n".join(lines) + "\n", rows, total
