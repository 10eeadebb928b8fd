from django.conf import settings

from .structure import site_structure


def portal(request):
    """The site's name and its top-level sections, for the header and menu of every page."""
    return {
        "site_name": settings.PORTAL_SITE_NAME,
        "site_tagline": settings.PORTAL_SITE_TAGLINE,
        "menu_sections": site_structure().menu(),
    }
