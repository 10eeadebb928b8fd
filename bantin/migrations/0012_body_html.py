from importlib import import_module

from django.conf import settings
from django.db import migrations, models
from django.utils import translation

search = import_module("bantin.migrations.0011_search_tiers")


def prepare_bodies(apps, schema_editor):
    """The bodies of existing items, prepared as a save would (NewsItem.prepare_body)."""
    from bantin.templatetags.bantin_images import body_pictures

    NewsItem = apps.get_model("bantin", "NewsItem")
    with translation.override(settings.LANGUAGE_CODE):
        for pk, body in NewsItem.objects.values_list("pk", "body").iterator(chunk_size=500):
            NewsItem.objects.filter(pk=pk).update(body_html=str(body_pictures(body)))


class Migration(migrations.Migration):
    dependencies = [("bantin", "0011_search_tiers")]

    operations = [
        migrations.AddField(
            model_name="newsitem",
            name="body_html",
            field=models.TextField(
                blank=True, default="", editable=False, verbose_name="nội dung đã dựng"
            ),
        ),
        # Adding the column remade the table on SQLite, without its search triggers.
        migrations.RunPython(
            search.run({"sqlite": search.SQLITE_TRIGGERS}), migrations.RunPython.noop
        ),
        migrations.RunPython(prepare_bodies, migrations.RunPython.noop),
    ]
