"""Whole pages cached for anonymous readers, and HTTP caching headers for every page.

A page rendered by :func:`bantin.pages.render_page` names what it shows as tags: ``structure``
(sections, layouts: every page), ``news`` (lists of items across the site), ``section:<id>``
(lists of one section, subsections included), ``item:<id>``, ``author:<id>``, ``mostread``.
Each tag has a version in the cache; a cached page keeps the versions it was built with and is
served only while they are all current. A change bumps the versions of the tags it touches,
after its transaction commits (:func:`bump`) — so an edit of one article drops that article's
page and the lists that show it, not the whole cache.

A page's life never passes the next scheduled publication or expiry, which changes what readers
see without any write. Requests carrying a session cookie (staff, anyone logged in) are never
served from or stored in the cache, and their pages are marked ``private, no-store``.
"""

import functools
import hashlib
import logging
import math
import time
from datetime import UTC, datetime
from email.utils import format_datetime

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, transaction
from django.db.models import Min, Q
from django.dispatch import Signal
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.translation import get_language_from_path

logger = logging.getLogger(__name__)

PAGE_PREFIX = "pagecache:page:"
TAG_PREFIX = "pagecache:tag:"
#: Changes with every bump: a page rendered while anything changed is not stored.
CLOCK_KEY = "pagecache:clock"
NEXT_CHANGE_KEY = "pagecache:next-change"
#: Headers of a stored page that are made again for each answer.
PER_RESPONSE = {"date", "server", "content-length", "etag", "last-modified", "cache-control"}

#: Sent once a change readers could see is committed, just before the pages showing it are
#: made stale: a read replica router keeps the primary's position then (portal/db_router.py).
pages_changed = Signal()


def add_tags(request, *tags):
    """Record that the page answering ``request`` shows what ``tags`` name."""
    if not hasattr(request, "page_cache_tags"):
        request.page_cache_tags = set()
    request.page_cache_tags.update(tags)


def bump(*tags):
    """Make every cached page showing any of ``tags`` stale, now and after commit."""
    tags = set(tags)
    if not tags:
        return
    _bump_now(tags)
    # Again after commit: a reader may have rendered the old state in between.
    transaction.on_commit(lambda: _bump_committed(tags))


def _bump_committed(tags):
    pages_changed.send(sender=None, tags=tags)
    _bump_now(tags)


def _bump_now(tags):
    version = time.time_ns()
    values = {TAG_PREFIX + tag: version for tag in tags}
    values[CLOCK_KEY] = version
    cache.set_many(values, timeout=None)
    if "news" in tags:
        cache.delete(NEXT_CHANGE_KEY)


def section_tags(section_id):
    """The tags of a section's lists and of every section above it (their lists include it)."""
    from .structure import site_structure

    if section_id is None:
        return set()
    structure = site_structure()
    return {f"section:{section.pk}" for section in structure.ancestors(section_id)} | {
        f"section:{section_id}"
    }


def lifetime(read_at, request=None):
    """How long a page or fragment built from what readers could see at ``read_at`` may be
    kept, from now: the configured lifetime, cut at the first scheduled publication or expiry
    after ``read_at``. Counted from the moment the data was read, not from when rendering
    ended: a render that spans a boundary saw the state before it, so its copy must not
    outlive the boundary (zero or less when it already has). Given the ``request`` it is
    for, the next change is looked up once for all its copies."""
    seconds = settings.PORTAL_PAGE_CACHE_SECONDS
    if request is None:
        upcoming = next_change(read_at)
    else:
        found = _of_request(request)
        if "next_change" not in found:
            found["next_change"] = next_change(read_at)
        upcoming = found["next_change"]
    if upcoming is not None:
        seconds = min(seconds, (upcoming - timezone.now()).total_seconds())
    return seconds


def cache_timeout(seconds):
    """The cache's timeout for a copy to be served for ``seconds``: rounded up, since the cache
    takes whole seconds and the copy's own expiry (checked when it is read) is the exact one.
    Rounding down dropped copies up to a second early, and a page with under a second left was
    then rendered again on every request until the boundary."""
    return max(1, math.ceil(seconds))


