"""The stage (预算 or 决算) a figure of a 三公 statement in prose is said of, by the statement's meaning.

A short 三公 statement often gives both stages of the year, item by item ("“三公”经费预算数12.5万元，决算数10.3万元，
其中：因公出国(境)费预算0万元，决算0万元；…", "…支出2.05万元，年初预算为2.95万元"), or says the two stages once at its
head and lets the items share them ("“三公”经费支出预算为12.5万元、决算为10.3万元，其中：因公出国(境)费0万元、0万元；…").
A figure is of:

- the stage its own label ends in ("…支出决算", "年初预算", "实际支出", "执行数": 实际支出 and 执行数 are the spending, 决算);
- else the stage words right after its amount ("12.5万元（预算数）"); a figure said as spent ("…支出2.05万元") followed in
  its part of the sentence by the budget it is set against ("，年初预算为2.95万元") is the spending;
- else the stage its own clause names (back to the last comma), not compared with ("比预算减少", "完成年初预算的x%");
- else the stage of the figures its sentence has stated before it (each by its own clause), when they are of one stage;
  a head that gives both totals leaves a figure whose own words name neither of unknown stage: the last stage word is
  then no more its stage than the first ("…预算为12.5万元、决算为10.3万元，其中：因公出国(境)费0万元" is no 决算 figure);
- else the stage its sentence names, when it names one stage only.

Words that name a fund or a body and no stage (一般公共预算, 政府性基金预算, 部门预算, 预算单位, 《预算法》, 预决算) are
not stage words. Used by ``accounts.sangong_sets`` to make each stage's set and by ``accounts.sangong_text`` so that a
total of one stage is never summed with items of the other.
"""

from __future__ import annotations

import re

BUDGET, FINAL = "预算", "决算"
# a fund's or a body's name, no stage ("一般公共预算财政拨款", "政府性基金预算", "部门预算", "预算单位", "预算内资金")
_FUND = re.compile(r"(?:一般)?公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|部门预算|单位预算|预算单位|"
                   r"预算内|预算外|预算管理|预算编制|预算执行情况")
# a stage word that is compared with, not the figure's own ("比预算减少", "完成预算的39.86%", "占决算的", "与年初预算相比")
COMPARED_STAGE = re.compile(r"(?:比|较|与|完成|占|超|低于|高于|少于|多于|对比)[^,，;；。:：]{0,12}?(?:预算|决算)")
_WORD = re.compile(r"预算|决算|实际支出|实际开支|实际发生|执行数|支出数")
_LABEL_END = re.compile(r"(预算|决算|实际支出|实际开支|实际发生|执行数|支出数)(?:数|额)?(?:为|是)?$")
_BARE_SPENT = re.compile(r"^(?:全年|本年|当年)?支出(?:数)?(?:为|是)?$")
_AFTER = re.compile(r"^\s*[（(]\s*(预算|决算|实际支出|执行数|支出数)(?:数)?\s*[)）]")
_CLAUSE = re.compile(r"[,，;；:：、]")
_AMOUNT = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)")
_CITED = re.compile(r"《[^《》]{0,80}》|预决算")  # a cited title, the compound 预决算: no stage of a figure


def _stage(word: str) -> str:
    return BUDGET if word == BUDGET else FINAL


def stages_said(text: str) -> list[str]:
    """The stages the words name, in order, without fund names, cited titles and compared stages."""
    plain = COMPARED_STAGE.sub("", _FUND.sub("", _CITED.sub("", text)))
    return [_stage(w) for w in _WORD.findall(plain)]


def label_stage(label: str) -> str | None:
    """The stage a figure's label ends in ("公务接待费支出决算" → 决算, "实际支出" → 决算, "年初预算" → 预算); a label that
    is 支出 alone ("预算4.5万元，支出3.8万元") is the spending (an item's 支出 is not: "公务接待费支出4万元" may be a budget's)."""
    plain = re.sub(r"\s", "", label)
    if _BARE_SPENT.match(plain):
        return FINAL
    m = _LABEL_END.search(plain)
    return _stage(m.group(1)) if m else None


def after_stage(after: str) -> str | None:
    """The stage the words right after an amount give it ("（预算数）")."""
    m = _AFTER.match(after)
    return _stage(m.group(1)) if m else None


_SPENT = re.compile(r"支出$")
_PART_END = re.compile(r"[。;；]")


def figure_stage(label: str, sentence: str, after: str = "") -> str | None:
    """The stage of a figure with its label, the words of its sentence before its amount (label included) and the words
    after its amount; None when its words do not settle it. A figure said as spent ("…经费支出2.05万元") with the
    budget it is set against after it in its part of the sentence ("，年初预算为2.95万元") is the spending."""
    if (s := label_stage(label)) or (s := after_stage(after)):
        return s
    if _SPENT.search(re.sub(r"\s", "", label)) and BUDGET in stages_said(_PART_END.split(after)[0]):
        return FINAL
    own = stages_said(_CLAUSE.split(sentence)[-1])
    if own:
        return own[-1]
    # the stages of the figures its sentence has stated before it, each by its own clause ("…支出预算为12.5万元、决算为
    # 10.3万元，其中：" names both: no stage of its own; "…2010决算支出和2011年预算情况:2011年…预算635.28亿元。其中," the one)
    heads = {w[-1] for a in _AMOUNT.finditer(sentence) if (w := stages_said(_CLAUSE.split(sentence[:a.start()])[-1]))}
    if heads:
        return heads.pop() if len(heads) == 1 else None
    said = stages_said(sentence)
    return said[-1] if said and len(set(said)) == 1 else None


# a second amount straight after an item's first, the two stages' figures side by side ("因公出国(境)费0万元、0万元",
# "12.5万元（预算数）、10.3万元（决算数）"): the first amount's own stage word in brackets, the joint, the second amount
_BRACKET_STAGE = r"(?:\s*[（(]\s*(预算|决算|实际支出|执行数)(?:数)?\s*[)）])?"
_SECOND = re.compile(_BRACKET_STAGE + r"\s*[、/和与及]\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)" + _BRACKET_STAGE)


def paired(rest: str, sentence: str) -> tuple[str, str, str, str] | None:
    """The stages of an item's two amounts side by side and the second amount with its unit (stage of the first, stage
    of the second, amount, unit), ``rest`` the words after the first amount's unit and ``sentence`` the words of its
    sentence before it: the stages in brackets after the amounts, else the order in which the sentence's head names the
    two stages ("…支出预算为12.5万元、决算为10.3万元，其中：因公出国(境)费0万元、0万元" → 预算, 决算); None when there is
    no second amount or its stage is not said."""
    m = _SECOND.match(rest)
    if m is None:
        return None
    if m.group(1) and m.group(4) and _stage(m.group(1)) != _stage(m.group(4)):
        return _stage(m.group(1)), _stage(m.group(4)), m.group(2), m.group(3)
    said = stages_said(sentence)
    order = [s for k, s in enumerate(said) if k == 0 or s != said[k - 1]][-2:]  # the last two stages named in turn
    if len(order) == 2 and order[0] != order[1]:
        return order[0], order[1], m.group(2), m.group(3)
    return None
