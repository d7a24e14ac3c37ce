"""Assessment of groups (seed 000): broadband, garage, 长兴岛, quota arithmetic, ties, the examples, bad data."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.core.source import Source
from jixiao.frameworks import Framework, Quota, get_builtin
from jixiao.scoring.assess import assess_data
from jixiao.scoring.ratings import QuotaCount, apply_ratings, quota_count, rank

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FRAMEWORKS = ("district-a", "district-b", "district-c", "agency", "zone")
runner = CliRunner()
D = Decimal


def _err(result: Any) -> str:
    try:
        return str(result.stderr)
    except (ValueError, AttributeError):  # stderr mixed into output
        return str(result.output)


def _district_a(speeds: dict[str, str], garages: dict[str, tuple[int, int]] | None = None) -> dict[str, Any]:
    """District-a data as a user writes it: every 格次 in the middle of 完成较好, the given speeds and garages."""
    assessees = []
    for name, speed in speeds.items():
        covered, total = (garages or {}).get(name, (10, 10))
        inputs: dict[str, Any] = {
            code: {"band": "完成较好", "score": s}
            for code, s in (("A1", "6"), ("A2", "6"), ("A3", "32"), ("A4", "12"), ("A5", "6"), ("A6", "6"))
        }
        inputs["B1"] = {"value": speed}
        inputs["B2"] = {"numerator": covered, "denominator": total}
        assessees.append({"name": name, "inputs": inputs})
    return {"assessees": assessees}


def _leaf(result: Any, name: str, code: str) -> Any:
    a = next(a for g in result.groups for a in g.assessees if a.name == name)
    return next(i for i in a.result.leaves() if i.code == code)


# ---------------------------------------------------------------- 宽带用户下载速率 (relative_best, peers = group)


def test_broadband_best_gets_50_and_each_started_5_percent_costs_a_point() -> None:
    fw = get_builtin("shanghai-2024-district-a")
    speeds = {
        "黄浦": "500",  # the fastest of the group → 50
        "静安": "480",  # 4% below → ceil(0.8) = 1 → 49
        "徐汇": "475",  # exactly 5% below → 1 → 49
        "长宁": "474.95",  # 5.01% below → ceil(1.002) = 2 → 48
        "普陀": "400",  # 20% below → 4 → 46
        "虹口": "250",  # 50% below → 10 → 40
        "杨浦": "499.99",  # 0.002% below → a partial 5% counts as a whole one → 49
    }
    result = assess_data(fw, _district_a(speeds))
    assert not result.problems
    got = {name: _leaf(result, name, "B1").score for name in speeds}
    assert got == {"黄浦": 50, "静安": 49, "徐汇": 49, "长宁": 48, "普陀": 46, "虹口": 40, "杨浦": 49}
    assert "500" in _leaf(result, "长宁", "B1").explain()


def test_broadband_peers_are_the_group_not_a_fixed_best() -> None:
    fw = get_builtin("shanghai-2024-district-a")
    slow = {n: "300" for n in ("黄浦", "静安", "徐汇", "长宁", "普陀", "虹口")} | {"杨浦": "285"}
    result = assess_data(fw, _district_a(slow))
    assert _leaf(result, "黄浦", "B1").score == 50  # the best of this group, though slow
    assert _leaf(result, "杨浦", "B1").score == 49  # 5% below 300


# ---------------------------------------------------------------- 地下车库 (ratio_points)


def test_garage_ratio_of_covered_to_all_times_50() -> None:
    fw = get_builtin("shanghai-2024-district-a")
    names = ("黄浦", "静安", "徐汇", "长宁", "普陀", "虹口", "杨浦")
    garages = {"黄浦": (118, 120), "静安": (142, 142), "徐汇": (0, 37)}
    result = assess_data(fw, _district_a(dict.fromkeys(names, "900"), garages))
    assert _leaf(result, "黄浦", "B2").score == D(
        "49.17"
    )  # 118/120×50 = 49.1666… → 49.17 (half up, 2 places)
    assert _leaf(result, "静安", "B2").score == 50
    assert _leaf(result, "徐汇", "B2").score == 0
    # a district at 完成较好 throughout: 6+6+32+12+6+6 = 68, + 50 broadband + 49.17 garage
    assert next(a for a in result.groups[0].assessees if a.name == "黄浦").total == D("167.17")


# ---------------------------------------------------------------- 长兴岛 (compound band, member_rules)


def _zone(cx: dict[str, Any]) -> dict[str, Any]:
    base = {"A1": {"score": 20}, "A2": {"score": 16}, "A3": {"score": 6}}
    grade = {"band": "完成较好", "score": 24}
    return {
        "assessees": [
            {"name": n, "inputs": base | {"A4": cx if n == "长兴岛" else grade}}
            for n in ("临港", "虹桥", "长兴岛", "化工区")
        ]
    }


C1, C2 = "船舶海工产值增长高于全市增速", "船舶海工重大项目推进成效显著"


@pytest.mark.parametrize(
    ("c1", "c2", "score", "ok"),
    [
        (True, True, 35, True), (True, True, 28, True), (True, True, 27, False),
        (True, False, 27, True), (False, True, 21, True), (True, False, 28, False),
        (False, False, 20, True), (False, False, 21, False),  # "21 分以下" read as below 21
    ],
)  # fmt: skip
def test_changxing_compound_band(c1: bool, c2: bool, score: int, ok: bool) -> None:
    fw = get_builtin("shanghai-2024-zone")
    result = assess_data(fw, _zone({C1: c1, C2: c2, "score": score}))
    assert (not result.problems) is ok
    if ok:
        assert _leaf(result, "长兴岛", "A4").score == score
    else:
        assert [p.message[:2] for p in result.problems] == ["A4"] and "满足" in result.problems[0].message


def test_other_zones_keep_the_grade_band() -> None:
    fw = get_builtin("shanghai-2024-zone")
    result = assess_data(fw, _zone({C1: True, C2: False, "score": 25}))
    assert "完成较好" in _leaf(result, "临港", "A4").explain()
    assert "条件" in _leaf(result, "长兴岛", "A4").explain()


# ---------------------------------------------------------------- quota arithmetic and ties


def _quota(rounding: str = "floor", ties: str = "exclude") -> Quota:
    return Quota("优秀", D("0.30"), rounding, ties, "良好", Source("test"))


@pytest.mark.parametrize(
    ("size", "rounding", "raw", "count"),
    [(7, "floor", "2.1", 2), (7, "half_up", "2.1", 2), (7, "ceiling", "2.1", 3), (6, "floor", "1.8", 1),
     (6, "half_up", "1.8", 2), (3, "floor", "0.9", 0), (4, "floor", "1.2", 1), (31, "floor", "9.3", 9),
     (10, "floor", "3.0", 3)],
)  # fmt: skip
def test_quota_count(size: int, rounding: str, raw: str, count: int) -> None:
    q = quota_count(size, _quota(rounding))
    assert (q.raw, q.count) == (D(raw), count)


def test_quota_reason_names_the_arithmetic() -> None:
    assert quota_count(7, _quota()).describe() == "优秀名额2（7×30%=2.1，向下取整）"
    assert quota_count(7, _quota()).describe("en") == "优秀 (excellent) places 2 (7×30%=2.1, rounded down)"


def test_rank_ties_share_a_rank() -> None:
    assert rank([D(190), D(185), D(185), D(170)]) == [1, 2, 2, 4]


def _rate(totals: list[int], count: int, ties: str) -> list[str | None]:
    q = QuotaCount("优秀", len(totals), D("0.30"), D(len(totals)) * D("0.30"), count, "floor", ties, "良好")
    bands = ["优秀" if t >= 180 else "良好" for t in totals]
    return [r.rating for r in apply_ratings([D(t) for t in totals], bands, q)]


def test_quota_moves_the_third_to_the_fallback() -> None:
    totals = [190, 186, 185, 170, 165, 160, 150]  # 7 × 30% = 2.1 → 2 优秀
    assert _rate(totals, 2, "exclude") == ["优秀", "优秀", "良好", "良好", "良好", "良好", "良好"]


def test_ties_at_the_cut_off_under_each_rule() -> None:
    totals = [190, 185, 185, 170, 165, 160, 150]  # the 2nd and 3rd tie at the cut-off
    assert _rate(totals, 2, "exclude") == ["优秀", "良好", "良好", "良好", "良好", "良好", "良好"]
    assert _rate(totals, 2, "include") == ["优秀", "优秀", "优秀", "良好", "良好", "良好", "良好"]
    # a tie above the cut-off is no tie at the cut-off
    assert _rate([190, 190, 185, 170, 160, 150, 140], 2, "exclude")[:3] == ["优秀", "优秀", "良好"]


def test_reasons_say_why() -> None:
    q = QuotaCount("优秀", 7, D("0.30"), D("2.1"), 2, "floor", "exclude", "良好")
    totals = [D("192"), D("181"), D("181"), D("172.5"), D(150), D(140), D(130)]
    bands = ["优秀", "优秀", "优秀", "良好", "一般", "一般", "一般"]
    rated = apply_ratings(totals, bands, q)
    assert rated[0].reason == "得分192，位列第1/7，达到优秀分数线，优秀名额2（7×30%=2.1，向下取整）"
    assert "达到优秀分数线，但与名额分界处并列" in rated[1].reason and rated[1].rating == "良好"
    assert rated[3].reason == "得分172.5，位列第4/7，处于良好分数段"


@given(
    st.lists(st.integers(min_value=100, max_value=200), min_size=1, max_size=40),
    st.sampled_from(["exclude", "include"]),
)
def test_quota_never_exceeded_under_exclude(totals: list[int], ties: str) -> None:
    n = len(totals)
    count = int(D(n) * D("0.3"))
    ratings = _rate(totals, count, ties)
    top = ratings.count("优秀")
    if ties == "exclude":
        assert top <= count
    # whoever is 优秀 scores at least as much as anyone eligible who is not
    kept = [t for t, r in zip(totals, ratings) if r == "优秀"]
    dropped = [t for t, r in zip(totals, ratings) if r != "优秀" and t >= 180]
    assert not kept or not dropped or min(kept) >= max(dropped)


# ---------------------------------------------------------------- the examples through the CLI


@pytest.mark.parametrize("fid", FRAMEWORKS)
def test_example_runs_and_prints_ranks_and_ratings(fid: str) -> None:
    example = EXAMPLES / f"shanghai-2024-{fid}.yaml"
    result = runner.invoke(app, ["assess", f"shanghai-2024-{fid}", str(example)])
    assert result.exit_code == 0, _err(result)
    assert "排名" in result.stdout and "优秀名额" in result.stdout
    data = json.loads(runner.invoke(app, ["assess", f"shanghai-2024-{fid}", str(example), "--json"]).stdout)
    fw: Framework = get_builtin(f"shanghai-2024-{fid}")
    assert data["framework"] == fw.id and data["group"]["id"] == fw.groups[0].id
    names = [a["name"] for a in data["assessees"]]
    assert sorted(names) == sorted(fw.groups[0].members)
    ranks = [a["rank"] for a in data["assessees"]]
    assert ranks == sorted(ranks) and ranks[0] == 1
    assert sum(a["rating"] == "优秀" for a in data["assessees"]) <= data["quota"]["count"]
    for a in data["assessees"]:
        assert D(a["total"]) == sum(D(i["score"]) for i in a["indicators"])
        assert {"code", "name", "weight", "score", "explanation"} <= set(a["indicators"][0])


def test_district_a_example_figures() -> None:
    out = runner.invoke(
        app, ["assess", "shanghai-2024-district-a", str(EXAMPLES / "shanghai-2024-district-a.yaml"), "--json"]
    )
    data = json.loads(out.stdout)
    assert data["quota"] == {
        "rating": "优秀", "max_share": "0.30", "group_size": 7, "raw": "2.1", "count": 2,
        "count_rounding": "floor", "ties": "exclude", "fallback": "良好",
    }  # fmt: skip
    first, second, third = data["assessees"][:3]
    assert (first["name"], first["total"], first["rating"]) == ("静安", "193.00", "优秀")
    assert second["rating"] == "优秀" and third["rating"] == "良好"
    assert "超出优秀名额2（7×30%=2.1，向下取整）" in third["reason"]


def test_district_c_quota_of_zero() -> None:
    out = runner.invoke(
        app, ["assess", "shanghai-2024-district-c", str(EXAMPLES / "shanghai-2024-district-c.yaml"), "--json"]
    )
    data = json.loads(out.stdout)
    assert data["quota"]["count"] == 0  # 3 × 30% = 0.9 → 0
    assert all(a["rating"] != "优秀" for a in data["assessees"])


def test_english() -> None:
    out = runner.invoke(
        app, ["assess", "shanghai-2024-zone", str(EXAMPLES / "shanghai-2024-zone.yaml"), "--lang", "en"]
    )
    assert out.exit_code == 0 and "ranked 1/4" in out.stdout and "rounded down" in out.stdout


# ---------------------------------------------------------------- unusable data: exit 2, located


def _edited(tmp_path: Path, fid: str, old: str, new: str) -> tuple[Path, int]:
    text = (EXAMPLES / f"shanghai-2024-{fid}.yaml").read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path = tmp_path / "data.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path, line


def test_score_outside_its_band_is_exit_2_with_the_line(tmp_path: Path) -> None:
    path, line = _edited(
        tmp_path, "zone", "A1: {band: 完成较好, score: 22}", "A1: {band: 完成较好, score: 25}"
    )
    result = runner.invoke(app, ["assess", "shanghai-2024-zone", str(path)])
    assert result.exit_code == 2
    assert f"{path}:{line}" in _err(result) and "完成较好" in _err(result) and "25" in _err(result)


def test_unknown_member_is_exit_2_with_the_line(tmp_path: Path) -> None:
    path, line = _edited(tmp_path, "zone", "- name: 虹桥", "- name: 张江")
    result = runner.invoke(app, ["assess", "shanghai-2024-zone", str(path)])
    assert result.exit_code == 2
    assert f"{path}:{line}" in _err(result) and "未知考核对象“张江”" in _err(result)
    assert "虹桥" in _err(result)  # and the group member missing from the data is named too


def test_missing_input_is_exit_2(tmp_path: Path) -> None:
    path, _ = _edited(tmp_path, "zone", "      A3: {band: 完成好, score: 9}\n", "")
    result = runner.invoke(app, ["assess", "shanghai-2024-zone", str(path)])
    assert result.exit_code == 2 and "A3" in _err(result)


def test_not_an_assessment_framework_or_unreadable_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("assessees: [\n", encoding="utf-8")
    result = runner.invoke(app, ["assess", "shanghai-2024-zone", str(bad)])
    assert result.exit_code == 2 and str(bad) in _err(result)
    result = runner.invoke(app, ["assess", "no-such-framework", str(bad)])
    assert result.exit_code == 2
    assert "no-such-framework: 既不是内置框架也不是文件" in _err(result)


@pytest.mark.parametrize(
    ("band", "score", "ok"),
    [("完成较好", 6, True), ("完成一般", 6, False), ("完成一般", 5, True), ("完成较好", 7, True),
     ("完成好", 7, False), ("完成较好", "6.5", True), ("完成好", "7.5", False)],
)  # fmt: skip
def test_band_edges_as_the_framework_reads_them(band: str, score: Any, ok: bool) -> None:
    """较好 6-7 and 一般 "6分以下": 6 is 较好 only ([0, 6) for 一般); nothing between 7 and 8 is 好."""
    fw = get_builtin("shanghai-2024-district-a")
    data = _district_a(dict.fromkeys(("黄浦", "静安", "徐汇", "长宁", "普陀", "虹口", "杨浦"), "900"))
    data["assessees"][0]["inputs"]["A1"] = {"band": band, "score": score}
    result = assess_data(fw, data)
    assert (not result.problems) is ok
    if not ok:
        assert result.problems[0].message.startswith("A1")
