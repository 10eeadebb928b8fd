"""Names of the editorial roles (Django groups created by migration 0002), and what holding one
means for an account."""

from django.db import transaction

REPORTER = "Phóng viên"
EDITOR = "Biên tập viên"
PUBLISHER = "Người duyệt tin"
SITE_ADMIN = "Quản trị viên"

ALL = (REPORTER, EDITOR, PUBLISHER, SITE_ADMIN)


def user_sync_staff(*, user):
    """Make ``user`` staff (able to log in to the admin) exactly when they hold a role, or are
    a superuser: granting a role is enough to let a colleague in, and taking the last one away
    shuts the admin to them. Call it after the user's groups are saved."""
    with transaction.atomic():
        is_staff = user.is_superuser or user.groups.filter(name__in=ALL).exists()
        if user.is_staff != is_staff:
            user.is_staff = is_staff
            user.save(update_fields=["is_staff"])
    return user
