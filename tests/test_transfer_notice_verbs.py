"""A notice sending a fund down, in the wordings notices use (现将/特将/兹将 … 下达/拨付/下拨/分配/安排/下发, 予以 or 给予
before the verb; or the verb first: 现下达/特拨付/现下拨 …; the sender named before the verb: 现由省财政下达…, 经研究，决定
安排…; the addressee instead of 现将: 下达你单位…, 下达各县(市、区)…), generated with invented amounts: the amount the
sentence sends is the transfer's; a sentence that sends none gives none. An allocation announcement's amount is a
total said of its own list (一、资金来源 / 1.中央资金A万元 / 2.省级资金B万元 / 以上资金合计X万元) or of the sources after it
(合计资金X万元,资金来源为A万元、B万元), read only where the listed amounts add up to it."""

from __future__ import annotations

import itertools
import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path

OPEN = ("现将", "特将", "兹将")
VERB = ("下达", "拨付", "下拨", "分配", "安排", "下发", "予以下达", "给予拨付")
FIRST = ("现下达", "特拨付", "现下拨", "现拨付给", "兹下达")


def _budget(path: Path) -> Decimal | None:
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    return docs[0].funds["total"].annual_budget.dec if docs and docs[0].funds.get("total") else None


def _write(tmp_path: Path, sentence: str) -> Path:
    path = tmp_path / "notice.txt"
    path.write_text(f"关于下达2025年残疾人事业发展补助资金的通知\n各乡镇人民政府:\n{sentence}请按规定使用,加强绩效管理。\n"
                    "某某县财政局\n2025年3月1日\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("opening", "verb"), list(itertools.product(OPEN, VERB)))
def test_the_amount_before_the_verb(tmp_path: Path, opening: str, verb: str) -> None:
    amount = Decimal(len(opening) * 100 + len(verb) * 7) + Decimal("0.35")
    path = _write(tmp_path, f"{opening}2025年残疾人事业发展补助资金{amount}万元{verb}给你们,用于康复救助。")
    assert _budget(path) == amount


@pytest.mark.parametrize("opening", FIRST)
def test_the_verb_before_the_amount(tmp_path: Path, opening: str) -> None:
    path = _write(tmp_path, f"{opening}你镇2025年残疾人事业发展补助资金86.5万元,用于康复救助。")
    assert _budget(path) == Decimal("86.5")


def test_a_sentence_that_sends_no_amount(tmp_path: Path) -> None:
    path = _write(tmp_path, "现下达2025年残疾人事业发展补助资金,具体金额详见附件。")
    assert _budget(path) is None


SENDERS = ("现由省财政", "现由市财政局", "现由县财政", "经研究，决定", "经研究，同意")
VERBS = ("下达", "拨付", "下拨", "安排", "下发")
YOU = ("你单位", "你局", "你们", "你县", "你中心", "给你镇", "各县(市、区)", "各有关乡镇", "给各学校")
FUNDS = ("2023年中央财政衔接推进乡村振兴补助资金", "2020年文化繁荣发展专项资金(省体育局负责部分)", "残疾人事业发展补助经费")
MARKS = ("{k}.", "{k}、", "({k})", "（{k}）")
SOURCES = ("中央资金", "省级资金", "市级财政专项扶贫资金", "县本级财政专项扶贫资金", "省派驻村第一书记专项扶贫资金")


@pytest.mark.parametrize(("sender", "verb"), list(itertools.product(SENDERS, VERBS)))
def test_the_sender_named_before_the_verb(tmp_path: Path, sender: str, verb: str) -> None:
    amount = Decimal(len(sender) * 1000 + len(verb) * 17) + Decimal("0.2")
    fund = FUNDS[len(sender) % len(FUNDS)]
    path = _write(tmp_path, f"{sender}{verb}{fund}{amount}万元(具体项目详见附件),")
    assert _budget(path) == amount


@pytest.mark.parametrize(("verb", "you"), list(itertools.product(VERBS, YOU)))
def test_the_addressee_instead_of_the_opening(tmp_path: Path, verb: str, you: str) -> None:
    amount = Decimal(100 + len(you) * 3 + len(verb))
    path = _write(tmp_path, f"{verb}{you}{FUNDS[0]}{amount}万元,专项用于林场巩固提升。")
    assert _budget(path) == amount


def test_no_addressee_no_amount(tmp_path: Path) -> None:
    """下达 with an amount but to no one (省财政厅下达我省…): not the notice's own sending; nothing read."""
    path = _write(tmp_path, f"省财政厅已下达全省{FUNDS[0]}5000万元,")
    assert _budget(path) is None


def _announcement(rng: random.Random, parts: list[Decimal], total: Decimal, wording: str) -> str:
    mark = rng.choice(MARKS)
    unit = rng.choice(("万元", " 万元"))
    lines = [f"{mark.format(k=k)}{src}{v}{unit}" for k, (src, v) in enumerate(zip(SOURCES, parts), 1)]
    return ("2019年某县安排财政专项扶贫资金,现将资金分配情况公告如下:\n一、资金来源\n" + "\n".join(lines)
            + f"\n{wording}{total}万元。\n二、分配原则\n按照全县扶贫规划分配资金。\n某县财政局\n2019年1月7日\n")


@pytest.mark.parametrize("seed", range(12))
def test_a_total_said_of_the_list_above(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    parts = [Decimal(rng.randint(10, 9000)) / rng.choice((1, 10)) for _ in range(rng.randint(2, 5))]
    total = sum(parts, Decimal(0))
    wording = rng.choice(("以上资金合计", "以上合计", "以上共计", "以上各项资金合计为"))
    path = tmp_path / "notice.txt"
    path.write_text(_announcement(rng, parts, total, wording), encoding="utf-8")
    assert _budget(path) == total
    path.write_text(_announcement(rng, parts, total + 1, wording), encoding="utf-8")  # the list does not make it
    assert _budget(path) is None


@pytest.mark.parametrize("seed", range(6))
def test_a_total_and_its_sources_after_it(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    a, b = Decimal(rng.randint(50, 500)), Decimal(rng.randint(1, 200))
    for total, read in ((a + b, a + b), (a + b + 1, None)):
        text = (f"各有关乡镇人民政府:现将2023年度第三批衔接资金项目建设计划下达给你们,共1个项目,合计资金{total}万元,"
                f"资金来源为中央衔接资金{a}万元、历年扶贫结余资金{b}万元,请认真组织实施。某县农业农村局2023年7月3日。")
        path = tmp_path / "notice.txt"
        path.write_text(text, encoding="utf-8")
        assert _budget(path) == read


CITED = ("《关于提前下达{fund}预算的通知》({no})", "《{fund}的通知》({no})", "《关于下达{fund}预算的通知》（{no}）")
NUMBERS = ("粤财农〔2030〕197 号", "闽财资环指[2030]56号", "财农〔2030〕8号")
MOVES = ("调整到你单位", "调整给你局", "划拨给你们", "转拨你中心", "追加给你镇", "下达给你们")


@pytest.mark.parametrize(("cited", "move"), list(itertools.product(CITED, MOVES)))
def test_the_fund_named_by_the_document_that_sent_it(tmp_path: Path, cited: str, move: str) -> None:
    """现将《…资金预算的通知》(文号)X万元调整到你单位: the document's title and number stand between the fund and its
    amount, and the verb may move the money on (调整到, 划拨, 转拨, 追加)."""
    amount = Decimal(len(cited) * 3 + len(move)) + Decimal("0.5")
    text = cited.format(fund=FUNDS[0], no=NUMBERS[len(move) % len(NUMBERS)])
    path = _write(tmp_path, f"现将{text}{amount}万元{move},资金主要用于示范基地建设。")
    assert _budget(path) == amount


@pytest.mark.parametrize("no", NUMBERS)
def test_a_cited_document_without_an_amount(tmp_path: Path, no: str) -> None:
    """The document cited and passed on without an amount: its number is no amount, nothing is read."""
    path = _write(tmp_path, f"现将《关于下达{FUNDS[0]}预算的通知》({no})转发给你们,请遵照执行。")
    assert _budget(path) is None


ITEMS = ("林长制补助", "造林补贴", "示范县奖补", "项目补助")


@pytest.mark.parametrize(("opening", "item"), list(itertools.product(FIRST, ITEMS)))
def test_the_funds_item_after_its_name(tmp_path: Path, opening: str, item: str) -> None:
    """现下达…专项资金(市县第四批)林长制补助76万元和绩效目标: the item the fund pays for between its name and amount."""
    amount = Decimal(len(opening) * 10 + len(item))
    path = _write(tmp_path, f"{opening}2030年省级财政林业专项资金(市县第四批){item}{amount}万元和绩效目标(详见附件),")
    assert _budget(path) == amount


RECEIVERS = ("梅庄镇接收", "我镇收到", "本单位获得上级", "我局接到县财政局拨付的")
PASSED_ON = ("此次下拨的资金,用于冬春临时生活困难救助。", "现将该资金分配给各村(居)委会。", "本次拨付的资金专款专用。")


@pytest.mark.parametrize(("receiver", "passed"), list(itertools.product(RECEIVERS, PASSED_ON)))
def test_the_sum_received_and_passed_on(tmp_path: Path, receiver: str, passed: str) -> None:
    """A 镇's notice states what it received from above, then sends it on: that sum (in 元 or 万元) is the transfer's;
    received and not passed on, nothing is read."""
    amount, unit = (Decimal(40000 + len(receiver) * 7), "元") if len(passed) % 2 else (Decimal("4.75"), "万元")
    said = f"根据县应急管理局文件精神,{receiver}2030年度中央自然灾害救灾资金(冬春){amount}{unit}。"
    assert _budget(_write(tmp_path, said + passed)) == amount
    assert _budget(_write(tmp_path, said + "请各村做好救助工作。")) is None


COUNTS = ("5项,共", "12个,共计", "3批、合计", "2笔")


@pytest.mark.parametrize(("opening", "count"), list(itertools.product(("本次下达", "此次拨付", "现下达"), COUNTS)))
def test_the_count_of_items_before_the_sum(tmp_path: Path, opening: str, count: str) -> None:
    """本次下达“涉农”项目资金5项,共200.27万元: the number of items the sum is made of stands before it, no amount."""
    amount = Decimal(len(opening) * 50 + len(count)) + Decimal("0.27")
    path = _write(tmp_path, f"{opening}“涉农”项目资金{count}{amount}万元,请及时拨付使用。")
    assert _budget(path) == amount
