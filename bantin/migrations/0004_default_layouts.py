"""Default layouts for every page type, and the new models' permissions for the roles.

The article layout reproduces the seed page: toolbar above view-data, then other and related
news.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

LATEST_ASIDE = ("latest", {"count": 8, "images": False})
MOSTREAD = ("mostread", {"count": 5, "days": 7})

DEFAULT_LAYOUTS = {
    "home": {
        "top": [("featured", {"count": 5})],
        "main": [("latest", {"by_section": True, "count": 4})],
        "aside": [("searchbox", {}), MOSTREAD, LATEST_ASIDE],
    },
    "category": {
        "top": [("breadcrumb", {})],
        "main": [("listdata", {"per_page": 20})],
        "aside": [("sectionmenu", {}), ("featured", {"count": 5, "compact": True}), MOSTREAD],
    },
    "article": {
        "top": [("breadcrumb", {})],
        "main": [
            ("toolbar", {}),
            ("viewdata", {}),
            ("othernews", {"count": 8}),
            ("related", {"count": 6}),
        ],
        "aside": [("searchbox", {}), ("authorbox", {}), MOSTREAD, LATEST_ASIDE],
    },
    "search": {
        "main": [("searchbox", {}), ("searchresults", {"per_page": 20})],
        "aside": [MOSTREAD, LATEST_ASIDE],
    },
    "author": {
        "main": [("authorbox", {}), ("listdata", {"per_page": 20})],
        "aside": [("searchbox", {}), LATEST_ASIDE],
    },
    "tag": {
        "main": [("listdata", {"per_page": 20})],
        "aside": [("searchbox", {}), MOSTREAD, LATEST_ASIDE],
    },
}

NEW_PERMISSIONS = {
    "Phóng viên": {"tag": ["add", "view"]},
    "Biên tập viên": {"tag": ["add", "change", "view"]},
    "Người duyệt tin": {"tag": ["add", "change", "view"], "dailyviewcount": ["view"]},
    "Quản trị viên": {
        "tag": ["add", "change", "delete", "view"],
        "layout": ["add", "change", "delete", "view"],
        "placement": ["add", "change", "delete", "view"],
        "dailyviewcount": ["view"],
    },
}


def seed(apps, schema_editor):
    seed_layouts(apps)
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    assign_permissions(apps)


def seed_layouts(apps):
    Layout = apps.get_model("bantin", "Layout")
    Placement = apps.get_model("bantin", "Placement")
    for page_type, regions in DEFAULT_LAYOUTS.items():
        layout, created = Layout.objects.get_or_create(page_type=page_type, category=None)
        if not created:
            continue
        Placement.objects.bulk_create(
            Placement(layout=layout, region=region, block=block, settings=settings, position=index)
            for region, placements in regions.items()
            for index, (block, settings) in enumerate(placements)
        )


def assign_permissions(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, models in NEW_PERMISSIONS.items():
        group = Group.objects.filter(name=role).first()
        if group is None:
            continue
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="bantin",
                codename__in=[
                    f"{action}_{model}" for model, actions in models.items() for action in actions
                ],
            )
        )


def unseed(apps, schema_editor):
    apps.get_model("bantin", "Layout").objects.filter(category=None).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("bantin", "0003_layouts_tags_views"),
        ("bantin", "0002_roles"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
