import random
from collections import Counter
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from bantin import related
from bantin.corpus import Writer
from bantin.models import Author, Category, Image, NewsItem, NewsItemAuthor, Tag
from bantin.text import slugify_vi

#: Shares of the items in a state other than published, so that visibility filters have
#: something to hide: drafts, scheduled for the next 30 days, expired, in the trash.
STATE_SHARES = {"draft": 0.015, "scheduled": 0.005, "expired": 0.005, "trash": 0.005}
STATE_LABELS = {
    "published": "đã xuất bản",
    "draft": "nháp",
    "scheduled": "hẹn giờ",
    "expired": "hết hạn",
    "trash": "trong thùng rác",
}
FEATURED_SHARE = 0.02
CO_AUTHOR_SHARE = 0.15
PAST = timedelta(days=3 * 365)
#: Ages are PAST * u ** AGE_SKEW for u uniform in [0, 1): recent items are denser.
AGE_SKEW = 1.3


class Command(BaseCommand):
    help = (
        "Sinh nhiều bản tin tiếng Việt để đo hiệu năng (tìm kiếm, trang bài): phần lớn đã "
        "xuất bản, một ít nháp, hẹn giờ, hết hạn và trong thùng rác. Dùng chuyên mục, tác giả, "
        "chủ đề và ảnh sẵn có (chạy load_demo trước nếu chưa có)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000, help="Số bản tin cần sinh.")
        parser.add_argument("--seed", type=int, default=2026, help="Hạt giống ngẫu nhiên.")
        parser.add_argument("--batch", type=int, default=2000, help="Số bản tin mỗi lần ghi.")

    def handle(self, *args, count, seed, batch, **options):
        if count < 1:
            raise CommandError("--count phải lớn hơn 0.")
        sections = dict(Category.objects.values_list("slug", "pk"))
        authors = list(Author.objects.values_list("pk", flat=True))
        images = list(Image.objects.values_list("pk", flat=True))
        tags = dict(Tag.objects.values_list("name", "pk"))
        if not sections or not authors:
            raise CommandError(
                "Chưa có chuyên mục và tác giả: hãy chạy “manage.py load_demo” trước."
            )
        rng = random.Random(seed)
        writer = Writer(rng)
        states = plan_states(rng, count)
        now = timezone.now()
        made = Counter()
        Through = NewsItem.tags.through
        for start in range(0, count, batch):
            # Each item draws its own bylines and tags, so --batch does not change the output.
            rows = []
            for state in states[start : start + batch]:
                item, topic = self.make_item(writer, rng, now, state, sections, images)
                rows.append((item, byline(rng, authors), choose_tags(rng, tags, topic)))
            with transaction.atomic():
                NewsItem.objects.bulk_create(item for item, _authors, _tags in rows)
                NewsItemAuthor.objects.bulk_create(
                    NewsItemAuthor(news_item=item, author_id=author, position=position)
                    for item, item_authors, _tags in rows
                    for position, author in enumerate(item_authors)
                )
                Through.objects.bulk_create(
                    Through(newsitem_id=item.pk, tag_id=tag)
                    for item, _authors, item_tags in rows
                    for tag in item_tags
                )
                # What save() records of a body: the library pictures it shows.
                NewsItem.body_images.through.objects.bulk_create(
                    NewsItem.body_images.through(newsitem_id=item.pk, image_id=image)
                    for item, _authors, _tags in rows
                    for image in item._body_image_ids
                )
            made.update(states[start : start + batch])
            self.stdout.write(f"  {made.total()}/{count}")
        # Related lists of the new items and of those they are related to, ranked in memory.
        ranked = related.refresh_all()
        self.stdout.write(f"  tin liên quan: {ranked} bản tin")
        # Fresh statistics for the query planner, as a site that grew slowly would have (on
        # PostgreSQL autovacuum would get there too, later): without them SQLite walks the
        # wrong index for some lists.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        summary = ", ".join(f"{made[state]} {label}" for state, label in STATE_LABELS.items())
        self.stdout.write(self.style.SUCCESS(f"Đã sinh {count} bản tin: {summary}."))

    def make_item(self, writer, rng, now, state, sections, images):
        """An unsaved item in ``state``, and its topic."""
        publish_at = unpublish_at = deleted_at = None
        status = NewsItem.Status.PUBLISHED
        age = max(PAST * rng.random() ** AGE_SKEW, timedelta(minutes=1))
        if state == "draft":
            status = NewsItem.Status.DRAFT
            written = now - age / 30
        elif state == "scheduled":
            publish_at = written = now + timedelta(minutes=rng.randint(60, 30 * 24 * 60))
        else:
            publish_at = written = now - age
            if state == "expired":
                unpublish_at = publish_at + (now - publish_at) * rng.uniform(0.1, 0.9)
            elif state == "trash":
                deleted_at = publish_at + (now - publish_at) * rng.uniform(0.1, 0.99)
        article = writer.article(timezone.localtime(written).date())
        item = NewsItem(
            title=article.title,
            slug=slugify_vi(article.title, max_length=200),
            sapo=article.sapo,
            body=article.body,
            category_id=sections.get(article.topic.section) or rng.choice(list(sections.values())),
            lead_image_id=rng.choice(images) if images else None,
            status=status,
            publish_at=publish_at,
            unpublish_at=unpublish_at,
            deleted_at=deleted_at,
            is_featured=rng.random() < FEATURED_SHARE,
        )
        item.prepare_body()  # bulk_create skips save(), which prepares it
        return item, article.topic


def plan_states(rng, count):
    """The state of each of ``count`` items: STATE_SHARES of them, rounded, at random
    places; the others published."""
    states = ["published"] * count
    quotas = {state: round(count * share) for state, share in STATE_SHARES.items()}
    places = iter(rng.sample(range(count), k=sum(quotas.values())))
    for state, quota in quotas.items():
        for _ in range(quota):
            states[next(places)] = state
    return states


def byline(rng, authors):
    """One author, sometimes two, in byline order."""
    if len(authors) > 1 and rng.random() < CO_AUTHOR_SHARE:
        return rng.sample(authors, 2)
    return [rng.choice(authors)]


def choose_tags(rng, tags, topic):
    """Zero to two tags, the topic's own first when they exist."""
    wanted = min(len(tags), rng.randint(0, 2))
    chosen = [tags[name] for name in topic.tags if name in tags][:wanted]
    pks = list(tags.values())
    while len(chosen) < wanted:
        tag = rng.choice(pks)
        if tag not in chosen:
            chosen.append(tag)
    return chosen
