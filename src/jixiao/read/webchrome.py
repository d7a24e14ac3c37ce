"""A web page's chrome in text saved from it: the lines a government site puts around a document, which are never
the document's content and name other documents (their titles carry other types' anchors: 部门决算, 绩效自评表,
评分标准, a year).

- links to the neighbouring articles: ``上一篇：县农业农村局2022年部门决算公开``, ``下一篇：…``;
- a list of related articles: its heading (``相关文章``, ``相关链接``, ``推荐阅读`` …) and the short title lines
  after it (no table cell, no sentence, no amount); not ``相关信息``, ``相关文件`` nor ``附件``, which a document's own
  text uses as headings over its attachments' names;
- the article's line of fields: ``发布时间：2024-09-12 16:30 来源：县财政局 浏览次数：328``;
- the page's tools and footer: ``【打印本页】 【关闭窗口】``, ``扫一扫在手机打开当前页``, ``分享到：``, the site's owner
  and record numbers (``主办单位：``, ``ICP备``, ``网站标识码``, ``版权所有``);
- an attachment's download line: ``1.绩效自评表.xls（下载次数：12）`` (a line that is only a file's name is not: a
  document-sharing page titles the document so).

``chrome_lines`` gives the indices of such lines; the text reader blanks them (every other line keeps its number).
Patterns are anchored and linear; a line inside a table (``|``, a tab) is never chrome.
"""

from __future__ import annotations

import re

_NEIGHBOUR = re.compile(r"^(上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)\s*[:：]")
# (not 相关信息, 相关文件 nor 附件: headings a document's own text uses, its attachments' names under them)
_RELATED = re.compile(r"^(相关(文章|阅读|链接|新闻|稿件)|推荐阅读|热点文章|猜你喜欢|延伸阅读)\s*[:：]?$")
_TOOLS = re.compile(r"^(【[^】]{1,12}】\s*)+$|^扫一扫在手机(上)?打开当前页$|^分享到\s*[:：]|^(分享|字号|打印|关闭)\s*[:：]?$|"
                    r"^(主办单位|承办单位|技术支持|版权所有|网站标识码)\s*[:：]|ICP备\d|网站标识码\s*[:：]?\s*\d")
_DOWNLOAD = re.compile(r"下载次数\s*[:：]\s*\d")
# the article's own line of labelled fields: when, from whom, how often read (发布时间：2024-09-12 16:30 来源：县财政局
# 浏览次数：328), perhaps after the bare date; two such fields or more and nothing else
_FIELD = re.compile(r"(?:发布|更新|成文|印发)?(?:时间|日期)|(?:信息|文章)?来源|浏览(?:次数|量)?|点击(?:次数|数|量|率)?|"
                    r"访问(?:次数|量)|阅读(?:次数|量)?|作者|(?:责任)?编辑|发布(?:机构|单位)|字号|(?:文字|字体)大小|字体|背景色")
_DATED = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*)?"  # (its bare date first)
# (each field its label, a colon and a short value, a time's colon allowed in it; bounded: the line is short)
_FIELDS = re.compile("^" + _DATED + r"(?:(?:" + _FIELD.pattern + r")\s*[:：]\s*(?:\d{1,2}[:：]\d{2}|[^:：，,。；;]){0,30}?\s*)"
                     r"{2,6}$")
_TITLE_MAX = 60  # characters of a related article's title line
_SENTENCE = re.compile(r"[。；;]|\d\.\d|[，,].*[，,]")  # a sentence, or an amount: content, not a link's title
_DOWNLOAD_MAX = 80


def _cell_line(s: str) -> bool:
    return "|" in s or "\t" in s


def chrome_line(line: str) -> bool:
    """Whether one line, as a whole, is a page's chrome (neighbour link, tools, footer, download line)."""
    s = line.strip()
    if not s or _cell_line(s) or len(s) > 200:
        return False
    return bool(_NEIGHBOUR.match(s) or _TOOLS.search(s) or _RELATED.match(s) or _published(s)
                or len(s) <= _DOWNLOAD_MAX and _DOWNLOAD.search(s))


def _published(s: str) -> bool:
    """The article's line of fields (发布时间：… 来源：… 浏览次数：…): each field its label, a colon and a short value,
    no sentence."""
    return (len(s) <= _DOWNLOAD_MAX and _SENTENCE.search(s) is None and "万元" not in s and "亿元" not in s
            and _FIELDS.match(s) is not None)


def chrome_lines(lines: list[str]) -> set[int]:
    """The indices of the lines that are a page's chrome, with the titles listed under a related-articles heading."""
    out: set[int] = set()
    listing = False
    for k, line in enumerate(lines):
        s = line.strip()
        if chrome_line(s):
            out.add(k)
            listing = bool(_RELATED.match(s)) or listing and bool(_NEIGHBOUR.match(s))
            continue
        if not s:
            continue
        if listing and len(s) <= _TITLE_MAX and not _cell_line(s) and not _SENTENCE.search(s):
            out.add(k)
            continue
        listing = False
    return out
