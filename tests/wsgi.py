"""The portal's WSGI application as gunicorn calls it, counting the requests that get past the
page cache's middleware (bantin/pagecache.py) to the rest of the stack."""

import io
from contextlib import nullcontext

from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from bantin.pagecache import PageCacheMiddleware


class Portal:
    """Django's middleware reads its settings when loaded: a test that changes them makes a new
    one."""

    def __init__(self):
        self.reached_django = 0
        self.application = WSGIHandler()
        # Each middleware is wrapped in a function that turns exceptions into responses.
        middleware = self.application._middleware_chain
        while not isinstance(middleware, PageCacheMiddleware):
            middleware = getattr(middleware, "__wrapped__", None) or middleware.get_response
        inner = middleware.get_response

        def counting(request):
            self.reached_django += 1
            return inner(request)

        middleware.get_response = counting

    def get(self, path, *, method="GET", secure=False, count_queries=True, **headers):
        """The status, headers, body and number of queries (None when not counted: counting
        connects to the database first) of one request."""
        environ = RequestFactory().generic(method, path, secure=secure, headers=headers).environ
        # As Django's test client does: the request must not close the test's connection,
        # whose transaction holds the test data.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            with CaptureQueriesContext(connection) if count_queries else nullcontext() as queries:
                status, response_headers, body = self.call(environ)
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
        if method == "HEAD":
            body = b""  # the server sends no body (gunicorn, nginx)
        return (
            int(status.split()[0]),
            dict(response_headers),
            body,
            len(queries) if queries is not None else None,
        )

    def call(self, environ):
        """One call of the application as a WSGI server makes it: the status line, the
        headers and the whole body."""
        environ = {**environ, "wsgi.input": io.BytesIO(b"")}
        answer = []
        response = self.application(
            environ, lambda status, headers, exc_info=None: answer.append((status, headers))
        )
        body = b"".join(response)
        response.close()
        return *answer[0], body
