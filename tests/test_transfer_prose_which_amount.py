"""Which amount of a transfer's prose is its budget, where the sentences state several (fresh pages of session 46,
invented figures here):

- a debt's limit is no grant: 省财政厅核定我县政府法定债务限额X万元,其中:一般债务…、专项债务… (右玉's report) was read
  as the transfer's budget, its parts confirming it; the 上级补助收入 its 其中 itemises is the budget;
- what was left at the year's end is no grant either: 全部安排到…领域,年末结转资金487万元 (安排 … 资金 X);
- 包含 opens a list as 其中 does: 本次下达各县的补助资金,包含城乡低保人员生活补助4.36亿元;… names its first part, and
  the 5.73亿元 the notice says it sent is the whole (渭南);
- 现将其中的X万元划拨至你单位: the share the notice sends to its addressee is its budget, over the sum its own place
  received from above (鹤山's 疫情防控 结算资金); 其中的 is no list's opening there.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write

_REPORT = """一、转移支付执行情况
2022年度我县一般公共预算上级补助收入86420万元,其中:返还性收入1830万元,一般转移支付收入61275万元,专项转移支付收入23315万元。根据资金性质及用途,按照上级有关要求,全部安排到我县相应经济社会领域,年末结转资金{left}万元,在下年度继续安排使用。
二、举借债务情况
年初政府债务系统的债务余额98120万元,归还政府债务本金7340万元,年末政府债务余额117550万元。省财政厅核定我县政府法定债务限额121380万元,其中:一般债务80245万元、专项债务41135万元,我县政府债务系统内的债务未超规定限额。
"""

_NOTICE = """示例市财政局下达资金3.18亿元保障困难群众基本生活
近日,市财政局下达困难群众救助补助资金3.18亿元,确保全市城乡困难群众按时足额领取生活补助。
本次下达各县(市、区)的补助资金,包含城乡低保人员生活补助2.41亿元;城乡特困人员生活补助3120万元;冬季取暖费1075万元;孤儿基本生活补助462万元。
"""

_SHARE = """市疾控中心、市人民医院、示例镇卫生院:
根据《市财政局关于下达疫情防控中央补助结算资金的通知》(示财社〔2021〕88号),2021年中央下达我市疫情防控结算资金240.50万元,根据我市医疗救治情况,现将其中的97.30万元划拨至你单位用于疫情防控支出,其中市人民医院52.30万元、示例镇卫生院25万元、市疾控中心20万元。
示例市财政局
2021年9月6日
"""


def _budget(tmp_path: Path, text: str) -> Decimal | None:
    (doc,) = read_path(write(tmp_path, text)).documents
    return doc.funds["total"].annual_budget.dec


@pytest.mark.parametrize("left", ["487", "0"])
def test_a_debt_limit_and_the_years_leftover_are_no_grant(tmp_path: Path, left: str) -> None:
    assert _budget(tmp_path, _REPORT.format(left=left)) == Decimal("86420")


def test_a_list_opened_by_baohan_is_parts(tmp_path: Path) -> None:
    assert _budget(tmp_path, _NOTICE) == Decimal("3.18")


def test_the_share_sent_to_the_addressee(tmp_path: Path) -> None:
    (doc,) = read_path(write(tmp_path, _SHARE)).documents
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec) == (Decimal("97.30"), None)


_SPLIT = """各乡镇人民政府:
根据《省财政厅关于提前下达2019年度中央财政扶贫发展资金的通知》(示财农指〔2018〕61号)文件精神,下达给我县中央财政专项扶贫发展资金386万元。
根据文件规定资金主要用于两个方面:(一)扶持贫困户发展特色产业,每户补助资金一般不超过8000元。(二)改善贫困村小型公益性生产生活设施条件,每个项目的补助资金最高不超过25万元。
经研究,现将下达给我县2019年度第一批中央财政扶贫专项发展资金用于:项目一安排193万元(详见附件一);项目三安排改善小型公益性生产生活设施条件部分193万元(详见附件二)。
"""


def test_what_the_notice_sends_adding_up_to_what_its_place_received(tmp_path: Path) -> None:
    """The amounts the sending sentence allots make the sum the county received: that sum is the budget."""
    assert _budget(tmp_path, _SPLIT) == Decimal("386")
