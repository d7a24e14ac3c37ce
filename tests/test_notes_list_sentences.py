"""A whole whose 其中 list goes on over sentences, each part a sentence of its own with its share of the whole
(``accounts.notes_anylist._run_on``; the 部门预算情况说明 of 广西's platform, gx-wuzhou-2023-budget-text-basic): "1. 基本支出预算
A 元,占…的x%,同比减少D元,下降y%。其中:\\n工资福利支出预算 B 元,占基本支出预算b%,…。\\n商品和服务支出预算 C 元,占基本支出
预算c%,…。". The shares make 100%, so the parts are the whole list: the correct text is silent, a whole ten 元 off is a
``suspect`` at its line; a part that gives no share ends the list (nothing proves it complete), and so does a list
number (the next whole, 2. 项目支出)."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths

_NAMES = ("工资福利支出预算", "商品和服务支出预算", "对个人和家庭补助支出预算", "资本性支出预算")
CENT = Decimal("0.01")


def _text(seed: int, off: Decimal = Decimal(0), *, share_of: int | None = None, wrap: bool = True) -> tuple[str, int]:
    """A 说明 with the whole on line 4 (its amount ``off`` from the parts' sum) and 2-4 parts in sentences of their
    own, each with its share and change; ``share_of`` leaves one part's share out."""
    rng = random.Random(seed)
    n = 2 + seed % 3
    parts = [Decimal(rng.randint(1000000, 90000000)) / 100 for _ in range(n)]
    whole = sum(parts, Decimal(0))
    shares = [(p / whole * 100).quantize(CENT) for p in parts]
    shares[-1] = Decimal(100) - sum(shares[:-1], Decimal(0))
    lines = ["2024年部门预算情况说明", "五、一般公共预算支出情况说明",
             "(二)按支出结构分类划分,分为基本支出预算和项目支出预算。"]
    head = f"1. 基本支出预算 {whole + off} 元,占一般公共预算支出的"
    tail = f"9{seed % 10}.12%,同比减少 {rng.randint(100, 9999)}.5 元,下降 1.{seed % 9}%。其中:"
    lines += [head, tail] if wrap else [head + tail]
    for i, (name, amount, share) in enumerate(zip(_NAMES, parts, shares, strict=False)):
        said = "" if i == share_of else f",占基本支出预算{share}%"
        first, rest = f"{name} {amount} 元{said}", f",同比增加 {rng.randint(10, 999)}.25 元,增长 {seed % 7}.5%。"
        lines += [first, rest] if wrap else [first + rest]
    lines.append(f"2. 项目支出 {rng.randint(1000, 9999)}.75 元,占一般公共预算支出的 8.88%。")
    return "\n".join(lines) + "\n", 4


def _found(tmp_path: Path, text: str) -> list[tuple[str, int | None]]:
    p = tmp_path / "budget-notes.txt"
    p.write_text(text, encoding="utf-8")
    return [(f.severity, f.location.line if f.location else None) for f in audit_paths([str(p)]).findings
            if f.kind == "total_sum" and f.severity != "info"]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("wrap", [True, False])
def test_a_whole_off_its_parts_in_sentences_of_their_own_is_found(tmp_path: Path, seed: int, wrap: bool) -> None:
    text, line = _text(seed, wrap=wrap)
    assert _found(tmp_path, text) == []
    text, line = _text(seed, Decimal(10), wrap=wrap)
    assert _found(tmp_path, text) == [("suspect", line)]


@pytest.mark.parametrize("seed", range(3))
def test_a_part_without_its_share_ends_the_list(tmp_path: Path, seed: int) -> None:
    """The second part gives no share: the list read stops before it, one part is no list, nothing is said."""
    text, _ = _text(seed, Decimal(10), share_of=1)
    assert _found(tmp_path, text) == []
