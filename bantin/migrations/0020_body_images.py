from django.conf import settings
from django.db import migrations, models
from django.utils import translation


def prepare_bodies(apps, schema_editor):
    """The bodies of existing items prepared again, as a save would (NewsItem.prepare_body):
    their pictures link renditions at their keyed addresses, and the pictures each body shows
    are recorded, so that readers may fetch them."""
    from bantin.templatetags.bantin_images import render_body

    NewsItem = apps.get_model("bantin", "NewsItem")
    Through = NewsItem.body_images.through
    with translation.override(settings.LANGUAGE_CODE):
        for pk, body in NewsItem.objects.values_list("pk", "body").iterator(chunk_size=500):
            html, images = render_body(body)
            NewsItem.objects.filter(pk=pk).update(body_html=str(html))
            Through.objects.bulk_create(
                [Through(newsitem_id=pk, image_id=image.pk) for image in images],
                ignore_conflicts=True,
            )


class Migration(migrations.Migration):
    dependencies = [("bantin", "0019_vietnamese_slugs")]

    operations = [
        migrations.AddField(
            model_name="newsitem",
            name="body_images",
            field=models.ManyToManyField(
                blank=True,
                editable=False,
                related_name="+",
                to="bantin.image",
                verbose_name="ảnh trong nội dung",
            ),
        ),
        migrations.RunPython(prepare_bodies, migrations.RunPython.noop),
    ]
