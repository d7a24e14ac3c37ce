"""What makes a text a 转移支付 self-evaluation report (``transfer_prose`` reads its figures): the template's headings,
a title naming the transfer (or a grant from above: 补助资金, 补助经费, 衔接资金) and the report, a sentence saying the
text evaluates a transfer, or a report on how a transfer was used. Matched on the text with the spaces PDF text puts
between Chinese characters closed."""

from __future__ import annotations

import re

from jixiao.read.recognise.flatgaps import closed
from jixiao.read.recognise.transfer_text import Flat

# A transfer report says so: the template's first heading (a word of the labels ``despace`` knows), or its first
# sub-heading ((一)中央下达(专项)转移支付预算和绩效目标情况: an excerpt that starts there), or a title naming the transfer
# and the report.
TEMPLATE = re.compile(r"绩效目标分解下达情况")
_SUBHEAD = r"下达[^。\n]{0,20}?转移支付预算和绩效目标"
# or a heading only the transfer templates print (三、偏离绩效目标的原因和下一步改进措施; (三)区域绩效目标情况: the region's
# targets), where an excerpt starts past the first heading
_HEADINGS = r"偏离绩效目标的原因和下一步改进措施|区域绩效目标(?:完成)?情况"
_TRANSFER_TITLE = (r"[^\n。,;；:：]{0,60}?(?:转移支付[^\n。,;；:：]{0,60}?|中央[^\n。,;；:：（(]{0,30}?(?:资金|补助)\s*绩效)"
                   r"(?:自评报告|评价报告)")
# a sentence saying the text evaluates a transfer (对…转移支付资金进行了绩效自评, 开展…转移支付绩效自评工作)
_SAYS = r"转移支付[^。\n]{0,30}?绩效自评|绩效自评[^。\n]{0,30}?转移支付"
# or a heading of a transfer report's outline (一、转移支付基本情况), the later template's (一、基本情况 (一)转移支付概况,
# its first sub-heading, or (一)转移支付支持项目概况: a text without a title), or a report on a grant from above (…衔接推进乡村振兴补助资金绩效自评
# 情况报告, 衔接资金绩效自评, 城乡义务教育补助经费绩效自评报告): grants are transfers
_OUTLINE = r"[一二三四五六七八九十]、\s*转移支付|[(（][一二三四五六七八九十][)）]\s*转移支付[^。\n]{0,6}?概况"
_GRANT = r"(?:补助资金|补助经费|衔接资金)[^。\n]{0,12}?绩效(?:自评|评价)[^。\n]{0,8}?报告"
# or a report on how a transfer was used (现将上级转移支付资金使用情况报告如下, …转移支付资金管理使用情况的报告)
_USED = r"转移支付[^。\n]{0,20}?(?:使用|执行)情况[^。\n]{0,4}?报告"
# (matched on the text with the spaces between Chinese characters closed: ``says``)
REPORT = re.compile(f"{TEMPLATE.pattern}|{_SUBHEAD}|{_HEADINGS}|{_TRANSFER_TITLE}|{_SAYS}|{_OUTLINE}|{_GRANT}|{_USED}")
TITLE = re.compile(rf"{_TRANSFER_TITLE}|[^\n。,;；:：]{{0,80}}?绩效自评的?报告")


def says(flat: Flat) -> bool:
    """The text says it is a transfer's report (its words may be spaced as PDF text spaces them)."""
    return REPORT.search(closed(flat).text) is not None
