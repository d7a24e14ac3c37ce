"""Languages through Django's i18n: Chinese first (zh-hans, the msgids), English from
``jixiao/web/locale/en/LC_MESSAGES/django.po`` compiled to the committed ``django.mo``. The browser's
Accept-Language picks the language, the switch in the header overrides it; the same pages show the right
strings in each; every string the web marks for translation has its English; the committed .mo is the .po."""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

from django.test import Client

from jixiao.web.templatetags.jx import _FIELDS, _LABELS
from web.world import World

WEB = Path(__file__).resolve().parents[2] / "src" / "jixiao" / "web"
PO = WEB / "locale" / "en" / "LC_MESSAGES" / "django.po"


def read_po(path: Path) -> dict[str, str]:
    """msgid (``context\\x04msgid`` with a context) → msgstr, as gettext keys them; the header left out."""
    entries: list[dict[str, str]] = []
    field = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = re.match(r'(msgctxt|msgid|msgstr) (".*")$', line)
        if m:
            field = m.group(1)
            if field in ("msgctxt", "msgid") and (not entries or "msgstr" in entries[-1]):
                entries.append({})
            entries[-1][field] = json.loads(m.group(2))
        else:  # a continuation line
            entries[-1][field] += json.loads(line)
    return {(e["msgctxt"] + "\x04" if "msgctxt" in e else "") + e["msgid"]: e["msgstr"] for e in entries if e["msgid"]}


def test_the_committed_mo_is_the_po_compiled() -> None:
    with PO.with_suffix(".mo").open("rb") as f:
        mo = gettext.GNUTranslations(f)
    catalog = {k: v for k, v in mo._catalog.items() if k}  # type: ignore[attr-defined]
    assert catalog == read_po(PO), "edit django.po, then: msgfmt -o django.mo django.po"


def marked_strings() -> set[str]:
    """Every string the web marks for translation: templates' {% translate %} and {% blocktranslate %},
    gettext()/gettext_lazy() calls on literals, the labels the filters translate with a context."""
    found: set[str] = set()
    for p in (WEB / "templates").rglob("*.html"):
        text = p.read_text(encoding="utf-8")
        found |= {m.group(2) for m in re.finditer(r"""\{% translate (["'])(.*?)\1""", text)}
        for m in re.finditer(r"\{% blocktranslate[^%]*%\}(.*?)\{% endblocktranslate %\}", text):
            found.add(re.sub(r"\{\{ (\w+) \}\}", r"%(\1)s", m.group(1)))
    for p in WEB.rglob("*.py"):
        found |= set(re.findall(r'\bgettext(?:_lazy)?\("([^"]+)"\)', p.read_text(encoding="utf-8")))
    for context, labels in _LABELS.items():
        found |= {f"{context}\x04{zh}" for zh in labels.values()}
    found |= {f"field\x04{zh}" for zh in _FIELDS.values()}
    return found


def test_every_marked_string_has_its_english() -> None:
    po = read_po(PO)
    marked = marked_strings()
    assert len(marked) > 150
    missing = sorted(s for s in marked if not po.get(s))
    assert not missing, f"no English in django.po for {missing}"
    assert po["第%(n)s行"] == "row %(n)s" and po["stage\x04填报中"] == "draft"


def page(world: World, path: str, **headers: str) -> str:
    c = Client(headers=headers)
    c.force_login(world.users["finance"])
    return c.get(path).content.decode()


def test_the_same_pages_in_chinese_and_english(world: World) -> None:
    f = world.form("a1", explanations={"low_rate_top_grade:评分等级": "年中调减预算"})
    a1 = world.units["a1"]
    zh, en = page(world, f"/forms/{f.pk}/"), page(world, f"/forms/{f.pk}/", accept_language="en-GB,en;q=0.9")
    for zh_text, en_text in [('<html lang="zh-hans">', '<html lang="en">'), (">自评表<", ">Forms<"),
                             ("<h2>绩效指标</h2>", "<h2>Indicators</h2>"), (">填报中<", ">draft<"), ("第1版", "version 1"),
                             ("退出", "sign out"), ("导出 xlsx", "export xlsx")]:
        assert zh_text in zh and en_text not in zh, (zh_text, en_text)
        assert en_text in en and zh_text not in en, (zh_text, en_text)
    assert "预算执行率=(2.22÷8.60)" in zh and "execution rate = (2.22 ÷ 8.60)" in en  # the core's, both ways
    zh, en = page(world, f"/orgs/{a1.pk}/"), page(world, f"/orgs/{a1.pk}/", accept_language="en")
    for zh_text, en_text in [("下级单位", "Sub-units"), ("持有的角色", "Roles held"), (">填报<", ">fill<"),
                             ("预算单位", "budget unit"), ("新增下级单位", "add a sub-unit")]:
        assert zh_text in zh and en_text in en and zh_text not in en, (zh_text, en_text)
    labels = json.loads(re.search(r'id="figures" type="application/json">(.*?)</script>',
                                  page(world, "/dashboard/", accept_language="en"), re.S).group(1))["labels"]
    assert labels["stages"] == "Forms by stage"


def test_the_switch_overrides_the_browser(world: World) -> None:
    c = Client(headers={"accept-language": "en"})
    c.force_login(world.users["fill-a1"])
    assert ">Forms<" in c.get("/forms/").content.decode()
    c.post("/i18n/setlang/", {"language": "zh-hans", "next": "/forms/"})
    html = c.get("/forms/").content.decode()
    assert ">自评表<" in html and ">Forms<" not in html
    f = world.form("a1")
    r = c.post(f"/forms/{f.pk}/save/", {"version": str(f.version), "rows": "1", "r1_weight": "abc"})
    assert "“abc”不是数值" in r.content.decode()
    c.post("/i18n/setlang/", {"language": "en", "next": "/forms/"})
    r = c.post(f"/forms/{f.pk}/save/", {"version": str(f.version), "rows": "1", "r1_weight": "abc"})
    assert "&#x27;abc&#x27; is not a number" in r.content.decode() and "row 1 weight" in r.content.decode()
