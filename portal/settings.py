"""Settings of the portal.

Every setting that differs between a developer's machine and production is read from an
environment variable with a default that works on a fresh checkout: SQLite, a cache in the
database that every process shares, uploads in ``media/``. Production changes only the environment (see docker-compose.yml).
"""

import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

# The "django-insecure-" prefix makes `manage.py check --deploy` flag this key if production
# forgets to set its own.
SECRET_KEY = env.str(
    "DJANGO_SECRET_KEY",
    default="django-insecure-development-key-set-DJANGO_SECRET_KEY-in-production",
)
DEBUG = env.bool("DJANGO_DEBUG", default=True)
if not DEBUG and SECRET_KEY.startswith("django-insecure-"):
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is false.")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
# A form refused for its CSRF token gets the site's own page (portal/errors.py).
CSRF_FAILURE_VIEW = "portal.errors.csrf_failure"

INSTALLED_APPS = [
    "bantin.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_ckeditor_5",
    "bantin.apps.LoginLockoutsConfig",
    "csp",
    "bantin",
]

# A streaming replica of the primary database; empty when there is none (see DATABASES).
_REPLICA_URL = env.str("DATABASE_REPLICA_URL", default="")

MIDDLEWARE = [
    # First: an orchestrator's probes (/healthz, /readyz) are answered before the host check,
    # the SSL redirect, the page cache and the session (portal/health.py).
    "portal.health.HealthCheckMiddleware",
    # Before anything reads a request's body (the CSRF check reads a POST's form): a body over
    # PORTAL_MAX_REQUEST_BYTES is refused from its Content-Length, unread.
    "portal.middleware.RequestBodyLimitMiddleware",
    # Readers' cached pages are answered here, with the headers the middleware below gave them
    # when they were stored: a hit skips all of its work (bantin/pagecache.py).
    "bantin.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Inside the page cache: a page is stored with its policy, and served from it with it.
    "portal.middleware.ContentSecurityPolicyMiddleware",
    # Decides, for a page the cache does not hold, whether its reads may go to the replica.
    *(["portal.db_router.ReplicaRoutingMiddleware"] if _REPLICA_URL else []),
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, with one change: readers' pages take their language from the
    # address (/en/… English, anything else Vietnamese, whatever the browser asks), the admin
    # from the language cookie or Accept-Language. See bantin/i18n.py and portal/urls.py.
    "bantin.i18n.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "bantin.context_processors.portal",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"


def database(url):
    """One entry of DATABASES from its URL. Connections are kept between requests
    (DATABASE_CONN_MAX_AGE seconds): opening one costs more than the whole answer of a cached
    page — on SQLite the file and its pragmas, on PostgreSQL a new backend process — and the
    embedded default's cache is read through it on every request. They are checked before each
    request reuses them, so a restarted server is reconnected to without a failed request;
    PostgreSQL gives up connecting after DATABASE_CONNECT_TIMEOUT rather than hanging a worker."""
    config = env.db_url_config(url)
    config["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=600)
    config["CONN_HEALTH_CHECKS"] = True
    if config["ENGINE"] == "django.db.backends.postgresql":
        config.setdefault("OPTIONS", {}).setdefault(
            "connect_timeout", env.int("DATABASE_CONNECT_TIMEOUT", default=5)
        )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # Several processes share the file: gunicorn's workers, manage.py commands. Every
        # transaction takes the write lock when it begins, so two that read then write wait for
        # each other instead of failing at once with "database is locked"; the write-ahead log
        # lets readers (pages, the cache) go on while one process writes.
        config.setdefault("OPTIONS", {}).update(
            {
                "transaction_mode": "IMMEDIATE",
                "timeout": env.int("DATABASE_LOCK_TIMEOUT", default=20),
                "init_command": "PRAGMA journal_mode=WAL",
            }
        )
    return config


DATABASES = {
    "default": database(env.str("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")),
}
# A streaming replica of the primary: readers' pages read from it once it has replayed every
# change they could show (portal/db_router.py); staff, previews and every write use the primary.
if _REPLICA_URL:
    DATABASES["replica"] = database(_REPLICA_URL)
    if any("postgresql" not in config["ENGINE"] for config in DATABASES.values()):
        raise ImproperlyConfigured("DATABASE_REPLICA_URL needs PostgreSQL for both databases.")
    # Tests: no test database is created on the (read-only) replica; it serves the primary's
    # test database as it streams it.
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["portal.db_router.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def redis_cache(url):
    """Django's cache on Redis (django-redis). Every worker of every container shares it; when
    Redis cannot be reached the cache acts empty — reads miss, writes are dropped, the error is
    logged — and pages are built from the database instead, after a short timeout."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
            "IGNORE_EXCEPTIONS": True,
        },
    }


def shared_database_cache():
    """The embedded default: Django's database cache in the site's own database (table
    ``portal_cache``, made by ``migrate``), one cache for every process of the machine —
    gunicorn's workers and every manage.py command alike (portal/cache.py).

    Sized for the pages readers read. A page lives at most PORTAL_PAGE_CACHE_SECONDS (600 s),
    so what the cache must hold at once is the pages asked for in ten minutes — on a
    10,000-item portal under a crawler, every article — plus the tags' versions (one per item,
    section, author and topic, kept until culled) and the beacon's rate limits: 50,000 entries
    hold all of that with room to spare (at about 60 kB a page, at most 3 GB on disk, and far
    less in practice, since pages expire). Past it, Django first deletes the expired entries,
    then a tenth of the rest (CULL_FREQUENCY 10, rather than Django's default third: a full
    cache loses fewer pages at once)."""
    return {
        "BACKEND": "portal.cache.DatabaseCache",
        "LOCATION": "portal_cache",
        "OPTIONS": {
            "MAX_ENTRIES": env.int("CACHE_MAX_ENTRIES", default=50_000),
            "CULL_FREQUENCY": 10,
        },
    }


_CACHE_URL = env.str("CACHE_URL", default="")
if not _CACHE_URL:
    CACHES = {"default": shared_database_cache()}
elif _CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {"default": redis_cache(_CACHE_URL)}
else:
    CACHES = {"default": env.cache_url_config(_CACHE_URL)}


def configured_workers():
    """How many processes serve the site, as gunicorn will be told: ``-w``/``--workers`` in
    GUNICORN_CMD_ARGS, else WEB_CONCURRENCY (which gunicorn and deploy/gunicorn.conf.py read),
    else one. ``manage.py check`` warns when a per-process cache is configured for several
    (bantin/checks.py)."""
    given = re.search(
        r"(?:^|\s)(?:-w\s*|--workers[=\s]\s*)(\d+)", env.str("GUNICORN_CMD_ARGS", default="")
    )
    return int(given[1]) if given else env.int("WEB_CONCURRENCY", default=1)


PORTAL_WORKERS = configured_workers()
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
# Sessions in the database, read through the cache: staff stay logged in when Redis is down.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out login before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login attempts: after AXES_FAILURE_LIMIT failures for one user name from one address, that
# pair is locked out for AXES_COOLOFF_TIME, with the same message whether the user exists or not.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"
AXES_CLIENT_IP_CALLABLE = "bantin.net.client_ip"
# Behind our nginx, the client's address is the X-Real-IP header that nginx sets, and whether
# the reader came over HTTPS is its X-Forwarded-Proto (see SECURE_PROXY_SSL_HEADER).
PORTAL_BEHIND_PROXY = env.bool("DJANGO_BEHIND_PROXY", default=False)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese first; the readers' pages in English under /en/ (content stays in the language it
# was written in). The source strings are Vietnamese: locale/en holds their English.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("Tiếng Anh"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # collectstatic writes each file under a name with its hash, gzip- and Brotli-compressed;
    # WhiteNoise serves them with far-future caching.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 3600  # names without a hash (robots.txt, favicon) are kept an hour

MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Media on S3-compatible object storage (django-storages) when a bucket is named. Uploads keep
# unique names (never overwritten), and their URLs are plain public ones: pages are cached whole,
# so a signed URL would expire inside a cached page.
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default="")
AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default="")
AWS_S3_CUSTOM_DOMAIN = env.str("AWS_S3_CUSTOM_DOMAIN", default="")
AWS_S3_URL_PROTOCOL = env.str("AWS_S3_URL_PROTOCOL", default="https:")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": AWS_S3_ENDPOINT_URL or None,
            "region_name": AWS_S3_REGION_NAME or None,
            "custom_domain": AWS_S3_CUSTOM_DOMAIN or None,
            "url_protocol": AWS_S3_URL_PROTOCOL,
            # Empty: boto3 finds credentials itself (an instance role, ~/.aws).
            "access_key": env.str("AWS_ACCESS_KEY_ID", default="") or None,
            "secret_key": env.str("AWS_SECRET_ACCESS_KEY", default="") or None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
# Uploads larger than this are refused before Pillow opens them.
IMAGE_MAX_UPLOAD_BYTES = env.int("IMAGE_MAX_UPLOAD_BYTES", default=20 * 1024 * 1024)
# Pictures larger than this many pixels (width × height) are refused before decoding.
IMAGE_MAX_PIXELS = env.int("IMAGE_MAX_PIXELS", default=40_000_000)
# Animations larger than this many pixels over all their frames are refused before decoding
# them all: each frame is decoded and re-encoded, and this keeps an upload under about 2 s of a
# worker's time (bantin/images.py).
IMAGE_MAX_ANIMATION_PIXELS = env.int("IMAGE_MAX_ANIMATION_PIXELS", default=4_000_000)
# A request whose body is larger than this is refused from its Content-Length before a byte of
# it is read (portal/middleware.py), wherever the portal is reached without nginx, which stops
# the same size first (client_max_body_size 21m): the largest picture and 1 MiB for the form's
# other fields and the multipart framing.
PORTAL_MAX_REQUEST_BYTES = env.int(
    "PORTAL_MAX_REQUEST_BYTES", default=IMAGE_MAX_UPLOAD_BYTES + 1024 * 1024
)
# The fields of a form, files excepted, are held in memory: 5 MiB holds an article body of
# hundreds of pages of HTML (a long article is tens of kilobytes) and keeps a worker's memory
# bounded.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# An uploaded file up to this size is kept in memory, a larger one (a camera photo) spooled to a
# temporary file, at most PORTAL_MAX_REQUEST_BYTES: Django's own default, written down here so
# that nobody raises it thinking it is unset — every worker may hold one upload at once.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# The media library and the editor send one picture a request.
DATA_UPLOAD_MAX_NUMBER_FILES = 10

EMAIL_BACKEND = env.str(
    "DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)

# Plain HTTP is redirected to HTTPS, except the probes /healthz and /readyz, which are answered
# before SecurityMiddleware runs (portal/health.py).
SECURE_SSL_REDIRECT = env.bool("DJANGO_SSL_REDIRECT", default=False)
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=True)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# X-Forwarded-Proto is believed only behind our proxy, which overwrites whatever the client sent
# (deploy/nginx.conf). Reached directly, any client could write "https" in it and pass a plain
# HTTP request off as secure: past the SSL redirect, and given cookies marked Secure.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if PORTAL_BEHIND_PROXY else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

PORTAL_SITE_NAME = env.str("PORTAL_SITE_NAME", default="Cổng thông tin điện tử huyện Thanh Lâm")
PORTAL_SITE_TAGLINE = env.str("PORTAL_SITE_TAGLINE", default="Tỉnh Bắc Sơn")
# The site's public address (scheme and host), for every absolute URL it hands out: feeds,
# sitemaps, canonical links, Open Graph, JSON-LD, share links. Never the request's host, which
# differs behind a proxy or when the site is reached by another name.
PORTAL_BASE_URL = env.str("PORTAL_BASE_URL", default="http://127.0.0.1:8000").rstrip("/")
_base_url = urlsplit(PORTAL_BASE_URL)
if _base_url.scheme not in ("http", "https") or not _base_url.netloc or _base_url.path:
    raise ImproperlyConfigured("PORTAL_BASE_URL must be a scheme and host: https://portal.gov.vn")
# The agency's Zalo Official Account: when set, articles carry Zalo's own share button.
PORTAL_ZALO_OA_ID = env.str("PORTAL_ZALO_OA_ID", default="")


def media_origins():
    """Where media is served from when it is not this site: the bucket's custom domain, its
    S3-compatible endpoint, or AWS's own addresses for it."""
    if not AWS_STORAGE_BUCKET_NAME:
        return []
    if AWS_S3_CUSTOM_DOMAIN:
        return [f"{AWS_S3_URL_PROTOCOL}//{AWS_S3_CUSTOM_DOMAIN.split('/')[0]}"]
    if AWS_S3_ENDPOINT_URL:
        endpoint = urlsplit(AWS_S3_ENDPOINT_URL)
        return [f"{endpoint.scheme}://{endpoint.netloc}"]
    region = f".{AWS_S3_REGION_NAME}" if AWS_S3_REGION_NAME else ""
    return [f"https://{AWS_STORAGE_BUCKET_NAME}.s3{region}.amazonaws.com"]


# Content-Security-Policy (django-csp): scripts, styles and everything else from this site
# only. Readers' pages are cached whole, for every reader alike, so a per-response nonce cannot
# work: they carry no inline script (the JSON-LD block is data, which CSP does not run) and no
# inline style. Zalo's share script is allowed only when its button is shown. The admin's rich
# text editor (CKEditor 5) sets inline styles; portal/middleware.py loosens style-src for the
# admin alone (PORTAL_ADMIN_CSP).
_ZALO = ["https://sp.zalo.me"] if PORTAL_ZALO_OA_ID else []
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, *_ZALO],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *media_origins()],
        "font-src": [SELF],
        "connect-src": [SELF],
        # Zalo's share button is an iframe of one of its subdomains.
        "frame-src": ["https://*.zalo.me"] if PORTAL_ZALO_OA_ID else [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
#: Added to the policy of every page under the admin (/admin/).
PORTAL_ADMIN_CSP = {"style-src": ["'unsafe-inline'"]}

# Whole pages for anonymous readers, kept in the cache at most this long (bantin/pagecache.py);
# every change that shows on a page drops it sooner.
PORTAL_PAGE_CACHE = env.bool("PORTAL_PAGE_CACHE", default=True)
PORTAL_PAGE_CACHE_SECONDS = env.int("PORTAL_PAGE_CACHE_SECONDS", default=600)
# Blocks kept as fragments, shared by every page that shows them (bantin/fragments.py), for the
# same lifetime; independent of the whole-page cache above.
PORTAL_FRAGMENT_CACHE = env.bool("PORTAL_FRAGMENT_CACHE", default=True)

# The view beacon (bantin/stats.py). An article page's token is accepted this long after the
# page was rendered: a page may be served from the cache until PORTAL_PAGE_CACHE_SECONDS, and
# a phone may take a while to load it.
PORTAL_VIEW_TOKEN_SECONDS = env.int(
    "PORTAL_VIEW_TOKEN_SECONDS", default=PORTAL_PAGE_CACHE_SECONDS + 300
)
# Counted views one address may add (django-ratelimit's syntax: count/period). One reader does
# not read 60 articles an hour; an office behind one address may, and is then undercounted.
PORTAL_VIEW_ADDRESS_RATE = env.str("PORTAL_VIEW_ADDRESS_RATE", default="60/h")
# The most-read lists are refreshed (their pages dropped from the cache) at most this often.
PORTAL_MOST_READ_REFRESH_SECONDS = env.int("PORTAL_MOST_READ_REFRESH_SECONDS", default=60)
# django-ratelimit: addresses as bantin/net.py finds them (behind nginx, X-Real-IP); IPv6 by
# its /64, which one subscriber holds whole. When the cache cannot be reached the limits are
# not applied rather than every view refused: counts go to the database all the same.
RATELIMIT_IP_META_KEY = "bantin.net.client_ip"
RATELIMIT_IPV6_MASK = 64
RATELIMIT_FAIL_OPEN = True
# How long nginx or a CDN may hold a reader's page (s-maxage), and serve it stale while it
# fetches a fresh one (stale-while-revalidate).
PORTAL_SHARED_CACHE_SECONDS = env.int("PORTAL_SHARED_CACHE_SECONDS", default=1)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="WARNING")},
}

