"""``jixiao manage importorgs FILE``: the organisation tree from xlsx/xls/CSV, bad rows reported with their place."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from jixiao.web.orgs.importer import import_orgs


class Command(BaseCommand):
    help = "导入组织 / import the organisation tree (编码, 名称, 类型, 上级编码)"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file")

    def handle(self, *args: Any, **options: Any) -> None:
        result = import_orgs(options["file"], options["file"])
        for p in result.problems:
            self.stderr.write(p)
        self.stdout.write(f"新增 {result.created}，更新 {result.updated} / created {result.created}, updated {result.updated}")
        if result.problems:
            raise CommandError(f"{len(result.problems)} 行有问题 / rows with problems", returncode=2)
