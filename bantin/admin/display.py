"""How the admin shows values, where Django's own way leaves English behind."""

from django.contrib.admin.templatetags import admin_list
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _

ICONS = {True: "yes", False: "no", None: "unknown"}


def boolean_icon(value):
    """Django's yes/no/unknown icon, with a text alternative in the user's language: Django
    writes the Python value ("True", "False") into it, which a screen reader reads out."""
    labels = {True: _("Có"), False: _("Không"), None: _("Không rõ")}
    return format_html(
        '<img src="{}" alt="{}">', static(f"admin/img/icon-{ICONS[value]}.svg"), labels[value]
    )


def use_translated_boolean_icons():
    """Every list column and read-only field of a yes/no value shows ``boolean_icon``: both
    reach Django's icon through this one module attribute (admin_list.items_for_result, and
    admin.utils.display_for_field, which imports it when called)."""
    admin_list._boolean_icon = boolean_icon
