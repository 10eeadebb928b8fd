"""A public page: what the view knows about the request, and its rendering through a layout."""

from dataclasses import dataclass, field
from datetime import datetime

from django.http import HttpRequest
from django.shortcuts import render
from django.utils import timezone

from .blocks import registry
from .layouts import layout_for


@dataclass
class Page:
    """The context every block receives: the request and what the page is about."""

    request: HttpRequest
    kind: str
    item: object = None
    category: object = None
    author: object = None
    title: str = ""
    description: str = ""
    canonical_url: str = ""
    preview: bool = False
    now: datetime = field(default_factory=timezone.now)

    @property
    def section(self):
        """The section the page belongs to: the listed one, or the article's."""
        if self.category is not None:
            return self.category
        return self.item.category if self.item is not None else None


def render_page(page, *, status=200):
    """Render every block placed in the page's layout, region by region."""
    regions = {
        region: [registry.get(name).render(page, **settings) for name, settings in placements]
        for region, placements in layout_for(page.kind).items()
    }
    return render(
        page.request, "bantin/page.html", {"page": page, "regions": regions}, status=status
    )
