"""The built-in frameworks' disk cache (issue 12): keyed by content, equal to a fresh parse, never stale,
ignored when broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.frameworks import builtin_path, load_framework
from jixiao.frameworks.cache import cached


def test_a_cached_framework_is_the_parsed_one_and_a_broken_entry_is_ignored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = builtin_path("mof-2020-project")
    parsed = load_framework(path)
    calls: list[Path] = []

    def load(p: Path):  # type: ignore[no-untyped-def]
        calls.append(p)
        return load_framework(p)

    assert cached(path, load) == parsed and len(calls) == 1
    [entry] = (tmp_path / "jixiao" / "frameworks").iterdir()
    assert entry.name.startswith("mof-2020-project-") and entry.suffix == ".pickle"
    assert cached(path, load) == parsed and len(calls) == 1  # from the cache: not parsed again
    entry.write_bytes(b"not a pickle")
    assert cached(path, load) == parsed and len(calls) == 2  # broken: parsed again, and written anew
    assert cached(path, load) == parsed and len(calls) == 2


def test_another_file_or_content_is_another_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    copy = tmp_path / "mof-2020-project.yaml"
    copy.write_bytes(builtin_path("mof-2020-project").read_bytes())
    first = cached(copy, load_framework)
    copy.write_text(copy.read_text(encoding="utf-8").replace("title: ", "title: 改 ", 1), encoding="utf-8")
    second = cached(copy, load_framework)
    assert first[0] is not None and second[0] is not None
    assert second[0].title == "改 " + first[0].title
    assert len(list((tmp_path / "cache" / "jixiao" / "frameworks").iterdir())) == 2


def test_no_cache_when_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("JIXIAO_CACHE", "0")
    assert cached(builtin_path("mof-2020-project"), load_framework)[0] is not None
    assert not (tmp_path / "jixiao").exists()
