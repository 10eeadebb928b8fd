from .sitesettings import site_settings
from .structure import site_structure


def portal(request):
    """The site settings (name, emblem, contacts, publisher) and the top-level sections, for
    the header, menu and footer of every page. Both come from the cache, without a query."""
    site = site_settings()
    return {
        "site": site,
        "site_name": site.name,
        "site_tagline": site.tagline,
        "menu_sections": site_structure().menu(),
    }
