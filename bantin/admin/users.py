"""Users in the admin: nobody but a superuser can hand out rights they do not hold."""

from django.contrib import admin
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .. import roles
from ..text import scripts_of

User = get_user_model()


def grantable_groups(user):
    """Groups whose every permission ``user`` holds too."""
    if user.is_superuser:
        return Group.objects.all()
    held = user.get_all_permissions()
    return Group.objects.filter(
        pk__in=[
            group.pk
            for group in Group.objects.prefetch_related("permissions__content_type")
            if {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()} <= held
        ]
    )


# User names in one script --------------------------------------------------------------------


class SingleScriptUsername:
    """Refuses a user name whose letters mix writing systems: "quаntri" with a Cyrillic "а"
    looks like "quantri" and could pass for that account in lists, logs and e-mails."""

    def clean_username(self):
        parent = getattr(super(), "clean_username", None)
        username = parent() if parent else self.cleaned_data.get("username")
        if username and len(scripts_of(username)) > 1:
            raise ValidationError(
                _(
                    "Tên đăng nhập trộn chữ của nhiều hệ chữ viết (ví dụ một chữ Kirin giữa các "
                    "chữ Latinh), dễ bị nhầm với một tài khoản khác. Hãy gõ lại bằng một kiểu chữ."
                ),
                code="mixed_scripts",
            )
        return username


class UserAddForm(SingleScriptUsername, AdminUserCreationForm):
    pass


class UserEditForm(SingleScriptUsername, UserChangeForm):
    pass


# ------------------------------------------------------------------------------------------------


class AdminPasswordChangeForm(auth_forms.AdminPasswordChangeForm):
    """Django's form, with its warning in the user's language: Django adds the warning to the
    help text when its module is imported, which turns both into English text for good."""

    usable_password_help_text = format_lazy(
        '{}<ul id="id_unusable_warning" class="messagelist"><li class="warning">{}</li></ul>',
        auth_forms.SetUnusablePasswordMixin.usable_password_help_text,
        _("Nếu tắt, mật khẩu hiện tại của người dùng này sẽ mất."),
    )


admin.site.unregister(User)


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    add_form = UserAddForm
    form = UserEditForm
    change_password_form = AdminPasswordChangeForm
    list_display = ["username", "full_name", "email", "role_names", "is_active", "last_login"]
    list_filter = ["is_active", "groups", "is_staff"]
    # Staff status follows the roles (roles.user_sync_staff): shown, not ticked by hand.
    readonly_fields = ["last_login", "date_joined", "is_staff"]
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": (
                    "username",
                    "first_name",
                    "last_name",
                    "email",
                    "groups",
                    "usable_password",
                    "password1",
                    "password2",
                ),
            },
        ),
    )

    @admin.display(description=_("họ tên"), ordering="last_name")
    def full_name(self, obj):
        return obj.get_full_name()

    @admin.display(description=_("vai trò"))
    def role_names(self, obj):
        return ", ".join(group.name for group in obj.groups.all())

    def get_queryset(self, request):
        queryset = super().get_queryset(request).prefetch_related("groups")
        if not request.user.is_superuser:
            queryset = queryset.filter(is_superuser=False)
        return queryset

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser or obj is None:
            return fieldsets
        return (
            (None, {"fields": ("username", "password")}),
            (_("Thông tin cá nhân"), {"fields": ("first_name", "last_name", "email")}),
            (_("Quyền"), {"fields": ("is_active", "is_staff", "groups")}),
            (_("Thời điểm"), {"fields": ("last_login", "date_joined")}),
        )

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups":
            kwargs["queryset"] = grantable_groups(request.user)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def has_change_permission(self, request, obj=None):
        actor = request.user
        if obj is not None and not actor.is_superuser and obj.pk != actor.pk:
            # Changing an account, or resetting its password, is taking it over: allowed only
            # over accounts that hold no right the actor lacks.
            if obj.is_superuser or not obj.get_all_permissions() <= actor.get_all_permissions():
                return False
        return super().has_change_permission(request, obj)

    def save_related(self, request, form, formsets, change):
        user = form.instance
        if not request.user.is_superuser and user.pk == request.user.pk:
            # Own roles stay as they were, whatever was posted.
            before = list(user.groups.all())
            super().save_related(request, form, formsets, change)
            user.groups.set(before)
        else:
            super().save_related(request, form, formsets, change)
        roles.user_sync_staff(user=user)
