"""Reporters describe the pictures they upload (alt text, caption, credit): the admin limits
them to their own uploads."""

from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Phóng viên").first()
    permission = Permission.objects.filter(
        content_type__app_label="bantin", codename="change_image"
    ).first()
    if group and permission:
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("bantin", "0007_image_library"), ("bantin", "0006_workflow_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
