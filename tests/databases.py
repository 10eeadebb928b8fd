"""Helpers for tests about database connections: a database that cannot be reached, and
requests through the real WSGI handler (the test client leaves out what Django does between
requests to old connections)."""

import copy
import io
import socket
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.core.handlers.wsgi import WSGIHandler
from django.db import connections
from django.db.utils import load_backend


def closed_port():
    """A loopback port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def unreachable(alias="default"):
    """While inside, ``connections[alias]`` in this thread is a connection to a database that
    cannot be reached: a PostgreSQL port nothing listens on, or a SQLite file in a folder that
    does not exist. A real connection failure, not a mock."""
    original = connections[alias]
    settings_dict = copy.deepcopy(original.settings_dict)
    if original.vendor == "sqlite":
        settings_dict["NAME"] = str(Path("/nonexistent-folder") / "db.sqlite3")
    else:
        settings_dict["HOST"], settings_dict["PORT"] = "127.0.0.1", closed_port()
    wrapper = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, alias)
    connections[alias] = wrapper
    try:
        yield wrapper
    finally:
        wrapper.close()
        connections[alias] = original


@dataclass
class WSGIResponse:
    status_code: int
    headers: dict
    content: bytes


def wsgi_get(path, *, host="localhost", scheme="http", cookies=""):
    """GET ``path`` through Django's WSGI handler, as gunicorn would: with request_started and
    request_finished, which check, reuse or close the connections."""
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": host,
        "SERVER_PORT": "443" if scheme == "https" else "80",
        "HTTP_HOST": host,
        "HTTP_COOKIE": cookies,
        "HTTP_USER_AGENT": "Mozilla/5.0 (pytest)",
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scheme,
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"], started["headers"] = status, headers

    result = WSGIHandler()(environ, start_response)
    try:
        content = b"".join(result)
    finally:
        result.close()
    return WSGIResponse(
        status_code=int(started["status"].split()[0]),
        headers=dict(started["headers"]),
        content=content,
    )
