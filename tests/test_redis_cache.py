"""The portal on Redis, and without it: a real redis-server, stopped in the middle of the test.

With Redis down every cache call misses or is dropped (django-redis, IGNORE_EXCEPTIONS): pages
are built from the database, staff stay logged in (sessions are cached_db), nothing raises, and
each ignored error is logged.
"""

import logging
import os
import shutil
import subprocess
import time
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from bantin import renditions, roles, stats, workflow
from bantin.locks import cache_lock
from bantin.models import DailyViewCount, NewsItem
from portal.settings import redis_cache

from .databases import closed_port
from .factories import make_category, make_image, make_news_item, make_user

pytestmark = pytest.mark.django_db


class RedisServer:
    """A redis-server of the test's own: no persistence, in a temporary folder."""

    def __init__(self, binary, folder):
        self.binary, self.folder = binary, folder
        self.port = closed_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self):
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        return redis.Redis(
            host="127.0.0.1", port=self.port, socket_timeout=1, retry=Retry(NoBackoff(), 0)
        )

    def start(self):
        import redis

        self.process = subprocess.Popen(  # noqa: S603 - the Debian package's server
            [self.binary, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _attempt in range(100):
            try:
                if self.client().ping():
                    return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise AssertionError("redis-server did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def redis_server(tmp_path):
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is required under CI=true (apt-get install redis-server).")
        pytest.skip("redis-server is not installed (apt-get install redis-server).")
    server = RedisServer(binary, tmp_path)
    server.start()
    yield server
    if server.process.poll() is None:
        server.stop()


@pytest.fixture
def redis_cache_settings(redis_server, settings):
    """The portal's cache on that server, configured as production configures it."""
    settings.CACHES = {"default": redis_cache(redis_server.url)}
    return redis_server


@pytest.fixture
def content():
    section = make_category("Cải cách hành chính")
    item = make_news_item(
        "Ba Bể đẩy mạnh cải cách hành chính", category=section, lead_image=make_image()
    )
    return section, item


def reader_pages(section, item):
    return ["/", section.get_absolute_url(), item.get_absolute_url(), "/tim-kiem/?q=cai+cach"]


def test_pages_are_cached_in_redis(redis_cache_settings, content):
    section, item = content
    for path in reader_pages(section, item):
        assert Client().get(path).status_code == 200
    stored = redis_cache_settings.client().keys("*pagecache:page:*")
    assert len(stored) == 4


def test_pages_still_render_when_redis_is_stopped(redis_cache_settings, content, caplog):
    section, item = content
    for path in reader_pages(section, item):
        assert Client().get(path).status_code == 200
    redis_cache_settings.stop()

    started = time.monotonic()
    with caplog.at_level(logging.ERROR, logger="django_redis.cache"):
        responses = [Client().get(path) for path in reader_pages(section, item)]
    assert [response.status_code for response in responses] == [200, 200, 200, 200]
    assert "Ba Bể đẩy mạnh cải cách hành chính" in responses[2].content.decode()
    assert time.monotonic() - started < 10
    ignored = [record for record in caplog.records if record.name == "django_redis.cache"]
    assert ignored and all(record.msg == "Exception ignored" for record in ignored)


def test_staff_stay_logged_in_and_can_log_in_when_redis_is_stopped(redis_cache_settings):
    editor = make_user("bientapvien", role=roles.EDITOR)
    credentials = {"username": editor.username, "password": "mat-khau-thu-nghiem"}
    logged_in = Client()
    assert logged_in.post("/admin/login/?next=/admin/", credentials).status_code == 302
    assert logged_in.get("/admin/").status_code == 200
    redis_cache_settings.stop()

    assert logged_in.get("/admin/").status_code == 200
    assert logged_in.get("/admin/bantin/newsitem/").status_code == 200
    newcomer = Client()
    response = newcomer.post("/admin/login/?next=/admin/", credentials)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert newcomer.get("/admin/").status_code == 200


def test_publishing_and_counting_views_go_on_when_redis_is_stopped(redis_cache_settings, content):
    _section, item = content
    publisher = make_user(role=roles.PUBLISHER)
    draft = make_news_item(
        "Một cửa liên thông", status=NewsItem.Status.AWAITING_APPROVAL, publish_at=None
    )
    redis_cache_settings.stop()

    workflow.news_item_publish(
        item=draft, actor=publisher, publish_at=timezone.now() - timedelta(minutes=1)
    )
    assert "Một cửa liên thông" in Client().get("/").content.decode()
    beacon = Client().post(
        f"/luot-xem/{item.pk}/",
        {"token": stats.view_token(item.pk)},
        headers={
            "user-agent": "Mozilla/5.0 (Linux; Android 14)",
            "origin": "http://testserver",
            "sec-fetch-site": "same-origin",
        },
    )
    assert beacon.status_code == 204
    assert DailyViewCount.objects.get(news_item=item).count == 1


def test_renditions_are_built_without_waiting_for_a_lock_when_redis_is_stopped(
    redis_cache_settings, content
):
    _section, item = content
    image = item.lead_image
    redis_cache_settings.stop()
    started = time.monotonic()
    response = Client().get(renditions.url_of(image, "original", image.width, "webp"))
    assert response.status_code == 200 and response["Content-Type"] == "image/webp"
    assert time.monotonic() - started < 5  # the lock's 2,400 attempts are not waited out
    with cache_lock("unreachable") as locked:
        assert locked is False


def test_a_restarted_redis_is_used_again(redis_cache_settings, content):
    section, item = content
    redis_cache_settings.stop()
    assert Client().get(item.get_absolute_url()).status_code == 200
    redis_cache_settings.start()
    assert Client().get(item.get_absolute_url()).status_code == 200
    assert len(redis_cache_settings.client().keys("*pagecache:page:*")) == 1
