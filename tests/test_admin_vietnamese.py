"""The admin in Vietnamese, for every role: no English left on any page it reaches."""

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import reverse

from bantin import roles, workflow
from bantin.models import NewsItem

from .admin_walk import admin_pages, english_in, interface_texts
from .factories import make_news_item, make_user

pytestmark = pytest.mark.django_db

ROLES = [roles.REPORTER, roles.EDITOR, roles.PUBLISHER, roles.SITE_ADMIN]


@pytest.fixture
def newsroom(db):
    """The demo content, one account per role, and an item in each step of the workflow, so
    that every role has something to open, return, send on, publish or unpublish. Returns the
    accounts and the addresses to visit beside the walk's own: each item's page, and the
    unpublishing step of a published item."""
    call_command("load_demo", "--no-users", verbosity=0)
    users = {role: make_user(role=role, first_name="Văn", last_name="An") for role in ROLES}
    reporter, editor = users[roles.REPORTER], users[roles.EDITOR]
    items = [
        make_news_item(title, status=NewsItem.Status.DRAFT, publish_at=None, created_by=reporter)
        for title in ["Bản nháp của phóng viên", "Bài chờ biên tập", "Bài chờ duyệt"]
    ]
    _draft, submitted, awaiting = items
    for item in [submitted, awaiting]:
        workflow.news_item_submit(item=item, actor=reporter)
    workflow.news_item_send_for_approval(item=awaiting, actor=editor)
    published = NewsItem.objects.published().order_by("-publish_at").first()
    also = [
        *(reverse("admin:bantin_newsitem_change", args=[item.pk]) for item in items),
        reverse("admin:bantin_newsitem_transition", args=[published.pk, "unpublish"]),
    ]
    return users, also


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_page_of_the_role_is_in_vietnamese(client, newsroom, role):
    users, also = newsroom
    pages = admin_pages(client, users[role], also=also)
    assert len(pages) > 5
    english = {
        url: found for url, html in pages.items() if (found := english_in(interface_texts(html)))
    }
    report = "\n".join(f"{url}\n  " + "\n  ".join(found) for url, found in english.items())
    assert not english, f"English on {len(english)} of {len(pages)} pages:\n{report}"


def test_the_admins_javascript_catalogue_takes_our_vietnamese(client):
    """The admin's JavaScriptCatalog merges locale/vi/LC_MESSAGES/djangojs.po over Django's."""
    client.force_login(make_user(role=roles.EDITOR))
    catalogue = client.get("/admin/jsi18n/").content.decode()
    assert '"(click to clear)": "(nh\\u1ea5n \\u0111\\u1ec3 b\\u1ecf l\\u1ecdc)"' in catalogue
    assert "%(sel)s of %(cnt)s selected" in catalogue and "\\u0110\\u00e3 ch\\u1ecdn" in catalogue


def test_djangos_permissions_are_named_in_vietnamese(db):
    names = set(Permission.objects.values_list("name", flat=True))
    assert {"Thêm tác giả", "Sửa người dùng", "Xóa nhóm", "Xem bản tin"} <= names
    assert not [name for name in names if name.startswith("Can ")]


def test_a_yes_or_no_icon_says_so_in_vietnamese(client):
    client.force_login(make_user(role=roles.PUBLISHER))
    make_news_item(is_featured=True)
    html = client.get("/admin/bantin/newsitem/").content.decode()
    assert 'alt="Có"' in html and 'alt="True"' not in html
