"""A transfer notice's sums said in its text (``read.recognise.transfer_said``, audited by ``audit.transfer_said``),
wordings of fresh pages (session 43), invented figures:

- an amount in a bracket right before 其中 remarks on the amount it follows, which is the whole ("下达…资金236.38万元
  (其中下达县区…186.38万元),其中:市城市管理局50万元、…", 莆田's: before, a false suspect 186.38 ≠ 236.38);
- a part followed by its own parts ("…资金9379.5万元,其中,贫困县纳入统筹整合资金7560万元:…2739万元,…156万元,…4192万元,
  …473万元", 驻马店's): no whole's parts all (before, a false suspect summing both levels); a list whose parts miss
  the whole is still found."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str | None, str | None]]:
    p = tmp_path / "notice.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(f.kind, f.reported, f.recomputed) for f in audit_paths([str(p)]).findings if f.kind == "said_parts_sum"]


def _aside(last: str) -> list[str]:
    return ["市城管局、各县(区、管委会)财政局:",
            "根据《东山市环境卫生治理专项资金管理办法》文件精神,现下达环境卫生治理专项资金200.5万元(其中下达县区农村人居环境治理资金150.5万元),其中:市城市管理局50万元、"
            f"东山县40.5万元、西山区60万元、南山区{last}万元。"]


def test_a_bracket_before_qizhong_is_no_whole(tmp_path: Path) -> None:
    assert _found(tmp_path, _aside("50")) == []
    assert _found(tmp_path, _aside("60")) == [("said_parts_sum", "200.5", "210.5")]


def _nested(first: str) -> list[str]:
    return ["关于下达2031年第一批农村公路安防工程等项目切块省补助资金支出预算的通知",
            "本次下达2031年第一批农村公路安防工程等项目切块省补助资金8000万元,其中,贫困县纳入统筹整合资金6000万元:"
            f"2031年第一批县乡道安防工程项目资金{first}万元,2031年第一批村道安防项目资金1000万元,"
            "2031年第二批县乡道安防工程项目资金1500万元,2031年第二批村道安防项目资金500万元。"]


def test_a_part_and_its_own_parts_are_no_whole_list(tmp_path: Path) -> None:
    assert _found(tmp_path, _nested("3000")) == []
