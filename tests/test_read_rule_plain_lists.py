"""Scoring rules published as a numbered list whose weights have no brackets (1、商品销售总额标准分60分、
(1)目标设定8分 ①绩效目标合理性分值5分：rule), in every numbering style, weight wording, separator, with rules
and a total printed or not: the weights and the tree read from the list's items, confirmed by the sums (each
group's rows make its weight); a weight inside a rule's sentence (…每降低1个百分点扣0.5分, 各得10分) is no item.
Generators in ``tests/layouts/rulelists``."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.read import read_path
from layouts.labeltree import invent_tree
from layouts.rulelists import PLAIN_WEIGHTS, SEPARATORS, ListStyle, rule_list

_STYLES = st.builds(ListStyle, st.sampled_from(["arabic", "chinese", "parts"]), st.sampled_from(sorted(PLAIN_WEIGHTS)),
                    st.sampled_from([*sorted(SEPARATORS), "listed"]), st.booleans(), st.booleans())


def _docs(tmp_path: Path, text: str) -> list:
    path = tmp_path / "rules.txt"
    path.write_text(text, encoding="utf-8")
    return read_path(path).documents


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(style=_STYLES, seed=st.integers(1, 6))
def test_a_list_whose_weights_have_no_brackets_is_read_into_its_tree(tmp_path: Path, style: ListStyle,
                                                                     seed: int) -> None:
    t = invent_tree(seed, scored=False)
    docs = _docs(tmp_path, rule_list(t, style))
    assert len(docs) == 1 and docs[0].type == "assessment_rules"
    doc = docs[0]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(x.name, x.weight) for x in t.leaves]
    assert [(i.level1.str_, i.level2.str_) for i in doc.indicators] == [
        (f"{x.level1}({t.label_weights[x.level1]}分)", f"{x.level2}({t.label_weights[x.level2]}分)") for x in t.leaves]


def test_weights_inside_a_rule_are_no_items(tmp_path: Path) -> None:
    text = ("经济发展科综合业绩考核办法\n一、综合经济指标(100分)\n1、商品销售总额标准分60分、\n2、农产品购进额标准分40分，\n"
            "评分标准：达到目标数的各得80%标准分；每增加或减少1个百分点，相应增加或扣减得分0.5分。\n"
            "其中新建网点标准分各25分，完成任务数的每个另加10分。\n")
    docs = _docs(tmp_path, text)
    assert [(i.level1.str_, i.level3.str_, str(i.weight.dec)) for d in docs for i in d.indicators] == [
        ("综合经济指标(100分)", "商品销售总额", "60"), ("综合经济指标(100分)", "农产品购进额", "40")]
    assert [d.title for d in docs] == ["经济发展科综合业绩考核办法"]  # its title: the draft's kind (assessment)


def test_a_list_whose_sums_do_not_confirm_it_is_not_read_as_rules(tmp_path: Path) -> None:
    text = "工作总结\n1、完成招商引资任务得10分\n2、开展培训3次计5分\n3、其他工作7分\n"
    assert [d for d in _docs(tmp_path, text) if d.type == "assessment_rules"] == []


# a framework said in sentences: each part's weight, then its parts' (决策20分，包括项目立项8分、绩效目标6分…)
SAID = [("决策", 20, [("项目立项", 8), ("绩效目标", 6), ("资金投入", 6)]),
        ("过程", 20, [("资金管理", 10), ("组织实施", 10)]),
        ("产出", 30, [("产出数量", 10), ("产出质量", 10), ("产出时效", 5), ("产出成本", 5)]),
        ("效益", 30, [("社会效益", 20), ("满意度", 10)])]


@pytest.mark.parametrize("intro", ["评价指标体系由决策、过程、产出、效益四部分构成，满分100分。其中：", ""])
@pytest.mark.parametrize("joins", [("，包括", "、", "；"), ("，其中", "，", "。"), ("：含", "、", "；"),
                                   ("，分别为", "、", "。\n")])
def test_a_framework_said_in_sentences_is_read_by_their_grammar(tmp_path: Path, intro: str,
                                                              joins: tuple[str, str, str]) -> None:
    parts, between, after = joins
    said = after.join(f"{name}{w}分{parts}" + between.join(f"{c}{cw}分" for c, cw in children)
                      for name, w, children in SAID)
    docs = _docs(tmp_path, f"某县2023年度项目支出绩效评价指标体系\n{intro}{said}。\n")
    assert [(i.level1.str_, i.level3.str_, i.weight.dec) for d in docs for i in d.indicators] == [
        (f"{name}({w}分)", c, cw) for name, w, children in SAID for c, cw in children]


def test_a_long_run_without_a_stop_is_no_title_and_costs_no_time() -> None:
    from time import perf_counter

    from jixiao.read.recognise.ruletable_labels import rule_title

    start = perf_counter()
    assert rule_title("乙" * 20000) is None and rule_title("甲" * 50 + "考核表") == "甲" * 40 + "考核表"
    assert perf_counter() - start < 1  # the unbounded run took 8.6 s on 20,000 characters (review)
