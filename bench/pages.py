"""Page-speed benchmark: requests per second, p50 and p99 of the public pages under load.

    # SQLite (a file database of its own):
    DATABASE_URL=sqlite:////tmp/bench-pages.sqlite3 .venv/bin/python bench/pages.py --count 100000
    # PostgreSQL (a throwaway server):
    bin/with-postgres .venv/bin/python bench/pages.py --count 100000
    # A quick check that everything runs:
    DATABASE_URL=sqlite:////tmp/bench-pages-small.sqlite3 .venv/bin/python bench/pages.py \\
        --count 2000 --duration 3

Needs nginx and wrk (Debian packages `nginx wrk`) and gunicorn in the venv
(`.venv/bin/pip install gunicorn`, or the project's `production` extra).

One run:

1. With --count N, migrates, loads the demo and generates items up to N published ones, as
   bench/search.py does; collects the static files into a temporary STATIC_ROOT when WhiteNoise
   or a manifest storage needs them.
2. Counts the queries of each page type in-process (django.test.Client, page cache off), with
   every block rendered and with the fragment cache warm.
3. Drives each page type with wrk for --duration seconds over --connections connections; each
   request picks its URL at random from the page type's list (2,000 random published articles,
   home, the biggest section's page 1 and page 500 or its last, 25 searches). Every page type
   is measured against gunicorn (2 sync workers) with the page and fragment caches off
   (PORTAL_PAGE_CACHE=off PORTAL_FRAGMENT_CACHE=off: "uncached", every block rendered as on the
   first request after a restart), with the page cache off and the fragment cache filled by the
   same passes as the page cache ("page off, fragments"), against gunicorn with both on once
   every URL has been requested ("cached"), and through an nginx micro-cache in front of the
   latter; the portal on its default settings (its own cache: a table of the database unless
   CACHE_URL is set; the default page lifetime) warmed by one pass over the articles
   ("default settings"); and the same while this process publishes one of the drafts every 10
   s through the ORM ("publish every 10 s": each publication makes every article page stale,
   as every one shows the newest items). References: nginx serving a saved copy
   of an article page (the limit), the article through nginx without its cache, and gunicorn
   serving the saved bytes from a minimal WSGI app (the bare WSGI app: gunicorn's own cost), and
   the bare view the targets are ratios to: a Django view of the project, behind its whole
   middleware (page cache off), answering the saved bytes without a query or a template.
   --only names the scenarios to run (the bare view always runs).
4. Reads each gunicorn worker's resident memory before the load (after warm-up) and after it.
5. Prints one table and the targets as PASS/FAIL lines.

The servers inherit the environment, DATABASE_URL included. Without CACHE_URL they get a
local-memory cache (one per worker) large enough for every sampled page; set CACHE_URL=redis://…
to measure production's shared cache. Without PORTAL_PAGE_CACHE_SECONDS, pages stay cached for
the whole run. Every process and temporary file is removed on exit, also after an error, Ctrl-C
or SIGTERM.
"""

import argparse
import logging
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from string import Template
from urllib.parse import urlencode

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
# Queries are counted in this process with the page cache off, as in the "uncached" server.
os.environ["PORTAL_PAGE_CACHE"] = "off"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.urls import reverse  # noqa: E402

from bantin.models import Category, NewsItem  # noqa: E402
from bench import wrk  # noqa: E402
from bench.search import QUERIES  # noqa: E402

GUNICORN = Path(sys.executable).with_name("gunicorn")
NGINX_TEMPLATE = Path(__file__).with_name("nginx.conf.template")
#: nginx lives in /usr/sbin, which is not on every user's PATH.
SYSTEM_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])

SEED = 2026
ARTICLE_SAMPLE = 2000
#: 25 of bench/search.py's 50 queries: with and without diacritics, phrases, names, acronyms.
SEARCH_QUERIES = QUERIES[::2]
DEEP_PAGE = 500
#: Primary keys per query when turning sampled ids into URLs (SQLite bounds a query's params).
ID_BATCH = 500
WORKERS = 2
#: How long nginx keeps a page that sets no Cache-Control or Expires of its own.
MICRO_CACHE_SECONDS = 1
#: nginx writes its cache-status log at least this often (see nginx.conf.template).
LOG_FLUSH_SECONDS = 1
BOOT_SECONDS = 60
STOP_SECONDS = 10
WARM_UP_THREADS = 4
#: Passes over every URL, each in a new random order, to fill the page cache. Each worker has
#: a local-memory cache of its own (unless CACHE_URL is shared) and a request reaches whichever
#: worker is free, so after n passes a worker lacks a given page with a probability near 2**-n.
WARM_UP_PASSES = 10
#: The page cache lifetime given to the servers unless PORTAL_PAGE_CACHE_SECONDS is set: long
#: enough that no page warmed at the start expires before the last scenario.
PAGE_CACHE_SECONDS = 3600
REQUEST_TIMEOUT_SECONDS = 30
DRAIN_TIMEOUT_SECONDS = 300
#: Entries of the local-memory cache given to the servers when CACHE_URL is not set: the
#: default (300 per worker) cannot hold the 2,000 sampled articles with their tags.
LOCAL_CACHE_ENTRIES = 20_000

