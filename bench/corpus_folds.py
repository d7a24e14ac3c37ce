"""Dev split in two folds, so a reader's change is judged on documents its author did not look at.

    .venv/bin/python -m bench.corpus_folds OUT_DIR --fold look|check [--type T ...]

Writes ``OUT_DIR/manifest.yaml`` holding the dev entries of the fold (and of the types given), for
``bench.corpus_accuracy --manifest OUT_DIR/manifest.yaml`` (OUT_DIR must hold nothing else: the accuracy script
also loads a ``manifest.d/`` beside the manifest). An entry's fold follows from its id alone (one in three is
``check``), never from how it reads: whoever writes a reader opens the ``look`` fold's files and only counts the
``check`` fold's, so that the check fold's before → after says whether the change reads the next unseen page of
its class — the held-out split's question, asked within a session.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Any

from bench.corpus_accuracy import MANIFEST, load_manifest

FOLDS = ("look", "check")


def fold(entry_id: str) -> str:
    """``check`` for one id in three (by its digest, stable across sessions), ``look`` for the others."""
    return "check" if int(hashlib.sha256(entry_id.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "look"


def entries(which: str, types: list[str] | None = None, manifest: Path = MANIFEST) -> list[dict[str, Any]]:
    return [e for e in load_manifest(manifest) if e.get("split") == "dev" and fold(str(e.get("id"))) == which
            and (not types or e.get("type") in types)]


def main(argv: list[str] | None = None) -> int:
    from ruamel.yaml import YAML

    ap = argparse.ArgumentParser(prog="python -m bench.corpus_folds", description=__doc__.split("\n")[0])
    ap.add_argument("out", help="an empty folder: the fold's manifest.yaml is written there")
    ap.add_argument("--fold", choices=FOLDS, required=True)
    ap.add_argument("--type", action="append", help="only entries of this manifest type (repeatable)")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    chosen = entries(args.fold, args.type)
    yaml = YAML()
    with (out / "manifest.yaml").open("w", encoding="utf-8") as f:
        yaml.dump({"documents": chosen}, f)
    print(f"{len(chosen)} dev entries in fold {args.fold} → {out / 'manifest.yaml'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
