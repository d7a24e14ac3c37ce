"""Audit a generated folder of 1,000 text project forms and print documents per second (target ≥ 200/s)."""

from __future__ import annotations

import random
import tempfile
import time
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

from jixiao.audit import audit_paths

N = 1000
TARGET = 200
ROWS = [
    ("产出指标", "数量指标", "举办活动场次", "≥{t}(场)", "{a}(场)"),
    ("产出指标", "质量指标", "验收合格率", "=100(%)", "{p}(%)"),
    ("产出指标", "时效指标", "按时完成率", "≥95(%)", "{p}(%)"),
    ("效益指标", "社会效益指标", "服务企业数", "≥{t}(家)", "{a}(家)"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90(%)", "95.00(%)"),
]
WEIGHTS = ["20.00", "20.00", "20.00", "20.00", "10.00"]


def _q(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_DOWN)


def form(k: int, rng: random.Random) -> str:
    budget = Decimal(rng.randint(1_000, 5_000_000)) / 100
    spent = _q(budget * Decimal(rng.randint(200, 1000)) / 1000)
    rate = _q(spent / budget * 100)
    exec_score = _q(Decimal(10) * rate / 100)
    lines = [
        "财政项目支出绩效自评表", "(2023年度)", f"项目名称\t\t生成项目{k}",
        "主管部门\t\t上海市经济和信息化委员会\t\t实施单位\t\t上海市经济和信息化委员会",
        "项目资金 (万元)\t\t\t年初预算数\t全年预算数\t全年执行数\t分数\t执行率(%)\t得分",
        f"\t\t年度资金总额\t{budget}\t{budget}\t{spent}\t10.00\t{rate}\t{exec_score}",
        f"\t\t其中：当年财政拨款\t{budget}\t{budget}\t{spent}\t-\t{rate}\t-",
        "\t\t上年结转资金\t0.00\t0.00\t0.00\t-\t0.00\t-",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    ]
    total = exec_score
    for (l1, l2, l3, target, actual), w in zip(ROWS, WEIGHTS):
        t = rng.randint(5, 50)
        a = t if rng.random() < 0.9 else rng.randint(1, t)
        p = "100.00" if rng.random() < 0.9 else f"{rng.randint(80, 99)}.00"
        score = w if a == t and p == "100.00" else _q(Decimal(w) * Decimal(a) / Decimal(t))
        total += Decimal(score)
        lines.append(f"{l1}\t{l2}\t{l3}\t{target.format(t=t)}\t{actual.format(a=f'{a}.00', p=p)}\t{w}\t{score}\t")
    if rng.random() < 0.05:
        total += Decimal("0.5")  # a wrong total now and then
    grade = "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"
    lines += [f"总分\t\t\t\t\t100\t{total}\t", f"评分等级\t\t{grade}", ""]
    return "\n".join(lines)


def main() -> None:
    rng = random.Random(20231231)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for k in range(N):
            (folder / f"form_{k:04d}.txt").write_text(form(k, rng), encoding="utf-8")
        t0 = time.perf_counter()
        result = audit_paths([str(folder)])
        dt = time.perf_counter() - t0
    docs = len(result.documents)
    c = result.counts()
    rate = docs / dt if dt else float("inf")
    print(f"audit: {docs} documents in {dt:.2f} s = {rate:.0f} documents/s (target ≥ {TARGET}/s) "
          f"— findings: {c['error']} errors, {c['suspect']} suspect, {c['info']} info")


if __name__ == "__main__":
    main()
