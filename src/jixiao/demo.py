"""``make demo``: audit the bundled sample documents (the seeds) and write the reports.

Reads ``samples/`` (the five seeds, bundled so a clean clone works on its own), or ``../shared/seeds`` when
the samples are absent, plus any auditable document in ``examples/``; writes ``out/report.html`` and
``out/findings.xlsx`` and prints the summary.
"""

from __future__ import annotations

import sys
from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.read import READABLE
from jixiao.report import html, terminal, xlsx
from jixiao.report.safe import console as safe_console

ROOT = Path(__file__).resolve().parents[2]


def sample_paths(root: Path = ROOT) -> list[str]:
    samples = root / "samples"
    seeds = root.parent / "shared" / "seeds"
    paths: list[str] = []
    if any(samples.glob("*.txt")):
        paths.append(str(samples))
    elif seeds.is_dir():
        paths.append(str(seeds))
    examples = root / "examples"
    if examples.is_dir():
        paths += [str(p) for p in sorted(examples.rglob("*")) if p.is_file() and p.suffix.lower() in READABLE]
    return paths


def main(out_dir: Path | None = None) -> int:
    paths = sample_paths()
    if not paths:
        sys.stderr.write("没有找到样例文档（samples/ 或 ../shared/seeds）/ no sample documents found\n")
        return 2
    out = out_dir or ROOT / "out"
    result = audit_paths(paths)
    console = safe_console()
    terminal.render(result, console, show_info=False)
    report = html.write(result, out / "report.html")
    book = xlsx.write(result, out / "findings.xlsx")
    console.print(f"HTML 报告 / report: {report}")
    console.print(f"xlsx 清单 / findings: {book}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
