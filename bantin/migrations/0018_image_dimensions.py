"""Store the dimensions of library images saved without them (see Image.save): until then
Django opened each such file to measure it whenever its row was loaded. Rows are read as values,
not model instances, which would open the files themselves; a file that cannot be read is left
as it is."""

from django.db import migrations
from PIL import Image as PILImage


def measure(apps, schema_editor):
    Image = apps.get_model("bantin", "Image")
    storage = Image._meta.get_field("file").storage
    images = Image.objects.using(schema_editor.connection.alias)
    for pk, name in images.filter(width__isnull=True).values_list("pk", "file"):
        try:
            with storage.open(name) as stored, PILImage.open(stored) as picture:
                width, height = picture.size
        except (OSError, ValueError):
            continue
        images.filter(pk=pk).update(width=width, height=height)


class Migration(migrations.Migration):
    dependencies = [("bantin", "0017_list_indexes_covering")]

    operations = [migrations.RunPython(measure, migrations.RunPython.noop)]
