import random
import re
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from bantin.demo_content import ITEMS
from bantin.models import Author, Category, Image, NewsItem, NewsItemAuthor, Tag
from bantin.text import slugify_vi

PLACES = [
    "Tân An", "Đồng Lạc", "Nà Phục", "Chợ Lâm", "Khuổi Đăm", "Đông Hà", "Bản Khe", "Lũng Vài",
    "Cao Sơn", "Phúc Lộc", "Quảng Khê", "Thượng Giáo", "Nam Mẫu", "Hà Hiệu", "Bành Trạch",
]  # fmt: skip


class Command(BaseCommand):
    help = (
        "Sinh nhiều bản tin tiếng Việt đã xuất bản để đo hiệu năng (tìm kiếm, trang bài). "
        "Dùng chuyên mục, tác giả, chủ đề và ảnh sẵn có (chạy load_demo trước nếu chưa có)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000, help="Số bản tin cần sinh.")
        parser.add_argument("--seed", type=int, default=2026, help="Hạt giống ngẫu nhiên.")
        parser.add_argument("--batch", type=int, default=2000, help="Số bản tin mỗi lần ghi.")

    def handle(self, *args, count, seed, batch, **options):
        if count < 1:
            raise CommandError("--count phải lớn hơn 0.")
        sections = list(Category.objects.values_list("pk", flat=True))
        authors = list(Author.objects.values_list("pk", flat=True))
        images = list(Image.objects.values_list("pk", flat=True))
        tags = list(Tag.objects.values_list("pk", flat=True))
        if not sections or not authors:
            raise CommandError(
                "Chưa có chuyên mục và tác giả: hãy chạy “manage.py load_demo” trước."
            )
        rng = random.Random(seed)
        sentences = [
            sentence
            for item in ITEMS
            for paragraph in item["body"]
            if not paragraph.startswith("## ")
            for sentence in re.split(r"(?<=[.!?])\s+", paragraph)
            if len(sentence) > 30
        ]
        titles = [item["title"] for item in ITEMS]
        sapos = [item["sapo"] for item in ITEMS]
        now = timezone.now()
        made = 0
        while made < count:
            size = min(batch, count - made)
            with transaction.atomic():
                items = NewsItem.objects.bulk_create(
                    self.make_item(rng, now, titles, sapos, sentences, sections, images)
                    for _ in range(size)
                )
                NewsItemAuthor.objects.bulk_create(
                    NewsItemAuthor(news_item=item, author_id=rng.choice(authors), position=0)
                    for item in items
                )
                if tags:
                    Through = NewsItem.tags.through
                    Through.objects.bulk_create(
                        Through(newsitem_id=item.pk, tag_id=tag)
                        for item in items
                        for tag in rng.sample(tags, k=min(len(tags), rng.randint(0, 2)))
                    )
            made += size
            self.stdout.write(f"  {made}/{count}")
        self.stdout.write(self.style.SUCCESS(f"Đã sinh {count} bản tin."))

    def make_item(self, rng, now, titles, sapos, sentences, sections, images):
        place = rng.choice(PLACES)
        title = re.sub(r"Thanh Lâm|Tân An|Đồng Lạc|Nà Phục", place, rng.choice(titles))
        paragraphs = [
            " ".join(rng.sample(sentences, k=rng.randint(2, 4))) for _ in range(rng.randint(3, 6))
        ]
        return NewsItem(
            title=title,
            slug=slugify_vi(title, max_length=200),
            sapo=rng.choice(sapos),
            body="".join(f"<p>{paragraph}</p>" for paragraph in paragraphs),
            category_id=rng.choice(sections),
            lead_image_id=rng.choice(images) if images else None,
            status=NewsItem.Status.PUBLISHED,
            publish_at=now - timedelta(minutes=rng.randint(1, 3 * 365 * 24 * 60)),
            is_featured=rng.random() < 0.02,
        )
