"""Friendly error pages in the site's look, each with a search box. The server error page needs
no database: it is shown when the database may be what failed."""

from unittest import mock

import pytest
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import RequestFactory
from django.views.defaults import server_error

from bantin.models import SiteSettings

from .factories import make_category

SEARCH_FORM = '<form class="searchbox" action="/tim-kiem/" method="get">'


def no_database(*args, **kwargs):
    raise AssertionError("the server error page touched the database")


def test_the_server_error_page_renders_without_the_database(settings):
    """No django_db mark (pytest-django refuses any query), and every connection refuses too."""
    settings.PORTAL_SITE_NAME = "Cổng thông tin điện tử huyện Ba Bể"
    with (
        mock.patch.object(BaseDatabaseWrapper, "ensure_connection", no_database),
        mock.patch.object(BaseDatabaseWrapper, "cursor", no_database),
        mock.patch.object(SiteSettings.objects, "get_queryset", no_database),
    ):
        response = server_error(RequestFactory().get("/tin-tuc/bai-loi-1/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="vi">' in html
    assert SEARCH_FORM in html and 'name="q"' in html
    assert "Hệ thống đang gặp sự cố" in html
    assert '<span class="site-brand__name">Cổng thông tin điện tử huyện Ba Bể</span>' in html
    assert 'class="skip-link" href="#noi-dung"' in html and '<main id="noi-dung"' in html
    assert html.count("<h1") == 1


@pytest.mark.django_db
def test_the_not_found_page_offers_search_and_the_sections(client):
    economy = make_category("Kinh tế")
    SiteSettings.objects.create(name="Cổng thông tin điện tử huyện Ba Bể", phone="0209 3876 123")
    response = client.get("/khong-co-trang-nay/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Không tìm thấy trang" in html and html.count("<h1") == 1
    assert SEARCH_FORM in html
    assert f'<a href="{economy.get_absolute_url()}">Kinh tế</a>' in html
    # In the site's look: header, menu and footer with the settings.
    assert '<span class="site-brand__name">Cổng thông tin điện tử huyện Ba Bể</span>' in html
    assert 'class="site-nav"' in html and '<a href="tel:02093876123">' in html
