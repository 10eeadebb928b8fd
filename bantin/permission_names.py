"""Names of Django's built-in permissions in Vietnamese.

Django names the add, change, delete and view permissions of every model "Can add <model>"
when it creates them, in English whatever the site's language, and stores that name: the
admin's group and user forms show it as it is ("Can view tác giả"). The site is Vietnamese
first and its own permissions are named in Vietnamese, so these are renamed likewise after
every migration, which is when Django creates them.
"""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.utils import translation

#: Stored, not shown through gettext: a permission has one name, in the site's language.
VERBS = {"add": "Thêm", "change": "Sửa", "delete": "Xóa", "view": "Xem"}


def vietnamese_name(permission):
    """The Vietnamese name of one of Django's built-in permissions, or None for any other."""
    model = permission.content_type.model_class()
    action = permission.codename.partition("_")[0]
    if model is None or action not in VERBS:
        return None
    if permission.codename != f"{action}_{model._meta.model_name}":
        return None
    with translation.override(settings.LANGUAGE_CODE):
        model_name = str(model._meta.verbose_name)
    if model_name[1:2].islower():  # "Nhóm" as Django's Vietnamese writes it, but not "IP"
        model_name = model_name[0].lower() + model_name[1:]
    return f"{VERBS[action]} {model_name}"[:255]


def name_builtin_permissions(using="default", **kwargs):
    """post_migrate: rename the built-in permissions Django created with its English name."""
    renamed = []
    permissions = Permission.objects.using(using).filter(name__startswith="Can ")
    for permission in permissions.select_related("content_type"):
        name = vietnamese_name(permission)
        if name is not None and permission.name != name:
            permission.name = name
            renamed.append(permission)
    Permission.objects.using(using).bulk_update(renamed, ["name"])
