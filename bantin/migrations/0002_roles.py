"""The four editorial roles as groups, with the permissions their work needs in the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = {
    "Phóng viên": {
        "bantin": {
            "newsitem": ["add", "change", "view"],
            "newsitemauthor": ["add", "change", "delete", "view"],
            "image": ["add", "view"],
            "author": ["view"],
            "category": ["view"],
        },
    },
    "Biên tập viên": {
        "bantin": {
            "newsitem": ["add", "change", "view"],
            "newsitemauthor": ["add", "change", "delete", "view"],
            "image": ["add", "change", "view"],
            "author": ["add", "change", "view"],
            "category": ["view"],
        },
    },
    "Người duyệt tin": {
        "bantin": {
            "newsitem": ["add", "change", "delete", "view"],
            "newsitemauthor": ["add", "change", "delete", "view"],
            "image": ["add", "change", "view"],
            "author": ["add", "change", "view"],
            "category": ["view"],
        },
    },
    "Quản trị viên": {
        "bantin": {
            "newsitem": ["add", "change", "delete", "view"],
            "newsitemauthor": ["add", "change", "delete", "view"],
            "image": ["add", "change", "delete", "view"],
            "author": ["add", "change", "delete", "view"],
            "category": ["add", "change", "delete", "view"],
        },
        "auth": {
            "user": ["add", "change", "view"],
            "group": ["view"],
        },
    },
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations have run; create them now so the
    # groups can be given theirs on a fresh database.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    assign_roles(apps)


def assign_roles(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, apps_models in ROLES.items():
        group, _created = Group.objects.get_or_create(name=role)
        codenames = [
            (app_label, f"{action}_{model}")
            for app_label, models in apps_models.items()
            for model, actions in models.items()
            for action in actions
        ]
        permissions = [
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in codenames
        ]
        group.permissions.set(permissions)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("bantin", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
