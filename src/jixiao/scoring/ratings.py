"""考核's pure parts (``scoring.assess``): totals ranked (ties share a rank: 1, 2, 2, 4), each total placed in the
framework's rating bands, and the quota (优秀 at most ``max_share`` of those assessed, the count rounded as the
framework says, ties at the cut-off handled as it says) moving those over it to the fallback rating, each with
its reason in Chinese and English.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jixiao.core.labels import mode_name, rating_en
from jixiao.core.numbers import fmt
from jixiao.core.rounding import Rounding
from jixiao.frameworks.model import Quota
from jixiao.rules.common import pts


def rank(totals: Sequence[Decimal]) -> list[int]:
    """Competition ranking, highest first: ties share a rank and the next rank skips (1, 2, 2, 4)."""
    return [1 + sum(1 for other in totals if other > t) for t in totals]


@dataclass(frozen=True, slots=True)
class QuotaCount:
    """优秀名额 — share × group size, rounded as the framework says."""

    rating: str
    size: int
    max_share: Decimal
    raw: Decimal  # size × share, exact
    count: int
    rounding: str  # floor | half_up | ceiling
    ties: str  # exclude | include
    fallback: str

    def describe(self, lang: str = "zh") -> str:
        how = mode_name(self.rounding, lang)
        share = pts(self.max_share * 100)
        if lang == "en":
            return f"{rating_en(self.rating)} places {self.count} ({self.size}×{share}%={pts(self.raw)}, {how})"
        return f"{self.rating}名额{self.count}（{self.size}×{share}%={pts(self.raw)}，{how}）"

    def to_json(self) -> dict[str, Any]:
        return {
            "rating": self.rating,
            "max_share": fmt(self.max_share),
            "group_size": self.size,
            "raw": pts(self.raw),
            "count": self.count,
            "count_rounding": self.rounding,
            "ties": self.ties,
            "fallback": self.fallback,
        }


def quota_count(size: int, quota: Quota) -> QuotaCount:
    """How many may get the quota's rating: ``size × max_share`` rounded by ``count_rounding`` (7×30%=2.1 → 2)."""
    raw = Decimal(size) * quota.max_share
    count = int(Rounding(quota.count_rounding, 0).apply(raw))
    return QuotaCount(
        quota.rating, size, quota.max_share, raw, count, quota.count_rounding, quota.ties, quota.fallback
    )


@dataclass(frozen=True, slots=True)
class Rated:
    """The rating of one total and why (Chinese and English)."""

    rating: str | None
    reason: str
    reason_en: str


def apply_ratings(
    totals: Sequence[Decimal], bands: Sequence[str | None], q: QuotaCount | None
) -> list[Rated]:
    """Ratings for the totals of one group: the band of each total, then the quota on the capped rating.

    ``bands[i]`` is the rating band of ``totals[i]``. Of those in the capped band, the best ``q.count`` keep
    it; when the last place is tied with the first one over, ``ties: exclude`` gives all the tied the
    fallback (the cap holds), ``ties: include`` keeps them all (the cap may be exceeded, and the reason says so).
    """
    n = len(totals)
    ranks = rank(totals)
    keep: set[int] = set()
    tied_out: set[int] = set()
    tied_in: set[int] = set()
    if q is not None:
        eligible = sorted((i for i in range(n) if bands[i] == q.rating), key=lambda i: -totals[i])
        if len(eligible) <= q.count:
            keep = set(eligible)
        elif q.count > 0:
            cut, first_out = totals[eligible[q.count - 1]], totals[eligible[q.count]]
            above = {i for i in eligible if totals[i] > cut}
            at_cut = {i for i in eligible if totals[i] == cut}
            if cut != first_out:
                keep = set(eligible[: q.count])
            elif q.ties == "include":
                keep, tied_in = above | at_cut, at_cut
            else:
                keep, tied_out = above, at_cut
    out: list[Rated] = []
    for i in range(n):
        score, place = pts(totals[i]), f"{ranks[i]}/{n}"
        zh, en = f"得分{score}，位列第{place}", f"score {score}, ranked {place}"
        band = bands[i]
        if q is None or band != q.rating:
            out.append(Rated(band, f"{zh}，处于{band}分数段", f"{en}, in the {rating_en(band)} band"))
        elif i in tied_in:
            out.append(
                Rated(
                    band,
                    f"{zh}，{q.describe()}；与名额分界处并列，按并列规则同评为{band}（共{len(keep)}个）",
                    f"{en}, {q.describe('en')}; tied at the cut-off, all tied keep {rating_en(band)} ({len(keep)} in all)",
                )
            )
        elif i in keep:
            out.append(
                Rated(
                    band,
                    f"{zh}，达到{band}分数线，{q.describe()}",
                    f"{en}, reaches the {rating_en(band)} threshold, {q.describe('en')}",
                )
            )
        elif i in tied_out:
            out.append(
                Rated(
                    q.fallback,
                    f"{zh}，达到{band}分数线，但与名额分界处并列，{q.describe()}，按并列规则均不占{band}名额，评为{q.fallback}",
                    f"{en}, reaches the {rating_en(band)} threshold but is tied at the cut-off, {q.describe('en')}; "
                    f"by the tie rule none of the tied takes a place: rated {rating_en(q.fallback)}",
                )
            )
        else:
            out.append(
                Rated(
                    q.fallback,
                    f"{zh}，达到{band}分数线但超出{q.describe()}，评为{q.fallback}",
                    f"{en}, reaches the {rating_en(band)} threshold but is over the quota, {q.describe('en')}: "
                    f"rated {rating_en(q.fallback)}",
                )
            )
    return out
