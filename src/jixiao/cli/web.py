"""``jixiao serve`` and ``jixiao manage``: the web application (Django is imported only when they run)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_cmd(
        host: str = typer.Option("127.0.0.1", "--host", help="监听地址 / address"),
        port: int = typer.Option(8000, "--port", help="端口 / port"),
        workers: int = typer.Option(0, "--workers", min=0, help="进程数，默认等于核数 / worker processes (default: cores)"),
        reload: bool = typer.Option(False, "--reload", help="开发服务器，代码改动后重启 / development server, restarts on code changes"),
    ) -> None:
        """启动网页应用 / serve the web application (DATABASE_URL, else ./jixiao.sqlite3).

        gunicorn，每核一个进程；--reload 用 Django 开发服务器。/ gunicorn, one process per core; --reload: Django's
        development server."""
        from jixiao.web.run import serve

        raise typer.Exit(serve(host, port, workers or None, reload))

    @app.command(
        "manage",
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []},
    )
    def manage_cmd(ctx: typer.Context) -> None:
        """Django 管理命令 / Django management commands (migrate, createsuperuser, loaddemo, ...)."""
        from jixiao.web.run import manage

        raise typer.Exit(manage(list(ctx.args)))