UNCACHED_ARTICLE_MIN_RATE = 340
UNCACHED_ARTICLE_MAX_P99_MS = 100
DEEP_PAGE_MIN_SHARE_OF_FIRST = 0.8
CACHED_ARTICLE_MIN_SHARE_OF_BARE = 0.9
MICRO_CACHE_MIN_SHARE_OF_STATIC = 0.5
MEMORY_GROWTH_SHARE = 0.10
MEMORY_GROWTH_KIB = 20 * 1024

#: Ratios to the bare view (issue 16's targets).
FRAGMENTS_ARTICLE_MIN_SHARE_OF_BARE = 0.25
FRAGMENTS_LISTING_MIN_SHARE_OF_BARE = 0.2
COLD_ARTICLE_MIN_SHARE_OF_BARE = 0.07
PUBLISHING_ARTICLE_MIN_SHARE_OF_BARE = 0.25
DEFAULT_ARTICLE_MIN_SHARE_OF_BARE = 0.5
#: A new item is published this often during the "publishing" scenario.
PUBLISH_EVERY_SECONDS = 10
#: That scenario lasts at least this long, so that several publications fall in it.
PUBLISHING_MIN_SECONDS = 30

UNCACHED, CACHED, MICRO_CACHE = "uncached", "cached", "nginx micro-cache"
#: The page cache off, every block and frame in the fragment cache.
FRAGMENTS = "page off, fragments"
DEFAULTS = "default settings"
PUBLISHING = f"publish every {PUBLISH_EVERY_SECONDS} s"
PROXY, STATIC, BARE = "nginx proxy, no cache", "nginx static", "gunicorn"


#: The bare WSGI app: gunicorn answers every request with the saved article page, nothing else.
BARE_APP = """\
from pathlib import Path

BODY = (Path(__file__).parent / "site" / "article.html").read_bytes()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
"""


#: The reference the targets are ratios to: a Django view of the project, behind its whole
#: middleware, answering the saved article's bytes (no query, no template).
BARE_DJANGO_SETTINGS = """\
from portal.settings import *  # noqa: F403

ROOT_URLCONF = "bare_django_urls"
"""
BARE_DJANGO_URLS = """\
from pathlib import Path

from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns

BODY = (Path(__file__).parent / "site" / "article.html").read_bytes()


def article(request):
    return HttpResponse(BODY)


# The project's own addresses too: its middleware names some of them (the admin's, the site's).
urlpatterns = [path("bare/", article), *portal_urlpatterns]
"""


class NginxTemplate(Template):
    # nginx's own variables start with "$".
    delimiter = "@"


@dataclass
class Server:
    name: str
    process: subprocess.Popen
    url: str
    log: Path
    memory_start: dict = field(default_factory=dict)
    memory_end: dict = field(default_factory=dict)


@dataclass
class Result:
    scenario: str
    mode: str
    rate: float
    p50_ms: float
    p99_ms: float
    status_errors: int
    socket_errors: int
    cache_statuses: Counter | None = None


# Preparing ------------------------------------------------------------------------------------


def check_tools():
    """Stop at once, saying what to install, when nginx, wrk or gunicorn is missing."""
    missing = []
    if not shutil.which("nginx", path=SYSTEM_PATH):
        missing.append("nginx (apt-get install nginx)")
    if not shutil.which("wrk"):
        missing.append("wrk (apt-get install wrk)")
    if not GUNICORN.exists():
        missing.append(f"gunicorn ({Path(sys.executable).parent}/pip install gunicorn)")
    if missing:
        sys.exit("bench/pages.py needs " + ", ".join(missing))


