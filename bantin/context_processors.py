from .sitesettings import site_settings
from .structure import site_structure


def portal(request):
    """The site settings (name, emblem, banner, contacts, publisher) and the sections of the
    main menu with their subsections, for the header, menu and footer of every page. Both come
    from the cache, without a query."""
    site = site_settings()
    structure = site_structure()
    sections = structure.menu()
    return {
        "site": site,
        "site_name": site.name,
        "site_tagline": site.tagline,
        "menu_sections": sections,
        "menu_tree": [(section, structure.menu(section.pk)) for section in sections],
    }
