"""The site's structure, cached: the section tree and every page layout.

Pages read both on every request, so they are built from three queries once, kept in Django's
cache (shared by all workers in production) and rebuilt after any change to a section, a layout
or a placement is committed.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

CACHE_KEY = "bantin:structure:v1"
REGIONS = ("top", "main", "aside", "bottom")


@dataclass(frozen=True)
class Section:
    """What pages need of a section, without a query."""

    pk: int
    name: str
    slug: str
    parent_id: int | None
    position: int
    is_active: bool
    url: str

    def get_absolute_url(self):
        return self.url


@dataclass
class Structure:
    sections: dict = field(default_factory=dict)
    children: dict = field(default_factory=dict)
    layouts: dict = field(default_factory=dict)

    def ancestors(self, section_id):
        """The section's chain from the top level down to the section itself."""
        chain, seen = [], set()
        while section_id in self.sections and section_id not in seen:
            seen.add(section_id)
            chain.append(self.sections[section_id])
            section_id = self.sections[section_id].parent_id
        return chain[::-1]

    def descendant_ids(self, section_id):
        found, stack = [], [section_id]
        while stack:
            pk = stack.pop()
            if pk in found:
                continue
            found.append(pk)
            stack.extend(self.children.get(pk, ()))
        return found

    def root_id(self, section_id):
        chain = self.ancestors(section_id)
        return chain[0].pk if chain else None

    def menu(self, parent_id=None):
        """Active sections under ``parent_id`` in menu order."""
        return [
            self.sections[pk]
            for pk in self.children.get(parent_id, ())
            if self.sections[pk].is_active
        ]

    def layout(self, page_type, section_id=None):
        """Regions of the layout for a page: the section's own, an ancestor's, or the default."""
        for ancestor in reversed(self.ancestors(section_id)) if section_id else ():
            layout = self.layouts.get((page_type, ancestor.pk))
            if layout is not None:
                return layout
        return self.layouts.get((page_type, None), {region: [] for region in REGIONS})


def build():
    from .models import Category, Layout, Placement

    structure = Structure()
    for category in Category.objects.order_by("position", "name"):
        structure.sections[category.pk] = Section(
            pk=category.pk,
            name=category.name,
            slug=category.slug,
            parent_id=category.parent_id,
            position=category.position,
            is_active=category.is_active,
            url=category.get_absolute_url(),
        )
        structure.children.setdefault(category.parent_id, []).append(category.pk)
    keys = {}
    for layout in Layout.objects.all():
        keys[layout.pk] = (layout.page_type, layout.category_id)
        structure.layouts[keys[layout.pk]] = {region: [] for region in REGIONS}
    for placement in Placement.objects.order_by("position", "pk"):
        regions = structure.layouts[keys[placement.layout_id]]
        regions.setdefault(placement.region, []).append((placement.block, placement.settings))
    return structure


def site_structure():
    structure = cache.get(CACHE_KEY)
    if structure is None:
        structure = build()
        cache.set(CACHE_KEY, structure, timeout=None)
    return structure


def invalidate(**kwargs):
    from .pagecache import bump

    # Now, so this transaction reads its own change; and again after commit, in case another
    # request rebuilt the cache from the old state in between.
    cache.delete(CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))
    bump("structure")


def connect_invalidation():
    """Any save or delete of what the structure holds, by any path, rebuilds it after commit.

    Signals rather than explicit calls: queryset deletes, cascades and the admin's inlines
    would otherwise each need remembering.
    """
    from .models import Category, Layout, Placement

    for model in (Category, Layout, Placement):
        post_save.connect(invalidate, sender=model, dispatch_uid=f"structure-save-{model.__name__}")
        post_delete.connect(
            invalidate, sender=model, dispatch_uid=f"structure-delete-{model.__name__}"
        )