def prepare_data(count):
    if not count:
        return
    call_command("migrate", verbosity=0)
    if not NewsItem.objects.exists():
        call_command("load_demo", "--no-users", verbosity=0)
    missing = count - NewsItem.objects.published().count()
    if missing > 0:
        start = time.perf_counter()
        call_command("generate_news", count=missing, verbosity=0)
        print(f"generate_news --count {missing}: {time.perf_counter() - start:.0f} s")


def collect_static(workdir):
    """The environment the servers need for static files: a STATIC_ROOT of their own, filled
    by collectstatic, when WhiteNoise serves it or a manifest storage renders its names."""
    storage = settings.STORAGES["staticfiles"]["BACKEND"]
    whitenoise = any("whitenoise" in name.lower() for name in settings.MIDDLEWARE)
    if not whitenoise and "manifest" not in storage.lower():
        print("static files: served by neither WhiteNoise nor a manifest storage, not collected")
        return {}
    static_root = workdir / "static"
    env = {**os.environ, "STATIC_ROOT": str(static_root)}
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=PROJECT,
        env=env,
        check=True,
    )
    print(f"static files: collected into {static_root}")
    return {"STATIC_ROOT": str(static_root)}


def cache_settings():
    """The servers' cache: the environment's CACHE_URL, or a local-memory cache large enough;
    and a page lifetime that outlasts the run, unless the environment sets one."""
    env = {
        "CACHE_URL": os.environ.get("CACHE_URL")
        or f"locmemcache://bench-pages?max_entries={LOCAL_CACHE_ENTRIES}",
        "PORTAL_PAGE_CACHE_SECONDS": os.environ.get("PORTAL_PAGE_CACHE_SECONDS")
        or str(PAGE_CACHE_SECONDS),
    }
    print("cache: " + ", ".join(f"{name}={value}" for name, value in env.items()))
    return env


def article_paths(count):
    """The URLs of ``count`` published articles drawn at random (the same ones every run)."""
    published = NewsItem.objects.published()
    ids = list(published.order_by("pk").values_list("pk", flat=True))
    chosen = random.Random(SEED).sample(ids, min(count, len(ids)))
    paths = []
    for start in range(0, len(chosen), ID_BATCH):
        batch = published.filter(pk__in=chosen[start : start + ID_BATCH]).only("pk", "slug")
        paths += [item.get_absolute_url() for item in batch]
    return paths


def biggest_section():
    published = NewsItem.objects.published()
    return max(Category.objects.active(), key=lambda s: published.in_section(s).count())


def deepest_page(client, url, wanted):
    """``wanted`` if the list has that page, else its last page (found by bisection)."""

    def exists(number):
        return client.get(f"{url}?page={number}").status_code == 200

    # Pages past the end answer 404, which django.request would log one by one.
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        if exists(wanted):
            return wanted
        found, missing = 1, wanted
        while missing - found > 1:
            middle = (found + missing) // 2
            if exists(middle):
                found = middle
            else:
                missing = middle
        return found
    finally:
        logger.setLevel(level)


def page_paths(client):
    """Each page type's URLs, the requests of a scenario picking among them at random."""
    section = biggest_section()
    section_url = section.get_absolute_url()
    deep = deepest_page(client, section_url, DEEP_PAGE)
    if deep != DEEP_PAGE:
        print(f"{section_url} has no page {DEEP_PAGE}; its last page, {deep}, stands in")
    search_url = reverse("bantin:search")
    return {
        "article": article_paths(ARTICLE_SAMPLE),
        "home": [reverse("bantin:home")],
        "section p1": [section_url],
        f"section p{deep}": [f"{section_url}?page={deep}"],
        "search": [f"{search_url}?{urlencode({'q': query})}" for query in SEARCH_QUERIES],
    }


def count_queries(client, pages, *, fragments):
    """Queries of each page type's first URL, rendered once before to fill the caches."""
    counts = {}
    with override_settings(PORTAL_FRAGMENT_CACHE=fragments):
        for page, paths in pages.items():
            client.get(paths[0])
            with CaptureQueriesContext(connection) as queries:
                response = client.get(paths[0])
            if response.status_code != 200:
                raise RuntimeError(f"{paths[0]} answered {response.status_code}")
            counts[page] = len(queries)
    return counts


