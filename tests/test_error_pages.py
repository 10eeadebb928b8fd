"""Friendly error pages in the site's look, each with a search box. The server error page needs
no database: it is shown when the database may be what failed."""

from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client, RequestFactory
from django.views.defaults import server_error

from bantin import roles
from bantin.models import SiteSettings
from portal import errors

from .factories import make_category, make_user

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


# The other error pages: in the site's frame and the reader's language, with no query.

FRAME = '<a class="skip-link" href="#noi-dung">'


def assert_framed(response, status, language, heading):
    html = response.content.decode()
    assert response.status_code == status
    assert f'<html lang="{language}">' in html and FRAME in html
    assert '<span class="site-brand__name">' in html and html.count("<h1") == 1
    assert f"<h1>{heading}</h1>" in html, html
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [("/", "vi", "Biểu mẫu đã hết hạn"), ("/en/", "en", "The form has expired")],
)
def test_a_form_without_its_csrf_token_gets_the_sites_page(
    path, language, heading, django_assert_num_queries
):
    client = Client(enforce_csrf_checks=True)
    with django_assert_num_queries(0):
        response = client.post(path, {"q": "cải cách"})
    assert_framed(response, 403, language, heading)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [("/tin-tuc/bai-1/", "vi", "Yêu cầu không hợp lệ"), ("/en/", "en", "Bad request")],
)
def test_a_host_the_site_does_not_serve_gets_the_sites_page(
    client, path, language, heading, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get(path, HTTP_HOST="ke-gia-mao.example")
    assert_framed(response, 400, language, heading)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [("/", "vi", "Yêu cầu không hợp lệ"), ("/en/", "en", "Bad request")],
)
def test_a_form_with_too_many_fields_gets_the_sites_page(
    settings, path, language, heading, django_assert_num_queries
):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    client = Client(enforce_csrf_checks=True)
    # With a CSRF cookie, the CSRF check reads the form for its token, and counts its fields.
    client.cookies[settings.CSRF_COOKIE_NAME] = "a" * 32
    with django_assert_num_queries(0):
        response = client.post(path, {f"o{number}": "1" for number in range(11)})
    assert_framed(response, 400, language, heading)


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/tin-tuc/bai-1/", "vi", "Bạn không có quyền xem trang này"),
        ("/en/tin-tuc/bai-1/", "en", "You do not have permission to see this page"),
    ],
)
def test_a_permission_refused_gets_the_sites_page_without_the_database(path, language, heading):
    """No django_db mark: pytest-django refuses any query; every connection refuses too."""
    with (
        mock.patch.object(BaseDatabaseWrapper, "ensure_connection", no_database),
        mock.patch.object(BaseDatabaseWrapper, "cursor", no_database),
    ):
        response = errors.permission_denied(RequestFactory().get(path), PermissionDenied())
    assert_framed(response, 403, language, heading)


@pytest.mark.django_db
def test_a_role_refused_an_admin_page_reads_why_in_its_language(client):
    client.force_login(make_user(role=roles.REPORTER))
    response = client.get("/admin/auth/user/")
    assert_framed(response, 403, "vi", "Bạn không có quyền xem trang này")
    response = client.get("/admin/auth/user/", headers={"accept-language": "en"})
    assert_framed(response, 403, "en", "You do not have permission to see this page")
