"""The audit at scale (issue 12): documents a second with 1 and 2 jobs, peak memory at 1,000 / 10,000 /
100,000 forms, and a province-year end to end. Every run is ``jixiao audit`` in a child process
(``bench.peak``), so start-up, worker processes and output are all counted.

The forms are text project forms generated here (``form``: seed 001's layout, a wrong total now and then),
10,000 distinct files; the 50,000 and 100,000 runs link each of them into 5 and 10 folders (same text,
distinct paths: every copy is read, scored and audited again). Targets: ≥ 1,000 documents a second with
2 jobs; peak memory flat in the number of forms and under 300 MB (the main process; each worker is its own
process with its own limit, shown beside it).
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

from bench.peak import measure
from bench.timing import median, paired_ratio, verdict

N = int(os.environ.get("JIXIAO_BENCH_AUDIT_FORMS", "10000"))
ROUNDS = int(os.environ.get("JIXIAO_BENCH_ROUNDS", "3"))
SIZES = (1_000, N, 10 * N)
PROVINCE = 5 * N
RATE_TARGET = 1000
MEMORY_TARGET = 300
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


def corpus(root: Path) -> dict[int, Path]:
    """Folders of 1,000, N, 5N and 10N forms (the larger ones by hard links to the N distinct files)."""
    rng = random.Random(20231231)
    base = root / f"n{N}"
    base.mkdir()
    names = []
    for k in range(N):
        name = f"form_{k:06d}.txt"
        (base / name).write_text(form(k, rng), encoding="utf-8")
        names.append(name)
    folders = {N: base}
    small = root / "n1000"
    small.mkdir()
    for name in names[:1000]:
        os.link(base / name, small / name)
    folders[1000] = small
    for copies in (5, 10):
        big = root / f"n{copies * N}"
        for c in range(copies):
            sub = big / f"copy{c}"
            sub.mkdir(parents=True)
            for name in names:
                os.link(base / name, sub / name)
        folders[copies * N] = big
    return folders


def audit(*args: str) -> dict[str, float]:
    """``jixiao audit ARGS`` in a child process: wall seconds and peak MB (main, workers)."""
    return measure("audit", *args)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-audit-") as tmp:
        t0 = time.perf_counter()
        folders = corpus(Path(tmp))
        print(f"   corpus: {N:,} distinct text forms (+ links to 50,000 and 100,000) in {time.perf_counter() - t0:.1f} s;"
              f" load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores — figures are noisy, see the medians")
        # documents a second, 1 job against 2 jobs, interleaved
        runs: dict[int, list[dict[str, float]]] = {1: [], 2: []}
        for _ in range(ROUNDS):
            for jobs in (1, 2):
                runs[jobs].append(audit(str(folders[N]), "--jsonl", "--jobs", str(jobs)))
        walls = {j: [r["wall"] for r in rs] for j, rs in runs.items()}
        for jobs in (1, 2):
            rate = N / median(walls[jobs])
            cpu = median([r["cpu"] for r in runs[jobs]]) / N * 1e3
            target = f"  (target ≥ {RATE_TARGET:,}/s: {verdict(rate >= RATE_TARGET)})" if jobs == 2 else ""
            print(f"   audit {N:,} forms --jobs {jobs}: median {median(walls[jobs]):.1f} s over {ROUNDS} rounds = "
                  f"{rate:,.0f} documents/s{target}; CPU {cpu:.2f} ms a document (all processes)")
        cpu_ms = median([r["cpu"] for r in runs[2]]) / N * 1e3
        print(f"   on 2 idle cores that CPU would give ≈ {2e3 / cpu_ms:,.0f} documents/s (an estimate, not a measurement)")
        print(f"   speed-up of 2 jobs over 1 (median of paired ratios): {paired_ratio(walls[1], walls[2]):.2f}×")
        # peak memory against the number of forms
        peaks = {}
        for n in SIZES:
            r = audit(str(folders[n]), "--jsonl", "--jobs", "2")
            peaks[n] = r["main"]
            print(f"   peak memory at {n:>7,} forms: main {r['main']:.0f} MB, worker ≤ {r['workers']:.0f} MB "
                  f"({n / r['wall']:,.0f} documents/s)")
        flat = max(peaks.values()) < MEMORY_TARGET and peaks[SIZES[-1]] < 1.5 * peaks[SIZES[0]]
        print(f"   main process peak flat and under {MEMORY_TARGET} MB: {verdict(flat)}")
        # the province end to end: 50,000 forms read, scored, audited, HTML and xlsx written
        out = Path(tmp) / "out"
        r = audit(str(folders[PROVINCE]), "--jobs", "2", "--quiet", "--html", str(out / "report.html"),
                  "--xlsx", str(out / "findings.xlsx"))
        sizes = ", ".join(f"{p.name} {p.stat().st_size / 1e6:.0f} MB" for p in sorted(out.iterdir()))
        print(f"   province end to end, {PROVINCE:,} forms from files, reports written ({sizes}): "
              f"{r['wall']:.0f} s wall = {PROVINCE / r['wall']:,.0f} forms/s; peak main {r['main']:.0f} MB, "
              f"worker ≤ {r['workers']:.0f} MB")


if __name__ == "__main__":
    main()
