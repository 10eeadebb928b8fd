"""The admin site itself. A module of its own, outside ``bantin.admin``: Django builds the
default site before the app's admin modules, which register on it, are imported."""

from django.contrib import admin


class PortalAdminSite(admin.AdminSite):
    """Django's admin site; its index starts with what waits for the person looking at it."""

    def index(self, request, extra_context=None):
        from .admin.news import waiting_for_me_url
        from .models import NewsItem

        extra_context = dict(extra_context or {})
        user = request.user
        if user.has_perm("bantin.view_newsitem") or user.has_perm("bantin.change_newsitem"):
            extra_context["waiting_for_me"] = {
                "count": NewsItem.objects.open_to(user).waiting_for(user).count(),
                "url": waiting_for_me_url(),
            }
        return super().index(request, extra_context)
