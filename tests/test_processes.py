"""The embedded default under several processes: two gunicorn workers and manage.py commands on
one machine, sharing one database and — with no CACHE_URL — the database cache (portal/cache.py).

Each server runs on a database of its own, made by ``manage.py migrate`` like a fresh install:
a SQLite file, or a new database on the PostgreSQL server the run uses. Content is made and read
back by ``manage.py shell`` processes; readers and the view beacon reach gunicorn over HTTP.
gunicorn's access log names the worker (its pid) that gave each answer.
"""

import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection

from .databases import closed_port
from .test_redis_cache import RedisServer

PROJECT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131 Mobile Safari/537.36"
BOOT_SECONDS = 60
CRAWL_PAGES = 300
BEACONS = 2000
BEACON_ITEMS = 20


class Database:
    """A database of the test's own, on the run's engine, dropped afterwards."""

    def __init__(self, folder):
        self.vendor = connection.vendor
        self.name = f"portal_processes_{secrets.token_hex(4)}"
        if self.vendor == "sqlite":
            self.url = f"sqlite:///{folder / 'portal.sqlite3'}"
            return
        config = settings.DATABASES["default"]
        self.server = {
            "host": config["HOST"] or "127.0.0.1",
            "port": config["PORT"] or 5432,
            "user": config["USER"],
            "password": config["PASSWORD"],
        }
        credentials = config["USER"] + (f":{config['PASSWORD']}" if config["PASSWORD"] else "")
        self.url = (
            f"postgres://{credentials}@{self.server['host']}:{self.server['port']}/{self.name}"
        )
        self._execute(f'CREATE DATABASE "{self.name}"')

    def _execute(self, sql):
        import psycopg2

        maintenance = psycopg2.connect(dbname="postgres", **self.server)
        maintenance.autocommit = True
        try:
            with maintenance.cursor() as cursor:
                cursor.execute(sql)
        finally:
            maintenance.close()

    def drop(self):
        if self.vendor != "sqlite":
            self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


class Site:
    """One migrated database with content, and gunicorn with two workers serving it."""

    def __init__(self, folder, database, cache_url=""):
        self.folder, self.database = folder, database
        self.port = closed_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.access_log = folder / "access.log"
        self.env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("CACHE_URL", "DATABASE_REPLICA_URL", "GUNICORN_CMD_ARGS")
        }
        self.env.update(
            DATABASE_URL=database.url,
            DJANGO_ALLOWED_HOSTS="127.0.0.1",
            DJANGO_BEHIND_PROXY="true",  # beacons name their reader's address in X-Real-IP
            MEDIA_ROOT=str(folder / "media"),
            PORTAL_BASE_URL=self.url,
            WEB_CONCURRENCY="2",
        )
        if cache_url:
            self.env["CACHE_URL"] = cache_url
        self.server = None

    def manage(self, *args):
        result = subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", *args],
            cwd=PROJECT,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def shell(self, code):
        """Run ``code`` in a ``manage.py shell`` process; what it prints as JSON, read back."""
        return json.loads(self.manage("shell", "-c", code).strip().splitlines()[-1])

    def start(self):
        self.server = subprocess.Popen(  # noqa: S603 - the project's own gunicorn
            [str(GUNICORN), "--workers", "2", "--bind", f"127.0.0.1:{self.port}",
             "--access-logfile", str(self.access_log),
             "--access-logformat", "%(p)s %(m)s %(U)s %(s)s",
             "portal.wsgi:application"],
            cwd=PROJECT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "gunicorn.log").open("w"),
        )  # fmt: skip
        deadline = time.monotonic() + BOOT_SECONDS
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/healthz", timeout=10).status_code == 200:
                    return
            except requests.RequestException:  # not listening yet, or still loading Django
                time.sleep(0.2)
        raise AssertionError((self.folder / "gunicorn.log").read_text())

    def stop(self):
        if self.server is not None and self.server.poll() is None:
            self.server.terminate()
            self.server.wait(timeout=30)

    def get(self, path, **kwargs):
        # A new connection each time: gunicorn hands it to whichever worker accepts first.
        headers = {"user-agent": BROWSER, "connection": "close", **kwargs.pop("headers", {})}
        return requests.get(self.url + path, headers=headers, timeout=30, **kwargs)

    def answers(self, path):
        """(worker pid, status) of every answer to GET ``path`` in the access log so far."""
        found = []
        for line in self.access_log.read_text().splitlines():
            pid, method, url, status = line.split()
            if method == "GET" and url == path:
                found.append((pid, int(status)))
        return found


