import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from bantin import related, roles
from bantin.demo_content import AUTHORS, ITEMS, SECTIONS, SITE
from bantin.demo_images import landscape_jpeg
from bantin.models import Author, Category, Image, NewsItem, NewsItemAuthor, SiteSettings, Tag
from bantin.text import slugify_vi

# Marks the pictures load_demo drew, so that a second run reuses them.
DEMO_CREDIT = "Tư liệu"

DEMO_USERS = [
    ("phongvien", "Phóng viên Demo", roles.REPORTER),
    ("bientapvien", "Biên tập viên Demo", roles.EDITOR),
    ("nguoiduyet", "Người duyệt tin Demo", roles.PUBLISHER),
    ("quantri", "Quản trị viên Demo", roles.SITE_ADMIN),
]


#: Tags given to every demo item whose title or sapo mentions one of the words.
DEMO_TAGS = {
    "Cải cách hành chính": ["cải cách hành chính", "thủ tục hành chính", "tthc", "một cửa"],
    "Chuyển đổi số": ["chuyển đổi số", "trực tuyến", "dịch vụ công", "không dùng tiền mặt"],
    "Nông thôn mới": ["nông thôn mới"],
    "OCOP": ["ocop"],
    "Du lịch": ["du lịch", "homestay", "du khách"],
    "Giáo dục": ["học sinh", "trường", "giáo dục", "năm học"],
    "Y tế": ["y tế", "tiêm", "bhyt", "sốt xuất huyết", "khám"],
    "Văn hóa dân tộc": ["lễ hội", "dân tộc", "thổ cẩm", "văn hóa"],
    "An ninh trật tự": ["an ninh", "trật tự", "dân quân", "giao thông"],
}


def body_html(paragraphs, figure=""):
    """Paragraphs as HTML; a paragraph starting with "## " becomes a subheading."""
    parts = []
    for index, text in enumerate(paragraphs):
        if text.startswith("## "):
            parts.append(f"<h2>{escape(text[3:])}</h2>")
        else:
            parts.append(f"<p>{escape(text)}</p>")
        if index == 1 and figure:
            parts.append(figure)
    return "\n".join(parts)


class Command(BaseCommand):
    help = (
        "Nạp nội dung mẫu: chuyên mục, tác giả, ảnh và bản tin tiếng Việt, cùng một tài khoản "
        "mẫu cho mỗi vai trò (chỉ khi DEBUG). Chạy lại nhiều lần không tạo bản trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-users", action="store_true", help="Không tạo tài khoản mẫu.")

    def handle(self, *args, no_users=False, **options):
        # Related lists are ranked once at the end, not after each item.
        with transaction.atomic(), related.ranked_afterwards():
            sections = self.load_sections()
            authors = self.load_authors()
            counts = self.load_items(sections, authors)
            self.load_site_settings()
        self.stdout.write(
            self.style.SUCCESS(
                "Đã nạp {sections} chuyên mục, {authors} tác giả, {published} bài đã xuất bản, "
                "{other} bài nháp, chờ xử lý hoặc hẹn giờ.".format(
                    sections=len(sections), authors=len(authors), **counts
                )
            )
        )
        if no_users:
            return
        if not settings.DEBUG:
            self.stdout.write(
                self.style.WARNING("DEBUG đang tắt: không tạo tài khoản mẫu trên máy chủ thật.")
            )
            return
        self.load_users()

    def load_sections(self):
        sections = {}
        for position, (slug, name, parent_slug, description) in enumerate(SECTIONS):
            sections[slug], _created = Category.objects.update_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "parent": sections[parent_slug] if parent_slug else None,
                    "position": position,
                    "description": description,
                    "is_active": True,
                },
            )
        return sections

    def load_site_settings(self):
        """The demo agency's footer, unless an admin has saved the settings already."""
        SiteSettings.objects.get_or_create(pk=SiteSettings.SINGLETON_PK, defaults=SITE)

    def load_authors(self):
        authors = {}
        for name, bio in AUTHORS:
            authors[name], _created = Author.objects.update_or_create(
                slug=slugify_vi(name), defaults={"name": name, "bio": bio}
            )
        return authors

    def demo_image(self, seed, alt_text, caption):
        image = Image.objects.filter(alt_text=alt_text, credit=DEMO_CREDIT).first()
        if image is not None and image.file.storage.exists(image.file.name):
            return image
        image = image or Image(alt_text=alt_text, credit=DEMO_CREDIT)
        image.caption = caption
        image.file.save("demo.jpg", ContentFile(landscape_jpeg(seed)), save=False)
        image.save()
        return image

    def load_items(self, sections, authors):
        now = timezone.now().replace(second=0, microsecond=0)
        counts = {"published": 0, "other": 0}
        tags = {name: Tag.objects.get_or_create(name=name)[0] for name in DEMO_TAGS}
        for index, data in enumerate(ITEMS):
            image = self.demo_image(index, data["caption"], data["caption"])
            figure = ""
            if index == 0:
                inline = self.demo_image(1000, "Toàn cảnh trụ sở UBND huyện", "")
                figure = (
                    f'<figure class="image"><img src="{inline.file.url}" alt="{escape(inline.alt_text)}" '
                    f'width="{inline.width}" height="{inline.height}">'
                    f"<figcaption>{escape(inline.alt_text)}</figcaption></figure>"
                )
            state = data.get("state", "published")
            publish_at = now - timedelta(days=data["days_ago"], minutes=37 * index)
            status = NewsItem.Status.PUBLISHED
            if state == "scheduled":
                publish_at = now + timedelta(days=1 + index % 3, hours=index % 5)
            elif state in ("draft", "submitted"):
                status = NewsItem.Status.DRAFT if state == "draft" else NewsItem.Status.SUBMITTED
                publish_at = None
            item, _created = NewsItem.objects.update_or_create(
                title=data["title"],
                defaults={
                    "sapo": data["sapo"],
                    "body": body_html(data["body"], figure),
                    "category": sections[data["section"]],
                    "source": data.get("source", ""),
                    "lead_image": image,
                    "lead_image_caption": "",
                    "is_featured": data.get("featured", False),
                    "status": status,
                    "publish_at": publish_at,
                    "unpublish_at": None,
                },
            )
            NewsItemAuthor.objects.filter(news_item=item).delete()
            NewsItemAuthor.objects.bulk_create(
                NewsItemAuthor(news_item=item, author=authors[name], position=position)
                for position, name in enumerate(data["authors"])
            )
            text = f"{data['title']} {data['sapo']}".lower()
            item.tags.set(
                tags[name] for name, words in DEMO_TAGS.items() if any(w in text for w in words)
            )
            published = status == NewsItem.Status.PUBLISHED and publish_at <= now
            counts["published" if published else "other"] += 1
        return counts

    def load_users(self):
        User = get_user_model()
        self.stdout.write("Tài khoản mẫu (chỉ dùng khi phát triển):")
        for username, full_name, role in DEMO_USERS:
            password = secrets.token_urlsafe(9)
            user, _created = User.objects.get_or_create(username=username)
            user.first_name = full_name
            user.is_staff = True
            user.is_active = True
            user.set_password(password)
            user.save()
            user.groups.set([Group.objects.get(name=role)])
            self.stdout.write(f"  {role:<16} {username:<12} mật khẩu: {password}")
        # The demo reporter wrote the demo items, so their drafts are theirs to work on.
        NewsItem.objects.filter(created_by=None).update(
            created_by=User.objects.get(username=DEMO_USERS[0][0])
        )
