"""三公 budget statements whose item's change follows a bracket listing its parts, the parts' names inside it
(``accounts.sangong_claims``: the change after the bracket is the item's before it, never the last part's; brackets
inside the bracket, "（其中：因公出国（境）费…）", are its words too). Invented figures; ``rate_off`` is added to the
printed rate of the item whose parts are in brackets.

- ``vehicles``: "公务用车购置及运行维护费C万元(其中:公务用车运行维护费R万元,公务用车购置费P万元),减少D万元,下降x%";
- ``total``: "“三公”经费预算T万元（其中：因公出国（境）费a万元，公务接待费b万元，公务用车购置及运行费c万元），比上年减少D万元，
  下降x%".
"""

from __future__ import annotations

import random
from decimal import Decimal


def _rate(change: Decimal, prior: Decimal) -> Decimal:
    return (change / prior * 100).quantize(Decimal("0.01"))


def vehicles(seed: int, rate_off: Decimal = Decimal(0)) -> list[str]:
    rng = random.Random(seed)
    run, buy = Decimal(rng.randrange(500, 3000)), Decimal(rng.randrange(0, 300))
    cars, guests, fall = run + buy, Decimal(rng.randrange(100, 900)), Decimal(rng.randrange(5, 60))
    year = 2018 + seed % 6
    return [f"{year}年“三公”经费预算情况说明",
            f"{year}年市本级使用财政拨款安排“三公”经费预算总额为{cars + guests}万元。其中:因公出国(境)经费0万元,与上年持平;"
            f"公务接待费{guests}万元,与上年持平;公务用车购置及运行维护费{cars}万元(其中:公务用车运行维护费{run}万元,"
            f"公务用车购置费{buy}万元),减少{fall}万元,下降{_rate(fall, cars + fall) + rate_off}%。"]


def total(seed: int, rate_off: Decimal = Decimal(0)) -> list[str]:
    rng = random.Random(seed)
    a, b, c = Decimal(rng.randrange(0, 50)), Decimal(rng.randrange(100, 900)), Decimal(rng.randrange(300, 3000))
    whole, fall = a + b + c, Decimal(rng.randrange(5, 90))
    year = 2018 + seed % 6
    return [f"某局{year}年“三公”经费预算情况说明",
            f"{year}年“三公”经费预算{whole}万元（其中：因公出国（境）费{a}万元，公务接待费{b}万元，公务用车购置及运行费{c}万元），"
            f"比上年减少{fall}万元，下降{_rate(fall, whole + fall) + rate_off}%。"]
