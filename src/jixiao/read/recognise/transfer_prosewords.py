"""The wordings a 转移支付 self-evaluation report in prose states its figures in (``transfer_prose``): that it is
a transfer's report (its template heading, its title, a sentence saying so), its budget (most explicit wording
first, then totals, amounts received, the plainer wordings), its spending, its rate and its score. Each pattern's
group 1 is the figure (with ``_NUM``, group 2 its unit).
"""

from __future__ import annotations

import re

from jixiao.read.recognise.reportwords import AMOUNT as PROSE_AMOUNT
from jixiao.read.recognise.reportwords import RATE_WORDS, spaced
from jixiao.read.recognise.transfer_levels import LEVEL

# A transfer report says so: the template's first heading (a word of the labels ``despace`` knows), or its first
# sub-heading ((一)中央下达(专项)转移支付预算和绩效目标情况: an excerpt that starts there), or a title naming the transfer
# and the report.
TEMPLATE = re.compile(r"绩效目标分解下达情况")
_SUBHEAD = r"下达[^。\n]{0,20}?转移支付预算和绩效目标"
# or a heading only the transfer templates print (三、偏离绩效目标的原因和下一步改进措施; (三)区域绩效目标情况: the region's
# targets), where an excerpt starts past the first heading
_HEADINGS = r"偏离绩效目标的原因和下一步改进措施|区域绩效目标(?:完成)?情况"
# … the title ending in what the text is: its self-evaluation (…自评报告, …自评情况), the targets' completion (一般性转移支付
# 绩效目标完成情况) or how the money was used (中央对地方…资金使用情况的报告)
_ENDS = r"(?:自评|评价)(?:报告|情况)|绩效目标完成情况|(?:管理)?使用情况的?报告"
_TRANSFER_TITLE = (rf"[^\n。,;；:：]{{0,60}}?(?:转移支付[^\n。,;；:：]{{0,60}}?(?:绩效)?(?:{_ENDS})|"
                   rf"中央[^\n。,;；:：（(]{{0,30}}?(?:资金|补助)\s*(?:绩效)?(?:{_ENDS}))")
# a sentence saying the text evaluates a transfer (对…转移支付资金进行了绩效自评, 开展…转移支付绩效自评工作)
_SAYS = r"转移支付[^。\n]{0,30}?绩效自评|绩效自评[^。\n]{0,30}?转移支付"
# or a heading of a transfer report's outline (一、转移支付基本情况), the later template's (一、基本情况 (一)转移支付概况,
# its first sub-heading, or (一)转移支付支持项目概况: a text without a title), or a report on a grant from above (…衔接推进
# 乡村振兴补助资金绩效自评情况报告, 衔接资金绩效自评, 城乡义务教育补助经费绩效自评报告): grants are transfers
_OUTLINE = r"[一二三四五六七八九十]、\s*转移支付|[(（][一二三四五六七八九十][)）]\s*转移支付[^。\n]{0,6}?概况"
_GRANT = r"(?:补助资金|补助经费|衔接资金)[^。\n]{0,12}?绩效(?:自评|评价)[^。\n]{0,8}?(?:报告|情况)"
# or a report on how a transfer was used (现将上级转移支付资金使用情况报告如下, …转移支付资金管理使用情况的报告)
_USED = r"转移支付[^。\n]{0,20}?(?:使用|执行)情况[^。\n]{0,4}?报告"
# (matched on the text with the spaces between Chinese characters closed: ``says``)
# or a title line on a fund's self-evaluation, whatever the fund is called (…农业生产发展资金绩效自评报告, …专项资金使用情况
# 自评, …资金区域绩效自评报告, 关于…救助资金绩效自评工作的报告, …资金绩效自评结果): a fund's, never a project's (…项目资金…,
# …治理工程专项资金… are the project reader's)
_FUND_TITLE = (r"(?:^|\n)(?:(?!项目|工程)[^\n。,，;；])*?(?:资金|经费)(?:使用情况|区域)?(?:绩效)?(?:自评|评价)(?:工作)?的?"
               r"(?:报告|情况|结果)?[ \t]*(?=\n|$)")
