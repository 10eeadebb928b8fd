"""Which blocks each kind of public page shows, region by region, in order.

Each placement is ``(block name, settings)``. Regions: ``top`` (full width above the columns),
``main``, ``aside`` and ``bottom``.
"""

from django.utils.translation import gettext_lazy as _

LAYOUTS = {
    "home": {
        "top": [("featured", {"count": 5})],
        "main": [("latest", {"by_section": True, "count": 4})],
        "aside": [("latest", {"count": 8, "heading": _("Tin mới nhất"), "images": False})],
    },
    "category": {
        "main": [("listdata", {"per_page": 20})],
        "aside": [("featured", {"count": 5, "compact": True})],
    },
    "author": {
        "main": [("listdata", {"per_page": 20})],
        "aside": [("latest", {"count": 8, "heading": _("Tin mới nhất"), "images": False})],
    },
    "article": {
        "main": [("toolbar", {}), ("viewdata", {}), ("othernews", {"count": 8})],
        "aside": [("latest", {"count": 8, "heading": _("Tin mới nhất"), "images": False})],
    },
}

REGIONS = ("top", "main", "aside", "bottom")


def layout_for(kind):
    layout = LAYOUTS[kind]
    return {region: layout.get(region, []) for region in REGIONS}