# Processes and load ---------------------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def tail(log, lines=20):
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def fetch(url, *, timeout=REQUEST_TIMEOUT_SECONDS):
    """Status of a GET of ``url``, and its body."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def answers(url):
    try:
        fetch(url)
    except OSError:
        return False
    return True


def stop(process):
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(STOP_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def worker_ids(master):
    """The ids of the processes whose parent is ``master``."""
    children = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines())
        except (OSError, ValueError):
            continue
        if int(fields.get("PPid", "0")) == master:
            children.append(int(status.parent.name))
    return sorted(children)


def worker_memory(server):
    """Resident memory of each worker of ``server``, in KiB, by process id."""
    memory = {}
    for pid in worker_ids(server.process.pid):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                memory[pid] = int(line.split()[1])
    return memory


def warm_up(base_url, paths, *, passes):
    """Request every path ``passes`` times, a few at a time; the statuses seen, counted."""
    # Shuffled, so that which worker serves a path in one pass says nothing of the next.
    rng = random.Random(SEED)
    order = [path for _ in range(passes) for path in rng.sample(paths, len(paths))]
    pool = ThreadPoolExecutor(WARM_UP_THREADS)
    try:
        return Counter(pool.map(lambda path: fetch(base_url + path)[0], order))
    finally:
        # After Ctrl-C, drop the requests not sent yet instead of waiting for them all.
        pool.shutdown(cancel_futures=True)


def check_statuses(what, statuses):
    failed = {status: n for status, n in statuses.items() if status >= 400}
    if failed:
        print(f"  warning: {what}: answered {failed} during warm-up")


def touch_every_page(server, pages):
    """A few requests for each page type, so that the imports and template loading of a
    worker's first requests do not count as growth of its memory."""
    statuses = Counter()
    for paths in pages.values():
        statuses += warm_up(server.url, paths[:1], passes=WORKERS * 2)
    check_statuses(server.name, statuses)


def drain(server):
    """Wait until ``server`` has served what the last wrk run left in its listen queue: sync
    workers answer every queued request, even on a connection closed since, before a new one."""
    fetch(server.url + "/", timeout=DRAIN_TIMEOUT_SECONDS)


