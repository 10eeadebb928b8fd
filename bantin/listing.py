"""Items shown once per page: a list leaves out what the page showed before it.

An article showed "Tin liên quan" that repeated "Tin khác" and a "Tin mới nhất" listing the
article itself. Blocks are rendered, and kept as fragments, one by one and for many pages, so
a block cannot ask the page what it has shown. Instead a list that may leave items out (its
:meth:`~bantin.blocks.Block.shows_at_most` is a number) reads :data:`EXTRA` more than it shows,
and wraps each item's HTML in ``{% listed item %}…{% endlisted %}``. When the page is put
together, in the order of its placements, :func:`shown_once` keeps the first items of each
list the page has not shown yet and notes them as shown for the lists after it: a list short
of others shows fewer, and one with nothing new is left out. A ranking (the most read) leaves
nothing out but the page's own item, which no list shows. A list that shows every item it reads (a
section's paginated page) is marked the same way and leaves out only the page's own item.
The fragments stay shared by every page; only the cheap putting together is per page.
"""

import re

#: How many more items than it shows a list reads, to leave out those shown before it.
EXTRA = 10

_ITEM = "\x00item:{}\x00{}\x00/item\x00"
_ITEMS = re.compile("\x00item:([0-9]+)\x00(.*?)\x00/item\x00", re.DOTALL)


def listed(pk, html):
    """``html``, one item's in a list, marked as the item ``pk``'s."""
    return _ITEM.format(int(pk), html)


def shown_once(html, shown, at_most=None, *, own=frozenset(), ranking=False):
    """``html`` with its marked items unmarked, never one of ``own`` (the page's own item),
    and, when ``at_most`` is a number, only the first ``at_most`` of those not in ``shown``;
    nothing at all when every item it lists was shown before (a second list of the same items
    tells a reader nothing). A ``ranking`` (the most read) keeps its first ``at_most`` whatever
    came before it: leaving some out would misstate the ranks. The kept ones are added to
    ``shown``."""
    items = [int(match.group(1)) for match in _ITEMS.finditer(html)]
    kept = [index for index, pk in enumerate(items) if pk not in own]
    if at_most is not None:
        if not ranking:
            kept = [index for index in kept if items[index] not in shown]
        if items and not kept:
            return ""
        kept = kept[:at_most]
    kept = set(kept)
    place = iter(range(len(items)))

    def keep(match):
        if next(place) not in kept:
            return ""
        shown.add(int(match.group(1)))
        return match.group(2)

    return _ITEMS.sub(keep, html)
