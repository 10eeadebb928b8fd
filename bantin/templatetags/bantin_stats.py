"""The view beacon's token in an article page (bantin/stats.py)."""

from django import template

from bantin.stats import view_token as make_view_token

register = template.Library()


@register.simple_tag
def view_token(item):
    """The signed token the page's script posts with its view beacon."""
    return make_view_token(item.pk)
