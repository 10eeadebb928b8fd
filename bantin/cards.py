"""Cards of news items in lists, kept in the cache by what they show.

The same item appears as the same card in many lists — the latest news, a section's pages, the
related items of other articles — and a list that is rendered again (its fragment was dropped by
a publication, or belongs to another page) is made mostly of cards rendered before. Each card is
therefore stored under a digest of everything its HTML is made of: the item's id, title, slug,
lead, publication time and section (name and address), its lead picture's id, alt text and
rendition stamp (version, file, size, key and MEDIA_URL, see
:func:`bantin.renditions.set_stamp`), the card's options, the language, time zone and script
prefix, and the card template itself. An edit of any of them gives another key, so a card
never goes stale and is stored for long; the cache evicts the unused ones.

The key is made of the content and not of ``NewsItem.version``: the version counts the
editors' saves, while a renamed section, a new crop of the picture or a save from a script
change cards without touching it.

A list's cards are read with one ``get_many`` and those missing written with one
``set_many``, only where the page's fragments may be (:func:`bantin.fragments.enabled`):
readers' pages, never a preview, so a draft's card is never stored.
"""

import hashlib
from functools import lru_cache

from django.core.cache import cache
from django.template.loader import get_template
from django.urls import get_script_prefix
from django.utils import timezone

from . import fragments, renditions
from .models import NewsItem

CARD_PREFIX = "card:"
TEMPLATE = "bantin/includes/card.html"
#: Cards are keyed by what they show and never go stale. A day: the embedded database cache
#: culls by key, not by use, so what no list asks for again must leave by itself.
TIMEOUT = 24 * 60 * 60
#: Raised by a release that changes what a card's code makes of the same item (the picture's
#: markup, an address's form): the card template's own source is in the key already.
CARD_FORMAT = 1


def options(
    *, compact=False, show_image=False, show_section=False, show_sapo=False, image_crop="",
    heading_tag="", priority=False,
):  # fmt: skip
    """A card's options as the template reads them: flags as booleans (a list may pass an
    author, or "1"), so that equal cards share one key."""
    return {
        "compact": bool(compact),
        "show_image": bool(show_image),
        "show_section": bool(show_section),
        "show_sapo": bool(show_sapo),
        "image_crop": str(image_crop or ""),
        "heading_tag": str(heading_tag or "h3"),
        "priority": bool(priority),
    }


def render(item, card_options, template=None):
    """The card of ``item``, rendered."""
    return (template or get_template(TEMPLATE)).render({"item": item, **card_options})


def render_all(cards, page):
    """The HTML of each ``(item, options)`` of ``cards``, in order: from the cache where the
    page's fragments may come from it, rendered (and stored) otherwise."""
    if not cards:
        return []
    template = get_template(TEMPLATE)
    if page is None or not fragments.enabled(page):
        return [render(item, card_options, template) for item, card_options in cards]
    keys = [key_of(item, card_options) for item, card_options in cards]
    found = cache.get_many({key for key in keys if key is not None})
    rendered, missing = [], {}
    for (item, card_options), key in zip(cards, keys, strict=True):
        html = found.get(key) if key is not None else None
        if html is None:
            html = missing.get(key) or render(item, card_options, template)
            if key is not None:
                missing[key] = html
        rendered.append(html)
    if missing:
        cache.set_many({key: str(html) for key, html in missing.items()}, timeout=TIMEOUT)
    return rendered


def key_of(item, card_options):
    """The cache key of the card of ``item`` with ``card_options``; None for an item that is
    not published (lists of readers' pages show no other, but a card of one is never kept)."""
    if item.__dict__.get("status", NewsItem.Status.PUBLISHED) != NewsItem.Status.PUBLISHED:
        return None
    image, section = item.lead_image, item.category
    shown = [
        item.pk,
        item.title,
        item.slug,
        item.sapo,
        item.publish_at,
        section.pk,
        section.name,
        section.slug,
        image and [image.pk, *renditions.set_stamp(image)],  # its alt text is never shown
    ]
    context = [
        CARD_FORMAT,
        timezone.get_current_timezone_name(),
        get_script_prefix(),
        _template_digest(),
        sorted(card_options.items()),
    ]
    return fragments.cache_key(CARD_PREFIX, context, shown)


@lru_cache(maxsize=1)
def _template_digest():
    """The card template's source, digested once per process: a deployment that changes it
    does not serve the cards of the previous one."""
    source = get_template(TEMPLATE).template.source
    return hashlib.sha256(source.encode()).hexdigest()[:16]