def clock_of(found):
    """The change clock, out of a ``get_many`` that asked for it. Started when the cache has
    none (a new or emptied cache, or one that evicted it): copies are then stored with a clock
    that later reads can compare, sparing them the tags' lookup until the next change."""
    clock = found.pop(CLOCK_KEY, None)
    if clock is None:
        cache.add(CLOCK_KEY, time.time_ns(), timeout=None)
        clock = cache.get(CLOCK_KEY)
    return clock


def clock_now():
    """The time, as the seconds since the epoch that stored copies expire at: from Django's
    clock, the one that decides what readers may see."""
    return timezone.now().timestamp()


def next_change(now=None):
    """When the next scheduled publication or expiry will change what readers see, or None."""
    now = now or timezone.now()
    cached = cache.get(NEXT_CHANGE_KEY, "missing")
    if cached != "missing" and (cached is None or cached > now):
        return cached
    from .models import NewsItem

    upcoming = NewsItem.objects.filter(
        status=NewsItem.Status.PUBLISHED, deleted_at__isnull=True
    ).aggregate(
        publish=Min("publish_at", filter=Q(publish_at__gt=now)),
        expire=Min("unpublish_at", filter=Q(unpublish_at__gt=now)),
    )
    moments = [moment for moment in upcoming.values() if moment is not None]
    found = min(moments) if moments else None
    cache.set(NEXT_CHANGE_KEY, found, timeout=settings.PORTAL_PAGE_CACHE_SECONDS)
    return found


def page_key(request):
    """The cache key of the page answering ``request``. The scheme is part of it: the stored
    headers of a page served over HTTPS include HSTS."""
    query = "&".join(sorted(request.META.get("QUERY_STRING", "").split("&")))
    raw = f"{request.scheme}|{request.get_host()}|{request.path}|{query}|{_page_language(request)}"
    return PAGE_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def _page_language(request):
    """The language the page will be in. This middleware runs before LocaleMiddleware, so the
    thread's active language is still whatever the previous request left; the page's language
    is its address's: /en/… in English, any other path in the default language (portal/urls.py
    uses i18n_patterns without a prefix for it)."""
    return get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def is_reader(request):
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def is_current(entry, clock=None, request=None):
    """Whether a stored page may still be served: not expired, every tag at its version.
    ``clock``, the change clock read with the entry, spares the tags' lookup when nothing at
    all has changed since the page was stored. The versions read are kept for the rest of
    ``request`` (:func:`known_versions`)."""
    if entry["expires"] <= clock_now():
        return False
    if clock is not None and clock == entry.get("clock"):
        return True
    versions = cache.get_many(list(entry["tags"]))
    if request is not None:
        known_versions(request, clock).update(versions)
    return versions == entry["tags"]


def _of_request(request):
    """What this module read for ``request``: read once, for all the copies it stores."""
    if not hasattr(request, "_page_cache_read"):
        request._page_cache_read = {"clock": None, "versions": {}}
    return request._page_cache_read


def known_versions(request, clock):
    """The tags' versions (by cache key) read while answering ``request`` since the change
    clock read ``clock``; none when it read another before. Whatever changes a tag changes the
    clock too (:func:`bump`), so they stay current as long as the clock does: a copy built with
    them is checked against the clock alone when it is stored (:func:`current_versions`)."""
    found = _of_request(request)
    if found["clock"] != clock or clock is None:
        found["clock"], found["versions"] = clock, {}
    return found["versions"]


def reader_cache_control(lifetime):
    """Shared caches may hold a reader's page briefly, and serve it stale while refreshing."""
    shared = settings.PORTAL_SHARED_CACHE_SECONDS
    return (
        f"public, max-age=0, s-maxage={max(0, min(shared, int(lifetime)))}, "
        f"stale-while-revalidate={shared}"
    )


