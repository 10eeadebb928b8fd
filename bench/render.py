"""In-process cost of a page that is not in the page cache: milliseconds and queries per page.

    DATABASE_URL=sqlite:////tmp/bench-pages.sqlite3 .venv/bin/python bench/render.py

No server and no load generator, so it is steadier than bench/pages.py on a busy machine. Each
page type is requested through django.test.Client with the page cache off, in three states:
every block rendered (the fragment cache off: a restart's first requests), fragments warm (each
URL requested once before), and, for articles, the fragments of other articles only (what a
crawler meets: the site-wide blocks are warm, the article's own are not), and lists changed:
before each request the lists' fragments are made stale, as a publication makes them, while the
items' cards (bantin/cards.py) are kept. The cache is a local-memory one large enough for every
fragment unless CACHE_URL says otherwise.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ["PORTAL_PAGE_CACHE"] = "off"
os.environ.setdefault("CACHE_URL", "locmemcache://bench-render?max_entries=200000")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from bantin import pagecache  # noqa: E402
from bantin.models import Category, NewsItem  # noqa: E402

SEED = 2026


def measure(client, urls, before=None):
    """Median and 90th percentile milliseconds, and the most queries, over ``urls``; ``before``
    is called (untimed) before each request."""
    times, queries = [], []
    for url in urls:
        if before is not None:
            before()
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
        queries.append(len(captured))
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9)], max(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100, help="random articles per state")
    parser.add_argument("--repeat", type=int, default=30, help="requests of each listing")
    args = parser.parse_args()
    published = list(NewsItem.objects.published().values_list("pk", "slug"))
    chosen = random.Random(SEED).sample(published, min(2 * args.articles, len(published)))
    articles = [f"/tin-tuc/{slug}-{pk}/" for pk, slug in chosen]
    biggest = max(Category.objects.all(), key=lambda section: section.news_items.count())
    section = biggest.get_absolute_url()
    listings = {"home": ["/"], "section p1": [section], "section p5": [section + "?page=5"]}
    client = Client(HTTP_HOST="127.0.0.1")
    client.get("/")  # the site structure and settings, built once
    print(f"engine: {connection.vendor}, published items: {len(published)}")
    print(f"{'page':<12} {'state':<32} {'median ms':>9} {'p90 ms':>8} {'queries':>7}")

    def row(page, state, figures):
        median, p90, queries = figures
        print(f"{page:<12} {state:<32} {median:>9.1f} {p90:>8.1f} {queries:>7}")

    first, second = articles[: args.articles], articles[args.articles :]
    with override_settings(PORTAL_FRAGMENT_CACHE=False):
        row("article", "every block rendered", measure(client, first))
        for page, urls in listings.items():
            row(page, "every block rendered", measure(client, urls * args.repeat))
    cache.clear()
    client.get("/")
    measure(client, first)
    row("article", "other articles' fragments warm", measure(client, second))
    row("article", "fragments warm", measure(client, first))
    for page, urls in listings.items():
        measure(client, urls)
        row(page, "fragments warm", measure(client, urls * args.repeat))
    lists = {"news", "latest", "featured", "mostread"}
    lists |= {f"section:{pk}" for pk in Category.objects.values_list("pk", flat=True)}

    def publication():
        pagecache.bump(*lists)

    row("article", "lists changed, cards warm", measure(client, first, publication))
    for page, urls in listings.items():
        row(page, "lists changed, cards warm", measure(client, urls * args.repeat, publication))


if __name__ == "__main__":
    main()
