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

The page around its blocks (``page.html``: head, header, footer) is a fragment too, the frame,
kept per address with numbered slots where the blocks go, under the tags of what the page is
about (``Page.cache_tags``): a publication changes lists, not the frames of articles.

A page miss costs one ``get_many`` for its frame, all its fragments and the change clock, a
second one for the tags of those stored before the last change, and the rendering of those that
changed.
Like whole pages, fragments are only read and written for readers (no session cookie) on pages
that are not previews, and they never outlive the next scheduled publication or expiry after
the moment their data was read (:func:`bantin.pagecache.lifetime`).
``PORTAL_FRAGMENT_CACHE=false`` renders every block every time.
"""

import hashlib
import json
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.functional import Promise
from django.utils.safestring import mark_safe

from . import listing, pagecache
from .blocks.base import LEADS

FRAGMENT_PREFIX = "pagecache:fragment:"
FRAME_PREFIX = "pagecache:frame:"


#: Where a block's HTML goes in a cached frame: its place among the page's placements.
SLOT = "\x00{}\x00"
_SLOTS = re.compile("\x00([0-9]+)\x00")


@dataclass
class Placed:
    """One block placed on the page being rendered."""

    block: object
    options: dict
    key: str | None = None
    html: str | None = None
    tags: set = field(default_factory=set)


def enabled(page):
    """Whether the page's blocks may come from and go to the fragment cache: only for readers'
    pages, never a preview (which shows drafts) or a logged-in user's page."""
    return not page.preview and may_serve(page.request)


def may_serve(request):
    """Whether fragments may serve ``request``'s page, unless it is a preview."""
    return (
        settings.PORTAL_FRAGMENT_CACHE
        and request.method in ("GET", "HEAD")
        and pagecache.is_reader(request)
    )


def _plain(value):
    return str(value) if isinstance(value, Promise) else value


def cache_key(prefix, *parts):
    """A key under ``prefix`` for ``parts`` (anything JSON can show) in the active language."""
    raw = json.dumps([translation.get_language(), *parts], default=str, ensure_ascii=False)
    return prefix + hashlib.sha256(raw.encode()).hexdigest()


def fragment_key(block, options, vary):
    options = sorted((name, _plain(value)) for name, value in options.items())
    return cache_key(FRAGMENT_PREFIX, block.name, options, vary)


def frame_key(page, status):
    """The frame is the page itself, its blocks left out: one per address."""
    return cache_key(FRAME_PREFIX, pagecache.page_key(page.request), status)


def render_blocks(page, placements, *, frame, status=200):
    """The page's HTML — ``frame(slots)`` around the HTML of each ``(block, settings)`` of
    ``placements`` — and the tags of everything it shows; from the fragment cache where it may
    serve the page."""
    placed = [Placed(block=block, options=block.options(options)) for block, options in placements]
    leading = next((one for one in placed if one.block.shows_pictures(**one.options)), None)
    if leading is not None:
        leading.options[LEADS] = True
    if not enabled(page):
        page.load_details()
        for one in placed:
            _render(page, one)
        html = frame(_shown_once(page, placed))
        return html, set().union(
            page.cache_tags(), *(one.tags for one in placed), *_page_tags(page, placed)
        )
    for one in placed:
        vary = one.block.fragment_vary(page, **one.options)
        if vary is not None:
            one.key = fragment_key(one.block, one.options, vary)
    frame_entry_key = frame_key(page, status)
    keys = [frame_entry_key, *(one.key for one in placed if one.key is not None)]
    found = cache.get_many([*keys, pagecache.CLOCK_KEY])
    clock = pagecache.clock_of(found)
    entries = _current(found, clock, pagecache.known_versions(page.request, clock))
    rendered = []
    for one in placed:
        entry = entries.get(one.key)
        if entry is not None:
            one.html = mark_safe(entry["html"])  # noqa: S308 - a block's own rendered HTML
            one.tags = _names(entry)
            continue
        _render(page, one)
        if one.key is not None:
            rendered.append((one.key, one.html, one.tags))
    entry = entries.get(frame_entry_key)
    if entry is not None and len(entry["html"]) != 2 * len(placed) + 1:
        entry = None  # a frame for other placements: the layout changed under its tag
    if entry is not None:
        parts, frame_tags = entry["html"], _names(entry)
    else:
        page.load_details()
        slots = [mark_safe(SLOT.format(number)) for number in range(len(placed))]  # noqa: S308
        parts = _SLOTS.split(frame(slots))
        frame_tags = page.cache_tags()
        rendered.append((frame_entry_key, parts, frame_tags))
    if rendered:
        _store(page, rendered, clock)
    # The frame's text and the slots' numbers alternate.
    blocks_html = _shown_once(page, placed)
    html = "".join(
        part if index % 2 == 0 else blocks_html[int(part)] for index, part in enumerate(parts)
    )
    return html, set().union(frame_tags, *(one.tags for one in placed), *_page_tags(page, placed))


