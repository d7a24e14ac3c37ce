"""A transfer's report or announcement in prose that prints a table of its own (资金使用明细, 项目安排) which no
allocation reader takes (no 分配表 title): the table, in pipes or tab-separated, follows the sentences that state the
fund's figures. Invented names and figures; ``cases()`` yields (text, [(row label, amount)], the total)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

HEADS = (
    "示例县2023年中央财政示例补助资金转移支付绩效自评报告\n一、绩效目标分解下达情况\n2023年中央下达我县示例补助资金{t}万元。\n"
    "二、绩效目标完成情况分析\n（一）资金投入情况分析\n截至2023年底，共支出{t}万元，执行率100%。资金使用明细如下：\n",
    "关于示例专项资金使用情况的公告\n2024年上级下达我镇示例专项资金{t}万元，已全部支出{t}万元。现将资金使用情况公告如下：\n",
)
ITEMS = (("道路硬化", "50"), ("饮水工程", "30.5"), ("产业园区", "19.5"), ("村级活动场所", "12"))
TAIL = "三、自评结论\n经自评，得分95分。\n"


def cases() -> Iterator[tuple[str, list[tuple[str, Decimal]], Decimal]]:
    for head in HEADS:
        for k in (2, 3, 4):
            items = [(n, Decimal(v)) for n, v in ITEMS[:k]]
            total = sum((v for _, v in items), Decimal(0))
            for sep in (" | ", "\t"):
                lead, end = ("| ", " |") if sep == " | " else ("", "")
                rows = [("项目名称", "支出金额(万元)"), *((n, f"{v}") for n, v in items), ("合计", f"{total}")]
                table = "".join(f"{lead}{a}{sep}{b}{end}\n" for a, b in rows)
                yield head.format(t=total) + table + TAIL, items, total


NOTICE = ("关于下达2024年示例补助资金的通知\n各乡镇人民政府：\n现下达2024年示例补助资金，具体金额详见附件。\n"
          "附件1：2024年示例补助资金分配表\n单位：万元\n{first}附件2：2024年示例补助资金项目明细\n{second}")
PLACES = (("城关镇", "120.5"), ("东坝乡", "80"), ("西河镇", "66"))


def two_attachments() -> Iterator[tuple[str, list[tuple[str, Decimal]], Decimal]]:
    """A notice with its 分配表 (read for its total) and a second attachment, the projects' list, in pipes or tabs:
    (text, every row of both with its amount, the 分配表's total)."""
    for k in (2, 3):
        for sep in (" | ", "\t"):
            lead, end = ("| ", " |") if sep == " | " else ("", "")
            places = [(n, Decimal(v)) for n, v in PLACES[:k]]
            total = sum((v for _, v in places), Decimal(0))
            first = "".join(f"{lead}{a}{sep}{b}{end}\n" for a, b in
                            [("乡镇", "分配资金"), *((n, f"{v}") for n, v in places), ("合计", f"{total}")])
            projects = [(n, v) for n, v in ITEMS[:k + 1]]
            second = "".join(f"{lead}{a}{sep}{c}{sep}{b}{end}\n" for a, c, b in
                             [("项目名称", "实施单位", "金额"), *((n, PLACES[j % k][0], v) for j, (n, v) in enumerate(projects))])
            yield NOTICE.format(first=first, second=second), [*places, *((n, Decimal(v)) for n, v in projects)], total
