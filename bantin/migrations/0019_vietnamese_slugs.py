"""Slugs in the project's folded form, and the old slugs of sections, authors and tags kept.

Before this, the admin's prefill (Django's URLify, without Vietnamese) dropped the letters it
did not know and wrote đ as "dj": "Đồng Tâm" became "djng-tam". Every such slug is folded
again from its name ("dong-tam"); a slug that is not in the folded form at all (capitals) is
folded itself; a slug someone chose by hand is left as it is. Sections, authors and tags keep
their old slug as a redirect; articles already answer their old slugs by id.
"""

import re
import unicodedata

import django.db.models.deletion
from django.db import migrations, models

import bantin.fields
import bantin.models
from bantin.text import nfc, slugify_vi

#: Zero-width characters and bidirectional controls, as bantin/text.py strips them.
INVISIBLE = [*"\u200b\u200c\u200d\u2060\ufeff", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))]

#: Plain text that may hold them, stored before they were stripped.
TEXT_FIELDS = {
    "NewsItem": ["title", "sapo", "source", "lead_image_caption"],
    "Category": ["name", "description"],
    "Author": ["name", "bio"],
    "Image": ["alt_text", "caption", "credit"],
    "Tag": ["name"],
}

# What Django's URLify (admin/js/urlify.js, 5.2) wrote for the Vietnamese letters it knows;
# every other letter with a diacritic, and every combining mark, it dropped.
_URLIFY_KNOWN = {
    **{c: "a" for c in "àáâãăÀÁÂÃĂ"},
    **{c: "e" for c in "èéêÈÉÊ"},
    **{c: "i" for c in "ìíÌÍ"},
    **{c: "o" for c in "òóôõÒÓÔÕ"},
    **{c: "u" for c in "ùúÙÚ"},
    **{c: "y" for c in "ýÝ"},
    "đ": "dj",
    "Đ": "dj",
}


def django_urlify(text, max_length):
    """The slug Django's admin prefilled for ``text`` typed as it is (NFC or NFD)."""
    text = "".join(
        _URLIFY_KNOWN.get(char, char if char.isascii() else "") for char in text
    ).lower()
    text = re.sub(r"[^-\w\s]", "", text, flags=re.ASCII).strip()
    text = re.sub(r"[-\s]+", "-", text)[:max_length]
    return text.rstrip("-")


def folded(slug, name, max_length):
    """The slug a row should have now, or None to leave it as it is."""
    if slugify_vi(slug) != slug:
        return slugify_vi(slug, max_length=max_length) or None
    target = slugify_vi(name, max_length=max_length)
    if not target or slug == target:
        return None
    prefilled = {
        django_urlify(unicodedata.normalize(form, name), max_length) for form in ("NFC", "NFD")
    }
    # Also "…-2", as someone had to write when the prefill collided with another row's.
    if slug in prefilled or re.sub(r"-[0-9]+$", "", slug) in prefilled:
        return target
    return None


def strip_invisible(apps, schema_editor):
    """Text without zero-width characters and bidi controls; a tag that only they told apart
    from another is merged into it, its slug kept as a redirect."""
    SlugRedirect = apps.get_model("bantin", "SlugRedirect")
    invisible = re.compile(f"[{''.join(INVISIBLE)}]")
    for model_name, fields in TEXT_FIELDS.items():
        model = apps.get_model("bantin", model_name)
        # Read and compared here: a lookup on these fields would strip the characters sought.
        holding = [
            pk
            for pk, *values in model.objects.values_list("pk", *fields).iterator()
            if any(value and invisible.search(value) for value in values)
        ]
        for row in model.objects.filter(pk__in=holding).order_by("pk"):
            changes = {field: nfc(getattr(row, field)) for field in fields}
            if model_name == "Tag":
                twin = model.objects.filter(name=changes["name"]).exclude(pk=row.pk).first()
                if twin is not None:
                    Through = model.news_items.through
                    tagged = set(Through.objects.filter(tag=twin).values_list("newsitem_id", flat=True))
                    Through.objects.bulk_create(
                        Through(tag=twin, newsitem_id=item_id)
                        for item_id in Through.objects.filter(tag=row).values_list("newsitem_id", flat=True)
                        if item_id not in tagged
                    )
                    SlugRedirect.objects.filter(tag=row).update(tag=twin)
                    SlugRedirect.objects.filter(tag__isnull=False, slug=row.slug).delete()
                    SlugRedirect.objects.create(slug=row.slug, tag=twin)
                    row.delete()
                    continue
            model.objects.filter(pk=row.pk).update(**changes)