REPORT = re.compile(f"{TEMPLATE.pattern}|{_SUBHEAD}|{_HEADINGS}|{_TRANSFER_TITLE}|{_SAYS}|{_OUTLINE}|{_GRANT}|{_USED}")
# (a title line: matched before the lines a page's width wrapped are joined, since a title ending in 自评 or 结果 may be
# joined to the line after it)
FUND_TITLE = re.compile(_FUND_TITLE)
TITLE = re.compile(rf"{_TRANSFER_TITLE}|[^\n。,;；:：]{{0,80}}?绩效自评的?报告")
# an amount with its unit (``reportwords.AMOUNT``: 元, 万元, 亿元, or 万 where a punctuation mark or the line's end
# follows: 执行数29.6万, never 万亩 or 万人): the number is group 1, the unit group 2
_NUM = PROSE_AMOUNT
# a fund's name in brackets between the word 资金 and its amount (资金(残疾人事业发展补助资金)29.6万元)
_NAMED = r"(?:[（(][^）)\d]{0,30}[）)])?"
# a year printed without 年 before the fund's name (下达我省2024生猪调出大县…资金): four digits a Chinese word follows that
# is no unit (an amount always states one), so never money
_BARE_YEAR = r"(?<![\d.])(?:19|20)\d{2}(?=[一-龥])(?![万亿元年])"
_CLAUSE = rf"(?:[^。;；\n\d]|\d{{4}}年|{_BARE_YEAR})"  # words of one clause (a year may stand among them, never an amount)
AMOUNT = re.compile(_NUM)
# what became of an amount said first (152万元资金全部支付到位): it was spent, so it is no budget
_BECAME = r"(?:的)?(?:资金|经费)?(?:已经|已|全部|均)*(?:支付|支出|使用)(?!率)"
# The budget, most explicit wording first: 全年预算(结转)资金/数 or the quota the notice allots (专项资金指标154万元);
# a total (合计/共计/总计/总额/共投入); 共计…资金; 下达…资金. 全年应执行数 is the sum the year should spend: the
# budget, never the spending.
# (never the money passed on: a recipient after the verb, 实际下达各乡镇资金80万元, 最终下达到项目单位…, is the
# spending's side; 下达我县 / 下达给本单位 is the writer's own)
_NOT_PASSED = r"(?!给?(?:各|所属|下属)|到|至|给(?!我|本))"
# … nor an amount the sentence goes on to pass on (将资金2.33亿元下达至有关市、县; …已全部分配到各县; never 拨付到位: arrived;
# 至 is folded to the range's "-" by ``normalize_text``)
_PASSED_ON = (r"(?!(?:的)?(?:资金|经费)?(?:已|均)?(?:全部|全额)?(?:下达|拨付|分配)"
              r"(?:至|-|到(?!位)|给(?!我|本)|给?(?:各|所属|下属)))")
# The sum finally sent after a cut or an addition (下达我区111万元，…调减40万元，全年实际下达71万元) is the year's budget too.
EXPLICIT = re.compile(rf"(?:(?:全年预算(?:结转)?|(?:全年)?应执行)(?:资金|数)|(?:资金|预算)指标|(?:全年|年度|调整后)预算(?:数|资金)?|"
                      rf"(?:全年|年度)?(?:实际|最终|调整后)下达{_NOT_PASSED}(?:[^。;；\n\d,，、]{{0,30}}?(?:资金|经费))?)"
                      rf"(?:合计|共计|总计|为|是)?\s*{_NUM}")
