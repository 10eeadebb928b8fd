"""Site admins (Quản trị viên) see login lockouts and lift them; no other role sees them.
The photo credit's help says the pages add "Ảnh:" themselves."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

import bantin.fields

LOCKOUT_PERMISSIONS = ["view_accessattempt", "delete_accessattempt"]


def assign(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Quản trị viên").first()
    if group is not None:
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="axes", codename__in=LOCKOUT_PERMISSIONS
            )
        )


def grant(apps, schema_editor):
    # On a fresh database the permissions are otherwise created only after all migrations ran.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    assign(apps)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Quản trị viên").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="axes", codename__in=LOCKOUT_PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("bantin", "0020_body_images"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [
        migrations.RunPython(grant, revoke),
        migrations.AlterField(
            model_name="image",
            name="credit",
            field=bantin.fields.NFCCharField(
                blank=True,
                help_text="Người chụp hoặc nguồn ảnh, ví dụ “Tư liệu”; trang tự thêm “Ảnh:” phía trước.",
                max_length=200,
                verbose_name="tác giả ảnh",
            ),
        ),
    ]