# CKEditor 5 for the news body. Features that let an editor write raw HTML (source editing,
# HTML embed, general HTML support) and ones whose output the sanitiser would strip anyway are
# removed from the editor itself, not merely hidden from the toolbar.
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "endpoints:editor_image_upload"
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpeg", "png", "gif", "webp"]
# The editor's own buttons and menus in the admin user's language, like the rest of the admin.
CKEDITOR_5_USER_LANGUAGE = True
CKEDITOR_5_CONFIGS = {
    "default": {
        "language": "vi",
        "removePlugins": [
            "SourceEditing",
            "HtmlEmbed",
            "GeneralHtmlSupport",
            "FullPage",
            "Markdown",
            "MediaEmbed",
            "Style",
            "Mention",
            "CodeBlock",
            "Code",
            "Font",
            "Highlight",
            "TodoList",
            "CKFinderUploadAdapter",
            "Autosave",
            "TableProperties",
            "TableCellProperties",
            "Alignment",
            "IndentBlock",
        ],
        "toolbar": {
            "items": [
                "heading",
                "|",
                "bold",
                "italic",
                "underline",
                "strikethrough",
                "subscript",
                "superscript",
                "removeFormat",
                "|",
                "link",
                "bulletedList",
                "numberedList",
                "blockQuote",
                "|",
                "insertImage",
                "insertTable",
                "horizontalLine",
                "specialCharacters",
                "|",
                "undo",
                "redo",
                "findAndReplace",
            ],
            "shouldNotGroupWhenFull": True,
        },
        "heading": {
            "options": [
                {"model": "paragraph", "title": _("Đoạn văn"), "class": "ck-heading_paragraph"},
                {
                    "model": "heading2",
                    "view": "h2",
                    "title": _("Tiêu đề 2"),
                    "class": "ck-heading_heading2",
                },
                {
                    "model": "heading3",
                    "view": "h3",
                    "title": _("Tiêu đề 3"),
                    "class": "ck-heading_heading3",
                },
                {
                    "model": "heading4",
                    "view": "h4",
                    "title": _("Tiêu đề 4"),
                    "class": "ck-heading_heading4",
                },
            ],
        },
        "image": {
            "toolbar": [
                "imageTextAlternative",
                "toggleImageCaption",
                "|",
                "imageStyle:inline",
                "imageStyle:block",
                "imageStyle:side",
            ],
        },
        "table": {
            "contentToolbar": ["tableColumn", "tableRow", "mergeTableCells", "toggleTableCaption"],
        },
        "link": {"addTargetToExternalLinks": False, "defaultProtocol": "https://"},
    },
}
