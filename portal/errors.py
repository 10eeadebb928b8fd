"""Error handlers: a 503 page when the database cannot be reached.

Django turns an exception raised anywhere — a view, a template, or a middleware such as the
session's or the authentication's — into a response through ``handler500``, and logs it
("Service Unavailable: /path", with the traceback, on the ``django.request`` logger). A
database that is down or restarting is not a bug of the page: the reader is told to come back
in a moment, and a proxy or crawler gets 503 with Retry-After rather than 500.

One failure reaches ``handler400`` instead: when the session cannot be saved, Django's session
middleware reports it as ``SessionInterrupted`` ("the session was deleted"), a bad request.

The other error pages — a bad request (an unknown host, too many fields), a permission refused, a
form without its CSRF token — are in the site's frame too, in the reader's language, and rendered
like the 503 page: without the request, so with no query. A bad host is refused before the
language is chosen, and a database that fails may be why a request is refused.
"""

import sqlite3
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.views import defaults

RETRY_AFTER_SECONDS = 30

#: SQLSTATEs of a server that cannot take the connection: class 08 (connection exception),
#: shutting down, crashed, starting up, too many connections.
UNAVAILABLE_SQLSTATES = {"57P01", "57P02", "57P03", "53300"}


def database_unreachable(error):
    """Whether ``error`` means the database could not be reached, rather than that a query
    failed on a database that answers."""
    if isinstance(error, InterfaceError):  # the connection was closed under the query
        return True
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__
    if isinstance(cause, sqlite3.Error):
        return getattr(cause, "sqlite_errorcode", None) == sqlite3.SQLITE_CANTOPEN
    sqlstate = getattr(cause, "pgcode", None) or getattr(cause, "sqlstate", None)
    if sqlstate is None:
        # The server sends a SQLSTATE with every error of its own; without one the driver
        # failed by itself: refused, timed out, or the connection was lost.
        return True
    return sqlstate.startswith("08") or sqlstate in UNAVAILABLE_SQLSTATES


def caused_by_unreachable_database(error):
    """Whether ``error``, or an exception it was raised from or while handling, means the
    database could not be reached."""
    seen = set()
    while error is not None and id(error) not in seen:
        if database_unreachable(error):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def request_language(request):
    """The language of the page a request asked for: English under /en/; for the admin, the
    language it follows (the user's), once bantin.i18n.LocaleMiddleware has chosen it; else
    Vietnamese. Needs neither the database nor the request's host."""
    from_path = translation.get_language_from_path(request.path_info)
    if from_path:
        return from_path
    if getattr(request, "language_follows_user", False):
        return translation.get_language() or settings.LANGUAGE_CODE
    return settings.LANGUAGE_CODE


def message_page(request, template_name, status):
    """An error page in the site's frame (bantin/message_page.html), rendered without the
    request — so without the context processors, which read the site settings and sections —
    in the request's language, and never kept by a cache."""
    with translation.override(request_language(request)):
        html = loader.get_template(template_name).render()
    response = HttpResponse(html, status=status)
    response["Cache-Control"] = "no-store"
    return response


def service_unavailable(request):
    """templates/503.html, with Retry-After."""
    response = message_page(request, "503.html", 503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """``handler500``: called while the exception is being handled, so it is still at hand."""
    if caused_by_unreachable_database(sys.exception()):
        return service_unavailable(request)
    return defaults.server_error(request, template_name=template_name)


def bad_request(request, exception, template_name=defaults.ERROR_400_TEMPLATE_NAME):
    """``handler400``: a session that could not be saved for want of the database is a 503;
    anything else (a host the site does not serve, too many fields) is templates/400.html."""
    if caused_by_unreachable_database(exception):
        return service_unavailable(request)
    return message_page(request, template_name, 400)


def permission_denied(request, exception, template_name=defaults.ERROR_403_TEMPLATE_NAME):
    """``handler403``: templates/403.html."""
    return message_page(request, template_name, 403)


def csrf_failure(request, reason=""):
    """``CSRF_FAILURE_VIEW``: templates/403_csrf.html. The reason is for the log, where Django
    has written it already ("Forbidden (CSRF cookie not set.)")."""
    return message_page(request, "403_csrf.html", 403)