class Bench:
    """One run: its temporary folder, the processes it started, and wrk's settings."""

    def __init__(self, workdir, *, duration, connections, threads):
        self.workdir = workdir
        self.duration = duration
        self.connections = connections
        self.threads = threads
        self.started = []

    def stop_all(self):
        for process in reversed(self.started):
            stop(process)

    def start(self, command, *, log, env=None):
        with open(log, "ab") as output:
            # A session of its own: Ctrl-C reaches only this script, which stops it in order.
            process = subprocess.Popen(  # noqa: S603 (our own command lines)
                command,
                cwd=PROJECT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.started.append(process)
        return process

    def wait_until_serving(self, process, url, log, *, workers=0):
        """Wait for an HTTP answer from ``url`` (any status) and for ``workers`` workers."""
        deadline = time.monotonic() + BOOT_SECONDS
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"{log.name}: exited with {process.returncode}:\n{tail(log)}")
            if len(worker_ids(process.pid)) >= workers and answers(url):
                return
            time.sleep(0.1)
        raise RuntimeError(f"{log.name}: not serving {url} after {BOOT_SECONDS} s:\n{tail(log)}")

    def start_gunicorn(self, name, app, env_changes):
        """gunicorn serving ``app`` in this environment changed by ``env_changes`` (None
        unsets a variable)."""
        port = free_port()
        log = self.workdir / f"gunicorn-{name.replace(' ', '-')}.log"
        command = [
            str(GUNICORN),
            app,
            f"--workers={WORKERS}",
            "--worker-class=sync",
            f"--bind=127.0.0.1:{port}",
            f"--pythonpath={self.workdir}",
            "--graceful-timeout=5",
        ]
        env = dict(os.environ)
        for key, value in env_changes.items():
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
        process = self.start(command, log=log, env=env)
        url = f"http://127.0.0.1:{port}"
        self.wait_until_serving(process, url + "/", log, workers=WORKERS)
        return Server(name, process, url, log)

    def start_portal(self, name, *, page_cache, env, fragments=False, settings_module=None):
        return self.start_gunicorn(
            name,
            "portal.wsgi",
            {
                **env,
                "DJANGO_SETTINGS_MODULE": settings_module or "portal.settings",
                "DJANGO_DEBUG": "false",
                "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
                "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
                # Unset is the app's default: on.
                "PORTAL_PAGE_CACHE": None if page_cache else "off",
                # Without either cache every block is rendered: the first request after a
                # restart, with every cache empty.
                "PORTAL_FRAGMENT_CACHE": None if page_cache or fragments else "off",
            },
        )

    def stop_server(self, server):
        """Stop gunicorn, showing the end of its log if a request failed with a traceback."""
        stop(server.process)
        if "Traceback" in server.log.read_text(errors="replace"):
            print(f"  warning: {server.name} server logged errors; its log ends with:")
            print(tail(server.log))

    def start_nginx(self, gunicorn):
        """nginx in front of ``gunicorn``; its process and the URL of each of its servers."""
        ports = {
            "static_port": free_port(),
            "proxy_port": free_port(),
            "micro_cache_port": free_port(),
        }
        config = NginxTemplate(NGINX_TEMPLATE.read_text()).substitute(
            workdir=self.workdir,
            site_root=self.workdir / "site",
            gunicorn_port=gunicorn.url.rsplit(":", 1)[1],
            micro_cache_seconds=MICRO_CACHE_SECONDS,
            # As root, nginx's workers would otherwise run as nobody, who cannot read the
            # temporary folder.
            user_directive="user root;" if os.geteuid() == 0 else "",
            **ports,
        )
        config_file = self.workdir / "nginx.conf"
        config_file.write_text(config)
        log = self.workdir / "nginx-error.log"
        nginx = shutil.which("nginx", path=SYSTEM_PATH)
        command = [nginx, "-p", str(self.workdir), "-c", str(config_file), "-e", str(log)]
        process = self.start(command, log=log)
        urls = {
            name.removesuffix("_port"): f"http://127.0.0.1:{port}" for name, port in ports.items()
        }
        for url in urls.values():
            self.wait_until_serving(process, url + "/", log)
        return process, urls

    def run_wrk(self, base_url, paths):
        """wrk's summary of --duration seconds of requests to ``paths`` at ``base_url``."""
        return wrk.run(
            base_url,
            paths,
            workdir=self.workdir,
            duration=self.duration,
            connections=self.connections,
            threads=self.threads,
            seed=SEED,
        )

    def measure(self, server, scenario, mode, paths, *, front=None, cache_log=None):
        """Load ``server`` (a gunicorn), or the nginx ``front`` URL before it, with wrk."""
        drain(server)
        offset = 0
        if cache_log:
            time.sleep(LOG_FLUSH_SECONDS + 0.5)  # what nginx still holds of earlier requests
            offset = cache_log.stat().st_size
        summary = self.run_wrk(front or server.url, paths)
        result = Result(
            scenario=scenario,
            mode=mode,
            rate=summary["requests"] / (summary["duration_us"] / 1e6),
            p50_ms=summary["p50_us"] / 1000,
            p99_ms=summary["p99_us"] / 1000,
            status_errors=summary["status_errors"],
            socket_errors=summary["socket_errors"],
        )
        if cache_log:
            time.sleep(LOG_FLUSH_SECONDS + 0.5)
            with open(cache_log) as log:
                log.seek(offset)
                result.cache_statuses = Counter(log.read().split())
        errors = result.status_errors + result.socket_errors
        print(
            f"  {scenario:<14} {mode:<22} {result.rate:>9.0f} req/s, p99 {result.p99_ms:.1f} ms"
            + (f", {errors} errors" if errors else "")
        )
        return result


# Scenarios ------------------------------------------------------------------------------------


def run_uncached(bench, pages, env):
    server = bench.start_portal(UNCACHED, page_cache=False, env=env)
    touch_every_page(server, pages)
    save_article_copy(bench, server, pages["article"][0])
    server.memory_start = worker_memory(server)
    results = [bench.measure(server, page, UNCACHED, paths) for page, paths in pages.items()]
    server.memory_end = worker_memory(server)
    bench.stop_server(server)
    return server, results


def run_fragments(bench, pages, env):
    """The page cache off, the fragment cache filled by as many passes as the page cache."""
    server = bench.start_portal(FRAGMENTS, page_cache=False, fragments=True, env=env)
    touch_every_page(server, pages)
    fill(server, pages, env, what="fragments")
    server.memory_start = worker_memory(server)
    save_article_copy(bench, server, pages["article"][0])
    results = [bench.measure(server, page, FRAGMENTS, paths) for page, paths in pages.items()]
    server.memory_end = worker_memory(server)
    bench.stop_server(server)
    return server, results


def fill(server, pages, env, *, what):
    # One pass fills a cache the workers share (Redis); each worker's own needs several.
    passes = WARM_UP_PASSES if env["CACHE_URL"].startswith("locmem") else 1
    for page, paths in pages.items():
        start = time.perf_counter()
        check_statuses(page, warm_up(server.url, paths, passes=passes))
        print(
            f"  {what} filled: {page}, {len(paths)} URLs × {passes} passes, "
            f"{time.perf_counter() - start:.0f} s"
        )


