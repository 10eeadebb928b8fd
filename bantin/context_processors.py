from django.conf import settings

from .models import Category


def portal(request):
    """The site's name and its top-level sections, for the header and menu of every page."""
    return {
        "site_name": settings.PORTAL_SITE_NAME,
        "site_tagline": settings.PORTAL_SITE_TAGLINE,
        # Lazy: evaluated only by templates that draw the menu.
        "menu_sections": Category.objects.active().roots(),
    }