# never the money a verb spent, paid or carried (已支出资金合计X, 累计支付合计X): a total of the spending, not the budget
_ACTS = ("支出", "支付", "使用", "执行", "拨付", "发放", "兑付", "兑现", "到位", "结余", "结转")
_GUARD = {"支付": "(?<!转移)"}  # (转移支付资金 is the transfer's name, never money paid)
_ACT_AHEAD = r"(?:已|实际|累计)?(?:" + "|".join(_ACTS[:8]) + ")"  # a verb of spending next (共计使用资金…)
# words of one clause that name no act of spending (转移支付 is the transfer's name, no verb)
# (nor what was left at the year's end: 年末结转资金487万元, 结余资金 — never the grant)
_UNSPENT = r"(?:(?!" + "|".join(_GUARD.get(v, "") + v for v in (*_ACTS[:7], "兑现", "结余", "年末结转", "年底结转")) + rf"){_CLAUSE})"
_NOT_SPENT = "".join(f"(?<!{_GUARD.get(v, '')}{v})" for v in _ACTS)
_NOT_SPENT_FUND = _NOT_SPENT + "".join(f"(?<!{_GUARD.get(v, '')}{v}{n})" for v in _ACTS for n in ("资金", "经费"))
TOTALS = (
    # the noun (资金, or 经费: 补助经费, 专项经费), then its total or the verb granting it (衔接资金共下达105万元, 预算资金合计…),
    # the level granting it between (专项资金中央下达1924.7万元)
    re.compile(rf"{_NOT_SPENT}(?:资金|经费|预算)(?:{LEVEL})?(?:(?:合计|共计|总计|总额|共)(?:下达|安排)?|(?:下达|安排)(?:总额|合计|共计)?)"
               rf"(?:为|是)?"
               rf"\s*{_NUM}{_PASSED_ON}"),
    # (never a total of what was spent: 共计使用资金X, 合计已支出…)
    re.compile(rf"(?:共计|合计|总计|共投入|总投入|共安排|共下达)(?!{_ACT_AHEAD}){_CLAUSE}{{0,40}}?(?:资金|经费|预算){_CLAUSE}{{0,6}}?"
               rf"{_NUM}{_PASSED_ON}"),
    # (the words between never spend it: 下达，截至年底，兑现资金X is the spending's clause)
    re.compile(rf"(?:下达|安排|获得|争取|批复|核定){_UNSPENT}{{0,60}}?(?:预算)?(?:资金(?:转移支付)?|经费|转移支付(?:资金)?){_NAMED}(?:为|共)?"
               rf"\s*{_NUM}{_PASSED_ON}"),
    # the amount sent to the writer itself: 下达我局353.6万元, by whatever verb grants it (拨付我县…, 分配我县…, 核定我县…;
    # never 已拨付本县…: what the writer passed on)
    # (the fund's name may stand between: 下达我市全民健身场地器材补短工程160万元)
    # (never a debt's limit or balance: 省财政厅核定我县政府法定债务限额164635万元 is no grant)
    re.compile(rf"(?<!已)(?:下达|拨付|分配|核定|安排)(?:给)?(?:我|本)(?:局|委|办|院|校|所|站|中心|单位|省|县|区|市|旗|镇|乡|街道)"
               rf"(?:(?!债务|限额|余额)(?:[^。;；\n\d,，、]|{_BARE_YEAR})){{0,30}}?\s*{_NUM}"),
    re.compile(rf"{_NOT_SPENT_FUND}(?:共计|合计|总计)(?:金额|资金)?(?:为)?\s*{_NUM}(?!{_BECAME})"),  # (合计金额118,156万元)
)
# an amount said received or put in (共收到…补助资金X万元, …专项扶贫资金投入X万元), or the fund's size (扶贫专项资金规模X
# 万元,其中…): with the totals' wordings, a total the amounts stated after it may itemise (``_confirmed(…, itemised=True)``)
INTAKE = re.compile(rf"(?:(?:收到|投入){_CLAUSE}{{0,40}}?(?:资金|经费){_NAMED}(?:共|合计)?|"
                    rf"(?:资金|经费)(?:共|合计)?(?:投入|收到|规模)(?:共|合计|了|为)?)\s*{_NUM}")
ITEMISED = (*TOTALS, INTAKE)
# … and, only where none of those states the budget, the plainer wordings other counties use: the noun 预算 (资金预算
# 120万元, 总预算为…, never 执行预算…), the year's funds (年度资金…), the money received or put in place from above
# (收到/落实 …资金/补助, 上级(共)拨付…资金: the transfer as the county got it), the fund's size (资金规模为…), the verb
# granting with no noun (省财政厅下达120万元, 共下达…; never 已下达: what the writer passed on), or the amount said first
# and then granted (120万元已全部下达)
PLAIN = re.compile(rf"(?:(?<!执行)(?<!支出)(?:总)?预算(?:资金|数)?|年度资金(?:总额)?|(?:收到|落实|上级(?:共)?拨付)"
                   rf"{_CLAUSE}{{0,30}}?(?:资金|经费|补助){_NAMED}|(?:资金|经费)规模|(?<!已)(?:累计|共计|共)?下达)"
                   rf"(?:合计|共计|总计|为|是|共)?\s*{_NUM}")
# (never the amount passed on: ``_PASSED_ON``)
# … and last, the grant said with the fund's words between the verb and the amount (中央下达湖南省救灾资金76178万元,
# 下达第一批森林火灾救灾补助1400万元): never to a recipient, never passed on after it
GRANTED_NAMED = re.compile(rf"(?<!已)(?<!实际)下达{_NOT_PASSED}[^。;；\n\d,，、]{{1,24}}?(?:资金|经费|补助){_NAMED}"
                           rf"(?:合计|共计|为|是|共)?\s*{_NUM}{_PASSED_ON}")
