"""The search page's own form carries the query box: drop the separate searchbox there."""

from django.db import migrations


def forwards(apps, schema_editor):
    Placement = apps.get_model("bantin", "Placement")
    Placement.objects.filter(
        layout__page_type="search", layout__category=None, region="main", block="searchbox"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("bantin", "0009_search")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
