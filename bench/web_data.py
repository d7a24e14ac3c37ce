"""Data for bench_web: run as ``python -m bench.web_data TOKENS.json`` with JIXIAO_DB (or DATABASE_URL) set.
Migrates, then creates a bureau, 5 departments, 50 units with one 填报 user each, a 财政 user, and 500 project
forms (seed 001's 纪检其他工作, examples/shanghai-2023-project.yaml) through the services; writes the API
tokens and each user's forms to TOKENS.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNITS, FORMS = 50, 500


def main(out: str) -> None:
    from jixiao.web.run import migrate_if_needed, setup

    setup()
    migrate_if_needed()
    from django.contrib.auth import get_user_model

    from jixiao.frameworks import builtin_path
    from jixiao.frameworks.yamlio import plain
    from jixiao.scoring.engine import load_data
    from jixiao.web.api.models import Token
    from jixiao.web.demo.load import jsonable
    from jixiao.web.orgs.models import FILL, FINANCE, OrgUnit, Role
    from jixiao.web.selfeval import services
    from jixiao.web.years.models import FrameworkVersion, Year

    raw, _ = load_data(ROOT / "examples" / "shanghai-2023-project.yaml")
    data = jsonable(plain(raw))
    data.pop("published", None)
    data["explanations"] = {"low_rate_top_grade:评分等级": "年中调减预算"}
    year = Year.objects.create(year=2023)
    fv = FrameworkVersion.store(year, builtin_path("shanghai-2023-project").read_text(encoding="utf-8"))
    User = get_user_model()
    bureau = OrgUnit.objects.create(code="bureau", name="财政局", kind="bureau")
    finance = User.objects.create(username="finance")
    Role.objects.create(user=finance, unit=bureau, role=FINANCE)
    users = []
    for d in range(5):
        dept = OrgUnit.objects.create(code=f"d{d}", name=f"部门{d}", kind="dept", parent=bureau)
        for u in range(UNITS // 5):
            unit = OrgUnit.objects.create(code=f"d{d}u{u}", name=f"单位{d}-{u}", parent=dept)
            user = User.objects.create(username=f"fill-{d}-{u}")
            Role.objects.create(user=user, unit=unit, role=FILL)
            users.append((user, unit))
    mine: dict[str, list[int]] = {}
    for n in range(FORMS):
        user, unit = users[n % len(users)]
        f = services.create_form(user, unit=unit, year=year, framework=fv, title=f"项目{n:03d}", data=data, via="bench")
        mine.setdefault(user.username, []).append(f.pk)
    tokens = {u.username: Token.issue(u) for u, _ in users}
    Path(out).write_text(json.dumps({
        "finance": Token.issue(finance), "users": [{"token": tokens[u.username], "forms": mine[u.username]} for u, _ in users],
    }), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
