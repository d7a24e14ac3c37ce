"""Folders walked one file at a time (issue 12: the audit of a province never holds its 100,000 paths as
``Path`` objects at once): ``iter_files`` gives exactly what ``sorted(rglob)`` gave — the same files, in the
same order, the same entries reported (FIFOs, dangling links), READMEs and unreadable kinds left out — and
holds one folder's listing at a time."""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import Callable, Iterable
from pathlib import Path

from jixiao.paths import odd_entry
from jixiao.read import READABLE, expand, iter_files


def _as_before(folder: Path) -> list[Path]:
    """The walk as it was: every path under the folder, filtered, sorted."""
    return sorted(f for f in folder.rglob("*")
                  if ((f.is_file() and f.suffix.lower() in READABLE) or odd_entry(f)) and f.stem.lower() != "readme")


def _tree(root: Path) -> None:
    for name in ("b.txt", "b c.txt", "b-1.md", "B.TXT", ".hidden.txt", "README.md", "data.xyz", "z.pdf", "a.yaml"):
        (root / name).write_text("x", encoding="utf-8")
    for folder, names in (("b", ("x.txt", "c.txt", "readme.txt")), ("B", ("z.md",)), ("b/deep", ("a.csv", "é.txt")),
                          ("b.d", ("y.txt",)), ("empty", ())):
        (root / folder).mkdir(parents=True)
        for name in names:
            (root / folder / name).write_text("x", encoding="utf-8")
    os.mkfifo(root / "b" / "pipe")
    (root / "gone.txt").symlink_to(root / "nowhere.txt")  # dangling: reported
    (root / "ln.txt").symlink_to(root / "b.txt")  # a link to a file: read
    (root / "linked").symlink_to(root / "b", target_is_directory=True)  # a link to a folder: not walked (as rglob)
    (root / "loop.txt").symlink_to(root / "loop.txt")  # a link loop: reported, never followed


def test_the_walk_gives_what_sorted_rglob_gave(tmp_path: Path) -> None:
    _tree(tmp_path)
    walked = list(iter_files([tmp_path]))
    assert walked == _as_before(tmp_path) == expand([tmp_path])
    names = [str(p.relative_to(tmp_path)) for p in walked]
    assert names == [".hidden.txt", "B/z.md", "B.TXT", "b/c.txt", "b/deep/a.csv", "b/deep/é.txt",
                     "b/pipe", "b/x.txt", "b c.txt", "b-1.md", "b.d/y.txt", "b.txt", "gone.txt", "ln.txt", "loop.txt", "z.pdf"]
    assert list(iter_files([tmp_path / "b.txt", tmp_path / "B"])) == [tmp_path / "b.txt", tmp_path / "B" / "z.md"]
    relative = Path(os.path.relpath(tmp_path / "b", Path.cwd()))
    assert list(iter_files([str(relative) + "/"])) == _as_before(relative)  # as named, normalised as Path does


def test_the_walk_holds_one_folder_at_a_time(tmp_path: Path) -> None:
    for k in range(8):
        (tmp_path / f"f{k}").mkdir()
        for n in range(250):
            (tmp_path / f"f{k}" / f"form_{n:04d}.txt").touch()

    def peak(walk: Callable[[], Iterable[Path]]) -> int:
        tracemalloc.start()
        count = sum(1 for _ in walk())
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count == 2000
        return top

    before = peak(lambda: _as_before(tmp_path))
    # the least of three walks: a first call's lazy imports (or a collection that lands inside one) are not the walk's
    now = min(peak(lambda: iter_files([tmp_path])) for _ in range(3))
    assert now * 4 < before, (now, before)  # one folder's 250 names, not 2,000 paths
