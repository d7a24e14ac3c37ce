"""Two small documents of one invented unit (县档案馆) to print beside another document on a page: its 三公
statement (``STATEMENT``: 3.50 = 0 + 1.20 + 2.30) and a project's self-evaluation form (``form``: funds 20 / 20 / 18,
three indicators, total 99.0). The same two documents stand before a document in ``bench.perturb_context``
(``after_sangong``, ``after_project``); bench does not import the tests, so it keeps its own copy."""

from __future__ import annotations

STATEMENT = ["县档案馆2023年“三公”经费预算情况说明",
             "2023年“三公”经费财政拨款预算数为3.50万元，其中：因公出国（境）费0万元，公务接待费1.20万元，"
             "公务用车购置及运行维护费2.30万元（其中：公务用车购置费0万元，公务用车运行维护费2.30万元）。", ""]


def form(title: str = "项目支出绩效自评表") -> list[str]:
    """The project's form under ``title``, then a blank line."""
    return [title, "| 项目名称 | 档案数字化加工 |", "| 主管部门 | 县档案馆 | 实施单位 | 县档案馆 |",
            "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
            "| 年度资金总额 | 20.00 | 20.00 | 18.00 | 10 | 90.00% | 9.0 |",
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
            "| 产出指标 | 数量指标 | 加工卷数 | ≥2000卷 | 2100卷 | 50 | 50 |",
            "| 效益指标 | 社会效益指标 | 查阅便利度 | 提高 | 提高 | 30 | 30 |",
            "| 满意度指标 | 服务对象满意度指标 | 查档群众满意度 | ≥90% | 95% | 10 | 10 |",
            "| 总分 | | | | | 100 | 99.0 |", ""]
