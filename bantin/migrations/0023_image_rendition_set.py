"""Keep with each library image the addresses and sizes of its renditions (Image.rendition_set),
and compute them for the images there are. Computing a set costs one keyed hash and no file
access, so every image gets its set here rather than on the pages' first views. Rows are read
as values: an instance of an image without dimensions would open its file to measure it.

The sets are made with this process's SECRET_KEY and MEDIA_URL; where the site runs with
others, pages compute the addresses as before until ``manage.py refresh_renditions`` runs."""

from django.db import migrations, models

import bantin.renditions

BATCH = 500


def compute(apps, schema_editor):
    Image = apps.get_model("bantin", "Image")
    images = Image.objects.using(schema_editor.connection.alias)
    rows = images.values_list(*bantin.renditions.ROW_FIELDS).order_by("pk")
    batch = []
    for row in rows.iterator(chunk_size=BATCH):
        batch.append(Image(pk=row[0], rendition_set=bantin.renditions.rendition_set_of_row(*row)))
        if len(batch) == BATCH:
            images.bulk_update(batch, ["rendition_set"])
            batch = []
    images.bulk_update(batch, ["rendition_set"])


class Migration(migrations.Migration):
    dependencies = [("bantin", "0022_related_items")]

    operations = [
        migrations.AddField(
            model_name="image",
            name="rendition_set",
            field=models.JSONField(
                blank=True, default=dict, editable=False, verbose_name="địa chỉ các cỡ ảnh"
            ),
        ),
        migrations.RunPython(compute, migrations.RunPython.noop),
    ]
