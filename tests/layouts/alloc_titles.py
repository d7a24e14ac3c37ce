"""What allocation tables call themselves (invented names): what is done to the fund (分配/安排/下达/拨付/下拨), then
what the table is of it (明细, 计划, 方案, 汇总, 一览, 结果), then 表 — or a fund's 明细表/计划表/测算表, or a line
ending without 表 (…资金分配方案, …资金分配明细, …资金分配结果公示). And the notices sending them, naming a
补助资金 or 专项资金 but never 转移支付 (the word that alone said the file was a transfer's)."""

from __future__ import annotations

TITLES = ("2031年示例补助资金分配汇总表", "2031年示例补助资金下达计划表", "2031年示例补助资金明细表",
          "2031年示例专项资金分配一览表", "2031年示例补助资金分配明细", "2031年示例项目资金计划表",
          "2031年示例专项资金使用计划表", "2031年示例项目资金安排计划表", "示例县2031年衔接资金项目计划表",
          "2031年示例补助资金拨付明细表", "2031年示例补助资金测算表", "示例补助资金分配结果公示",
          "2031年示例奖补资金分配方案", "2031年示例补助经费安排清单表",
          "示例省级统筹奖励资金安排建议表",  # (the allocation proposed: 湖南生猪调出大县奖励's)
          "2031年中央对地方示例转移支付情况表")  # (财政部's table of a transfer sent down, 资源枯竭城市转移支付)
NOTICES = ("关于下达2031年示例补助资金的通知\n各乡镇人民政府:\n现将2031年示例补助资金下达给你们,具体详见附件。\n附件\n",
           "关于拨付2031年示例专项资金的通知\n示财农〔2031〕8号\n各有关单位:\n经研究,现拨付你单位示例专项资金,分配情况详见附件。\n"
           "附件\n",
           "")  # the table alone, its title saying what it is
