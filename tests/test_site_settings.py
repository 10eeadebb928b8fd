"""Site settings: the agency's name, emblem, contacts and publisher information on every page,
edited by site admins only, cached, and dropping every cached page when saved."""

import pytest
from django.contrib.auth.models import Group
from django.db import IntegrityError, connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from bantin import roles
from bantin.models import SiteSettings
from bantin.sitesettings import site_settings

from .factories import make_category, make_image, make_news_item, make_user

pytestmark = pytest.mark.django_db

CHANGE_URL = reverse("admin:bantin_sitesettings_change", args=[SiteSettings.SINGLETON_PK])


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_pages_show_the_defaults_from_the_settings_until_an_admin_saves(client, settings):
    settings.PORTAL_SITE_NAME = "Cổng thông tin điện tử huyện Ba Bể"
    settings.PORTAL_SITE_TAGLINE = "Tỉnh Bắc Kạn"
    html = client.get("/").content.decode()
    assert '<span class="site-brand__name">Cổng thông tin điện tử huyện Ba Bể</span>' in html
    assert '<span class="site-brand__tagline">Tỉnh Bắc Kạn</span>' in html
    assert "bantin/img/emblem.svg" in html
    assert not SiteSettings.objects.exists()


def test_the_footer_carries_the_contacts_and_the_publisher_information(client):
    SiteSettings.objects.create(
        name="Cổng thông tin điện tử huyện Ba Bể",
        owner="Ủy ban nhân dân huyện Ba Bể",
        address="Tiểu khu 2, thị trấn Chợ Rã, huyện Ba Bể",
        phone="0209 3876 123",
        email="vanphong@babe.example",
        responsible_person="Ông Nguyễn Văn A – Chánh Văn phòng",
        licence="Giấy phép số 12/GP-TTĐT cấp ngày 15/3/2024",
    )
    html = client.get("/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    for part in [
        "Cổng thông tin điện tử huyện Ba Bể",
        "Cơ quan chủ quản: Ủy ban nhân dân huyện Ba Bể",
        "Địa chỉ: Tiểu khu 2, thị trấn Chợ Rã, huyện Ba Bể",
        '<a href="tel:02093876123">0209 3876 123</a>',
        '<a href="mailto:vanphong@babe.example">vanphong@babe.example</a>',
        "Người chịu trách nhiệm: Ông Nguyễn Văn A – Chánh Văn phòng",
        "Giấy phép số 12/GP-TTĐT cấp ngày 15/3/2024",
    ]:
        assert part in footer, part


def test_an_emblem_from_the_library_replaces_the_default_and_falls_back_when_deleted(client):
    emblem = make_image(alt_text="Quốc huy")
    SiteSettings.objects.create(emblem=emblem)
    html = client.get("/").content.decode()
    assert f"/media/pictures/{emblem.pk}/" in html and "bantin/img/emblem.svg" not in html
    emblem.delete()
    assert "bantin/img/emblem.svg" in client.get("/").content.decode()


def test_the_settings_are_read_from_the_cache(django_assert_num_queries):
    SiteSettings.objects.create(name="Cổng thông tin điện tử huyện Na Rì")
    with django_assert_num_queries(1):
        site_settings()
    with django_assert_num_queries(0):
        assert site_settings().name == "Cổng thông tin điện tử huyện Na Rì"


def test_saving_the_settings_drops_every_cached_page(client):
    section = make_category("Kinh tế")
    item = make_news_item("Khánh thành cầu treo Bản Khe", category=section)
    urls = ["/", section.get_absolute_url(), item.get_absolute_url(), "/tim-kiem/?q=cau"]
    for url in urls:
        client.get(url)
        assert queries_of(client, url)[1] == 0, f"{url} is cached"

    SiteSettings.objects.create(name="Cổng thông tin điện tử huyện Pác Nặm")

    for url in urls:
        html, queries = queries_of(client, url)
        assert queries > 0, f"{url} was dropped"
        assert "Cổng thông tin điện tử huyện Pác Nặm" in html, url


def test_deleting_the_settings_drops_every_cached_page(client):
    SiteSettings.objects.create(name="Cổng thông tin điện tử huyện Pác Nặm")
    client.get("/")
    assert queries_of(client, "/")[1] == 0
    SiteSettings.objects.all().delete()
    html, queries = queries_of(client, "/")
    assert queries > 0 and "Cổng thông tin điện tử huyện Pác Nặm" not in html


def test_there_is_only_one_row():
    SiteSettings.objects.create(name="Một")
    SiteSettings(name="Hai").save()
    assert list(SiteSettings.objects.values_list("pk", "name")) == [(1, "Hai")]
    with pytest.raises(IntegrityError):
        SiteSettings.objects.bulk_create([SiteSettings(pk=2, name="Ba")])


def test_only_site_admins_are_given_the_settings():
    for role in roles.ALL:
        codenames = set(Group.objects.get(name=role).permissions.values_list("codename", flat=True))
        granted = {"change_sitesettings", "view_sitesettings"} <= codenames
        assert granted == (role == roles.SITE_ADMIN), role
        assert "add_sitesettings" not in codenames and "delete_sitesettings" not in codenames


@pytest.mark.parametrize("role", [roles.REPORTER, roles.EDITOR, roles.PUBLISHER])
def test_other_roles_cannot_open_the_settings(client, role):
    client.force_login(make_user(role=role))
    assert client.get(reverse("admin:bantin_sitesettings_changelist")).status_code == 403
    assert client.get(CHANGE_URL).status_code == 403
    assert client.post(CHANGE_URL, {"name": "Tên khác"}).status_code == 403
    assert not SiteSettings.objects.exists()


def test_a_site_admin_edits_the_settings_and_readers_see_them(client):
    client.force_login(make_user(role=roles.SITE_ADMIN))
    listing = client.get(reverse("admin:bantin_sitesettings_changelist"))
    assert listing.status_code == 302 and listing["Location"] == CHANGE_URL
    form = client.get(CHANGE_URL).content.decode()
    assert 'name="responsible_person"' in form and 'name="licence"' in form
    data = {
        "name": "Cổng thông tin điện tử huyện Ba Bể",
        "tagline": "Tỉnh Bắc Kạn",
        "emblem": "",
        "owner": "",
        "address": "",
        "phone": "",
        "email": "",
        "responsible_person": "Bà Hoàng Thị B",
        "licence": "Giấy phép số 7/GP-TTĐT",
    }
    response = client.post(CHANGE_URL, data)
    assert response.status_code == 302
    assert SiteSettings.objects.get().responsible_person == "Bà Hoàng Thị B"
    client.logout()
    html = client.get("/").content.decode()
    assert "Cổng thông tin điện tử huyện Ba Bể" in html and "Bà Hoàng Thị B" in html


def test_nobody_adds_a_second_row_or_deletes_the_one(client):
    client.force_login(make_user(is_superuser=True))
    SiteSettings.objects.create()
    assert client.get(reverse("admin:bantin_sitesettings_add")).status_code == 403
    delete = reverse("admin:bantin_sitesettings_delete", args=[SiteSettings.SINGLETON_PK])
    assert client.get(delete).status_code == 403


def test_text_is_stored_in_nfc():
    decomposed = "Cổng thông tin huyện Ba Bể".replace("ổ", "ô\u0309")
    settings_row = SiteSettings.objects.create(name=decomposed)
    assert settings_row.name == "Cổng thông tin huyện Ba Bể"
