"""Error handlers: a 503 page when the database cannot be reached.

Django turns an exception raised anywhere — a view, a template, or a middleware such as the
session's or the authentication's — into a response through ``handler500``, and logs it
("Service Unavailable: /path", with the traceback, on the ``django.request`` logger). A
database that is down or restarting is not a bug of the page: the reader is told to come back
in a moment, and a proxy or crawler gets 503 with Retry-After rather than 500.

One failure reaches ``handler400`` instead: when the session cannot be saved, Django's session
middleware reports it as ``SessionInterrupted`` ("the session was deleted"), a bad request.
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


def service_unavailable(request):
    """templates/503.html, rendered without a request, so without the context processors that
    read the database; in English under /en/, else Vietnamese."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        html = loader.get_template("503.html").render()
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """``handler500``: called while the exception is being handled, so it is still at hand."""
    if caused_by_unreachable_database(sys.exception()):
        return service_unavailable(request)
    return defaults.server_error(request, template_name=template_name)


def bad_request(request, exception, template_name=defaults.ERROR_400_TEMPLATE_NAME):
    """``handler400``: a session that could not be saved for want of the database is a 503."""
    if caused_by_unreachable_database(exception):
        return service_unavailable(request)
    return defaults.bad_request(request, exception, template_name=template_name)
