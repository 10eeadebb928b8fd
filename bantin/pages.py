"""A public page: what the view knows about the request, and its rendering through a layout."""

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone

from .blocks import registry
from .fragments import render_blocks
from .pagecache import add_tags
from .structure import site_structure


@dataclass
class Page:
    """The context every block receives: the request and what the page is about."""

    request: HttpRequest
    kind: str
    item: object = None
    category: object = None
    author: object = None
    tag: object = None
    query: str = ""
    title: str = ""
    description: str = ""
    canonical_url: str = ""
    preview: bool = False
    #: The moment the page's blocks see the news as of: items published by then, not expired.
    now: datetime = field(default_factory=lambda: timezone.now())  # the clock at call time

    @property
    def section(self):
        """The section the page belongs to: the listed one, or the article's."""
        if self.category is not None:
            return self.category
        return self.item.category if self.item is not None else None

    @property
    def section_id(self):
        """The id of :attr:`section`, without loading the article's section."""
        if self.category is not None:
            return self.category.pk
        return self.item.category_id if self.item is not None else None

    @cached_property
    def structure(self):
        """The cached site structure, fetched once for the whole page and its blocks."""
        return site_structure()

    def load_details(self):
        """What rendering the page's blocks or frame needs beyond the view's lookup: an
        article's bylines and topics. Called before anything is rendered, so a page that comes
        whole from the fragment cache does without."""
        if self.item is not None:
            self.item.load_article_details()

    def cache_tags(self):
        """What the page itself is about, as page cache tags; its blocks add what they list."""
        tags = {"structure"}
        if self.item is not None:
            tags.add(f"item:{self.item.pk}")
            tags |= {f"author:{byline.author_id}" for byline in self.item.bylines.all()}
            tags |= {f"topic:{topic.pk}" for topic in self.item.tags.all()}
        if self.author is not None:
            tags.add(f"author:{self.author.pk}")
        if self.tag is not None:
            tags.add(f"topic:{self.tag.pk}")
        return tags

    @cached_property
    def root_section_id(self):
        """The top-level section this page falls under, for marking the main menu."""
        section_id = self.section_id
        return self.structure.root_id(section_id) if section_id is not None else None


def render_page(page, *, layout=None, status=200):
    """Render every block placed in the page's layout, region by region, in the page's frame.

    Unless a layout is given (the admin's preview), it comes from the cached site structure: the section's own, an ancestor's, or the
    page type's default. A placement naming a block that no longer exists, or one that does
    not fit this page type, is skipped. Blocks and the frame come from the fragment cache
    where they may (bantin/fragments.py).
    """
    if layout is None:
        layout = page.structure.layout(page.kind, page.section_id)
    placements = [
        (region, registry.get(name), settings)
        for region, region_placements in layout.items()
        for name, settings in region_placements
        if name in registry and registry.get(name).fits(page.kind)
    ]

    def frame(slots):
        """page.html around ``slots``, one HTML string per placement."""
        regions = {region: [] for region in layout}
        for (region, _block, _settings), html in zip(placements, slots, strict=True):
            regions[region].append(html)
        context = {"page": page, "regions": regions}
        return render_to_string("bantin/page.html", context, request=page.request)

    blocks = [(block, settings) for _region, block, settings in placements]
    html, tags = render_blocks(page, blocks, frame=frame, status=status)
    add_tags(page.request, *tags)
    return HttpResponse(html, status=status)
