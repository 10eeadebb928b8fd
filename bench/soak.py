"""Soak: 200 concurrent readers for 5 minutes through nginx, on the production topology.

    # A fresh topology (PostgreSQL, Redis, gunicorn, nginx from docker-compose.yml) with the demo
    # and generated items up to --count:
    .venv/bin/python bench/soak.py
    # An existing database (e.g. 100,000 items); it is migrated if needed, never emptied:
    .venv/bin/python bench/soak.py --database-url postgres://user:password@127.0.0.1:5432/portal
    # A quick check that everything runs:
    .venv/bin/python bench/soak.py --count 500 --duration 20

The topology is deploy/topology.py's: the compose file's services as local processes, gunicorn
with .env.example's WEB_CONCURRENCY workers (or --workers). wrk (Debian package `wrk`) keeps
--connections connections busy for --duration seconds; each request picks a path at random from a
mix: 70 % articles (up to 2,000 published ones, drawn at random), 10 % home, 10 % the biggest
section's first page, 10 % searches (25 queries of bench/search.py). Every request says it came
by HTTPS (X-Forwarded-Proto), as from the TLS terminator in front of nginx.

Prints requests per second, p50 and p99 latency, responses other than 2xx/3xx, socket errors
(connect, read, write, timeout), and each gunicorn worker's resident memory before and after.
Exits with status 1 if any request failed.
"""

import argparse
import json
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bench import wrk  # noqa: E402
from deploy.topology import FORWARDED_HTTPS, Topology, http_status, missing_tools  # noqa: E402

SEED = 2026
ARTICLE_SAMPLE = 2000
#: Shares of the requests: (articles, home, section page 1, searches).
MIX = (70, 10, 10, 10)
#: Requests per page type before the memory is first read, so that imports and first-use
#: caches of the workers do not count as growth.
WARM_UP_REQUESTS = 20


#: Run by `manage.py shell` in the topology: the URLs of each page type, as JSON.
PATHS_CODE = """
import json, random
from urllib.parse import urlencode
from django.db.models import Count
from django.urls import reverse
from bantin.models import Category, NewsItem
from bench.search import QUERIES

published = NewsItem.objects.published()
ids = list(published.order_by("pk").values_list("pk", flat=True))
chosen = random.Random(%(seed)d).sample(ids, min(%(sample)d, len(ids)))
articles = []
for start in range(0, len(chosen), 500):
    batch = published.filter(pk__in=chosen[start:start + 500]).only("pk", "slug")
    articles += [item.get_absolute_url() for item in batch]
biggest = (
    published.values("category").annotate(n=Count("pk")).order_by("-n").first() or {}
).get("category")
section = Category.objects.get(pk=biggest).get_absolute_url() if biggest else "/"
search = reverse("bantin:search")
print(json.dumps({
    "article": articles,
    "home": [reverse("bantin:home")],
    "section p1": [section],
    "search": [search + "?" + urlencode({"q": q}) for q in QUERIES[::2]],
}))
"""


def page_paths(topology):
    output = topology.shell(PATHS_CODE % {"seed": SEED, "sample": ARTICLE_SAMPLE})
    return json.loads(output.strip().splitlines()[-1])


def mixed_paths(pages):
    """One list whose random picks follow MIX: each page type repeated to its share."""
    articles = pages["article"] or pages["home"]
    mixed = list(articles)
    for share, name in zip(MIX[1:], ["home", "section p1", "search"], strict=True):
        wanted = len(articles) * share / MIX[0]
        mixed += pages[name] * max(1, round(wanted / len(pages[name])))
    return mixed


def prepare_data(topology, count):
    if not count:
        return
    published = int(
        topology.shell(
            "from bantin.models import NewsItem\nprint(NewsItem.objects.published().count())"
        )
    )
    if published == 0:
        topology.manage("load_demo", "--no-users")
        published = int(
            topology.shell(
                "from bantin.models import NewsItem\nprint(NewsItem.objects.published().count())"
            )
        )
    if count > published:
        start = time.perf_counter()
        topology.manage("generate_news", f"--count={count - published}")
        print(f"generate_news --count {count - published}: {time.perf_counter() - start:.0f} s")


