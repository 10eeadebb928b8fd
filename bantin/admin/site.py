"""The site settings in the admin: one row, opened straight from the admin's index."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..models import SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    """Nobody adds a second row or deletes the one; the list opens it for editing. Model
    permissions decide who may: migration 0014 gives them to site admins only."""

    fieldsets = [
        (None, {"fields": ["name", "tagline", "emblem"]}),
        (_("Cơ quan và liên hệ"), {"fields": ["owner", "address", "phone", "email"]}),
        (
            _("Thông tin bắt buộc ở cuối trang"),
            {
                "fields": ["responsible_person", "licence"],
                "description": _(
                    "Theo quy định, cổng thông tin phải ghi người chịu trách nhiệm và giấy phép."
                ),
            },
        ),
    ]
    autocomplete_fields = ["emblem"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_object(self, request, object_id, from_field=None):
        # The row may not exist yet: its defaults are shown, and saving creates it.
        if str(object_id) != str(SiteSettings.SINGLETON_PK):
            return None
        return SiteSettings.load()

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return redirect(
            reverse("admin:bantin_sitesettings_change", args=[SiteSettings.SINGLETON_PK])
        )