def fold_slugs(apps, schema_editor):
    SlugRedirect = apps.get_model("bantin", "SlugRedirect")
    for model_name, target_field in (("Category", "category"), ("Author", "author"), ("Tag", "tag")):
        model = apps.get_model("bantin", model_name)
        max_length = model._meta.get_field("slug").max_length
        rows = list(model.objects.order_by("pk").values_list("pk", "slug", "name"))
        # A slug a row gives up is not handed to another: its old address stays that row's.
        taken = {slug for _pk, slug, _name in rows}
        for pk, slug, name in rows:
            base = folded(slug, name, max_length)
            if base is None:
                continue
            new, n = base, 2
            while new in taken:
                new = f"{slugify_vi(base, max_length=max_length - 6)}-{n}"
                n += 1
            taken.add(new)
            model.objects.filter(pk=pk).update(slug=new)
            SlugRedirect.objects.filter(**{f"{target_field}__isnull": False, "slug": slug}).delete()
            SlugRedirect.objects.create(slug=slug, **{f"{target_field}_id": pk})
    NewsItem = apps.get_model("bantin", "NewsItem")
    max_length = NewsItem._meta.get_field("slug").max_length
    for pk, slug, title in NewsItem.objects.values_list("pk", "slug", "title").iterator():
        new = folded(slug, title, max_length)
        if new is not None:
            NewsItem.objects.filter(pk=pk).update(slug=new)


class Migration(migrations.Migration):

    dependencies = [
        ('bantin', '0018_image_dimensions'),
    ]

    operations = [
        migrations.AlterField(
            model_name='author',
            name='slug',
            field=bantin.fields.FoldedSlugField(blank=True, max_length=200, unique=True, verbose_name='đường dẫn'),
        ),
        migrations.AlterField(
            model_name='category',
            name='slug',
            field=bantin.fields.FoldedSlugField(help_text='Phần địa chỉ web của chuyên mục, chỉ gồm chữ không dấu, số và dấu gạch ngang.', max_length=200, unique=True, verbose_name='đường dẫn'),
        ),
        migrations.AlterField(
            model_name='newsitem',
            name='publish_at',
            field=models.DateTimeField(blank=True, help_text='Bài hiện với bạn đọc từ thời điểm này. Có thể đặt trong tương lai.', null=True, validators=[bantin.models.validate_publication_time], verbose_name='thời điểm xuất bản'),
        ),
        migrations.AlterField(
            model_name='newsitem',
            name='slug',
            field=bantin.fields.FoldedSlugField(blank=True, help_text='Tạo tự động từ tiêu đề. Đổi đường dẫn không làm hỏng liên kết cũ: địa chỉ bài viết có mã số của bài.', max_length=200, verbose_name='đường dẫn'),
        ),
        migrations.AlterField(
            model_name='newsitem',
            name='unpublish_at',
            field=models.DateTimeField(blank=True, help_text='Bài tự ẩn khỏi bạn đọc từ thời điểm này. Để trống nếu không hết hạn.', null=True, validators=[bantin.models.validate_publication_time], verbose_name='thời điểm hết hạn'),
        ),
        migrations.AlterField(
            model_name='tag',
            name='slug',
            field=bantin.fields.FoldedSlugField(blank=True, max_length=120, unique=True, verbose_name='đường dẫn'),
        ),
        migrations.CreateModel(
            name='SlugRedirect',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(max_length=200, verbose_name='đường dẫn cũ')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='thời điểm đổi')),
                ('author', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='old_slugs', to='bantin.author', verbose_name='tác giả')),
                ('category', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='old_slugs', to='bantin.category', verbose_name='chuyên mục')),
                ('tag', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='old_slugs', to='bantin.tag', verbose_name='chủ đề')),
            ],
            options={
                'verbose_name': 'đường dẫn cũ',
                'verbose_name_plural': 'đường dẫn cũ',
                'ordering': ['-created_at', '-pk'],
                'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('author__isnull', True), ('category__isnull', False), ('tag__isnull', True)), models.Q(('author__isnull', False), ('category__isnull', True), ('tag__isnull', True)), models.Q(('author__isnull', True), ('category__isnull', True), ('tag__isnull', False)), _connector='OR'), name='slugredirect_one_target'), models.UniqueConstraint(condition=models.Q(('category__isnull', False)), fields=('slug',), name='slugredirect_category_unique'), models.UniqueConstraint(condition=models.Q(('author__isnull', False)), fields=('slug',), name='slugredirect_author_unique'), models.UniqueConstraint(condition=models.Q(('tag__isnull', False)), fields=('slug',), name='slugredirect_tag_unique')],
            },
        ),
        migrations.RunPython(strip_invisible, migrations.RunPython.noop),
        migrations.RunPython(fold_slugs, migrations.RunPython.noop),
    ]