GRANTED = re.compile(rf"{_NUM}{_PASSED_ON}(?:的)?(?:资金|经费)?(?:已|均)?(?:全部|全额)?下达(?!率)")
# The spending, most explicit wording first: 执行数/执行资金/已执行; 支出; 拨付/支付/报账 (a county's spending); never
# what was not spent (未支出资金20万元).
SPENT = (
    # (实际执行飞行经费9109.54万元: the fund's own name between, 云南's; 已执行支付2668万元, 蓟州's)
    re.compile(rf"(?<!应)(?:执行(?:预算)?(?:资金|数)|已执行(?:支付)?|实际执行(?:[一-龥]{{1,8}}?(?=资金|经费))?)(?:资金|经费)?"
               rf"(?:合计|共计|总计|为|共|了)?\s*{_NUM}"),
    re.compile(rf"(?:实际支出|已支出|(?:实际)?形成支出|(?<!未)支出资金|实际使用|已使用|累计使用|累计支出|(?:实际)?完成投资|决算金额|"
               rf"(?:共计|合计|全年共|全年|共)(?:使用|支付|执行))(?:资金|经费|金额)?"
               rf"(?:合计|共计|为|共|了)?\s*{_NUM}"),
    re.compile(rf"(?:已完成拨付|已拨付|完成支付|已支付|实际支付|实际拨付|累计支付|累计拨付|拨付使用|已报账|累计报账)(?:资金|经费)?(?:合计|共计|为|共|了)?"
               rf"\s*{_NUM}"),
    # 支出 opening its clause or after the year (2023年支出2310.4万元), never inside a name (项目支出87.5万元)
    re.compile(rf"(?<=[,，。;；:：\s年])(?:支出|执行)(?:资金|金额)?(?:合计|共计|为|共|了)?\s*{_NUM}"),
    # the amount, then what became of it: 共计152万元资金全部支付到位 (never 拨付到位: that is the money arriving)
    re.compile(rf"{_NUM}{_BECAME}"),
)
# … and, only where none of those states it, the plainer wordings other counties use: first a total of the spending
# (合计支出…, 共支出…, 已全部支出…, 支出总额…: the whole where the levels' parts are also said), then the plainer verbs
# (完成/实现支出, 资金支出/执行/支付/使用/兑现, 支付资金 (never inside 转移支付资金: the transfer's name), 预算执行, 兑付, 发放,
# 兑现, 实际发放补助), or 支出/执行/支付 right after the date or opening a clause (截至年底支出…, 截至年底，执行…, ，支付…), or
# the money paid to where it goes
# (… its whole said after the verb: 资金执行总量29675万元, 锡林郭勒's)
SPENT_PLAIN = (
    re.compile(rf"(?:(?:合计|共计|总计|共|(?:已)?全部)支出|支出(?:资金)?总额)(?:资金|经费)?(?:合计|共计|为|共|了)?\s*{_NUM}"),
    re.compile(rf"(?:(?:累计)?(?:完成|实现)支出|资金(?:支出|执行|支付|使用|兑现)(?!率)|(?<!转移)(?<!未)支付资金|预算执行|实际完成|"
               rf"(?:已|累计|实际|共)(?:兑付|发放|兑现)(?:补助|补贴|资金)?|兑现资金|(?<=[底末日])(?:支出|执行|支付)|"
               rf"(?<=[底末日][,，])(?:支出|执行)|(?<=[,，])支付)(?:总量|总额|总数)?(?:资金|经费)?(?:合计|共计|为|共|了)?\s*{_NUM}"),
    # paid to where it goes (已拨付至乡镇…, 至 perhaps folded to "-", 实际拨付到项目…; never 拨付到位: the money arriving)
    re.compile(rf"(?:已|实际|累计)拨付(?:至|-|到|给)(?!位)[^。;；\n\d,，、]{{1,15}}?{_NUM}"),
)
RATE = re.compile(f"(?:{spaced(RATE_WORDS)})" + r"\s*(?:为|达到了?|达|是)?\s*(\d+(?:\.\d+)?%)")  # (执行率达到了90%)
# … and, only where none of those states it, the share paid out (拨付率, 发放率, 使用率, 兑付率): the rate where the
# spending ÷ the budget agrees with it
RATE_PAID = re.compile(r"(?:拨\s*付|发\s*放|使\s*用|兑\s*付|兑\s*现|报\s*账)\s*率\s*(?:为|是|达到了?|达|:)?\s*(\d+(?:\.\d+)?%)")
# (the report's own score of the transfer, 整体绩效自评分数为89分: ``reportverdict.score_said``, every report's one reader)