def warm_up(topology, pages):
    for paths in pages.values():
        for index in range(WARM_UP_REQUESTS):
            path = paths[index % len(paths)]
            status = http_status(topology.direct_url + path, timeout=30, headers=FORWARDED_HTTPS)
            if status is None or status >= 400:
                raise SystemExit(f"warm-up: {path} answered {status}")


def run_wrk(topology, paths, *, workdir, duration, connections, threads):
    return wrk.run(
        topology.direct_url,
        paths,
        workdir=workdir,
        duration=duration,
        connections=connections,
        threads=threads,
        seed=SEED,
        headers=FORWARDED_HTTPS,
    )


def print_memory(start, end):
    print("gunicorn workers, resident memory (VmRSS):")
    for pid in sorted(set(start) | set(end)):
        before = f"{start[pid] / 1024:.1f} MiB" if pid in start else "(new)"
        after = f"{end[pid] / 1024:.1f} MiB" if pid in end else "(gone: replaced)"
        growth = (
            f", {(end[pid] - start[pid]) / 1024:+.1f} MiB" if pid in start and pid in end else ""
        )
        print(f"  pid {pid}: {before} → {after}{growth}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=300, help="seconds of load")
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, help="WEB_CONCURRENCY (default: .env.example's)")
    parser.add_argument("--database-url", help="an existing database, used as it is")
    parser.add_argument(
        "--count",
        type=int,
        help="generate published items up to this many (default 2000 on a fresh database)",
    )
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    missing = missing_tools() + ([] if shutil.which("wrk") else ["wrk (apt-get install wrk)"])
    if missing:
        sys.exit("bench/soak.py needs " + ", ".join(missing))
    count = args.count if args.count is not None else (0 if args.database_url else 2000)
    # A SIGTERM unwinds like Ctrl-C, through the cleanup below.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))

    # No access log: at thousands of requests a second it would be the disk's load.
    topology = Topology(database_url=args.database_url, workers=args.workers, access_log=False)
    workdir = Path(tempfile.mkdtemp(prefix="soak-"))
    try:
        topology.start()
        prepare_data(topology, count)
        pages = page_paths(topology)
        print(
            f"topology: nginx {topology.direct_url}, gunicorn {len(topology.worker_pids())} "
            f"workers, database {'given' if args.database_url else 'fresh'}"
        )
        print(", ".join(f"{name}: {len(paths)} URLs" for name, paths in pages.items()))
        warm_up(topology, pages)
        memory_start = topology.worker_memory()
        print(
            f"load: wrk, {args.connections} connections, {args.threads} threads, "
            f"{args.duration} s, mix {MIX} (article, home, section, search)"
        )
        summary = run_wrk(
            topology,
            mixed_paths(pages),
            workdir=workdir,
            duration=args.duration,
            connections=args.connections,
            threads=args.threads,
        )
        memory_end = topology.worker_memory()
    finally:
        topology.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    rate = summary["requests"] / (summary["duration_us"] / 1e6)
    print()
    print(f"requests      {summary['requests']} in {summary['duration_us'] / 1e6:.1f} s")
    print(f"req/s         {rate:.0f}")
    print(f"p50           {summary['p50_us'] / 1000:.1f} ms")
    print(f"p99           {summary['p99_us'] / 1000:.1f} ms")
    print(f"non-2xx/3xx   {summary['status_errors']}")
    print(
        f"socket errors {summary['socket_errors']} (connect {summary['connect']}, read "
        f"{summary['read']}, write {summary['write']}, timeout {summary['timeout']})"
    )
    print_memory(memory_start, memory_end)
    failed = summary["status_errors"] + summary["socket_errors"]
    print(f"{'PASS' if not failed else 'FAIL'}  no failed request: {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit("interrupted")
