"""Django settings. Secure by default; everything that differs between machines comes from the environment:

- ``DATABASE_URL``: PostgreSQL (``postgres://user:pw@host:port/db``); by default an SQLite file
  ``jixiao.sqlite3`` in the current folder (``JIXIAO_DB`` names another file);
- ``JIXIAO_SECRET_KEY``: else a random key kept beside the SQLite file (``jixiao.secret``, mode 600);
- ``JIXIAO_DEBUG=1`` for development; ``JIXIAO_HTTPS=1`` behind TLS (secure cookies, HSTS, redirect);
- ``JIXIAO_ALLOWED_HOSTS`` (comma-separated; default the local names).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url

HERE = Path(__file__).resolve().parent
DB_FILE = Path(os.environ.get("JIXIAO_DB", "jixiao.sqlite3")).resolve()


def _secret_key() -> str:
    key = os.environ.get("JIXIAO_SECRET_KEY")
    if key:
        return key
    path = DB_FILE.with_name("jixiao.secret")
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        key = secrets.token_urlsafe(50)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(key)
        except OSError:
            pass  # read-only folder: a key for this process only (sessions end with it)
        return key


SECRET_KEY = _secret_key()
DEBUG = os.environ.get("JIXIAO_DEBUG") == "1"
HTTPS = os.environ.get("JIXIAO_HTTPS") == "1"
ALLOWED_HOSTS = [h for h in os.environ.get("JIXIAO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "csp",
    "jixiao.web.orgs",
    "jixiao.web.years",
    "jixiao.web.selfeval",
    "jixiao.web.review",
    "jixiao.web.dashboard",
    "jixiao.web.api",
    "jixiao.web.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "jixiao.web.urls"
WSGI_APPLICATION = "jixiao.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [HERE / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "jixiao.web.orgs.context.person",
            ],
            "builtins": ["django.templatetags.i18n", "jixiao.web.templatetags.jx"],
        },
    }
]

DATABASES = {
    "default": dj_database_url.config(default=f"sqlite:///{DB_FILE}", conn_max_age=60)
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Writers wait for one another rather than failing at once; WAL lets readers go on meanwhile.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "forms"
LOGOUT_REDIRECT_URL = "login"

# Chinese first: the web's own strings are written in Chinese (the msgids); English comes from
# locale/en/LC_MESSAGES/django.po (compiled django.mo committed beside it). LocaleMiddleware picks the language
# from the switch in the page header (set_language's cookie), else the browser's Accept-Language.
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "中文"), ("en", "English")]
USE_I18N = True
LOCALE_PATHS = [HERE / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [HERE / "static"]
STATIC_ROOT = os.environ.get("JIXIAO_STATIC_ROOT")  # for collectstatic; whitenoise serves from the package otherwise
WHITENOISE_USE_FINDERS = True  # serve from the package's static folders without collectstatic
WHITENOISE_AUTOREFRESH = DEBUG

# Security: CSRF on every form, HttpOnly session cookies, no framing, no sniffing, a strict CSP.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 8 * 3600
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR"}},
}
