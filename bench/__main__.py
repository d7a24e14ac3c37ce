"""Run every benchmark module (``bench/bench_*.py``), or those named on the command line.

When ``JIXIAO_CORPUS`` names the real-document corpus folder (docs/reading.md), the accuracy on it is
measured too (``bench/corpus_accuracy.py``, dev split), and the dev documents are re-read in the other shapes
published text takes (``bench/corpus_shapes.py``); CI has no corpus, so it is skipped there."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time

import bench


def main(argv: list[str]) -> int:
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    for name in names:
        print(f"== {name} ==", flush=True)
        t0 = time.perf_counter()
        importlib.import_module(f"bench.{name}").main()
        print(f"   ({time.perf_counter() - t0:.1f} s)", flush=True)
    corpus = os.environ.get("JIXIAO_CORPUS")
    if corpus and (not argv or any(a in "corpus_accuracy" for a in argv)):
        from bench import corpus_accuracy

        print("== corpus_accuracy ==", flush=True)
        corpus_accuracy.main([corpus, "--split", "dev"])
    if corpus and (not argv or any(a in "corpus_shapes" for a in argv)):
        from bench import corpus_shapes  # the dev documents re-read in the other shapes text takes (~10 s)

        print("== corpus_shapes ==", flush=True)
        corpus_shapes.main([corpus])
        corpus_shapes.main([corpus, "--words"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
