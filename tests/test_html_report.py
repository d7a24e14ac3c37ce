"""The HTML report checked by parsing it (issue 10, items 1-5): an errors-first summary whose links all land,
every finding at one anchor with its location, no highlighted value without a finding, no 重算 that contradicts
the row's finding, xlsx locations ([G24]), relative paths, filters without script under a strict CSP."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from lxml import html as lhtml

from fixtures_gen import INDUSTRY, write_text, write_xlsx
from jixiao.audit import audit_paths
from jixiao.report import html

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _wrong_total() -> object:
    """Seed 001's first form with 产业投资年报 scored 8.00 of 10 while the total still says 99.94 (=97.94)."""
    rows = list(INDUSTRY.indicators)
    rows[1] = (*rows[1][:6], "8.00", rows[1][7])
    return dataclasses.replace(INDUSTRY, indicators=rows)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, lhtml.HtmlElement, str]:
    d = tmp_path_factory.mktemp("html")
    write_text([_wrong_total()], str(d / "wrong.txt"))
    write_xlsx([_wrong_total()], str(d / "edit_score.xlsx"))
    paths = [str(d / "wrong.txt"), str(d / "edit_score.xlsx"), *(str(p) for p in sorted(SAMPLES.glob("00*.txt")))]
    result = audit_paths(paths)
    out = html.write(result, d / "out" / "report.html")
    text = out.read_text(encoding="utf-8")
    return result, lhtml.fromstring(text), text


def test_every_finding_has_one_anchor_and_its_location(report) -> None:  # type: ignore[no-untyped-def]
    result, doc, _ = report
    anchors = doc.xpath('//*[starts-with(@id, "f-")]')
    assert len(anchors) == len(result.findings) == len({a.get("id") for a in anchors})
    for a in anchors:
        assert "fd" in a.get("class").split()
    # every finding that has a location shows it (one renderer: Source.where)
    wheres = {a.text_content() for a in doc.xpath('//*[starts-with(@id, "f-")]//a[@class="loc"]')}
    for f in result.findings:
        if f.location is not None:
            assert f.location.where() in wheres, f


def test_summary_lists_every_error_and_suspect_first_and_its_links_land(report) -> None:  # type: ignore[no-untyped-def]
    result, doc, _ = report
    main = doc.xpath("//main")[0]
    assert main[0].get("id") == "summary"  # the first thing in the report
    items = doc.xpath('//section[@id="summary"]//li')
    c = result.counts()
    assert len(items) == c["error"] + c["suspect"]
    sev = [("s-error" in li.get("class")) for li in items]
    assert sev == sorted(sev, reverse=True)  # errors first
    ids = {e.get("id") for e in doc.xpath("//*[@id]")}
    for li in items:
        href = li.xpath(".//a/@href")[0]
        assert href.startswith("#f-") and href[1:] in ids


def test_contents_by_file_and_document(report) -> None:  # type: ignore[no-untyped-def]
    result, doc, _ = report
    links = doc.xpath('//section[@id="contents"]//a/@href')
    ids = {e.get("id") for e in doc.xpath("//*[@id]")}
    assert len(links) == len(result.files) + len(result.documents) and all(h[1:] in ids for h in links)


def test_no_highlighted_value_without_its_finding_and_no_contradiction(report) -> None:  # type: ignore[no-untyped-def]
    result, doc, _ = report
    by_anchor = {}
    for el in doc.xpath('//*[starts-with(@id, "f-")]'):
        by_anchor[el.get("id")] = el
    highlighted = doc.xpath('//td[contains(concat(" ", @class, " "), " diff ")]')
    assert highlighted
    for td in highlighted:
        refs = td.xpath('./a[@class="ref"]/@href')
        assert refs, lhtml.tostring(td)
        assert all(r[1:] in by_anchor for r in refs)
    # the 总分 row of the form whose total is wrong shows the audit's 97.94, not 99.94, beside the finding
    for tr in doc.xpath("//tr[td]"):
        cells = tr.xpath("./td")
        if cells[0].text_content() == "总分" and "总分应为" in tr.text_content():
            value = "".join(cells[2].xpath("./text()"))
            assert value == "97.94" and cells[1].text_content() == "99.94"
            break
    else:
        raise AssertionError("no 总分 row with its finding")


def test_xlsx_findings_are_located_by_sheet_and_cell(report) -> None:  # type: ignore[no-untyped-def]
    _, doc, text = report
    assert "edit_score.xlsx:表1 [G24]" in text
    heads = [h.text_content() for h in doc.xpath("//h3")]
    assert not any(h.rstrip().endswith("edit_score.xlsx:") for h in heads)


def test_funds_findings_stay_off_rows_that_match(report) -> None:  # type: ignore[no-untyped-def]
    result, doc, _ = report
    for tr in doc.xpath("//tr[td]"):
        label = tr.xpath("./td")[0].text_content()
        if label in ("执行率", "执行得分"):
            assert not tr.xpath('.//*[contains(@class, "k-funds_sum")]'), label


def test_paths_are_relative_and_nothing_is_fetched(report) -> None:  # type: ignore[no-untyped-def]
    _, doc, text = report
    hrefs = doc.xpath("//a/@href")
    assert not [h for h in hrefs if h.startswith(("/", "file:", "http"))]
    assert "../wrong.txt" in hrefs
    assert f'"{SAMPLES}' not in text and f">{SAMPLES}" not in text  # never the absolute path
    assert "<script" not in text and "<link" not in text and not re.search(r"\bstyle=", text)
    csp = doc.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert csp.startswith("default-src 'none'; style-src 'sha256-")


def test_filters_are_checkboxes_and_css(report) -> None:  # type: ignore[no-untyped-def]
    result, doc, text = report
    boxes = doc.xpath('//input[@type="checkbox"]/@id')
    assert {"x-error", "x-suspect", "x-info"} <= set(boxes)
    assert {f"x-k-{k}" for k in result.kinds()} <= set(boxes)
    assert "#x-info:not(:checked)~main .s-info{display:none}" in text
    assert "@media print" in text


def test_charts_show_rate_against_score_and_findings_by_kind(report) -> None:  # type: ignore[no-untyped-def]
    result, doc, _ = report
    svgs = doc.xpath("//svg")
    assert len(svgs) >= 2
    points = svgs[0].xpath(".//circle")
    assert len(points) >= 20 and all(c.getparent().get("href", "").startswith("#f") for c in points)
    # 纪检专项工作经费 spent 2.20% and is a point at the left (x near the axis)
    low = [c for c in points if "2.2" in c.xpath("./title")[0].text]
    assert low and float(low[0].get("cx")) < 60
    bars = svgs[1].xpath(".//a/@href")
    assert {f"#kind-{k}" for k in result.kinds()} == set(bars)


def test_the_top_lists_go_to_the_sinks_not_to_memory() -> None:
    """The contents and the list of errors and suspect findings are written, as the files go by, to the
    ``sink`` files (temporary files when the report is written) and copied into the page (issue 12)."""
    import io

    made: list[io.StringIO] = []

    def sink() -> io.StringIO:
        made.append(io.StringIO())
        return made[-1]

    result = audit_paths([str(SAMPLES / "004_7e677134512249db.txt")])
    page = "".join(html.render_parts(result, "zh", None, sink))
    assert len(made) == 4 and all(f.closed for f in made)
    assert page == html.render(result)
    assert page.count('<li class="fd s-') >= result.counts()["error"] + result.counts()["suspect"] > 0
