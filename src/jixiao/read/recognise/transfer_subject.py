"""Whether a text is about a transfer or special fund, by its own opening words: its title, its 文号 and its first
sentence. The readers of a budget's or accounts' prose (``prose_figures``) leave such a text to the transfer
readers (``transfer``, ``transfer_stated``): a notice of funds sent down (关于下达…补助资金的通知 … 万元), a news item
on an allocation (近日,中央财政下达…资金10.3亿元), an announcement of a fund's use (…资金分配下达和使用情况的公告) or
a transfer's 收支情况说明 names its amounts in sentences a budget's reader would read as a budget's lines.

The text is a transfer's where
- a title line (short, no sentence's stops, among the first lines and before the text's first numbered section: 三、
  转移支付资金使用情况 is a section of a 收支 text, not its title; or two such lines, a title wrapped) names 转移支付 or 直达资金 (the central transfers sent
  straight down: a note on their 执行情况 is a transfer's, not a budget's execution), or a fund (…资金/经费) with what
  is done to it (下达/拨付/下拨/预拨/分配/安排/调整/追加, 使用情况, 收支情况; 争取, money secured from above) or the
  notice sending it (…资金的通知);
- or its first sentence says a level of government or a sender sent a fund (中央财政下达…资金, 现将…资金…下达,
  我县共收到…资金), or an amount sent down (江西已下拨5.1亿元用于…);
- or a line names an attachment that allocates a fund (附件…资金分配表/安排表/分配明细表);
and its title is no department's budget or accounts nor a 三公 statement (部门预算, 单位决算, 三公经费 …), whose
prose may recall the funds it received.
"""

from __future__ import annotations

import re

_HEAD = 6  # lines that may hold the title, the 文号 and the addressee
_TITLE_LONGEST = 80
STOPS = re.compile(r"[。，,；;]")
_FUND = r"(?:资金|经费|彩票公益金)"  # (the lottery's welfare fund, 彩票公益金, is granted and its use announced as one)
_DONE = r"(?:下达|争取|拨付|下拨|预拨|分配|安排|调整|追加|划拨|转拨|调拨|使用情况|收支情况|使用和管理情况)"
# a title: 转移支付 anywhere, or a fund with what is done to it (either order), or the notice sending it, or the
# fund's announcement (学生资助资金情况公示, …资金公告: a site's breadcrumb above it, 预决算公开, names no kind of text)
# (or an amount sent down: 黑龙江下达353亿支持“百大项目”建设)
TITLE = re.compile(rf"转移支付|直达资金|{_DONE}[^。\n]{{0,40}}?{_FUND}|{_FUND}[^。\n]{{0,20}}?{_DONE}|"
                   r"(?:下达|下拨|拨付|预拨)\d+(?:\.\d+)?\s*[亿万]|"
                    rf"{_FUND}[^。\n]{{0,8}}?(?:的)?通知|{_FUND}(?:情况)?(?:公示|公告)")
# the first sentence: a sender sending a fund (中央财政下达…资金, 现将…资金…下达, 我县共收到…资金)
_SENDER = r"(?:中央|国家|省|市|县|区|自治区|州|旗|盟)(?:级|本级)?(?:财政|政府|财政厅|财政局|财政部)?"
_SENT = re.compile(rf"{_SENDER}[^。\n\d]{{0,12}}?(?:下达|下拨|拨付|预拨|分配|追加)(?:了)?[^。\n]{{0,40}}?{_FUND}|"
                   rf"(?:现|特|兹)(?:将|下达|拨付|下拨|分配)[^。\n]{{0,60}}?{_FUND}|"
                   rf"(?:共|累计)?(?:收到|接到|接收)[^。\n]{{0,40}}?{_FUND}|"
                   # (or an amount sent down, the fund named after it or not at all: 江西已下拨5.1亿元用于补偿…公益林,
                   # 财政部…紧急预拨3.2亿元中央自然灾害救灾资金)
                   r"(?:下达|下拨|拨付|预拨)(?:了)?\d[\d,]*(?:\.\d+)?\s*(?:[亿万]|元)")
_ATTACHED = re.compile(r"附件\s*\d*[:：、.．]?[^。\n]{0,60}?(?:资金|经费)[^。\n]{0,12}?(?:分配|安排|下达)(?:明细|情况|计划)?表")
# a department's budget or accounts, a 三公 statement: their prose recalls the funds received, never a transfer's
NOT = re.compile(r"部门预算|部门决算|单位预算|单位决算|部门收支|三公")
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)")
_INTRODUCES = re.compile(r"如下\s*[:：]\s*$")
_FIRST_SENTENCE = 160  # characters of the text's opening sentence looked at


def about_transfer(lines: list[str]) -> bool:
    """Whether the text whose lines these are (in order, simplified script) is about a transfer or special fund."""
    head = [x.strip() for x in lines if x.strip()][:_HEAD]
    # the title stands before the text's first numbered section (三、转移支付资金使用情况 is a section of the text)
    opened = next((i for i, x in enumerate(head) if _SECTION.match(x)), len(head))
    titles = [x for x in head[:opened] if len(x) <= _TITLE_LONGEST and not STOPS.search(x)]
    if not titles and head and len(head[0]) > _TITLE_LONGEST:
        # a text run onto one line (a document-sharing page's preview): its title is in its opening words, up to its
        # first stop
        titles = [STOPS.split(head[0][:_TITLE_LONGEST], maxsplit=1)[0]]
    if any(NOT.search(x) for x in titles):
        return False
    # (a title wrapped over two lines: 2017年中央财政水利发展资金651.53亿元 / 全部下达)
    if any(TITLE.search(x) for x in titles) or any(TITLE.search(a + b) for a, b in zip(titles, titles[1:])
                                                   if len(a + b) <= _TITLE_LONGEST):
        return True
    if opened == 0 and head and TITLE.search(head[0]):
        return True  # (its title lost, the text opens on its first section, which names the fund: 一、直达资金安排…情况)
    # (the text's own opening, after a sentence that only introduces it: 按照《预算法》…的要求，现将有关情况公开如下：)
    opening = next((x for x in head if x not in titles and not _INTRODUCES.search(x)), "")
    first = re.split(r"[。!！?？]", opening[:_FIRST_SENTENCE], maxsplit=1)[0]
    if _SENT.search(first):
        return True
    return any(_ATTACHED.search(x) for x in lines)
