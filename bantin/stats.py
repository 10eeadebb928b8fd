"""Read counts: buffered in the cache on every view, written to the database in batches.

A view lands in a per-minute bucket (``views:<bucket>:<item id>``), and the first view of an
item in a bucket records the item in that bucket's id list. A flush only reads buckets that have
closed, so no counter is read while it is still being incremented; it adds their counts to
``DailyViewCount`` in one transaction and deletes them. Nothing is written to the database for
a single view.
"""

import hashlib
import re
from collections import Counter
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from .locks import cache_lock
from .pagecache import bump

BUCKET_SECONDS = 60
#: How far back a flush looks for buckets that were never flushed.
MAX_LOOKBACK_BUCKETS = 24 * 60
#: Buckets before the last flush point that are read again, for views from a worker whose
#: clock runs behind; a bucket already flushed holds nothing, so reading it twice is harmless.
LATE_BUCKETS = 5
BUFFER_TIMEOUT = 2 * 24 * 3600
#: A reader reloading the same item within this time counts once.
REPEAT_SECONDS = 30 * 60
#: Items one address may add views to in a minute.
MAX_VIEWS_PER_ADDRESS = 20
#: Distinct items counted in a minute; ids past it (a flood of made-up ids) are dropped.
MAX_ITEMS_PER_BUCKET = 5000

BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|fetch|preview|scanner|curl|wget|python-requests|httpclient|"
    r"facebookexternalhit|headless|lighthouse",
    re.IGNORECASE,
)


def is_bot(user_agent):
    return not user_agent or bool(BOT_PATTERN.search(user_agent))


def bucket_of(moment):
    return int(moment.timestamp()) // BUCKET_SECONDS


def record_view(item_id, *, client_ip, user_agent, now=None):
    """Count one view of ``item_id`` unless it looks like a reload, a bot or a flood.

    Returns True when the view was counted.
    """
    now = now or timezone.now()
    bucket = bucket_of(now)
    # One address counts at most MAX_VIEWS_PER_ADDRESS items a minute, whatever user agents it
    # claims: a reader does not open more, a script inflating counts gets no further.
    rate_key = f"views:rate:{bucket}:{client_ip}"
    if cache.add(rate_key, 1, timeout=BUCKET_SECONDS * 2):
        seen_this_minute = 1
    else:
        try:
            seen_this_minute = cache.incr(rate_key)
        except ValueError:
            seen_this_minute = 1
    if seen_this_minute is None:
        return False  # the cache is unreachable (its errors are ignored): nothing is counted
    if seen_this_minute > MAX_VIEWS_PER_ADDRESS:
        return False
    client_key = f"{client_ip}|{user_agent}"
    seen_key = "views:seen:" + hashlib.sha256(f"{client_key}|{item_id}".encode()).hexdigest()
    if not cache.add(seen_key, 1, timeout=REPEAT_SECONDS):
        return False
    counter = f"views:{bucket}:{item_id}"
    if cache.add(counter, 1, timeout=BUFFER_TIMEOUT):
        with cache_lock(f"views:ids:{bucket}") as locked:
            if locked:
                ids = cache.get(f"views:ids:{bucket}") or set()
                if len(ids) < MAX_ITEMS_PER_BUCKET:
                    ids.add(item_id)
                    cache.set(f"views:ids:{bucket}", ids, timeout=BUFFER_TIMEOUT)
    else:
        try:
            cache.incr(counter)
        except ValueError:  # expired in between: start it again
            cache.add(counter, 1, timeout=BUFFER_TIMEOUT)
    if cache.add("views:flush-due", 1, timeout=settings.PORTAL_VIEW_FLUSH_SECONDS):
        transaction.on_commit(flush_view_counts)
    return True


def flush_view_counts(now=None):
    """Write the counts of every closed bucket to the database; returns the views written."""
    from .models import DailyViewCount, NewsItem

    now = now or timezone.now()
    current = bucket_of(now)
    with cache_lock("views:flush", timeout=60, attempts=1) as locked:
        if not locked:
            return 0
        flushed_upto = cache.get("views:flushed-upto") or 0
        start = max(flushed_upto - LATE_BUCKETS, current - MAX_LOOKBACK_BUCKETS)
        totals = Counter()
        done_keys = []
        for bucket in range(start, current):
            ids = cache.get(f"views:ids:{bucket}")
            if not ids:
                continue
            keys = {f"views:{bucket}:{item_id}": item_id for item_id in ids}
            day = timezone.localdate(datetime.fromtimestamp(bucket * BUCKET_SECONDS, tz=UTC))
            for key, count in cache.get_many(list(keys)).items():
                totals[(keys[key], day)] += count
            done_keys += [*keys, f"views:ids:{bucket}"]
        if totals:
            # Only what readers may see is counted: made-up or hidden ids are dropped here.
            existing_items = set(
                NewsItem.objects.published(now)
                .filter(pk__in={item for item, _day in totals})
                .values_list("pk", flat=True)
            )
            totals = Counter({key: n for key, n in totals.items() if key[0] in existing_items})
            with transaction.atomic():
                rows = {
                    (row.news_item_id, row.date): row
                    for row in DailyViewCount.objects.select_for_update().filter(
                        news_item_id__in={item for item, _day in totals},
                        date__in={day for _item, day in totals},
                    )
                }
                new_rows = []
                for (item_id, day), count in totals.items():
                    if (item_id, day) in rows:
                        rows[(item_id, day)].count += count
                    else:
                        new_rows.append(DailyViewCount(news_item_id=item_id, date=day, count=count))
                DailyViewCount.objects.bulk_update(rows.values(), ["count"])
                DailyViewCount.objects.bulk_create(new_rows)
                # The most-read lists may have changed.
                bump("mostread")
        cache.delete_many(done_keys)
        cache.set("views:flushed-upto", max(current, flushed_upto), timeout=None)
        return sum(totals.values())
