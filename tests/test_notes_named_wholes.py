"""Wholes and parts in 情况说明 sentences met on fresh pages (session 43), with invented figures:

- an amount in a bracket right before 其中 remarks on the amount it follows, which is the whole ("年初预算数761.21万元
  (含上年结转5.01万元),其中:…", 綦江's; before: a false suspect, the parts over 5.01);
- a share whose words name its whole ("占收入预算总额的9.7%") is of the amount the text states after those words
  ("收入预算总额为7783.26万元"), not of the last amount before 其中 (上犹's: before, two false errors over an amount of the
  reasons, 7000);
- a clause that opens with 包括 gives the part before it its own part, no part of the whole (上犹's: before, a false
  suspect summing it twice)."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str, int | None, str | None, str | None]]:
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(f.kind, f.severity, f.location.line if f.location else None, f.reported, f.recomputed)
            for f in audit_paths([str(p)]).findings if f.severity != "info"]


def test_a_bracket_before_qizhong_is_no_whole(tmp_path: Path) -> None:
    lines = ["东山小学2031年部门预算情况说明", "二、部门收支总体情况",
             "(一)收入预算:2031年年初预算数812.4万元(含上年结转6.2万元),其中:一般公共预算拨款812.4万元(含上年结转6.2万元),"
             "政府性基金预算拨款0万元,国有资本经营预算收入0万元,事业收入0万元,事业单位经营收入0万元,其他收入0万元。"]
    assert _found(tmp_path, lines) == []


def _named(other_share: str, other: str = "5000") -> list[str]:
    # 5640.5 = 600.5 + 5000 + 40 (上年结转); 600.5 ÷ 5640.5 = 10.6%, 5000 ÷ 5640.5 = 88.6%, 40 ÷ 5640.5 = 0.7%
    return ["东山镇人民政府2031年部门预算", "一、收支预算总体情况",
            "2031年东山镇人民政府收入预算总额为5640.5万元,比上年收入预算总额增加5000.5万元,原因是:1、人员增加;2、本年增加了"
            f"其他资金预算{other}万元。其中:财政拨款收入600.5万元,占收入预算总额的10.6%,包括一般公共预算收入600.5万元;"
            f"其他收入{other}万元,占收入预算总额的{other_share}%;上年结转40万元,占收入预算总额的0.7%。"]


def test_a_share_is_of_the_whole_its_words_name(tmp_path: Path) -> None:
    assert _found(tmp_path, _named("88.6")) == []
    assert _found(tmp_path, _named("89.6")) == [("text_percent", "error", 3, "89.6%", "88.6%")]


def test_a_list_the_texts_end_cuts_is_not_known_whole(tmp_path: Path) -> None:
    """上犹's page as the excerpt gives it ends inside the list ("…其他收入7000万元,占收入预算总额的90.3%;上年结"): its
    shares make 100% but its parts are not all there, so a whole above them is no error (before: 7783.26 ≠ 751.8 + 7000
    as an error); the share that does not divide out is still found."""
    lines = _named("89.4")  # (10.6% + 89.4% = 100%, as 上犹's 9.7% + 90.3%: the second share is the one wrong)
    lines[-1] = lines[-1].split("上年结转")[0] + "上年结"
    assert _found(tmp_path, lines) == [("text_percent", "error", 3, "89.4%", "88.6%")]
