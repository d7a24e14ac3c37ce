"""Starting Django from the CLI: settings, migrate on first use, the server, management commands.

Imported only inside ``jixiao serve`` / ``jixiao manage`` so that ``jixiao --help`` never loads Django.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jixiao.web.settings")
    import django

    django.setup()


def migrate_if_needed(out: object = None) -> bool:
    """Apply migrations the database has not had (a new SQLite file gets its tables); True if any ran."""
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    if not executor.migration_plan(executor.loader.graph.leaf_nodes()):
        return False
    call_command("migrate", interactive=False, verbosity=0)
    return True


def serve(host: str, port: int, workers: int | None = None, reload: bool = False) -> int:
    """Serve the app until Ctrl-C: gunicorn with one worker process per core (``workers`` to say another
    number); with ``reload``, Django's development server (one process, restarts when the code changes)."""
    setup()
    from django.conf import settings
    from django.db import connections

    if migrate_if_needed():
        print(f"数据库已建立 / database created: {settings.DATABASES['default']['NAME']}")
    if host not in settings.ALLOWED_HOSTS and "*" not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS.append(host)
    connections.close_all()  # no connection of this process is carried into the workers it forks
    if reload:
        return manage(["runserver", f"[{host}]:{port}" if ":" in host else f"{host}:{port}"])
    n = workers or os.cpu_count() or 1
    print(f"jixiao: http://{host}:{port}/  ({n} 个进程 / worker processes; Ctrl-C 停止 / to stop)", flush=True)
    from jixiao.web.gunicorn import Server

    try:
        Server(host, port, n).run()
    except SystemExit as e:  # gunicorn's arbiter exits when it is stopped (Ctrl-C, SIGTERM)
        print("\n已停止 / stopped", flush=True)
        return int(e.code or 0) if not isinstance(e.code, str) else 1
    return 0


def manage(args: Sequence[str]) -> int:
    setup()
    from django.core.management import execute_from_command_line

    if args and args[0] not in ("migrate", "makemigrations", "showmigrations", "sqlmigrate", "help"):
        migrate_if_needed()
    try:
        execute_from_command_line(["jixiao manage", *args])
    except SystemExit as e:
        return int(e.code or 0) if not isinstance(e.code, str) else 1
    return 0


if __name__ == "__main__":
    sys.exit(manage(sys.argv[1:]))
