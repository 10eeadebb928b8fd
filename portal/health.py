"""Probes for an orchestrator or a load balancer: ``/healthz`` and ``/readyz``.

``/healthz`` says the process answers, and touches nothing else: restarting a worker because
the database is down would not bring the database back. ``/readyz`` says whether this process
can serve pages now: the database and the cache answer (a read replica is checked by the
router, which falls back to the primary).

Plain functions behind a middleware rather than django-health-check: a probe must be answered
before the rest of the stack — it reaches the container by an address that is not in
ALLOWED_HOSTS, over plain HTTP (no SSL redirect), and must not look in the page cache, start a
session or get a language prefix — and each check here is one round trip. django-health-check's
database check writes a row on every probe, and its cache check goes through the cache API,
which with IGNORE_EXCEPTIONS reports a dead Redis as a mere miss.
"""

import logging
import secrets

from django.core.cache import cache
from django.db import DatabaseError, connections
from django.http import HttpResponse

logger = logging.getLogger(__name__)

PROBE_KEY = "health:probe"


def _plain(text, status=200):
    response = HttpResponse(text, content_type="text/plain; charset=utf-8", status=status)
    response["Cache-Control"] = "no-store"
    return response


def database_answers(alias):
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.warning("readyz: database %r does not answer", alias, exc_info=True)
        return False
    return True


def cache_answers():
    """Whether the cache works. Redis is asked directly (PING): through the cache API, with
    errors ignored, an unreachable Redis would look like an empty cache."""
    client = getattr(cache, "client", None)
    if hasattr(client, "get_client"):  # django-redis
        from redis.exceptions import RedisError

        try:
            return bool(client.get_client(write=True).ping())
        except RedisError:
            logger.warning("readyz: Redis does not answer", exc_info=True)
            return False
    token = secrets.token_hex(8)
    cache.set(PROBE_KEY, token, timeout=10)
    return cache.get(PROBE_KEY) == token


def readiness():
    """The names of what does not answer; empty when the process is ready. A read replica is
    not among them: when it does not answer, readers' pages are read from the primary
    (portal/db_router.py), and taking every web container out of rotation for it would turn a
    slower site into no site."""
    failing = [alias for alias in connections if alias != "replica" and not database_answers(alias)]
    if not cache_answers():
        failing.append("cache")
    return failing


class HealthCheckMiddleware:
    """Answers ``/healthz`` and ``/readyz`` before any other middleware runs. First in
    MIDDLEWARE."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info.rstrip("/")
        if path == "/healthz":
            return _plain("ok")
        if path == "/readyz":
            failing = readiness()
            if failing:
                return _plain("unavailable: " + ", ".join(failing), status=503)
            return _plain("ok")
        return self.get_response(request)