def save_article_copy(bench, server, path):
    """The bytes the bare view and nginx's static server answer with: one article's page."""
    if (bench.workdir / "site" / "article.html").exists():
        return
    status, html = fetch(server.url + path)
    if status != 200:
        raise RuntimeError(f"{path} answered {status}:\n{tail(server.log)}")
    (bench.workdir / "site").mkdir(exist_ok=True)
    (bench.workdir / "site" / "article.html").write_bytes(html)


def run_cached(bench, pages, env):
    """The cached portal, direct and behind nginx, and the saved copy served by nginx."""
    server = bench.start_portal(CACHED, page_cache=True, env=env)
    touch_every_page(server, pages)
    fill(server, pages, env, what="page cache")
    # Taken once the cache is full: what it holds is not growth under load.
    server.memory_start = worker_memory(server)
    save_article_copy(bench, server, pages["article"][0])
    nginx, fronts = bench.start_nginx(server)
    results = [
        bench.measure(server, "static copy", STATIC, ["/article.html"], front=fronts["static"])
    ]
    for page, paths in pages.items():
        results.append(bench.measure(server, page, CACHED, paths))
    results.append(bench.measure(server, "article", PROXY, pages["article"], front=fronts["proxy"]))
    cache_log = bench.workdir / "nginx-cache-status.log"
    cache_log.touch()
    for page, paths in pages.items():
        # Once through nginx first: a key's first requests wait on proxy_cache_lock, which
        # nginx checks every 500 ms, and wrk's correction for them would fill the p99.
        check_statuses(page, warm_up(fronts["micro_cache"], paths, passes=1))
        results.append(
            bench.measure(
                server, page, MICRO_CACHE, paths, front=fronts["micro_cache"], cache_log=cache_log
            )
        )
    server.memory_end = worker_memory(server)
    stop(nginx)
    bench.stop_server(server)
    return server, results


def shared_cache_env():
    """The cache of this process and of the servers alike, so that a publication here reaches
    them: CACHE_URL when it is set (Redis), else the embedded default, the database cache."""
    return {"CACHE_URL": os.environ.get("CACHE_URL") or None}


def empty_shared_cache():
    from django.core.cache import cache

    cache.clear()


def run_defaults(bench, pages, env):
    """The portal as installed: its own cache (a table of the database, unless CACHE_URL says
    otherwise) and page lifetime, warmed by one pass over the articles."""
    empty_shared_cache()
    server = bench.start_portal(
        DEFAULTS,
        page_cache=True,
        env={**env, **shared_cache_env(), "PORTAL_PAGE_CACHE_SECONDS": None},
    )
    touch_every_page(server, pages)
    check_statuses(DEFAULTS, warm_up(server.url, pages["article"], passes=1))
    save_article_copy(bench, server, pages["article"][0])
    server.memory_start = worker_memory(server)
    results = [bench.measure(server, "article", DEFAULTS, pages["article"])]
    server.memory_end = worker_memory(server)
    bench.stop_server(server)
    return server, results


