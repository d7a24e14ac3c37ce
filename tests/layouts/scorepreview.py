"""An invented department score table (``layouts.scores``, the 投入 / 过程 indicator set) as a document-sharing site
previews a docx: the table's cells run together with no separator (一级指标二级指标三级指标评分标准评分依据得分投入(35分)
预算配置(35分)财政供养人员控制率(5分)财政供养人员控制率=(在职人员数/编制数)×100%。以100%为标准…已完成4.5…), each
level's weight in its label's bracket, each rule opening with its formula, the evidence (已完成) glued to the score,
then cut at a fixed width into numbered chunks (1、… 2、… 3、…) below the site's banner: the cuts fall inside labels
(过程(65分 / 2、)预算执行) and numbers."""

from __future__ import annotations

from decimal import Decimal

from layouts.scores import ScoreTable

# each indicator's rule, opening with the formula that defines it
FORMULAS = {
    "财政供养人员控制率": "财政供养人员控制率=(在职人员数/编制数)×100%。以100%为标准,每超过一个百分点扣0.1分,扣完为止。",
    "“三公经费”变动率": "“三公经费”变动率=[(本年度“三公经费”总额-上年度“三公经费”总额)/上年度“三公经费”总额]×100%。"
                   "变动率≤0计满分,每超过1个百分点扣0.3分。",
    "重点支出安排率": "重点支出安排率=(重点项目支出/项目总支出)×100%。≥80%计满分,每低1个百分点扣0.5分。",
    "预算调整率": "预算调整率=(预算调整数/预算数)×100%。≤5%计满分,每超过1个百分点扣0.5分。",
    "支付进度": "支付进度=(实际支出/预算数)×100%。≥95%计满分,每低1个百分点扣0.2分。",
    "资金结余": "结转结余率=(结转结余总额/支出预算数)×100%。≤5%计满分。",
    "管理制度健全性": "已制定或具有预算资金管理办法、内部财务管理制度、会计核算制度,每缺一项扣1分。",
    "资金使用合规性": "资金使用符合国家财经法规和财务管理制度,每发现一例违规扣1分。",
}
TITLE = "部门整体支出绩效评价指标体系评分表"


def preview_rows(t: ScoreTable, evidence: bool = True) -> list[list[str]]:
    """一级指标 | 二级指标 | 三级指标 | 评分标准 | 评分依据 | 得分, weights in the labels' brackets, a 合计 row."""
    out = [[TITLE], ["一级指标", "二级指标", "三级指标", "评分标准", "评分依据", "得分"]]
    last1 = last2 = ""
    for leaf in t.leaves:
        l1 = f"{leaf.level1}({t.level_weights[leaf.level1]}分)" if leaf.level1 != last1 else ""
        l2 = f"{leaf.level2}({t.level_weights[leaf.level2]}分)" if leaf.level2 != last2 else ""
        last1, last2 = leaf.level1, leaf.level2
        out.append([l1, l2, f"{leaf.name}({leaf.weight}分)", FORMULAS[leaf.name], "已完成" if evidence else "",
                    f"{leaf.score}"])
    out.append(["合计", f"{sum((leaf.weight for leaf in t.leaves), Decimal(0))}", f"{t.total}"])
    return out


def previewed(rows: list[list[str]], width: int = 300) -> str:
    """The rows run together and cut every ``width`` characters into numbered chunks, below the site's banner."""
    text = "".join(c for r in rows for c in r)
    chunks = [text[k : k + width] for k in range(0, len(text), width)]
    banner = f"《{TITLE}.docx》由会员分享,可在线阅读,更多相关《{TITLE}.docx(5页珍藏版)》请在文库上搜索。"
    return banner + "\n" + "\n".join(f"{k}、{c}" for k, c in enumerate(chunks, 1)) + "\n"
