"""When the database cannot be reached, readers get a 503 page (portal/errors.py), and a
connection the server dropped is replaced by the next request (CONN_HEALTH_CHECKS)."""

import logging
import time

import pytest
from django.db import DatabaseError, connection, connections
from django.test import Client

from portal.errors import database_unreachable

from .databases import unreachable, wsgi_get
from .factories import make_news_item, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader():
    """A client that answers with the error page rather than re-raising the exception."""
    return Client(raise_request_exception=False)


def test_an_unreachable_database_gives_the_503_page(reader, caplog):
    with unreachable(), caplog.at_level(logging.ERROR, logger="django.request"):
        response = reader.get("/")
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    assert '<html lang="vi">' in html and "Hệ thống tạm thời gián đoạn" in html
    assert html.count("<h1") == 1 and '<a href="/">' in html
    assert "Content-Security-Policy" in response.headers
    (record,) = [record for record in caplog.records if record.name == "django.request"]
    assert record.levelno == logging.ERROR and record.exc_info is not None


def test_the_503_page_is_in_english_under_en(reader):
    with unreachable():
        response = reader.get("/en/")
    html = response.content.decode()
    assert response.status_code == 503
    assert '<html lang="en">' in html and '<a href="/en/">' in html


def test_an_unreachable_database_gives_the_503_page_through_the_wsgi_handler():
    with unreachable():
        response = wsgi_get("/tim-kiem/")
    assert response.status_code == 503 and response.headers["Retry-After"] == "30"


def test_a_database_failure_inside_the_session_middleware_gives_the_503_page(reader, settings):
    """The view answers without the database (the view beacon); saving the session afterwards,
    in SessionMiddleware, is what fails."""
    item = make_news_item()
    reader.force_login(make_user())
    settings.SESSION_SAVE_EVERY_REQUEST = True
    with unreachable():
        response = reader.post(f"/luot-xem/{item.pk}/")
    assert response.status_code == 503
    assert "Hệ thống tạm thời gián đoạn" in response.content.decode()


def test_a_failed_connection_counts_as_unreachable_and_a_failed_query_does_not():
    with unreachable() as down, pytest.raises(DatabaseError) as refused:
        down.ensure_connection()
    assert database_unreachable(refused.value)
    with pytest.raises(DatabaseError) as bad_query, connection.cursor() as cursor:
        cursor.execute("SELECT no_such_column FROM no_such_table")
    assert not database_unreachable(bad_query.value)
    assert not database_unreachable(ValueError("not a database error"))


def test_a_query_error_is_still_a_server_error(reader, monkeypatch):
    def broken(*args, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("SELECT no_such_column FROM no_such_table")

    monkeypatch.setattr("bantin.views.render_page", broken)
    response = reader.get("/")
    assert response.status_code == 500 and not response.has_header("Retry-After")


def test_other_bad_requests_are_still_bad_requests(reader):
    response = reader.get("/", headers={"host": "khong-phai-cong.example"})
    assert response.status_code == 400 and not response.has_header("Retry-After")


@pytest.mark.postgres_only
def test_a_cancelled_query_is_not_an_unreachable_database():
    with pytest.raises(DatabaseError) as cancelled, connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 10")
        cursor.execute("SELECT pg_sleep(1)")
    assert not database_unreachable(cancelled.value)


@pytest.fixture
def persistent_connections():
    """Connections kept between requests, as production's DATABASE_CONN_MAX_AGE does."""
    default = connections["default"]
    default.close()
    saved = default.settings_dict["CONN_MAX_AGE"]
    default.settings_dict["CONN_MAX_AGE"] = 600
    yield default
    default.settings_dict["CONN_MAX_AGE"] = saved
    default.close()


def terminate_backend(pid):
    """pg_terminate_backend from a connection of its own, as a restarting server would."""
    import psycopg2

    params = connections["default"].get_connection_params()
    with psycopg2.connect(**params) as other:
        other.autocommit = True
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
            for _attempt in range(100):
                cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", [pid])
                if cursor.fetchone()[0] == 0:
                    return
                time.sleep(0.05)
    raise AssertionError(f"backend {pid} is still there")


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_connection_killed_by_the_server_is_replaced_by_the_next_request(
    migration_data, persistent_connections, settings
):
    settings.PORTAL_PAGE_CACHE = False
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính")
    persistent_connections.close()
    assert wsgi_get(item.get_absolute_url()).status_code == 200
    pid = persistent_connections.connection.get_backend_pid()  # kept after the request

    terminate_backend(pid)
    response = wsgi_get(item.get_absolute_url())

    assert response.status_code == 200
    assert "Ba Bể đẩy mạnh cải cách hành chính" in response.content.decode()
    assert persistent_connections.connection.get_backend_pid() != pid
