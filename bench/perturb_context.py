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


# another document before this one on the same page (a department's page lists its disclosures one after another):
# a 三公 statement, to put before documents of other types; a short project form, before accounts
_SANGONG = ["县档案馆2023年“三公”经费预算情况说明",
            "2023年“三公”经费财政拨款预算数为3.50万元，其中：因公出国（境）费0万元，公务接待费1.20万元，"
            "公务用车购置及运行维护费2.30万元（其中：公务用车购置费0万元，公务用车运行维护费2.30万元）。"]
PROJECT = ["项目支出绩效自评表", "| 项目名称 | 档案数字化加工 |", "| 主管部门 | 县档案馆 | 实施单位 | 县档案馆 |",
            "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
            "| 年度资金总额 | 20.00 | 20.00 | 18.00 | 10 | 90.00% | 9.0 |",
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
            "| 产出指标 | 数量指标 | 加工卷数 | ≥2000卷 | 2100卷 | 50 | 50 |",
            "| 效益指标 | 社会效益指标 | 查阅便利度 | 提高 | 提高 | 30 | 30 |",
            "| 满意度指标 | 服务对象满意度指标 | 查档群众满意度 | ≥90% | 95% | 10 | 10 |",
            "| 总分 | | | | | 100 | 99.0 |", ""]


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


def after_sangong(text: str) -> Lines:
    """Another unit's 三公 statement before the document, as a department's page lists its disclosures (for
    documents of other types than 三公)."""
    return _around(text, [*_SANGONG, ""], [])


def after_project(text: str) -> Lines:
    """Another unit's project form before the document (for accounts and 三公 documents)."""
    return _around(text, PROJECT, [])


CONTEXT = {"after_sangong": after_sangong, "after_project": after_project, "site_chrome": site_chrome, "neighbours": neighbours, "related": related, "notice": notice, "disclosure": disclosure,
           "attachments": attachments}