class PageCacheMiddleware:
    """Serves and stores anonymous readers' pages; sets every page's caching headers.

    The outermost middleware but for the probes and the request-size check (see MIDDLEWARE in
    portal/settings.py): a hit costs one cache read and none of the work of the middleware
    after it. A page is stored with the headers that middleware gave it (security, content
    policy, language), so a hit is answered with them, as the whole stack would answer it. A
    request the security middleware would redirect (HTTPS required), a static file, and a host
    that is not allowed go through untouched.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._usable(request):
            return self._headers(request, self.get_response(request), lifetime=None)
        try:
            key = page_key(request)
        except DisallowedHost:
            return self.get_response(request)  # Django answers 400
        try:
            found = cache.get_many([key, CLOCK_KEY])
            clock = clock_of(found)
            entry = found.get(key)
            if entry is not None and is_current(entry, clock, request):
                return self._serve(request, entry)
        except DatabaseError:
            # The embedded default's cache is the database (portal/cache.py): when it fails,
            # the view checks the connection again and answers, or gives the 503 page.
            return self._headers(request, self.get_response(request), lifetime=None)
        # Before the view reads anything: the page shows what readers could see from here on.
        read_at = timezone.now()
        # The fragments rendered for the page are stored with it, in one write.
        request.page_cache_later = {}
        response = self.get_response(request)
        seconds = None
        if self._storable(request, response):
            seconds = self._store(request, response, key, clock, read_at)
        try:
            store_later(request, {}, seconds=None)  # the fragments of a page not stored
        except DatabaseError:
            logger.warning("The page cache could not store fragments of %s", request.path,
                           exc_info=True)  # fmt: skip
        return self._headers(request, response, lifetime=seconds)

    @staticmethod
    def _usable(request):
        return (
            settings.PORTAL_PAGE_CACHE
            and request.method in ("GET", "HEAD")
            and is_reader(request)
            and not request.path_info.startswith(_files_prefixes())
            and not (settings.SECURE_SSL_REDIRECT and not request.is_secure())
        )

    @staticmethod
    def _storable(request, response):
        return (
            response.status_code == 200
            and getattr(request, "page_cache_tags", None)
            and not response.streaming
            and not response.cookies
            and not response.has_header("Cache-Control")
        )

    def _store(self, request, response, key, clock, read_at):
        """Store the page unless something changed while it was rendered; its lifetime, or
        None when it was not stored."""
        seconds = lifetime(read_at, request)
        if seconds < 1:
            return None
        known = known_versions(request, clock)
        versions = current_versions(request.page_cache_tags, clock, known)
        if versions is None:
            return None
        stored_at = clock_now()
        patch_vary_headers(response, ["Cookie"])
        entry = {
            "content": response.content,
            "headers": [
                (name, value)
                for name, value in response.items()
                if name.lower() not in PER_RESPONSE
            ],
            "tags": versions,
            "clock": clock,
            "stored": stored_at,
            "expires": stored_at + seconds,
            "etag": '"' + hashlib.md5(response.content, usedforsecurity=False).hexdigest() + '"',
        }
        try:
            store_later(request, {key: entry}, seconds=seconds)
        except DatabaseError:
            logger.warning("The page cache could not store %s", request.path, exc_info=True)
            return None
        response["ETag"] = entry["etag"]
        response["Last-Modified"] = http_date(stored_at)
        return seconds

    def _serve(self, request, entry):
        last_modified = int(entry["stored"])
        response = get_conditional_response(
            request, etag=entry["etag"], last_modified=last_modified
        )
        if response is None:
            response = HttpResponse(entry["content"])
            response["Content-Length"] = str(len(entry["content"]))
        elif response.status_code != 304:
            return response  # a failed precondition (412)
        for name, value in entry["headers"]:
            if response.status_code == 304 and name.lower() == "content-type":
                continue
            response[name] = value
        response["ETag"] = entry["etag"]
        response["Last-Modified"] = http_date(entry["stored"])
        return self._headers(request, response, lifetime=entry["expires"] - clock_now())

    @staticmethod
    def _headers(request, response, *, lifetime):
        """Caching headers: shared caches may hold a reader's page briefly; nobody keeps a
        page rendered for a logged-in user."""
        if response.has_header("Cache-Control"):
            return response
        if lifetime is None:
            if not is_reader(request) and request.method in ("GET", "HEAD"):
                patch_cache_control(response, private=True, no_store=True)
            return response
        response["Cache-Control"] = reader_cache_control(lifetime)
        patch_vary_headers(response, ["Cookie"])
        return response


@functools.cache
def _files_prefixes():
    """Addresses of files, which are never pages: no lookup for them."""
    return tuple(prefix for prefix in (settings.STATIC_URL, settings.MEDIA_URL) if prefix)


def current_versions(tags, clock, known=None):
    """The versions of ``tags`` (by cache key) for a copy built since the change clock read
    ``clock``, or None when anything changed meanwhile: the copy may hold the old state. A tag
    without a version gets one, so losing it later makes the copy stale. ``known`` versions,
    read since ``clock`` was (:func:`known_versions`), are not read again: the clock, read
    anew, says whether they still are current."""
    known = {} if known is None else known
    tag_keys = [TAG_PREFIX + tag for tag in sorted(tags)]
    unknown = [tag_key for tag_key in tag_keys if tag_key not in known]
    found = cache.get_many([*unknown, CLOCK_KEY])
    missing = [tag_key for tag_key in unknown if tag_key not in found]
    if missing:
        for tag_key in missing:
            cache.add(tag_key, time.time_ns(), timeout=None)
        found = cache.get_many([*unknown, CLOCK_KEY])
    if found.pop(CLOCK_KEY, None) != clock or len(found) != len(unknown):
        return None
    known.update(found)
    return {tag_key: known[tag_key] for tag_key in tag_keys}


def store_later(request, entries, *, seconds):
    """Store ``entries`` for ``seconds`` (a page; None for none) with the fragments its
    rendering left for it (:func:`defer`), in one write. The cache keeps them all as long as
    the longest-lived: each copy holds its own expiry, checked when it is read."""
    later = getattr(request, "page_cache_later", None) or {}
    request.page_cache_later = None
    timeouts = [timeout for _entry, timeout in later.values()]
    stored = {key: entry for key, (entry, _timeout) in later.items()}
    if entries:
        stored.update(entries)
        timeouts.append(cache_timeout(seconds))
    if stored:
        cache.set_many(stored, timeout=max(timeouts))


def defer(request, entries, timeout):
    """Leave ``entries`` to be stored with the page answering ``request``, when this
    middleware will store it; False when it will not (store them now)."""
    later = getattr(request, "page_cache_later", None)
    if later is None:
        return False
    later.update((key, (entry, timeout)) for key, entry in entries.items())
    return True


def http_date(timestamp):
    return format_datetime(datetime.fromtimestamp(int(timestamp), tz=UTC), usegmt=True)


# What each change makes stale. Signals rather than explicit calls, so every path — the admin,
# the workflow, the shell, cascades — is covered.


_SNAPSHOT = ("status", "category_id", "publish_at", "unpublish_at", "deleted_at", "is_featured")


def _item_before_save(sender, instance, raw=False, **kwargs):
    instance._page_cache_before = (
        sender.objects.filter(pk=instance.pk).values(*_SNAPSHOT).first()
        if instance.pk and not raw
        else None
    )


def _item_tags(item, before):
    """The pages a saved item may change. Its own always; if readers could see it before or
    after (a published item — scheduled and expired ones included — may be in or enter a list):
    its sections' lists, its topics' and authors' lists, the search, and the site-wide lists it
    is or was in. (A most-read list names the items it shows among its tags, ``item:<id>``.)"""
    from .models import NewsItem
    from .structure import site_structure

    tags = {f"item:{item.pk}"}
    before = before or {}
    if NewsItem.Status.PUBLISHED not in (item.status, before.get("status")):
        return tags  # a draft is seen only in previews, never cached
    tags |= {"news"} | section_tags(item.category_id) | section_tags(before.get("category_id"))
    tags |= {f"topic-items:{pk}" for pk in item.tags.values_list("pk", flat=True)}
    tags |= {f"author-items:{pk}" for pk in item.bylines.values_list("author_id", flat=True)}
    moved = any(before.get(name) != getattr(item, name) for name in _SNAPSHOT)
    if moved or _among_newest(item, site_structure()):
        tags.add("latest")
    if item.is_featured or before.get("is_featured"):
        tags.add("featured")
    if moved:
        tags.add("mostread")
    return tags


def _among_newest(item, structure):
    """Whether the item is among the newest its top-level section's lists may show: the
    deepest list, with the items it reads beyond what it shows (bantin/listing.py)."""
    from .blocks.settings import LIST_DEPTH
    from .listing import EXTRA
    from .models import NewsItem

    if item.publish_at is None:
        return False
    newer = (
        NewsItem.objects.published()
        .in_section(structure.root_id(item.category_id))
        .filter(publish_at__gt=item.publish_at)
    )
    depth = LIST_DEPTH + EXTRA
    return newer[:depth].count() < depth


def _item_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        bump(*_item_tags(instance, getattr(instance, "_page_cache_before", None)))


def _item_deleted(sender, instance, **kwargs):
    tags = {f"item:{instance.pk}", "news", "latest", "featured", "mostread"}
    bump(*tags, *section_tags(instance.category_id))


def _byline_changed(sender, instance, **kwargs):
    bump(f"item:{instance.news_item_id}", f"author-items:{instance.author_id}", "news")


def _tags_changed(sender, instance, action, reverse=False, pk_set=None, **kwargs):
    """Topics added to or removed from items: those items, the topics' lists and the related
    lists that follow topics."""
    if action not in ("pre_clear", "post_add", "post_remove"):
        return
    if reverse:  # from the topic's side: pk_set holds items
        items, topics = set(pk_set or ()), {instance.pk}
    else:
        items, topics = {instance.pk}, set(pk_set or ())
        if action == "pre_clear":
            topics = set(instance.tags.values_list("pk", flat=True))
    bump("news", *(f"item:{pk}" for pk in items), *(f"topic-items:{pk}" for pk in topics))


def _author_changed(sender, instance, **kwargs):
    bump(f"author:{instance.pk}", f"author-items:{instance.pk}")


def _topic_changed(sender, instance, **kwargs):
    bump(f"topic:{instance.pk}", f"topic-items:{instance.pk}")


def _image_changed(sender, instance, created=False, raw=False, **kwargs):
    """A library image's text or crop changed: the bodies showing it are prepared again (which
    drops their pages), and the pages with it as lead image are dropped."""
    from .models import NewsItem

    if created or raw:
        return
    for item in NewsItem.objects.filter(body__contains=instance.file.name):
        item.save(update_fields=["body"])
    leads = NewsItem.objects.filter(lead_image=instance).values_list("pk", flat=True)
    bump("news", *(f"item:{pk}" for pk in leads))


def _related_lists_changed(sender, ids, **kwargs):
    """Kept related lists were written (bantin/related.py): the articles showing them."""
    bump(*(f"related:{pk}" for pk in ids) if ids is not None else ["related"])


def connect_invalidation():
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

    from .related import lists_changed

    lists_changed.connect(_related_lists_changed, dispatch_uid="pagecache-related-lists")

    from .models import Author, Image, NewsItem, NewsItemAuthor, Tag

    receivers = [
        (pre_save, _item_before_save, NewsItem, "before"),
        (post_save, _item_saved, NewsItem, "saved"),
        (post_delete, _item_deleted, NewsItem, "deleted"),
        (post_save, _byline_changed, NewsItemAuthor, "saved"),
        (post_delete, _byline_changed, NewsItemAuthor, "deleted"),
        (m2m_changed, _tags_changed, NewsItem.tags.through, "changed"),
        (post_save, _author_changed, Author, "saved"),
        (post_delete, _author_changed, Author, "deleted"),
        (post_save, _topic_changed, Tag, "saved"),
        (post_delete, _topic_changed, Tag, "deleted"),
        (post_save, _image_changed, Image, "saved"),
    ]
    for signal, receiver, model, event in receivers:
        signal.connect(receiver, sender=model, dispatch_uid=f"pagecache-{model.__name__}-{event}")
