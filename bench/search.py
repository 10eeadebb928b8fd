"""Search benchmark: p50/p95 latency of 50 fixed queries, index build time and index size.

    # SQLite (a file database of its own):
    DATABASE_URL=sqlite:////tmp/bench-search.sqlite3 .venv/bin/python bench/search.py --count 100000
    # PostgreSQL (a throwaway server):
    bin/with-postgres .venv/bin/python bench/search.py --count 100000

With --count N it first migrates, loads the demo and generates items up to N published ones
(`manage.py generate_news`), timing that. Then the words of COMMON_CANDIDATES found in nearly every
item are timed the same way, apart: every item matches them. Each query is run as the search page runs it — the
count (up to the result limit), the first page of 20 results and their snippets — three times
after one warm-up run. --page N times page N instead of the first.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from bantin import search  # noqa: E402
from bantin.models import NewsItem  # noqa: E402

QUERIES = [
    "cải cách hành chính", "cai cach hanh chinh", "CẢI CÁCH", "một cửa", "mot cua",
    '"bộ phận một cửa"', "dịch vụ công trực tuyến", "dich vu cong", "nông thôn mới",
    "nong thon moi", "OCOP", "chè shan tuyết", "che shan tuyet", "quế hữu cơ", "que huu co",
    "du lịch homestay", "du lich", "hồ", "lễ hội", "le hoi dan toc", "học sinh", "hoc sinh",
    "năm học mới", "tiêm chủng", "tiem chung", "bảo hiểm y tế", "BHYT", "sốt xuất huyết",
    "dân quân", "an ninh trật tự", "an toan giao thong", "phòng cháy chữa cháy rừng",
    "mưa lũ", "mua lu", "đường giao thông", "Tân An", "tan an", "Đồng Lạc", "dong lac",
    "Nà Phục", "na phuc", "Chủ tịch UBND huyện", "chu tich ubnd", "HĐND", "hdnd",
    "thủ tục hành chính", "thu tuc", '"chuyển đổi số"', "chuyen doi so", "kế hoạch năm 2026",
]  # fmt: skip


#: Words of which those in nearly every item (COMMON_SHARE of them or more) are timed apart:
#: the worst case of ranking, every item a match.
COMMON_CANDIDATES = ("của", "và", "các", "được", "năm", "tỉnh", "huyện", "người", "công")
COMMON_SHARE = 0.8


def common_words():
    """The candidates found in at least COMMON_SHARE of the published items' bodies, each also
    without its diacritics (as readers type them), with the share it was found in."""
    published = NewsItem.objects.published()
    total = published.count()
    found = {}
    for word in COMMON_CANDIDATES:
        share = published.filter(body__icontains=word).count() / total
        if share >= COMMON_SHARE:
            found[word] = share
            found[search.fold(word)] = share
    return found


def run_query(text, page_number=1):
    query = search.parse(text)
    results = search.ranked(NewsItem.objects.published(), query)
    total = results.count()
    start = (page_number - 1) * 20
    page = list(results[start : start + 20])
    search.snippets(page, query)
    return f"{total}+" if results.more else total


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def index_build_seconds():
    """Drops the search indexes and times building them again over every item."""
    from importlib import import_module

    first = import_module("bantin.migrations.0009_search")
    tiers = import_module("bantin.migrations.0011_search_tiers")
    exact = import_module("bantin.migrations.0016_search_exact_indexes")
    if connection.vendor == "postgresql":
        drop = exact.POSTGRES_BACKWARD + tiers.POSTGRES_BACKWARD + first.POSTGRES_BACKWARD
        build = first.POSTGRES_FORWARD + tiers.POSTGRES_FORWARD + exact.POSTGRES_FORWARD
    else:
        drop = tiers.SQLITE_BACKWARD[: -len(first.SQLITE_FORWARD)]
        build = tiers.SQLITE_FORWARD
    with connection.cursor() as cursor:
        for statement in drop:
            cursor.execute(statement)
        start = time.perf_counter()
        for statement in build:
            cursor.execute(statement)
        return time.perf_counter() - start


def index_bytes():
    from importlib import import_module

    tiers = import_module("bantin.migrations.0011_search_tiers")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE bantin_newsitem")
            vectors = " + ".join(
                f"pg_column_size({column})"
                for column in ("search_folded", "search_exact", *tiers.POSTGRES_COLUMNS)
            )
            cursor.execute(
                "SELECT (SELECT sum(pg_relation_size(indexrelid)) FROM pg_index"  # noqa: S608
                "  JOIN pg_class ON pg_class.oid = indexrelid JOIN pg_am ON pg_am.oid = relam"
                "  WHERE indrelid = 'bantin_newsitem'::regclass AND amname = 'gin'),"
                f" (SELECT sum({vectors}) FROM bantin_newsitem)"
            )
            gin, vectors = cursor.fetchone()
            return {"GIN indexes": gin, "stored vectors": int(vectors)}
        cursor.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'bantin_search_%'")
        return {"FTS5 tables": cursor.fetchone()[0]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=0, help="generate up to this many items")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--page", type=int, default=1, help="time this page of results")
    parser.add_argument("--no-build", action="store_true", help="skip timing the index build")
    args = parser.parse_args()
    print(f"engine: {connection.vendor}")
    if args.count:
        call_command("migrate", verbosity=0)
        if not NewsItem.objects.exists():
            call_command("load_demo", "--no-users", verbosity=0)
        missing = args.count - NewsItem.objects.published().count()
        if missing > 0:
            start = time.perf_counter()
            call_command("generate_news", count=missing, verbosity=0)
            print(f"generate_news --count {missing}: {time.perf_counter() - start:.0f} s")
    print(f"published items: {NewsItem.objects.published().count()}")
    if not args.no_build:
        print(f"index build: {index_build_seconds():.1f} s")
    for name, size in index_bytes().items():
        print(f"index size, {name}: {size / 1024 / 1024:.1f} MiB")
    timings, totals = [], {}
    for text in QUERIES:
        totals[text] = run_query(text, args.page)  # warm-up
        for _ in range(args.runs):
            start = time.perf_counter()
            run_query(text, args.page)
            timings.append((time.perf_counter() - start) * 1000)
    print(
        f"{len(QUERIES)} queries × {args.runs} runs: p50 {percentile(timings, 0.5):.1f} ms, "
        f"p95 {percentile(timings, 0.95):.1f} ms, max {max(timings):.1f} ms"
    )
    print("results: " + ", ".join(f"{q!r}={n}" for q, n in list(totals.items())[:6]) + ", …")
    common = common_words()
    timings = []
    for text in common:
        run_query(text, args.page)  # warm-up
        for _ in range(args.runs):
            start = time.perf_counter()
            run_query(text, args.page)
            timings.append((time.perf_counter() - start) * 1000)
    if timings:
        words = ", ".join(f"{word!r} ({share:.0%})" for word, share in common.items())
        print(
            f"a word in nearly every item, {words} × {args.runs} runs: "
            f"p50 {percentile(timings, 0.5):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms, "
            f"max {max(timings):.1f} ms"
        )
    else:
        print(f"a word in nearly every item: none of {COMMON_CANDIDATES} is in {COMMON_SHARE:.0%}")


if __name__ == "__main__":
    main()
