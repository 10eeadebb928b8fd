"""The readers' pages of every type, with the demo content: where they are, and their HTML.

Used by the checks of validity and accessibility, in the test client (HTML) and in Chromium
against the live server (axe-core, widths).
"""

from importlib import import_module
from urllib.parse import quote

from django.apps import apps
from django.db.models import Count
from django.test import Client, RequestFactory
from django.views.defaults import server_error

from bantin.models import Author, Category, NewsItem, Tag

SEARCH_QUERY = "cải cách hành chính"


def restore_migration_data():
    """What the data migrations made (roles, default layouts), which transactional tests flush
    away; harmless when it is there already."""
    import_module("bantin.migrations.0002_roles").assign_roles(apps)
    import_module("bantin.migrations.0004_default_layouts").seed_layouts(apps)
    import_module("bantin.migrations.0010_search_layout").forwards(apps, None)


def demo_urls():
    """The address of each page type in the demo content (load_demo), by name."""
    article = NewsItem.objects.published().filter(body__contains="<figure").earliest("pk")
    section = (
        Category.objects.filter(parent=None)
        .annotate(children_count=Count("children"))
        .order_by("-children_count", "position")
        .first()
    )
    author = Author.objects.annotate(count=Count("news_items")).order_by("-count", "pk").first()
    tag = Tag.objects.annotate(count=Count("news_items")).order_by("-count", "pk").first()
    return {
        "home": "/",
        "section": section.get_absolute_url(),
        "article": article.get_absolute_url(),
        "search": "/tim-kiem/?q=" + quote(SEARCH_QUERY),
        "author": author.get_absolute_url(),
        "tag": tag.get_absolute_url(),
    }


def render_pages():
    """The HTML of every public page type, the 404 and the 500 page, by name. Each answers with
    the status it should, or this fails."""
    client = Client()
    pages = {}
    for name, url in {**demo_urls(), "search-form": "/tim-kiem/"}.items():
        response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        pages[name] = response.content.decode()
    missing = client.get("/khong-co-trang-nay/")
    assert missing.status_code == 404
    pages["404"] = missing.content.decode()
    failed = server_error(RequestFactory().get("/"))
    assert failed.status_code == 500
    pages["500"] = failed.content.decode()
    return pages
