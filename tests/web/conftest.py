"""The web tests: Django configured from the project's settings with a throwaway secret; SQLite by default,
PostgreSQL when DATABASE_URL says so (``make test`` runs this folder on both)."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jixiao.web.settings")
os.environ.setdefault("JIXIAO_SECRET_KEY", "tests-only-not-a-secret")
os.environ.setdefault("JIXIAO_DB", os.path.join(tempfile.mkdtemp(prefix="jixiao-web-tests-"), "jixiao.sqlite3"))

import django  # noqa: E402
import pytest  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

# No persistent connections in tests: the live server's thread would keep PostgreSQL's test database open.
settings.DATABASES["default"]["CONN_MAX_AGE"] = 0

from web.world import World, build  # noqa: E402


@pytest.fixture
def world(db: None) -> World:
    return build()
