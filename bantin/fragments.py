"""Blocks' HTML kept in the cache as fragments, by what they show.

A page that is not in the page cache is still made mostly of blocks that another page has just
rendered: every article shows the same latest and most-read lists, every page of a section the
same menu. Each block placed on a page is therefore looked up first as a fragment, stored under
the block's name, its settings, the language and what of the page it depends on
(:meth:`bantin.blocks.Block.fragment_vary`), together with the versions of the page cache tags
it shows (:meth:`~bantin.blocks.Block.cache_tags`, plus ``structure``). A fragment is served
only while those versions are current, so the changes that make pages stale
(:func:`bantin.pagecache.bump`) drop exactly the fragments showing them: a publication
re-renders the lists it enters once, for every page that shows them.

A page miss costs one ``get_many`` for all its fragments and the change clock, a second one for
the tags of fragments stored before the last change, and the rendering of those that changed.
Like whole pages, fragments are only read and written for readers (no session cookie) on pages
that are not previews, and they never outlive the next scheduled publication or expiry after
the moment their data was read (:func:`bantin.pagecache.lifetime`).
``PORTAL_FRAGMENT_CACHE=false`` renders every block every time.
"""

import hashlib
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.functional import Promise
from django.utils.safestring import mark_safe

from . import pagecache

FRAGMENT_PREFIX = "pagecache:fragment:"


@dataclass
class Placed:
    """One block placed on the page being rendered."""

    block: object
    options: dict
    tags: set
    key: str | None = None
    html: str | None = None
    shown: set = field(default_factory=set)


def enabled(page):
    """Whether the page's blocks may come from and go to the fragment cache: only for readers'
    pages, never a preview (which shows drafts) or a logged-in user's page."""
    request = page.request
    return (
        settings.PORTAL_FRAGMENT_CACHE
        and not page.preview
        and request.method in ("GET", "HEAD")
        and pagecache.is_reader(request)
    )


def fragment_key(block, options, vary):
    def plain(value):
        return str(value) if isinstance(value, Promise) else value

    raw = json.dumps(
        [
            block.name,
            translation.get_language(),
            sorted((name, plain(value)) for name, value in options.items()),
            vary,
        ],
        default=str,
        ensure_ascii=False,
    )
    return FRAGMENT_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def render_blocks(page, placements):
    """The HTML of each ``(block, settings)`` in ``placements``, in order, and the tags of
    everything they show; from the fragment cache where it may serve the page."""
    placed = []
    for block, settings_ in placements:
        options = block.options(settings_)
        tags = {"structure", *block.cache_tags(page, **options)}
        placed.append(Placed(block=block, options=options, tags=tags))
    if enabled(page):
        _fill_from_cache(page, placed)
    else:
        for one in placed:
            one.html, one.shown = one.block.render_with_tags(page, one.options)
    tags = set()
    for one in placed:
        tags |= one.tags | one.shown
    return [one.html for one in placed], tags


def _fill_from_cache(page, placed):
    for one in placed:
        vary = one.block.fragment_vary(page, **one.options)
        if vary is not None:
            one.key = fragment_key(one.block, one.options, vary)
    keys = [one.key for one in placed if one.key is not None]
    found = cache.get_many([*keys, pagecache.CLOCK_KEY]) if keys else {}
    clock = found.pop(pagecache.CLOCK_KEY, None)
    now = pagecache.clock_now()
    live = {key: entry for key, entry in found.items() if entry["expires"] > now}
    # Nothing at all changed since they were stored: current without looking at their tags.
    entries = {
        key: entry for key, entry in live.items() if clock is not None and entry["clock"] == clock
    }
    unsure = {key: entry for key, entry in live.items() if key not in entries}
    if unsure:
        # Something changed since these were stored: keep those whose tags did not.
        wanted = {tag_key for entry in unsure.values() for tag_key in entry["tags"]}
        versions = cache.get_many(list(wanted))
        for key, entry in unsure.items():
            if all(versions.get(tag_key) == version for tag_key, version in entry["tags"].items()):
                entries[key] = entry
    rendered = []
    for one in placed:
        entry = entries.get(one.key)
        if entry is not None:
            one.html = mark_safe(entry["html"])  # noqa: S308 - a block's own rendered HTML
            one.shown = {tag_key.removeprefix(pagecache.TAG_PREFIX) for tag_key in entry["tags"]}
            continue
        one.html, one.shown = one.block.render_with_tags(page, one.options)
        if one.key is not None:
            rendered.append(one)
    if rendered:
        _store(page, rendered, clock)


def _store(page, rendered, clock):
    """Store the fragments just rendered, unless something changed while they were."""
    seconds = pagecache.lifetime(page.now)
    if seconds < 1:
        return
    all_tags = set().union(*(one.tags | one.shown for one in rendered))
    versions = pagecache.current_versions(all_tags, clock)
    if versions is None:
        return
    expires = pagecache.clock_now() + seconds
    entries = {}
    for one in rendered:
        tag_keys = {pagecache.TAG_PREFIX + tag for tag in one.tags | one.shown}
        entries[one.key] = {
            "html": str(one.html),
            "tags": {tag_key: versions[tag_key] for tag_key in tag_keys},
            "clock": clock,
            "expires": expires,
        }
    cache.set_many(entries, timeout=pagecache.cache_timeout(seconds))
