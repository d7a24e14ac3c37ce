"""预算执行率得分 of every project form in seeds 001 and 004, under each framework's rounding.

The (全年预算数, 全年执行数, published 执行率, published 得分) tuples are copied from the seeds. Seed 001
(万元) truncates both the rate and the score; seed 004 (元) rounds the rate up (ceiling) and the score
half-up from the rounded rate. What no rounding reproduces is listed as a published mistake.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.core.rounding import Rounding
from jixiao.frameworks import Framework, get_builtin
from jixiao.rules import RULES

D = Decimal

SEED_001 = [  # 上海市经济和信息化委员会 2023, 万元
    ("产业转型升级重点工作", "1995.03", "1984.00", "99.44", "9.94"),
    ("干部人才工作", "127.70", "103.37", "80.94", "8.09"),
    ("机关党委工作", "59.80", "30.07", "50.28", "5.02"),
    ("纪检其他工作", "8.60", "2.22", "25.81", "2.58"),
    ("纪检专项工作经费", "30.00", "0.66", "2.20", "0.22"),
    ("进博会能源保障经费", "35.00", "34.75", "99.28", "9.92"),
    ("进博会网络安全保障", "101.00", "101.00", "100.00", "10.00"),
    ("经济运行与产业安全专项", "315.00", "315.00", "100.00", "10.00"),
    ("上海市城市数字化转型专项资金", "15000.00", "14992.90", "99.95", "9.99"),
    ("上海市促进产业高质量发展专项资金", "187229.00", "298771.40", "159.57", "10.00"),
    ("上海市法人网上身份统一认证和电子印章公共服务", "4650.00", "4649.70", "99.99", "9.99"),
    ("上海市中小企业发展专项资金", "10000.00", "10127.42", "101.27", "10.00"),
    ("市级重大研究项目", "300.00", "300.00", "100.00", "10.00"),
    # The funds block of this form is garbled in the PDF text; the score is 总分 97.16 − 90.
    ("系统干部培训专项工作", "197.00", "141.15", "71.64", "7.16"),
    ("系统群团工作", "151.00", "139.31", "92.25", "9.22"),
    ("系统组织、宣传、统战工作", "197.10", "129.16", "65.53", "6.55"),
    ("相关专项补贴", "8712.77", "7627.81", "87.54", "8.75"),
    ("信息化发展重点工作", "3063.00", "2815.85", "91.93", "9.19"),
    ("政府软件体系（信创产业发展）", "200.00", "99.60", "49.80", "4.98"),
    ("专项资金管理、验收、审计等工作", "2087.00", "1797.23", "86.11", "8.61"),
    ("自然人身份多源认证服务", "300.00", "298.80", "99.60", "9.96"),
    ("综合部门重点工作", "5464.66", "5395.11", "98.72", "9.87"),
    ("综治稳定工作", "7.90", "3.48", "44.05", "4.40"),
]

SEED_004 = [  # 杨浦区科学技术委员会 2022, 元
    ("科学技术普及发展专项", "17556000.00", "14366388.61", "81.84", "8"),
    ("产业扶持", "937556000.00", "908613114.04", "96.92", "9.69"),
    ("杨浦区“一网统管”建设专项", "409954216.00", "400947074.63", "97.81", "9.78"),
    ("全区数字信息化建设及管理专项", "15276100.00", "13769083", "90.14", "9.01"),
    ("社保卡管理专项经费", "50000.00", "39974", "79.95", "8"),
]

# Published figures that no rounding reproduces: 10 × 81.84% = 8.184, published as 8.
KNOWN_MISTAKES = {("yangpu-2022-project", "科学技术普及发展专项"): ("8.18", "8")}


def execution(fw: Framework, budget: str, executed: str) -> tuple[Decimal, Decimal]:
    """(rate as the framework rounds it, execution score) for one form."""
    assert fw.execution is not None and fw.execution.weight is not None
    rate = fw.rounding.rate.apply(D(executed) * 100 / D(budget))
    res = RULES[fw.execution.rule](fw.execution.weight, fw.execution.params,
                                   {"annual_budget": budget, "executed": executed}, fw.context)  # fmt: skip
    return rate, res.score


CASES = [("shanghai-2023-project", *row) for row in SEED_001] + [("yangpu-2022-project", *row) for row in SEED_004]


@pytest.mark.parametrize(("fid", "name", "budget", "executed", "rate", "score"), CASES)
def test_execution_score_as_published(fid: str, name: str, budget: str, executed: str, rate: str, score: str) -> None:
    got_rate, got_score = execution(get_builtin(fid), budget, executed)
    assert got_rate == D(rate), name
    if (fid, name) in KNOWN_MISTAKES:
        computed, published = KNOWN_MISTAKES[(fid, name)]
        assert got_score == D(computed) and D(published) == D(score) and got_score != D(score)
    else:
        assert got_score == D(score), name


def test_other_roundings_do_not_reproduce_the_seeds() -> None:
    """The choice is forced: half-up would publish 99.45 and 5.03 in seed 001, 90.13 in seed 004."""
    half_up = Rounding("half_up", 2)
    assert half_up.apply(D("1984.00") * 100 / D("1995.03")) == D("99.45")
    assert half_up.apply(D("10") * D("50.28") / 100) == D("5.03")
    assert half_up.apply(D("13769083") * 100 / D("15276100")) == D("90.13")
    assert Rounding("truncate", 2).apply(D("13769083") * 100 / D("15276100")) == D("90.13")
    # 社保卡: 8 needs the score from the rounded rate (79.95% → 7.995 → 8.00), not the exact 79.948%.
    assert half_up.apply(D(10) * D("39974") / D("50000")) == D("7.99")


def test_mof_default_rounds_half_up() -> None:
    rate, score = execution(get_builtin("mof-2020-project"), "1995.03", "1984.00")
    assert (rate, score) == (D("99.45"), D("9.95"))  # seed 001 publishes the truncated 99.44 / 9.94
