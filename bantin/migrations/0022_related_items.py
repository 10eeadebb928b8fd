"""Each news item keeps its related items, ranked when content changes (bantin/related.py).
Lists start empty (None): those are ranked when read, until ``manage.py refresh_related``
ranks them all or a change of the item does."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("bantin", "0021_lockouts_and_photo_credit"),
    ]

    operations = [
        migrations.AddField(
            model_name="newsitem",
            name="related",
            field=models.JSONField(
                blank=True, default=None, editable=False, null=True, verbose_name="tin liên quan"
            ),
        ),
    ]
