"""A 三公 budget stated in prose with the year between each label and its amount ("“三公”经费2024年预算20.1万元",
"公务接待费2024年预算…"), no table. Invented figures that hold; ``plant``: the total one 万元 high, so the items do
not add up to it."""

from __future__ import annotations

import random
from decimal import Decimal

from layouts.model import _r2 as _r

ITEMS = ("因公出国(境)费", "公务接待费", "公务用车购置及运行费")


def year_inside(seed: int, plant: bool = False) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    year = 2018 + rng.randrange(7)
    fig = {"因公出国(境)费": Decimal(0), "公务接待费": _r(Decimal(rng.randrange(100, 3000)) / 100),
           "公务用车购置及运行费": _r(Decimal(rng.randrange(200, 4000)) / 100)}
    fig["合计"] = sum((fig[k] for k in ITEMS), Decimal(0))
    said = {k: v + (1 if plant and k == "合计" else 0) for k, v in fig.items()}
    body = "\n".join([
        f"三、{year}年“三公”经费预算情况说明",
        f"“三公”经费{year}年预算{said['合计']:.2f}万元,其中:" + ";".join(
            f"{k}{year}年预算{said[k]:.2f}万元" for k in ITEMS) + "。"]) + "\n"
    return body, said