class Publisher:
    """Publishes one of the drafts (a new item for readers) every PUBLISH_EVERY_SECONDS, from
    this process through the ORM, as the admin would save it: every receiver runs and the shared
    cache's tags are bumped."""

    def __init__(self):
        self.published = []
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self.drafts = list(
            NewsItem.objects.filter(status=NewsItem.Status.DRAFT, deleted_at__isnull=True)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopping.set()
        self.thread.join()

    def _run(self):
        from django.db import close_old_connections
        from django.utils import timezone

        try:
            # The first at once, then one every PUBLISH_EVERY_SECONDS until the run ends.
            while self.drafts and not self.stopping.is_set():
                item = NewsItem.objects.get(pk=self.drafts.pop(0))
                item.status = NewsItem.Status.PUBLISHED
                item.publish_at = timezone.now()
                item.save()
                self.published.append(item.pk)
                self.stopping.wait(PUBLISH_EVERY_SECONDS)
        finally:
            close_old_connections()


def run_publishing(bench, pages, env):
    """Random articles with the page cache on while new items are published: each publication
    makes every article page stale (every one shows the newest items), so readers meet pages put
    together from fragments."""
    empty_shared_cache()
    server = bench.start_portal(PUBLISHING, page_cache=True, env={**env, **shared_cache_env()})
    touch_every_page(server, pages)
    check_statuses(PUBLISHING, warm_up(server.url, pages["article"], passes=1))
    save_article_copy(bench, server, pages["article"][0])
    server.memory_start = worker_memory(server)
    duration, bench.duration = bench.duration, max(bench.duration, PUBLISHING_MIN_SECONDS)
    try:
        with Publisher() as publisher:
            results = [bench.measure(server, "article", PUBLISHING, pages["article"])]
    finally:
        bench.duration = duration
    print(f"  published during the run: {len(publisher.published)} items")
    server.memory_end = worker_memory(server)
    bench.stop_server(server)
    return server, results


def run_bare(bench):
    """The bare WSGI application (what gunicorn itself costs) and the bare Django view (the
    targets' reference), both answering the saved article."""
    (bench.workdir / "bare_view.py").write_text(BARE_APP)
    server = bench.start_gunicorn("bare WSGI app", "bare_view:application", {})
    server.memory_start = worker_memory(server)
    result = bench.measure(server, "bare WSGI app", BARE, ["/"])
    server.memory_end = worker_memory(server)
    bench.stop_server(server)
    (bench.workdir / "bare_django_settings.py").write_text(BARE_DJANGO_SETTINGS)
    (bench.workdir / "bare_django_urls.py").write_text(BARE_DJANGO_URLS)
    django_server = bench.start_portal(
        "bare Django view",
        page_cache=False,
        env=bench.portal_env,
        settings_module="bare_django_settings",
    )
    django_result = bench.measure(django_server, "bare view", BARE, ["/bare/"])
    bench.stop_server(django_server)
    return server, [result, django_result]


# Report ---------------------------------------------------------------------------------------


def ratio(value, reference):
    return f"{value / reference:.2f}" if reference else "-"


def print_table(results):
    static = next((r.rate for r in results if r.mode == STATIC), 0)
    uncached = {r.scenario: r.rate for r in results if r.mode == UNCACHED}
    header = (
        f"{'scenario':<14} {'mode':<22} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'non-2xx/3xx':>11} {'socket err':>10} {'× static':>8} {'× uncached':>10}"
    )
    print()
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r.scenario:<14} {r.mode:<22} {r.rate:>9.0f} {r.p50_ms:>8.1f} {r.p99_ms:>8.1f} "
            f"{r.status_errors:>11} {r.socket_errors:>10} {ratio(r.rate, static):>8} "
            f"{ratio(r.rate, uncached.get(r.scenario, 0)):>10}"
        )
    for r in results:
        if r.cache_statuses:
            total = r.cache_statuses.total()
            shares = ", ".join(f"{s} {n / total:.0%}" for s, n in r.cache_statuses.most_common())
            print(f"nginx micro-cache, {r.scenario}: {shares}")


def print_memory(servers):
    print()
    for server in servers:
        workers = []
        for pid, start_kib in server.memory_start.items():
            end_kib = server.memory_end.get(pid)
            end = f"{end_kib / 1024:.1f}" if end_kib else "gone"
            workers.append(f"pid {pid} {start_kib / 1024:.1f} → {end} MiB")
        print(f"worker memory (VmRSS), {server.name}: " + "; ".join(workers))


def memory_is_flat(server):
    return bool(server.memory_start) and all(
        server.memory_end.get(pid, float("inf")) - start
        <= max(start * MEMORY_GROWTH_SHARE, MEMORY_GROWTH_KIB)
        for pid, start in server.memory_start.items()
    )


