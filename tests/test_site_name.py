"""The agency's name has one source: the one its site admin saved, else PORTAL_SITE_NAME."""

import html as html_module
import json
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client, TestCase
from django.utils import timezone

from bantin import roles, workflow
from bantin.models import NewsItem, SiteSettings

from .factories import make_author, make_category, make_news_item, make_user

pytestmark = pytest.mark.django_db

OLD = "Cổng thông tin điện tử huyện Thanh Lâm"
NEW = "Cổng thông tin điện tử huyện Ba Bể"


@pytest.fixture
def site(settings):
    """A site whose setting names it OLD and whose admin saved OLD too, with an article."""
    settings.PORTAL_SITE_NAME = OLD
    SiteSettings.objects.create(name=OLD)
    section = make_category("Cải cách hành chính")
    author = make_author("Hương Dịu")
    item = make_news_item(
        "Ba Bể đẩy mạnh cải cách hành chính",
        category=section,
        authors=[author],
        publish_at=timezone.now() - timedelta(minutes=5),  # in the Google News sitemap
    )
    return {
        "article": item.get_absolute_url(),
        "section_feed": f"/chuyen-muc/{section.slug}/rss/",
        "author_feed": f"/tac-gia/{author.slug}/atom/",
    }


def surfaces(site):
    """Every address readers or crawlers get that names the agency."""
    return ["/", site["article"], "/rss/", "/atom/", site["section_feed"], site["author_feed"],
            "/sitemap-news.xml", "/khong-co-trang-nay/"]  # fmt: skip


def text_of(response):
    return html_module.unescape(response.content.decode())


def test_a_rename_shows_the_new_name_everywhere_and_the_old_one_nowhere(site):
    reader = Client()
    for address in surfaces(site):  # every one of them now in the page cache
        assert OLD in text_of(reader.get(address)), address
    settings_row = SiteSettings.objects.get()
    settings_row.name = NEW
    settings_row.save()
    for address in surfaces(site):
        text = text_of(reader.get(address))
        assert NEW in text and OLD not in text, address


def test_the_article_names_the_saved_name_as_its_title_publisher_and_site(site):
    SiteSettings.objects.filter(pk=SiteSettings.SINGLETON_PK).update(name=NEW)
    SiteSettings.objects.get().save()  # as the admin saves it: the cached copy is dropped
    page = Client().get(site["article"]).content.decode()
    title = re.search(r"<title>(.*?)</title>", page, re.DOTALL)[1]
    assert html_module.unescape(title).endswith(f"– {NEW}")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page)[1])
    assert data["publisher"]["name"] == NEW
    assert f'<meta property="og:site_name" content="{NEW}">' in page


def test_the_setting_names_the_site_until_an_admin_saves_a_name(settings):
    settings.PORTAL_SITE_NAME = NEW
    make_news_item()
    assert NEW in text_of(Client().get("/rss/"))
    assert not SiteSettings.objects.exists()


def test_workflow_mail_names_the_saved_name(site):
    SiteSettings.objects.get().save()
    row = SiteSettings.objects.get()
    row.name = NEW
    row.save()
    reporter = make_user(role=roles.REPORTER)
    make_user(role=roles.EDITOR, email="btv@example.vn")
    item = make_news_item(created_by=reporter, status=NewsItem.Status.DRAFT, publish_at=None)
    with TestCase.captureOnCommitCallbacks(execute=True):
        workflow.news_item_submit(item=item, actor=reporter)
    [message] = mail.outbox
    assert message.subject.startswith(f"[{NEW}]") and OLD not in message.body
