"""Site settings for templates rendered without a request (the server error page)."""

from django import template

from ..sitesettings import plain_site_settings as plain

register = template.Library()


@register.simple_tag
def plain_site_settings():
    """The site's name and tagline from the Django settings: no database, no cache."""
    return plain()
