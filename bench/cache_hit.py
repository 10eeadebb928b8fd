"""What a cached page hit costs on each cache the portal can use, in one run.

    .venv/bin/python bench/cache_hit.py                 # a SQLite file of its own
    bin/with-postgres .venv/bin/python bench/cache_hit.py   # the database cache in PostgreSQL

One process, no HTTP: each hit is a call of the portal's WSGI application (portal/wsgi.py, whose
page cache middleware answers it, bantin/pagecache.py) for an article page that the cache holds,
as gunicorn would make it, and the body is read whole. The caches:

- ``database``: the embedded default, Django's database cache in the site's database
  (portal/cache.py), shared by every process of the machine;
- ``file``: Django's file-based cache in a temporary folder, also shared on one machine;
- ``locmem``: Django's local-memory cache, one per process (the reference: no I/O at all);
- ``redis``: production's, on a redis-server of the run's own (Debian package ``redis-server``)
  or ``--redis-url``; left out, and said so, when there is neither.

For each: the cache is emptied, every sampled article is requested once (a miss, which stores
it), each is checked to be answered by the page cache, then ``--rounds`` passes over
them, in a new random order each, are timed one hit at a time. Printed: median, mean and p99
microseconds per hit, hits per second of one process, and the size of a stored page.
"""

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
WORKDIR = Path(tempfile.mkdtemp(prefix="bench-cache-hit-"))
if not os.environ.get("DATABASE_URL"):
    os.environ["DATABASE_URL"] = f"sqlite:///{WORKDIR / 'bench.sqlite3'}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ["PORTAL_PAGE_CACHE_SECONDS"] = "3600"  # no page expires during the run
os.environ.pop("CACHE_URL", None)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import RequestFactory, override_settings  # noqa: E402

from bantin.models import NewsItem  # noqa: E402
from bantin.pagecache import PAGE_PREFIX  # noqa: E402
from portal.settings import redis_cache, shared_database_cache  # noqa: E402
from tests.wsgi import Portal  # noqa: E402 - the application, counting what passes the cache

SEED = 2026


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environ_of(path):
    environ = (
        RequestFactory(SERVER_NAME="localhost")
        .get(path, headers={"user-agent": "Mozilla/5.0 (bench)", "host": "localhost"})
        .environ
    )
    environ.pop("wsgi.input")
    return environ


def start_redis():
    binary = shutil.which("redis-server")
    if binary is None:
        return None, None
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - the Debian package's server
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--dir", str(WORKDIR)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _attempt in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.05)
    process.terminate()
    return None, None


def caches(redis_url):
    found = {
        "database": shared_database_cache(),
        "file": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(WORKDIR / "file-cache"),
            "OPTIONS": {"MAX_ENTRIES": 50_000, "CULL_FREQUENCY": 10},
        },
        "locmem": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 50_000},
        },
    }
    if redis_url:
        found["redis"] = redis_cache(redis_url)
    return found


def measure(name, config, paths, rounds):
    with override_settings(CACHES={"default": config}):
        cache.clear()
        portal = Portal()
        environs = [environ_of(path) for path in paths]
        for environ in environs:
            status, _headers, _body = portal.call(environ)
            assert status.startswith("200"), status
        misses = portal.reached_django
        for environ in environs:
            portal.call(environ)
        assert portal.reached_django == misses, f"{name}: a sampled page was not a hit"
        sample = cache.get(PAGE_PREFIX + _key_of(environs[0]))
        size = len(sample["content"]) if sample else 0
        timings = []
        order = random.Random(SEED)
        for _round in range(rounds):
            order.shuffle(environs)
            for environ in environs:
                started = time.perf_counter_ns()
                portal.call(environ)
                timings.append(time.perf_counter_ns() - started)
        assert portal.reached_django == misses
        cache.clear()
    timings.sort()
    micro = [t / 1000 for t in timings]
    return {
        "cache": name,
        "median": statistics.median(micro),
        "mean": statistics.fmean(micro),
        "p99": micro[int(len(micro) * 0.99) - 1],
        "per_second": 1_000_000 / statistics.fmean(micro),
        "page_kib": size / 1024,
        "hits": len(micro),
    }


def _key_of(environ):
    from django.core.handlers.wsgi import WSGIRequest

    from bantin.pagecache import page_key

    environ = dict(environ)
    environ["wsgi.input"] = __import__("io").BytesIO(b"")
    return page_key(WSGIRequest(environ))[len(PAGE_PREFIX) :]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=300, help="articles generated and sampled")
    parser.add_argument("--rounds", type=int, default=10, help="timed passes over the sample")
    parser.add_argument("--redis-url", default="", help="an existing Redis instead of our own")
    args = parser.parse_args()
    redis_process = None
    try:
        call_command("migrate", verbosity=0)
        call_command("load_demo", "--no-users", verbosity=0)
        call_command("generate_news", count=args.items, verbosity=0)
        ids = list(NewsItem.objects.published().values_list("pk", flat=True))
        chosen = random.Random(SEED).sample(ids, min(args.items, len(ids)))
        paths = [item.get_absolute_url() for item in NewsItem.objects.filter(pk__in=chosen)]
        redis_url = args.redis_url
        if not redis_url:
            redis_process, redis_url = start_redis()
        vendor = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
        print(f"database: {vendor}; {len(paths)} article pages, {args.rounds} rounds each")
        if not redis_url:
            print("redis: no redis-server found (apt-get install redis-server): left out")
        rows = [
            measure(name, config, paths, args.rounds) for name, config in caches(redis_url).items()
        ]
        print(
            f"{'cache':<10}{'median µs':>11}{'mean µs':>10}{'p99 µs':>10}{'hits/s':>10}{'page kB':>9}"
        )
        for row in rows:
            print(
                f"{row['cache']:<10}{row['median']:>11.0f}{row['mean']:>10.0f}{row['p99']:>10.0f}"
                f"{row['per_second']:>10.0f}{row['page_kib']:>9.1f}"
            )
    finally:
        if redis_process is not None:
            redis_process.terminate()
            redis_process.wait(timeout=10)
        shutil.rmtree(WORKDIR, ignore_errors=True)


if __name__ == "__main__":
    main()
