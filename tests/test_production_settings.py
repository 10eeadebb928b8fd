"""The settings under a production environment: `check --deploy` clean, and each variable
doing what .env.example says. Each case runs in a process of its own, since settings are read
from the environment once, at import."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

BASE_DIR = Path(__file__).resolve().parent.parent

PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "k7#Qv2!pZ9@xL4$mN8^rT1&wY6*eU3(oI5)aS0-dF7+gH2=jK9_lB4%cV8",
    "DJANGO_ALLOWED_HOSTS": "portal.example.gov.vn",
    "PORTAL_BASE_URL": "https://portal.example.gov.vn",
    "DJANGO_SECURE_COOKIES": "true",
    "DJANGO_HSTS_SECONDS": "31536000",
    "DJANGO_SSL_REDIRECT": "true",
    "DJANGO_BEHIND_PROXY": "true",
    "DATABASE_URL": "postgres://portal:mat-khau@db:5432/portal",
    "CACHE_URL": "redis://redis:6379/0",
}


def portal_environment(**variables):
    """This process's environment without any of the portal's own variables, plus these."""
    own = ("DJANGO_", "PORTAL_", "DATABASE_", "CACHE_", "AWS_", "MEDIA_", "STATIC_")
    environment = {key: value for key, value in os.environ.items() if not key.startswith(own)}
    environment.update(variables)
    return environment


def manage(*args, **variables):
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=portal_environment(**variables),
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_under(**variables):
    """Some settings as a process with these environment variables reads them."""
    script = """
import json
from portal import settings as s
print(json.dumps({
    "DEBUG": s.DEBUG,
    "SECURE_PROXY_SSL_HEADER": s.SECURE_PROXY_SSL_HEADER,
    "CACHES": s.CACHES,
    "DATABASES": s.DATABASES,
    "DATABASE_ROUTERS": getattr(s, "DATABASE_ROUTERS", []),
    "MIDDLEWARE": s.MIDDLEWARE,
    "STORAGES": s.STORAGES,
    "CSP": s.CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "SESSION_ENGINE": s.SESSION_ENGINE,
}, default=str))
"""
    result = subprocess.run(  # noqa: S603 - our own settings
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env=portal_environment(**variables),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def test_deploy_check_is_clean_with_the_production_environment():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_deploy_check_fails_without_the_ssl_redirect():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", **{**PRODUCTION, "DJANGO_SSL_REDIRECT": ""}
    )
    assert result.returncode != 0
    assert "security.W008" in result.stderr


def test_debug_off_refuses_the_development_secret_key():
    result = manage("check", DJANGO_DEBUG="false")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_the_forwarded_scheme_is_trusted_only_behind_the_proxy():
    assert settings_under(**PRODUCTION)["SECURE_PROXY_SSL_HEADER"] == [
        "HTTP_X_FORWARDED_PROTO",
        "https",
    ]
    alone = settings_under(**{**PRODUCTION, "DJANGO_BEHIND_PROXY": "false"})
    assert alone["SECURE_PROXY_SSL_HEADER"] is None


@pytest.mark.django_db
def test_a_forged_forwarded_scheme_does_not_skip_the_redirect(settings):
    """Reached directly (not behind the proxy), a client's X-Forwarded-Proto is ignored."""
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = None
    forged = Client().get("/tim-kiem/", headers={"x-forwarded-proto": "https"})
    assert forged.status_code == 301
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 31536000
    proxied = Client().get("/tim-kiem/", headers={"x-forwarded-proto": "https"})
    assert proxied.status_code != 301
    assert proxied["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_the_embedded_default_needs_no_service():
    defaults = settings_under()
    assert defaults["DEBUG"] is True
    assert defaults["DATABASES"]["default"]["ENGINE"] == "django.db.backends.sqlite3"
    # One cache for every process of the machine, in the database: no service either.
    assert defaults["CACHES"]["default"]["BACKEND"] == "portal.cache.DatabaseCache"
    assert defaults["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert defaults["DATABASE_ROUTERS"] == []
    assert not any("db_router" in name for name in defaults["MIDDLEWARE"])


def test_redis_is_used_with_its_errors_ignored_and_short_timeouts():
    cache = settings_under(**PRODUCTION)["CACHES"]["default"]
    assert cache["BACKEND"] == "django_redis.cache.RedisCache"
    assert cache["LOCATION"] == "redis://redis:6379/0"
    assert cache["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert cache["OPTIONS"]["SOCKET_CONNECT_TIMEOUT"] <= 1
    assert cache["OPTIONS"]["SOCKET_TIMEOUT"] <= 1


def test_sessions_survive_the_cache_and_connections_are_health_checked():
    production = settings_under(**PRODUCTION, DATABASE_CONN_MAX_AGE="60")
    assert production["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    default = production["DATABASES"]["default"]
    assert default["CONN_HEALTH_CHECKS"] is True and default["CONN_MAX_AGE"] == 60
    assert default["OPTIONS"]["connect_timeout"] == 5


def test_a_replica_url_adds_the_replica_and_its_router():
    configured = settings_under(
        **PRODUCTION, DATABASE_REPLICA_URL="postgres://portal:mat-khau@db-replica:5432/portal"
    )
    replica = configured["DATABASES"]["replica"]
    assert replica["HOST"] == "db-replica" and replica["TEST"] == {"MIRROR": "default"}
    assert replica["CONN_HEALTH_CHECKS"] is True
    assert configured["DATABASE_ROUTERS"] == ["portal.db_router.ReplicaRouter"]
    assert "portal.db_router.ReplicaRoutingMiddleware" in configured["MIDDLEWARE"]


def test_a_bucket_puts_media_on_s3_and_allows_its_domain_for_images():
    configured = settings_under(
        **PRODUCTION,
        AWS_STORAGE_BUCKET_NAME="anh-cong-thong-tin",
        AWS_S3_ENDPOINT_URL="http://minio:9000",
        AWS_S3_CUSTOM_DOMAIN="media.example.gov.vn",
    )
    storage = configured["STORAGES"]["default"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "anh-cong-thong-tin"
    assert storage["OPTIONS"]["file_overwrite"] is False  # two uploads never share a name
    assert storage["OPTIONS"]["querystring_auth"] is False  # cached pages hold the URLs
    assert "https://media.example.gov.vn" in configured["CSP"]["img-src"]
    without_domain = settings_under(
        **PRODUCTION, AWS_STORAGE_BUCKET_NAME="anh", AWS_S3_ENDPOINT_URL="http://minio:9000"
    )
    assert "http://minio:9000" in without_domain["CSP"]["img-src"]
    assert settings_under(**PRODUCTION)["CSP"]["img-src"] == ["'self'", "data:"]


def test_zalo_is_allowed_only_when_its_button_is_shown():
    without = settings_under(**PRODUCTION)["CSP"]
    assert without["script-src"] == ["'self'"] and without["frame-src"] == ["'none'"]
    with_zalo = settings_under(**PRODUCTION, PORTAL_ZALO_OA_ID="1234567890")["CSP"]
    assert with_zalo["script-src"] == ["'self'", "https://sp.zalo.me"]
    assert with_zalo["frame-src"] == ["https://*.zalo.me"]


def test_a_replica_needs_postgresql():
    sqlite = "sqlite:////tmp/portal.sqlite3"
    result = manage("check", DATABASE_URL=sqlite, DATABASE_REPLICA_URL=sqlite)
    assert result.returncode != 0
    assert "DATABASE_REPLICA_URL needs PostgreSQL" in result.stderr
