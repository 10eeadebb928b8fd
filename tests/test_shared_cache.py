"""The embedded default's cache (portal/cache.py) and the check that warns of a per-process one."""

import pytest
from django.core.cache import cache

from bantin.checks import cache_shared_by_the_workers
from portal.settings import configured_workers

pytestmark = pytest.mark.django_db

LOCAL = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def test_incr_adds_to_the_stored_value(shared_cache):
    shared_cache.add("compteur", 5)
    assert shared_cache.incr("compteur") == 6
    assert shared_cache.incr("compteur", 10) == 16
    assert shared_cache.get("compteur") == 16


def test_incr_of_a_missing_or_expired_key_raises_as_django_says(shared_cache):
    with pytest.raises(ValueError):
        shared_cache.incr("khong-co")
    shared_cache.set("het-han", 1, timeout=-1)
    with pytest.raises(ValueError):
        shared_cache.incr("het-han")


def test_add_refuses_a_key_that_is_there(shared_cache):
    assert shared_cache.add("khoa", 1) is True
    assert shared_cache.add("khoa", 2) is False
    assert cache.get("khoa") == 1


def test_set_many_writes_every_key_in_a_fixed_number_of_queries(shared_cache):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    shared_cache.set("cu", "giá trị cũ")
    values = {f"the:{number}": number for number in range(450)} | {"cu": "giá trị mới"}
    with CaptureQueriesContext(connection) as written:
        assert shared_cache.set_many(values, timeout=60) == []
    # The count, then one upsert per 200 rows: not a read and a write per key.
    assert len(written) <= 6
    assert shared_cache.get_many(list(values)) == values


def test_set_many_keeps_timeouts_as_django_does(shared_cache):
    shared_cache.set_many({"mai-mai": 1}, timeout=None)
    shared_cache.set_many({"het-han": 1}, timeout=-1)
    shared_cache.set("ngan", 1, timeout=60)
    assert shared_cache.get("mai-mai") == 1 and shared_cache.get("ngan") == 1
    assert shared_cache.get("het-han") is None
    # An expired entry is overwritten, not kept by its old expiry.
    shared_cache.set("het-han", 2, timeout=60)
    assert shared_cache.get("het-han") == 2


def test_set_many_culls_a_full_table(shared_cache, settings):
    from django.core.cache import caches

    settings.CACHES = {
        "default": {
            **settings.CACHES["default"],
            "OPTIONS": {"MAX_ENTRIES": 20, "CULL_FREQUENCY": 2},
        }
    }
    full = caches["default"]
    full.set_many({f"cu:{number}": number for number in range(40)})
    full.set_many({"moi": 1})
    assert full.get("moi") == 1
    assert len(full.get_many([f"cu:{number}" for number in range(40)])) <= 21


def test_the_default_without_cache_url_is_the_shared_database_cache():
    from portal.settings import shared_database_cache

    config = shared_database_cache()
    assert config["BACKEND"] == "portal.cache.DatabaseCache"
    assert config["OPTIONS"]["MAX_ENTRIES"] == 50_000


def test_a_per_process_cache_with_several_workers_is_warned_of(settings):
    settings.CACHES = LOCAL
    settings.PORTAL_WORKERS = 2
    assert [warning.id for warning in cache_shared_by_the_workers(None)] == ["bantin.W001"]


def test_a_per_process_cache_with_one_worker_is_not_warned_of(settings):
    settings.CACHES = LOCAL
    settings.PORTAL_WORKERS = 1
    assert cache_shared_by_the_workers(None) == []


def test_the_shared_cache_with_several_workers_is_not_warned_of(settings, shared_cache):
    settings.PORTAL_WORKERS = 8
    assert cache_shared_by_the_workers(None) == []


@pytest.mark.parametrize(
    ("command_line", "concurrency", "workers"),
    [
        ("", "", 1),
        ("", "3", 3),
        ("-w 4 --bind 127.0.0.1:8000", "3", 4),
        ("--workers=5", "", 5),
        ("-w2", "", 2),
        ("--worker-class sync", "6", 6),
    ],
)
def test_workers_are_read_from_gunicorns_variables(monkeypatch, command_line, concurrency, workers):
    monkeypatch.setenv("GUNICORN_CMD_ARGS", command_line)
    if concurrency:
        monkeypatch.setenv("WEB_CONCURRENCY", concurrency)
    else:
        monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    assert configured_workers() == workers


def test_a_failing_database_cache_sends_a_cached_page_to_the_view_for_the_503_page(shared_cache):
    from .databases import unreachable
    from .factories import make_news_item
    from .wsgi import Portal

    url = make_news_item("Cầu treo Bản Khe").get_absolute_url()
    portal = Portal()

    def get():
        status, headers, _body, _queries = portal.get(url, count_queries=False)
        return {"status": status, "headers": headers}

    assert get()["status"] == 200 and get()["status"] == 200
    assert portal.reached_django == 1  # the second was answered from the cache
    with unreachable():
        answer = get()
    assert answer["status"] == 503 and answer["headers"]["Retry-After"] == "30"
    assert portal.reached_django == 2