def _shown_once(page, placed):
    """Each block's HTML as the page shows it: its lists without what the page showed before
    them (bantin/listing.py), the page's own item first of all."""
    own = {page.item.pk} if page.item is not None else set()
    shown = set(own)
    return [
        mark_safe(  # noqa: S308 - the blocks' own HTML
            listing.shown_once(
                one.html,
                shown,
                one.block.shows_at_most(**one.options),
                own=own,
                ranking=one.block.ranking,
            )
        )
        for one in placed
    ]


def _page_tags(page, placed):
    return [one.block.page_tags(page, **one.options) for one in placed]


def _render(page, one):
    page.load_details()
    one.html, shown = one.block.render_with_tags(page, one.options)
    one.tags = {"structure", *one.block.cache_tags(page, **one.options), *shown}


def _names(entry):
    return {tag_key.removeprefix(pagecache.TAG_PREFIX) for tag_key in entry["tags"]}


def _current(found, clock, known):
    """The entries of ``found`` that may still be served; ``known``, the tags' versions read
    for the request so far, gains those read here."""
    now = pagecache.clock_now()
    live = {key: entry for key, entry in found.items() if entry["expires"] > now}
    # Nothing at all changed since they were stored: current without looking at their tags.
    current = {
        key: entry for key, entry in live.items() if clock is not None and entry["clock"] == clock
    }
    unsure = {key: entry for key, entry in live.items() if key not in current}
    if unsure:
        # Something changed since these were stored: keep those whose tags did not, read
        # unless the page's own lookup read them (pagecache.known_versions).
        wanted = {tag_key for entry in unsure.values() for tag_key in entry["tags"]}
        versions = {key: value for key, value in known.items() if key in wanted}
        versions.update(cache.get_many([key for key in wanted if key not in known]))
        known.update(versions)
        for key, entry in unsure.items():
            if all(versions.get(tag_key) == version for tag_key, version in entry["tags"].items()):
                current[key] = entry
    return current


def _store(page, rendered, clock):
    """Store what was just rendered — ``(key, html, tags)`` — unless something changed while
    it was."""
    request = page.request
    seconds = pagecache.lifetime(page.now, request)
    if seconds < 1:
        return
    tags = set().union(*(tags for _, _, tags in rendered))
    versions = pagecache.current_versions(tags, clock, pagecache.known_versions(request, clock))
    if versions is None:
        return
    expires = pagecache.clock_now() + seconds
    entries = {
        key: {
            "html": html if isinstance(html, list) else str(html),
            "tags": {
                pagecache.TAG_PREFIX + tag: versions[pagecache.TAG_PREFIX + tag] for tag in tags
            },
            "clock": clock,
            "expires": expires,
        }
        for key, html, tags in rendered
    }
    timeout = pagecache.cache_timeout(seconds)
    if not pagecache.defer(request, entries, timeout):
        cache.set_many(entries, timeout=timeout)
