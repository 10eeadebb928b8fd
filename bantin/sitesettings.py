"""The site settings (:class:`bantin.models.SiteSettings`), cached like the site structure.

Every page shows them in its header and footer, so they are read from Django's cache, not the
database, and dropped — together with every cached page — whenever an admin saves them.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

CACHE_KEY = "bantin:site-settings:v1"


def site_settings():
    """The saved settings, or their defaults; from the cache after the first request."""
    from .models import SiteSettings

    found = cache.get(CACHE_KEY)
    if found is None:
        found = SiteSettings.load()
        cache.set(CACHE_KEY, found, timeout=None)
    return found


def plain_site_settings():
    """Name and tagline from the Django settings alone, without the database or the cache: for
    the server error page, which must render when neither works."""
    return {"name": settings.PORTAL_SITE_NAME, "tagline": settings.PORTAL_SITE_TAGLINE}


def invalidate(**kwargs):
    from .pagecache import bump

    # As for the structure: now, so this transaction reads its own change, and after commit, in
    # case another request cached the old row in between. Every page shows the settings, and
    # every page carries the "structure" tag.
    cache.delete(CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))
    bump("structure")


def _image_changed(sender, instance, **kwargs):
    """The emblem's picture was edited or deleted (which empties the field by an update that
    sends no signal of the settings' own)."""
    cached = cache.get(CACHE_KEY)
    if cached is not None and cached.emblem_id == instance.pk:
        invalidate()


def connect_invalidation():
    """A save or delete by any path (the admin, the shell, a fixture) drops the cached copy."""
    from .models import Image, SiteSettings

    post_save.connect(invalidate, sender=SiteSettings, dispatch_uid="site-settings-save")
    post_delete.connect(invalidate, sender=SiteSettings, dispatch_uid="site-settings-delete")
    post_save.connect(_image_changed, sender=Image, dispatch_uid="site-settings-emblem-save")
    post_delete.connect(_image_changed, sender=Image, dispatch_uid="site-settings-emblem-delete")
