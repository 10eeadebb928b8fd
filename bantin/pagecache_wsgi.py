"""Readers' cached pages answered before Django's request handling.

:class:`bantin.pagecache.PageCacheMiddleware` decides what is cached and when it goes stale; a
hit there still pays for Django's handler and every middleware in front of it — building the
request, the security and CSP headers — several times the cost of reading the page from the
cache. This WSGI wrapper (``portal/wsgi.py``) answers a hit itself, with the very headers the
whole stack gave the page when it was stored, and hands everything else to Django unchanged.

What it serves, it serves under the middleware's rules and with its functions: the same key
(scheme, host, path, query, language), only GET and HEAD without a session cookie, only
entries whose tags are all current, conditional requests answered 304 as Django would. A request
the middleware would redirect (HTTPS required) or refuse (host not allowed) goes to Django.
"""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.db import DatabaseError
from django.http import HttpResponseNotModified
from django.utils.cache import get_conditional_response

from . import pagecache

PROBES = ("/healthz", "/readyz")
#: Headers of the stored response that are made again for each answer.
PER_RESPONSE = {"date", "server", "content-length", "etag", "last-modified", "cache-control"}


class CachedPagesApplication:
    """Wraps the Django WSGI application; see the module's docstring."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        answer = self._cached(environ, start_response)
        if answer is not None:
            return answer
        captured = {}

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers
            return start_response(status, headers, exc_info)

        environ[pagecache.OUTER_APPLICATION] = True
        response = self.application(environ, capture)
        stored = environ.get(pagecache.TO_STORE)
        if stored is not None and captured.get("status", "").startswith("200"):
            key, entry, timeout = stored
            entry["final_headers"] = [
                (name, value)
                for name, value in captured["headers"]
                if name.lower() not in PER_RESPONSE
            ]
            cache.set(key, entry, timeout=timeout)
        return response

    def _cached(self, environ, start_response):
        if not settings.PORTAL_PAGE_CACHE or environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        if environ.get("PATH_INFO", "").rstrip("/") in PROBES:
            return None  # the orchestrator's probes touch no cache (portal/health.py)
        request = WSGIRequest(environ)
        if not pagecache.is_reader(request):
            return None
        if settings.SECURE_SSL_REDIRECT and not request.is_secure():
            return None
        try:
            key = pagecache.page_key(request)
        except DisallowedHost:
            return None
        try:
            found = cache.get_many([key, pagecache.CLOCK_KEY])
            entry, clock = found.get(key), found.get(pagecache.CLOCK_KEY)
            usable = (
                entry is not None
                and "final_headers" in entry
                and pagecache.is_current(entry, clock)
            )
        except DatabaseError:
            # The embedded default's cache is the database (portal/cache.py): when it fails,
            # Django's handler checks the connection again and answers, or gives the 503 page.
            return None
        if not usable:
            environ[pagecache.LOOKED_UP] = (key, clock)
            return None
        headers = list(entry["final_headers"])
        etag, stored = entry["etag"], entry["stored"]
        lifetime = entry["expires"] - pagecache.clock_now()
        not_modified = get_conditional_response(request, etag=etag, last_modified=int(stored))
        status, body = "200 OK", entry["content"]
        if isinstance(not_modified, HttpResponseNotModified):
            status, body = "304 Not Modified", b""
            headers = [(n, v) for n, v in headers if n.lower() != "content-type"]
        elif not_modified is not None:
            return None  # a failed precondition (412): Django answers it
        headers += [
            ("ETag", etag),
            ("Last-Modified", pagecache.http_date(stored)),
            ("Cache-Control", pagecache.reader_cache_control(lifetime)),
        ]
        if body:
            headers.append(("Content-Length", str(len(body))))
        start_response(status, headers)
        return [] if request.method == "HEAD" else [body]
