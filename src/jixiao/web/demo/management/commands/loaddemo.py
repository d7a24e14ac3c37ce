"""``jixiao manage loaddemo``: fill an empty database with the demo organisation and print the accounts."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from jixiao.web.demo.load import ACCOUNTS, PASSWORD, NotEmpty, load


class Command(BaseCommand):
    help = "装入演示数据 / load the demo organisation, forms and accounts (an empty database only)"

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            demo = load()
        except NotEmpty as e:
            raise CommandError(str(e)) from None
        stages: dict[str, int] = {}
        for f in demo.forms:
            stages[f.stage] = stages.get(f.stage, 0) + 1
        self.stdout.write(f"演示数据已装入 / demo loaded: {len(demo.units)} 个组织 / units, {len(demo.forms)} 张表 / forms "
                          f"({', '.join(f'{k} {v}' for k, v in sorted(stages.items()))})")
        for f in demo.forms:
            if f.total is None:
                rows = "; ".join(x["message"] for x in f.findings if x["kind"] == "score_problem")
                self.stdout.write(f"总分无法计算，留在填报中 / total cannot be computed, left a draft: {f.title} ({rows})")
        self.stdout.write(f"演示账号（密码均为 {PASSWORD}）/ demo accounts (password '{PASSWORD}'):")
        for name, _, _, what in ACCOUNTS:
            self.stdout.write(f"  {name:<10} {what}")
