"""``jixiao serve``'s server: gunicorn, run from Python with the app loaded once before the workers fork.

One worker process per core: a Python process runs one request at a time (the GIL), so Django's threaded
development server kept one core busy whatever the load; gunicorn's workers use them all. ``gthread``
workers keep connections alive (an API client does not reconnect for every call) and a slow client holds
one thread, not a whole worker.
"""

from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication


class Server(BaseApplication):  # type: ignore[misc]
    def __init__(self, host: str, port: int, workers: int) -> None:
        self.options = {
            "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
            "workers": workers,
            "worker_class": "gthread",
            "threads": 4,
            "preload_app": True,
            "timeout": 60,
            "graceful_timeout": 10,
            "keepalive": 5,
            "accesslog": None,
            "errorlog": "-",
            "loglevel": "warning",
            "proc_name": "jixiao",
        }
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from django.core.wsgi import get_wsgi_application

        return get_wsgi_application()