def require_gunicorn():
    if not GUNICORN.exists():
        pytest.fail("gunicorn is part of the project's test setup (make setup).")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The embedded default, CACHE_URL unset: the database cache every process shares."""
    require_gunicorn()
    folder = tmp_path_factory.mktemp("processes")
    database = Database(folder)
    site = Site(folder, database)
    try:
        site.manage("migrate", "--noinput", "--verbosity", "0")
        site.manage("load_demo", "--no-users", "--verbosity", "0")
        site.manage("generate_news", "--count", str(CRAWL_PAGES), "--verbosity", "0")
        site.shell(PUBLISHER)
        site.start()
        yield site
    finally:
        site.stop()
        database.drop()


PUBLISHER = """
import json
from tests.factories import make_user
from bantin import roles
make_user("nguoiduyet", role=roles.PUBLISHER)
print(json.dumps(True))
"""

NEW_ITEM = """
import json
from bantin.models import Category
from tests.factories import make_news_item
item = make_news_item({title!r}, category=Category.objects.active().first())
print(json.dumps([item.pk, item.get_absolute_url()]))
"""


def new_item(site, title):
    return site.shell(NEW_ITEM.format(title=title))


def warm_in_both_workers(site, path, text):
    """Ask for the page until both workers have answered it (each then holds it, if the
    cache were per process)."""
    for _attempt in range(200):
        response = site.get(path)
        assert response.status_code == 200 and text in response.text
        if len({pid for pid, status in site.answers(path) if status == 200}) == 2:
            return
    raise AssertionError("one worker answered every request")


def logged_in_publisher(site):
    session = requests.Session()
    session.headers["user-agent"] = BROWSER
    login = session.get(site.url + "/admin/login/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text)[1]
    session.post(
        site.url + "/admin/login/?next=/admin/",
        {"username": "nguoiduyet", "password": "mat-khau-thu-nghiem",
         "csrfmiddlewaretoken": token},
        headers={"referer": site.url + "/admin/login/"},
        timeout=30,
    )  # fmt: skip
    return session


def unpublish_through_the_admin(site, pk):
    session = logged_in_publisher(site)
    step = f"/admin/bantin/newsitem/{pk}/buoc/unpublish/"
    form = session.get(site.url + step, timeout=30)
    assert form.status_code == 200, form.text[:500]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)[1]
    done = session.post(
        site.url + step,
        {"csrfmiddlewaretoken": token, "comment": "Gỡ xuống để sửa"},
        headers={"referer": site.url + step},
        timeout=30,
        allow_redirects=False,
    )
    assert done.status_code == 302, done.text[:500]


def every_later_answer_is_404(site, path):
    before = len(site.answers(path))
    # Which worker accepts a connection is the kernel's choice: on a busy machine one worker may
    # take many in a row, so ask until both have answered (bounded).
    for n in range(400):
        assert site.get(path).status_code == 404
        later = site.answers(path)[before:]
        if n >= 39 and len({pid for pid, _status in later}) == 2:
            break
    assert {status for _pid, status in later} == {404}
    assert len({pid for pid, _status in later}) == 2  # both workers answered


def test_an_unpublish_through_one_worker_is_a_404_from_both(site):
    pk, path = new_item(site, "Hội nghị tổng kết công tác cải cách hành chính")
    warm_in_both_workers(site, path, "Hội nghị tổng kết")
    unpublish_through_the_admin(site, pk)
    every_later_answer_is_404(site, path)


def test_an_edit_by_a_manage_py_process_is_served_at_once(site):
    pk, path = new_item(site, "Khai giảng năm học mới")
    warm_in_both_workers(site, path, "Khai giảng năm học mới")
    site.shell(
        "import json\nfrom bantin.models import NewsItem\n"
        f"item = NewsItem.objects.get(pk={pk})\n"
        "item.title = 'Khai giảng năm học mới tại xã Nam Mẫu'\nitem.save()\n"
        "print(json.dumps(True))"
    )
    before = len(site.answers(path))
    for _n in range(20):
        assert "Khai giảng năm học mới tại xã Nam Mẫu" in site.get(path).text
    assert len({pid for pid, _status in site.answers(path)[before:]}) == 2


ARTICLES = """
import json
from bantin.models import NewsItem
items = NewsItem.objects.published().order_by("-publish_at")[:{count}]
print(json.dumps([[item.pk, item.get_absolute_url()] for item in items]))
"""

COUNTS = """
import json
from django.db.models import Sum
from bantin.models import DailyViewCount
rows = DailyViewCount.objects.values("news_item_id").annotate(total=Sum("count"))
print(json.dumps({row["news_item_id"]: row["total"] for row in rows}))
"""


def token_of(site, path):
    return re.search(r'data-view-token="([^"]+)"', site.get(path).text)[1]


def send_beacon(site, pk, token, address):
    return requests.post(
        f"{site.url}/luot-xem/{pk}/",
        data={"token": token},
        headers={
            "user-agent": BROWSER,
            "origin": site.url,
            "sec-fetch-site": "same-origin",
            "x-real-ip": address,
            "connection": "close",
        },
        timeout=60,
    ).status_code


def test_2000_beacons_during_a_300_page_crawl_all_reach_the_daily_counts(site):
    articles = site.shell(ARTICLES.format(count=CRAWL_PAGES))
    assert len(articles) == CRAWL_PAGES
    counted = articles[:BEACON_ITEMS]
    tokens = {pk: token_of(site, path) for pk, path in counted}
    before = {int(pk): n for pk, n in site.shell(COUNTS).items()}
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        crawl = [pool.submit(site.get, path) for _pk, path in articles]
        beacons = [
            pool.submit(
                send_beacon,
                site,
                counted[n % BEACON_ITEMS][0],
                tokens[counted[n % BEACON_ITEMS][0]],
                f"10.{n // 250}.{n % 250}.1",
            )
            for n in range(BEACONS)
        ]
        assert [future.result().status_code for future in crawl] == [200] * CRAWL_PAGES
        assert [future.result() for future in beacons] == [204] * BEACONS
    elapsed = time.monotonic() - started
    after = {int(pk): n for pk, n in site.shell(COUNTS).items()}
    added = {pk: after.get(pk, 0) - before.get(pk, 0) for pk, _path in counted}
    print(f"{BEACONS} beacons and {CRAWL_PAGES} pages in {elapsed:.1f} s on {site.database.vendor}")
    assert added == {pk: BEACONS // BEACON_ITEMS for pk, _path in counted}


def test_one_addresss_ceiling_holds_across_both_workers(site):
    site.stop()
    site.env["PORTAL_VIEW_ADDRESS_RATE"] = "25/h"
    site.start()
    articles = site.shell(ARTICLES.format(count=100))
    tokens = [(pk, token_of(site, path)) for pk, path in articles]
    before = sum(site.shell(COUNTS).values())
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(
            pool.map(lambda pair: send_beacon(site, pair[0], pair[1], "198.51.100.77"), tokens)
        )
    assert sorted(answers) == [204] * 25 + [429] * 75
    assert sum(site.shell(COUNTS).values()) - before == 25


@pytest.fixture
def redis_site(tmp_path):
    """The same, with production's cache: a real redis-server (tests/test_redis_cache.py)."""
    require_gunicorn()
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is required under CI=true (apt-get install redis-server).")
        pytest.skip("redis-server is not installed (apt-get install redis-server).")
    redis = RedisServer(binary, tmp_path)
    redis.start()
    database = Database(tmp_path)
    site = Site(tmp_path, database, cache_url=redis.url)
    try:
        site.manage("migrate", "--noinput", "--verbosity", "0")
        site.manage("load_demo", "--no-users", "--verbosity", "0")
        site.shell(PUBLISHER)
        site.start()
        yield site
    finally:
        site.stop()
        database.drop()
        redis.stop()


def test_on_redis_an_unpublish_through_one_worker_is_a_404_from_both(redis_site):
    pk, path = new_item(redis_site, "Lễ hội đền Thác Đấng")
    warm_in_both_workers(redis_site, path, "Lễ hội đền Thác Đấng")
    unpublish_through_the_admin(redis_site, pk)
    every_later_answer_is_404(redis_site, path)
