"""Login lockouts (django-axes) in the admin: site admins see who is locked out and lift it,
so a colleague who mistyped a password five times need not wait out the cool-off."""

from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

if admin.site.is_registered(AccessAttempt):
    admin.site.unregister(AccessAttempt)


def is_locked_out(attempt):
    return attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT


class LockedOutFilter(admin.SimpleListFilter):
    title = _("tình trạng")
    parameter_name = "bi_khoa"

    def lookups(self, request, model_admin):
        return [("co", _("Đang bị khóa")), ("khong", _("Chưa bị khóa"))]

    def queryset(self, request, queryset):
        limit = settings.AXES_FAILURE_LIMIT
        if self.value() == "co":
            return queryset.filter(failures_since_start__gte=limit)
        if self.value() == "khong":
            return queryset.filter(failures_since_start__lt=limit)
        return queryset


@admin.register(AccessAttempt)
class AccessAttemptAdmin(admin.ModelAdmin):
    """One row per user name and address that failed to log in; lifting deletes it. Model
    permissions decide who sees it: migration 0020 gives them to site admins only."""

    list_display = ["account", "address", "failures", "state", "last_attempt", "browser"]
    list_display_links = None
    list_filter = [LockedOutFilter]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    actions = ["lift_lockouts"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        # Lifting is the deletion; Django's own would list the rows in English first.
        actions.pop("delete_selected", None)
        return actions

    @admin.display(description=_("tên đăng nhập"), ordering="username")
    def account(self, obj):
        return obj.username or "—"

    @admin.display(description=_("địa chỉ IP"), ordering="ip_address")
    def address(self, obj):
        return obj.ip_address or "—"

    @admin.display(description=_("số lần sai"), ordering="failures_since_start")
    def failures(self, obj):
        return obj.failures_since_start

    @admin.display(description=_("tình trạng"))
    def state(self, obj):
        if is_locked_out(obj):
            return _("Đang bị khóa")
        left = settings.AXES_FAILURE_LIMIT - obj.failures_since_start
        return ngettext("Còn %(count)d lần thử", "Còn %(count)d lần thử", left) % {"count": left}

    @admin.display(description=_("lần sai gần nhất"), ordering="attempt_time")
    def last_attempt(self, obj):
        return date_format(timezone.localtime(obj.attempt_time), "d/m/Y H:i")

    @admin.display(description=_("trình duyệt"))
    def browser(self, obj):
        return obj.user_agent[:80]

    @admin.action(description=_("Mở khóa các tài khoản đã chọn"), permissions=["delete"])
    def lift_lockouts(self, request, queryset):
        lifted = 0
        for attempt in queryset:
            lifted += AxesProxyHandler.reset_attempts(
                ip_address=attempt.ip_address, username=attempt.username
            )
        self.message_user(
            request,
            ngettext(
                "Đã mở khóa: xóa %(count)d bản ghi đăng nhập sai; người dùng có thể đăng nhập lại ngay.",
                "Đã mở khóa: xóa %(count)d bản ghi đăng nhập sai; người dùng có thể đăng nhập lại ngay.",
                lifted,
            )
            % {"count": lifted},
            messages.SUCCESS,
        )