def print_targets(results, portal_servers):
    def find(scenario, mode):
        return next((r for r in results if r.scenario == scenario and r.mode == mode), None)

    def line(passed, text):
        print(f"{'PASS' if passed else 'FAIL'}  {text}")

    print()
    article = find("article", UNCACHED)
    if article is not None:
        line(
            article.rate >= UNCACHED_ARTICLE_MIN_RATE
            and article.p99_ms < UNCACHED_ARTICLE_MAX_P99_MS,
            f"uncached article ≥ {UNCACHED_ARTICLE_MIN_RATE} req/s with p99 < "
            f"{UNCACHED_ARTICLE_MAX_P99_MS} ms: {article.rate:.0f} req/s, "
            f"p99 {article.p99_ms:.1f} ms",
        )
        first, deep = (
            r for r in results if r.mode == UNCACHED and r.scenario.startswith("section")
        )
        line(
            deep.rate >= DEEP_PAGE_MIN_SHARE_OF_FIRST * first.rate,
            f"uncached {deep.scenario} within {1 - DEEP_PAGE_MIN_SHARE_OF_FIRST:.0%} of "
            f"{first.scenario}: {deep.rate:.0f} against {first.rate:.0f} req/s",
        )
    cached, bare = find("article", CACHED), find("bare view", BARE)
    targets = [
        ("article", UNCACHED, COLD_ARTICLE_MIN_SHARE_OF_BARE),
        ("article", FRAGMENTS, FRAGMENTS_ARTICLE_MIN_SHARE_OF_BARE),
        ("article", PUBLISHING, PUBLISHING_ARTICLE_MIN_SHARE_OF_BARE),
        ("article", DEFAULTS, DEFAULT_ARTICLE_MIN_SHARE_OF_BARE),
        *(
            (r.scenario, FRAGMENTS, FRAGMENTS_LISTING_MIN_SHARE_OF_BARE)
            for r in results
            if r.mode == FRAGMENTS and r.scenario.startswith(("home", "section"))
        ),
    ]
    for scenario, mode, share in targets:
        measured = find(scenario, mode)
        if measured is None:
            continue
        line(
            measured.rate >= share * bare.rate,
            f"{scenario}, {mode} ≥ {share:.2f} × the bare view: {measured.rate:.0f} against "
            f"{bare.rate:.0f} req/s ({measured.rate / bare.rate:.3f})",
        )
    if cached is not None:
        line(
            cached.rate >= CACHED_ARTICLE_MIN_SHARE_OF_BARE * bare.rate,
            f"cached article ≥ {CACHED_ARTICLE_MIN_SHARE_OF_BARE:.0%} of the bare view: "
            f"{cached.rate:.0f} against {bare.rate:.0f} req/s ({cached.rate / bare.rate:.0%})",
        )
    static = find("static copy", STATIC)
    for r in results:
        if r.mode == MICRO_CACHE:
            line(
                r.rate >= MICRO_CACHE_MIN_SHARE_OF_STATIC * static.rate,
                f"nginx micro-cache ≥ {MICRO_CACHE_MIN_SHARE_OF_STATIC:.0%} of nginx static, "
                f"{r.scenario}: {r.rate:.0f} against {static.rate:.0f} req/s "
                f"({r.rate / static.rate:.0%})",
            )
    for server in portal_servers:
        line(
            memory_is_flat(server),
            f"worker memory flat ({server.name} server): each worker ends within "
            f"{MEMORY_GROWTH_SHARE:.0%} or {MEMORY_GROWTH_KIB // 1024} MiB of its start",
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=0, help="generate up to this many items")
    parser.add_argument("--duration", type=int, default=15, help="seconds per scenario")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=("uncached", "fragments", "cached", "defaults", "publishing"),
        help="these scenarios only (the bare view is always measured)",
    )
    args = parser.parse_args()
    # Progress shows as it happens, also when the output goes to a file.
    sys.stdout.reconfigure(line_buffering=True)
    check_tools()
    # A SIGTERM unwinds like Ctrl-C, through the cleanup below.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))

    print(f"engine: {connection.vendor}")
    prepare_data(args.count)
    print(f"published items: {NewsItem.objects.published().count()}")
    client = Client(HTTP_HOST="127.0.0.1")
    pages = page_paths(client)
    for fragments in (False, True):
        queries = count_queries(client, pages, fragments=fragments)
        print(
            f"queries per page (page cache off, fragment cache {'on' if fragments else 'off'}, "
            "after one request): " + ", ".join(f"{page} {n}" for page, n in queries.items())
        )
    print(
        f"load: wrk, {args.duration} s per scenario, {args.connections} connections, "
        f"{args.threads} threads; gunicorn, {WORKERS} sync workers"
    )
    workdir = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    bench = Bench(
        workdir, duration=args.duration, connections=args.connections, threads=args.threads
    )
    scenarios = {
        "uncached": run_uncached,
        "fragments": run_fragments,
        "cached": run_cached,
        "defaults": run_defaults,
        "publishing": run_publishing,
    }
    servers, results = [], []
    try:
        env = {**collect_static(workdir), **cache_settings()}
        for name in args.only or scenarios:
            server, measured = scenarios[name](bench, pages, env)
            servers.append(server)
            results += measured
        bench.portal_env = env
        bare, bare_results = run_bare(bench)
        results += bare_results
    finally:
        bench.stop_all()
        shutil.rmtree(workdir, ignore_errors=True)
    print_table(results)
    print_memory([*servers, bare])
    print_targets(results, servers)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit("interrupted")
