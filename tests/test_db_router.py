"""The read replica router (portal/db_router.py).

The routing decisions on any database; then, marked ``replica``, the real thing: a PostgreSQL
primary and a streaming replica of it started by ``WITH_REPLICA=1 bin/with-postgres``.
"""

import os
import time

import pytest
from django.conf import settings as django_settings
from django.db import DatabaseError, connections, transaction
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from django.utils import translation

from bantin import roles
from portal import db_router
from portal.db_router import (
    DEFAULT,
    REPLICA,
    ReplicaReads,
    ReplicaRouter,
    current_reads,
    has_replayed,
    lsn_value,
    may_read_from_replica,
)

from .databases import unreachable
from .factories import make_category, make_news_item, make_user


def request_for(path, method="get", **kwargs):
    request = getattr(RequestFactory(), method)(path, **kwargs)
    with translation.override(translation.get_language_from_path(path) or "vi"):
        request.resolver_match = resolve(request.path_info)
    return request


@pytest.fixture
def eligible_request():
    """Reads marked for the replica, decided as caught up, for the length of the test."""
    reads = ReplicaReads()
    reads.alias = REPLICA
    token = current_reads.set(reads)
    yield reads
    current_reads.reset(token)


def test_wal_positions_compare_as_numbers():
    assert lsn_value("0/3000000") == 0x3000000
    assert lsn_value("16/B374D848") > lsn_value("9/FFFFFFFF") > lsn_value("0/10")
    assert has_replayed("1/0", "0/FFFFFFFF") and has_replayed("0/5", "0/5")
    assert not has_replayed("0/4", "0/5")
    assert not has_replayed(None, "0/5")  # not replaying: promoted, or not a replica


def test_only_an_anonymous_readers_page_may_read_from_the_replica():
    assert may_read_from_replica(request_for("/"))
    assert may_read_from_replica(request_for("/tim-kiem/", data={"q": "cải cách"}))
    assert may_read_from_replica(request_for("/en/chuyen-muc/kinh-te/", method="head"))
    assert not may_read_from_replica(request_for("/luot-xem/1/", method="post"))
    assert not may_read_from_replica(
        request_for("/", HTTP_COOKIE=f"{django_settings.SESSION_COOKIE_NAME}=abc")
    )
    assert not may_read_from_replica(request_for("/admin/login/"))
    assert not may_read_from_replica(request_for("/xem-truoc/7/"))
    assert not may_read_from_replica(request_for("/en/xem-truoc/7/"))


def test_reads_go_to_the_primary_outside_an_eligible_request():
    router = ReplicaRouter()
    assert router.db_for_read(None) == DEFAULT


def test_an_eligible_request_reads_from_the_replica_but_writes_to_the_primary(eligible_request):
    router = ReplicaRouter()
    assert router.db_for_read(None) == REPLICA
    assert router.db_for_write(None) == DEFAULT


def test_the_database_cache_is_read_from_the_primary(eligible_request):
    """The embedded default's cache holds the primary's position the replica is compared with."""
    from django.core.cache.backends.db import BaseDatabaseCache

    cache_model = BaseDatabaseCache("portal_cache", {}).cache_model_class
    assert ReplicaRouter().db_for_read(cache_model) == DEFAULT


@pytest.mark.django_db
def test_reads_inside_a_transaction_go_to_the_primary(eligible_request):
    router = ReplicaRouter()
    with transaction.atomic():
        assert router.db_for_read(None) == DEFAULT


def test_only_the_primary_is_migrated():
    router = ReplicaRouter()
    assert router.allow_migrate(DEFAULT, "bantin") and not router.allow_migrate(REPLICA, "bantin")


# The real thing: a primary and its streaming replica.


@pytest.fixture
def replica(settings):
    """The replica's connection; the test fails under CI=true without one, skips otherwise."""
    if REPLICA not in settings.DATABASES:
        message = "no read replica: run under WITH_REPLICA=1 bin/with-postgres"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    settings.PORTAL_PAGE_CACHE = False  # every request renders, so every request reads
    db_router._replica_paused_until = 0.0
    yield connections[REPLICA]
    db_router._replica_paused_until = 0.0
    with connections[REPLICA].cursor() as cursor:
        cursor.execute("SELECT pg_wal_replay_resume()")


def wait_for_replay(timeout=10):
    """Until the replica has replayed everything the primary wrote so far."""
    target = db_router.primary_position()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if has_replayed(db_router.replica_position(), target):
                return
        except DatabaseError:  # the test database may not be there yet
            connections[REPLICA].close()
        time.sleep(0.02)
    raise AssertionError("the replica did not catch up")


#: Committed data, on both databases when there is a replica (the fixture below skips, or fails
#: under CI=true, when there is none).
replica_db = pytest.mark.django_db(
    transaction=True,
    databases=[DEFAULT, REPLICA] if REPLICA in django_settings.DATABASES else [DEFAULT],
)


