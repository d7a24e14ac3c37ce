"""A fund's prose whose budget lists its levels with each level's own aside in brackets, and whose spending is said
after the sum that was due (民乐's 普惠金融 report, a fresh page of session 46: "预算共安排546.23万元,其中:中央248.73万元
(2023年结转95.43万元,2024年下达153.3万元),省级230.54万元(…),县级66.96万元(…);2024年应支付贴息资金444.86万元,实际支付
355.16万元"). Before, the bracketed amounts were taken for the list's items (248.73 + 95.43 = 344.16, a false suspect
and the budget unread) and 应支付 for a second spending (the spending unread). Now the list is the levels', the due
sum is neither granted nor spent. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write

_TEXT = """示例县2024年创业担保贷款贴息资金使用情况
2024年,该项目中央、省级、县级预算共安排420.50万元,其中:中央210.20万元(2023年结转80.20万元,2024年下达130万元),省级160.30万元(2023年结转30.30万元,2024年下达130万元),县级50万元(2023年结转10万元,2024年配套40万元);2024年应支付贴息资金360.40万元,实际支付294.35万元,执行率70%。
"""


def test_asides_and_the_sum_due(tmp_path: Path) -> None:
    path = write(tmp_path, _TEXT)
    (doc,) = read_path(path).documents
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.text) == (Decimal("420.50"), Decimal("294.35"), "70%")
    assert [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []
