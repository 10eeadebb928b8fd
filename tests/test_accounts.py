"""Users, roles and logins."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from bantin import roles

from .factories import make_user

pytestmark = pytest.mark.django_db

User = get_user_model()
LOGIN = "/admin/login/"


@pytest.fixture
def site_admin():
    return make_user("quantri", role=roles.SITE_ADMIN)


def test_migration_creates_the_four_roles():
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ALL)
    reporter = Group.objects.get(name=roles.REPORTER).permissions.values_list("codename", flat=True)
    assert "submit_newsitem" in reporter and "publish_newsitem" not in reporter
    assert "change_layout" not in reporter


def test_an_admin_creates_a_user_with_a_role(client, site_admin):
    client.force_login(site_admin)
    response = client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "phongvienmoi",
            "first_name": "Lan",
            "last_name": "Phương",
            "email": "lan@example.vn",
            "groups": [Group.objects.get(name=roles.REPORTER).pk],
            "usable_password": "true",
            "password1": "mot-mat-khau-dai-2026",
            "password2": "mot-mat-khau-dai-2026",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    user = User.objects.get(username="phongvienmoi")
    assert list(user.groups.values_list("name", flat=True)) == [roles.REPORTER]


def test_an_admin_cannot_make_anyone_superuser_or_hand_out_rights(client, site_admin):
    target = make_user("bientap", role=roles.EDITOR)
    client.force_login(site_admin)
    url = reverse("admin:auth_user_change", args=[target.pk])
    html = client.get(url).content.decode()
    assert 'name="is_superuser"' not in html and 'name="user_permissions"' not in html
    client.post(
        url,
        {
            "username": "bientap",
            "is_active": "on",
            "is_staff": "on",
            "is_superuser": "on",
            "user_permissions": [Permission.objects.get(codename="change_group").pk],
            "groups": [Group.objects.get(name=roles.EDITOR).pk],
            "date_joined_0": "01/01/2026",
            "date_joined_1": "08:00:00",
        },
    )
    target.refresh_from_db()
    assert not target.is_superuser and not target.user_permissions.exists()


def test_an_admin_cannot_grant_a_role_with_rights_they_lack(client, site_admin):
    powerful = Group.objects.create(name="Toàn quyền nhóm")
    powerful.permissions.add(Permission.objects.get(codename="change_group"))
    target = make_user("bientap", role=roles.EDITOR)
    client.force_login(site_admin)
    response = client.post(
        reverse("admin:auth_user_change", args=[target.pk]),
        {"username": "bientap", "is_active": "on", "is_staff": "on", "groups": [powerful.pk]},
    )
    assert response.status_code == 200
    assert not target.groups.filter(pk=powerful.pk).exists()


def test_an_admin_cannot_change_their_own_roles(client, site_admin):
    editor_group = Group.objects.get(name=roles.EDITOR)
    client.force_login(site_admin)
    client.post(
        reverse("admin:auth_user_change", args=[site_admin.pk]),
        {"username": "quantri", "is_active": "on", "is_staff": "on", "groups": [editor_group.pk]},
    )
    assert list(site_admin.groups.values_list("name", flat=True)) == [roles.SITE_ADMIN]


def test_an_admin_cannot_take_over_an_account_with_more_rights(client, site_admin):
    chief = make_user("truongban", role=roles.EDITOR)
    chief.user_permissions.add(Permission.objects.get(codename="change_group"))
    superuser = make_user("root", is_superuser=True)
    client.force_login(site_admin)
    for target in (chief, superuser):
        password_url = reverse("admin:auth_user_password_change", args=[target.pk])
        response = client.post(
            password_url, {"password1": "x-Moi-2026-dai", "password2": "x-Moi-2026-dai"}
        )
        assert response.status_code in (403, 404)
        target.refresh_from_db()
        assert not target.check_password("x-Moi-2026-dai")


def test_an_admin_resets_a_reporters_password(client, site_admin):
    reporter = make_user("phongvien", role=roles.REPORTER)
    client.force_login(site_admin)
    url = reverse("admin:auth_user_password_change", args=[reporter.pk])
    response = client.post(
        url,
        {
            "usable_password": "true",
            "password1": "Mat-khau-moi-2026",
            "password2": "Mat-khau-moi-2026",
        },
    )
    assert response.status_code == 302
    reporter.refresh_from_db()
    assert reporter.check_password("Mat-khau-moi-2026")


def test_the_user_list_shows_role_and_last_login(client, site_admin):
    make_user("phongvien", role=roles.REPORTER)
    client.force_login(site_admin)
    html = client.get(reverse("admin:auth_user_changelist")).content.decode()
    assert roles.REPORTER in html and "Lần cuối đăng nhập" in html


def test_a_deactivated_users_open_session_stops_working(site_admin):
    reporter = make_user("phongvien", role=roles.REPORTER)
    session = Client()
    session.force_login(reporter)
    assert session.get(reverse("admin:index")).status_code == 200
    reporter.is_active = False
    reporter.save()
    assert session.get(reverse("admin:index")).status_code == 302


def login(client, username, password, ip="203.0.113.9"):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=ip
    )


def test_repeated_failures_lock_out_with_the_same_message_for_any_user(client, settings):
    make_user("phongvien", role=roles.REPORTER)
    for name in ["phongvien", "khong-ton-tai"]:
        for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
            assert login(client, name, "sai").status_code == 200
        locked = login(client, name, "sai")
        assert locked.status_code == 429
    right_password_now = login(client, "phongvien", "mat-khau-thu-nghiem")
    assert right_password_now.status_code == 429
    nobody = login(client, "khong-ton-tai", "sai").content.decode()
    somebody = right_password_now.content.decode()
    assert "Đăng nhập sai quá nhiều lần" in somebody
    assert nobody.replace("khong-ton-tai", "") == somebody.replace("phongvien", "")


def test_a_lockout_is_per_user_and_address(client, settings):
    make_user("phongvien", role=roles.REPORTER)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "phongvien", "sai", ip="203.0.113.9")
    assert login(client, "phongvien", "mat-khau-thu-nghiem", ip="198.51.100.4").status_code == 302
