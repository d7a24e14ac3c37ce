"""A recogniser runs only on a file that holds the words it needs (``recognise.anchors``): 50,000 short lines of
other text cost 15 s in the 预算/决算 and rule-table readers, which found nothing there. The gate looks at the
file's text with its spaces, line breaks and pipes taken out, so a word letter-spaced or wrapped still lets the
recogniser run."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import pytest

from jixiao.core.records import Document
from jixiao.read import read_path
from jixiao.read.base import FileRead
from jixiao.read.recognise import accounts, ruletable

SPIED = (accounts.recognise, ruletable.recognise)


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The recognisers above, watched: the modules each one that ran belongs to."""
    import jixiao.read.recognise as recognise

    ran: list[str] = []

    def watched(fn: Callable[[FileRead], list[Document]]) -> Callable[[FileRead], list[Document]]:
        @functools.wraps(fn)  # (its module and name kept: the gate goes by them)
        def spy(fr: FileRead) -> list[Document]:
            ran.append(fn.__module__.rpartition(".")[2])
            return fn(fr)
        return spy

    monkeypatch.setattr(recognise, "RECOGNISERS", tuple((name, watched(fn) if fn in SPIED else fn)
                                                        for name, fn in recognise.RECOGNISERS))
    return ran


@pytest.mark.parametrize("lines", [["这是一行普通的文字 123"], ["第1项 3.00 1%", "说明：无"]])
def test_text_without_their_words_is_not_read_by_the_accounts_and_rule_readers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: list[str]) -> None:
    ran = _spy(monkeypatch)
    path = tmp_path / "a.txt"
    path.write_text("\n".join(lines * 500) + "\n", encoding="utf-8")
    result = read_path(path)
    assert ran == [] and not result.documents and len(result.unrecognised) == 1


@pytest.mark.parametrize(("word", "runs"), [
    ("2023年部门决 算", "accounts"),  # letter-spaced
    ("部门预\n算", "accounts"),  # wrapped over two lines
    ("| 指标 | 分 值 |", "ruletable"),  # a pipe row, letter-spaced
    ("权\n重", "ruletable"),
])
def test_their_words_spaced_or_wrapped_still_let_them_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, word: str,
                                                          runs: str) -> None:
    ran = _spy(monkeypatch)
    path = tmp_path / "a.txt"
    path.write_text("这是一行普通的文字\n" * 20 + word + "\n", encoding="utf-8")
    read_path(path)
    assert runs in ran


def _spy_transfer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The transfer reader among the text-stream readers, watched."""
    import jixiao.read.recognise as recognise
    from jixiao.read.recognise import transfer

    ran: list[str] = []

    @functools.wraps(transfer.recognise)
    def spy(fr: FileRead) -> list[Document]:
        ran.append("transfer")
        return transfer.recognise(fr)

    monkeypatch.setattr(recognise, "FALLBACKS", tuple((name, spy if fn is transfer.recognise else fn)
                                                      for name, fn in recognise.FALLBACKS))
    return ran


@pytest.mark.parametrize(("word", "runs"), [("", False), ("专项资 金", True), ("转移\n支付", True), ("补 助", True),
                                            ("绩效 目标", True)])
def test_the_transfer_reader_runs_only_on_its_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, word: str,
                                                    runs: bool) -> None:
    ran = _spy_transfer(monkeypatch)
    path = tmp_path / "a.txt"
    path.write_text("这是一行普通的文字 123\n" * 200 + word + "\n", encoding="utf-8")
    read_path(path)
    assert (ran == ["transfer"]) is runs
