"""The workflow's permissions for the editorial roles."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_PERMISSIONS = {
    "Phóng viên": ["submit_newsitem"],
    "Biên tập viên": ["submit_newsitem", "review_newsitem"],
    "Người duyệt tin": ["submit_newsitem", "review_newsitem", "publish_newsitem"],
    "Quản trị viên": [
        "submit_newsitem",
        "review_newsitem",
        "publish_newsitem",
        "empty_trash_newsitem",
    ],
}


def assign_workflow_permissions(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codenames in WORKFLOW_PERMISSIONS.items():
        group = Group.objects.filter(name=role).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="bantin", codename__in=codenames)
            )


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    assign_workflow_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [("bantin", "0005_workflow"), ("bantin", "0004_default_layouts")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
