"""A funds header printed over two rows: a budget label spanning the two budget columns under it (预算数 over
年初预算 | 全年预算; 预算金额 over 年初 | 调整后). The upper label names no column of its own: the two under it take its
place. Read as two columns of one row, the budgets were placed under the wrong labels (the score read as the
年初预算数, the weight as the rate: a false ``execution_rate`` error)."""

from __future__ import annotations

BUDGETS = ("initial_budget", "annual_budget")


def spanned(kinds: list[str]) -> list[str]:
    """The columns in order, given every funds label's kind in reading order (the upper row's, then the lower's).
    The first budget label followed, after a column of another kind, by two budget labels side by side (one of
    each kind) spans them: they stand in its place. Each column once."""
    first = next((g for g, c in enumerate(kinds) if c in BUDGETS), None)
    if first is not None:
        for j in range(first + 2, len(kinds) - 1):
            pair = kinds[j : j + 2]
            if set(pair) == set(BUDGETS) and any(k not in BUDGETS for k in kinds[first + 1 : j]):
                kinds = [*kinds[:first], *pair, *kinds[first + 1 : j], *kinds[j + 2 :]]
                break
    out: list[str] = []
    for c in kinds:
        if c not in out:
            out.append(c)
    return out


def spans(upper: str, lower: str) -> bool:
    """Whether a label in an upper header row over a column is a budget spanning the budget label under it (the
    same column in a table whose blank cells were kept)."""
    return upper in BUDGETS and lower in BUDGETS
