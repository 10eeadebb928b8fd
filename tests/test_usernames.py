"""User names in the admin's user forms: one writing system, so no account can pass for
another by a look-alike letter."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from bantin import roles
from bantin.text import scripts_of

from .factories import make_user

pytestmark = pytest.mark.django_db

User = get_user_model()
MIXED = "qu\u0430ntri"  # a Cyrillic "а"
MESSAGE = "Tên đăng nhập trộn chữ của nhiều hệ chữ viết"


@pytest.fixture
def site_admin():
    return make_user("quantri", role=roles.SITE_ADMIN)


def add_user(client, username):
    return client.post(
        reverse("admin:auth_user_add"),
        {
            "username": username,
            "groups": [Group.objects.get(name=roles.REPORTER).pk],
            "usable_password": "true",
            "password1": "mot-mat-khau-dai-2026",
            "password2": "mot-mat-khau-dai-2026",
        },
    )


def test_a_user_name_mixing_latin_and_cyrillic_is_refused_when_adding(client, site_admin):
    client.force_login(site_admin)
    response = add_user(client, MIXED)
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert not User.objects.filter(username=MIXED).exists()


def test_a_user_name_mixing_scripts_is_refused_when_renaming(client, site_admin):
    reporter = make_user("phongvien", role=roles.REPORTER)
    client.force_login(site_admin)
    response = client.post(
        reverse("admin:auth_user_change", args=[reporter.pk]),
        {"username": "ph\u043engvien", "is_active": "on", "is_staff": "on"},
    )
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    reporter.refresh_from_db()
    assert reporter.username == "phongvien"


@pytest.mark.parametrize("username", ["phongvien.moi", "quảntrị", "lan_2026", "иван"])
def test_a_user_name_in_one_script_is_accepted(client, site_admin, username):
    client.force_login(site_admin)
    assert add_user(client, username).status_code == 302
    assert User.objects.filter(username=username).exists()


def test_digits_and_punctuation_belong_to_no_script():
    assert scripts_of("2026_@+-.") == set()
    assert scripts_of("lan.2026") == {"LATIN"}
    assert scripts_of(MIXED) == {"LATIN", "CYRILLIC"}
