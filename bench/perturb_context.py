"""Perturbations of what stands around a document on the page it is published on, the document itself unchanged:
a government site's header and footer (breadcrumb, publishing date and hit count, print and close links, the
site's owner and record number), the previous and next articles' titles and a list of related articles (other
forms' and reports' names: anchors of other document types), the notice a page opens with before its form, and
the attachments' download lines after it.

Each returns ``Lines`` (``bench.perturb_tables``): the lines added go before the first line and after the last,
so that a proven mistake's line follows (``corpus_shapes.moved``).
"""

from __future__ import annotations

from bench.perturb_tables import Lines, per_line

_HEAD = ["首页 > 政务公开 > 政府信息公开 > 财政预决算",
         "发布时间：2024-09-12 16:30 来源：县财政局 浏览次数：328",
         "【字体：大 中 小】 【打印本页】 【关闭窗口】"]
_FOOT = ["扫一扫在手机打开当前页", "【打印本页】 【关闭窗口】",
         "主办单位：县人民政府办公室 承办单位：县大数据中心 网站标识码：5300000000 ICP备案号：滇ICP备00000000号"]
_NEIGHBOURS = ["上一篇：县农业农村局2022年部门决算公开", "下一篇：县水利局2023年度项目支出绩效自评表"]
_RELATED = ["相关文章", "县教育体育局2024年部门预算公开", "县卫生健康局2023年部门整体支出绩效自评报告",
            "关于下达2024年中央财政衔接推进乡村振兴补助资金的通知", "2023年度财政重点绩效评价指标体系及评分标准",
            "县人民政府办公室2023年“三公”经费决算公开"]
_NOTICE = ["根据县财政局《关于开展2023年度预算绩效自评工作的通知》要求，我单位对上年度项目支出和部门整体支出开展了"
           "绩效自评，形成了自评报告和自评表，现将有关情况公开如下："]
_DISCLOSURE = ["按照《中华人民共和国预算法》和《地方预决算公开操作规程》的要求，现将本单位有关情况公开如下："]
_ATTACHMENTS = ["附件下载：", "1.绩效自评表.xls（下载次数：12）", "2.绩效自评报告.docx（下载次数：9）"]


def _around(text: str, before: list[str], after: list[str]) -> Lines:
    lines = per_line(text, lambda _, x: [x])
    if not lines:
        return lines
    lines[0] = [*before, *lines[0]]
    lines[-1] = [*lines[-1], *after]
    return lines


def site_chrome(text: str) -> Lines:
    """A government site's page header above the document and its footer below."""
    return _around(text, _HEAD, _FOOT)


def neighbours(text: str) -> Lines:
    """The previous and next articles' titles after the document (other documents' names)."""
    return _around(text, [], _NEIGHBOURS)


def related(text: str) -> Lines:
    """A list of related articles after the document: a budget, a department's report, a transfer notice, a rule
    table, a 三公 account (every other type's anchors in their titles)."""
    return _around(text, [], _RELATED)


def notice(text: str) -> Lines:
    """The page's opening sentence before its form: the self-evaluation it was made for (绩效自评, 自评报告, 自评表);
    a self-evaluation's page opens so, a budget's does not (``disclosure``)."""
    return _around(text, _NOTICE, [])


def disclosure(text: str) -> Lines:
    """The page's opening sentence before a budget's or final accounts' text (预算法, 预决算公开操作规程)."""
    return _around(text, _DISCLOSURE, [])


def attachments(text: str) -> Lines:
    """The attachments' download lines after the document (自评表.xls, 自评报告.docx)."""
    return _around(text, [], _ATTACHMENTS)


CONTEXT = {"site_chrome": site_chrome, "neighbours": neighbours, "related": related, "notice": notice, "disclosure": disclosure,
           "attachments": attachments}