class Queries:
    """The queries each database ran while inside."""

    def __enter__(self):
        self.primary = CaptureQueriesContext(connections[DEFAULT]).__enter__()
        self.replica = CaptureQueriesContext(connections[REPLICA]).__enter__()
        return self

    def __exit__(self, *exc_info):
        self.replica.__exit__(*exc_info)
        self.primary.__exit__(*exc_info)


@pytest.mark.replica
@replica_db
def test_the_replica_is_a_streaming_replica_of_the_primary(replica):
    with replica.cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery(), inet_server_port()")
        in_recovery, port = cursor.fetchone()
    assert in_recovery is True
    assert port == int(replica.settings_dict["PORT"])
    assert port != int(connections[DEFAULT].settings_dict["PORT"])


@pytest.mark.replica
@replica_db
@pytest.mark.usefixtures("migration_data")
def test_a_readers_page_is_read_from_the_replica(replica):
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính")
    wait_for_replay()
    with Queries() as queries:
        response = Client().get(item.get_absolute_url())
    assert response.status_code == 200
    assert "Ba Bể đẩy mạnh cải cách hành chính" in response.content.decode()
    assert queries.primary.captured_queries == []
    sql = [query["sql"] for query in queries.replica.captured_queries]
    assert "pg_last_wal_replay_lsn" in sql[0] and len(sql) > 3


@pytest.mark.replica
@replica_db
@pytest.mark.usefixtures("migration_data")
def test_staff_pages_and_writes_use_the_primary(replica):
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính")
    staff = Client()
    staff.force_login(make_user(role=roles.EDITOR))
    wait_for_replay()
    with Queries() as queries:
        assert staff.get(item.get_absolute_url()).status_code == 200
        assert staff.get(f"/admin/bantin/newsitem/{item.pk}/change/").status_code == 200
        assert staff.get(f"/xem-truoc/{item.pk}/").status_code == 200
        make_category("Kinh tế")
    assert queries.replica.captured_queries == []
    assert len(queries.primary.captured_queries) > 10


@pytest.mark.replica
@replica_db
@pytest.mark.usefixtures("migration_data")
def test_a_reader_right_after_a_write_sees_it_while_the_replica_lags(replica):
    section = make_category("Cải cách hành chính")
    make_news_item("Một cửa liên thông", category=section)
    wait_for_replay()
    with replica.cursor() as cursor:
        cursor.execute("SELECT pg_wal_replay_pause()")

    fresh = make_news_item("Ba Bể đẩy mạnh cải cách hành chính", category=section)
    with Queries() as queries:
        article = Client().get(fresh.get_absolute_url())
        listing = Client().get(section.get_absolute_url())
    assert article.status_code == 200
    assert "Ba Bể đẩy mạnh cải cách hành chính" in listing.content.decode()
    # The replica was only asked how far it had replayed, once per page.
    assert [
        "pg_last_wal_replay_lsn" in query["sql"] for query in queries.replica.captured_queries
    ] == [True, True]
    assert len(queries.primary.captured_queries) > 3

    with replica.cursor() as cursor:
        cursor.execute("SELECT pg_wal_replay_resume()")
    wait_for_replay()
    with Queries() as queries:
        assert "Ba Bể đẩy mạnh" in Client().get(section.get_absolute_url()).content.decode()
    assert queries.primary.captured_queries == []


@pytest.mark.replica
@replica_db
@pytest.mark.usefixtures("migration_data")
def test_the_primary_position_is_asked_for_when_the_cache_lost_it(replica):
    from django.core.cache import cache

    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính")
    wait_for_replay()
    cache.clear()
    with Queries() as queries:
        assert Client().get(item.get_absolute_url()).status_code == 200
    (asked,) = queries.primary.captured_queries
    assert "pg_current_wal_insert_lsn" in asked["sql"]
    assert len(queries.replica.captured_queries) > 3


@pytest.mark.replica
@replica_db
@pytest.mark.usefixtures("migration_data")
def test_a_replica_that_does_not_answer_sends_readers_to_the_primary(replica, caplog):
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính")
    wait_for_replay()
    with unreachable(REPLICA), CaptureQueriesContext(connections[DEFAULT]) as primary:
        first = Client().get(item.get_absolute_url())
        second = Client().get(item.get_absolute_url())
    assert first.status_code == second.status_code == 200
    assert len(primary.captured_queries) > 6
    warnings = [r for r in caplog.records if r.name == "portal.db_router"]
    assert len(warnings) == 1  # then left alone for a few seconds, not asked on each request


@pytest.mark.replica
@replica_db
def test_a_replica_that_does_not_answer_leaves_the_process_ready(replica):
    """Readers then read from the primary: the process still serves, so the orchestrator must
    not take it out of rotation. A primary that does not answer does (tests/test_health.py)."""
    with unreachable(REPLICA):
        response = Client().get("/readyz")
    assert response.status_code == 200, response.content
