"""Onboarding and rights in the admin: roles make staff, lockouts are lifted, deleting says what
it does, and a draft is its writer's until it is handed over."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from bantin import roles
from bantin.models import NewsItem

from .factories import make_news_item, make_user

pytestmark = pytest.mark.django_db

S = NewsItem.Status
User = get_user_model()
PASSWORD = "mat-khau-thu-nghiem"


@pytest.fixture
def site_admin():
    return make_user("quantri", role=roles.SITE_ADMIN)


def add_user_post(username, *groups):
    return {
        "username": username,
        "first_name": "Nguyễn",
        "last_name": "Văn Mới",
        "email": f"{username}@example.vn",
        "groups": [group.pk for group in groups],
        "usable_password": "true",
        "password1": "Mat-khau-dai-123!",
        "password2": "Mat-khau-dai-123!",
    }


def change_user_post(user, *groups):
    return {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_active": "on",
        "groups": [group.pk for group in groups],
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": "02/12/2026",
        "date_joined_1": "08:00:00",
    }


# Roles make staff


def test_a_user_created_with_a_role_can_log_in_to_the_admin(client, site_admin):
    client.force_login(site_admin)
    reporter_role = Group.objects.get(name=roles.REPORTER)
    response = client.post(
        reverse("admin:auth_user_add"), add_user_post("phongvienmoi", reporter_role)
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    created = User.objects.get(username="phongvienmoi")
    assert created.is_staff
    client.logout()
    response = client.post(
        reverse("admin:login"),
        {"username": "phongvienmoi", "password": "Mat-khau-dai-123!", "next": "/admin/"},
    )
    assert response.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_taking_away_the_last_role_takes_away_the_admin(client, site_admin):
    user = make_user("cu", role=roles.REPORTER)
    client.force_login(site_admin)
    url = reverse("admin:auth_user_change", args=[user.pk])
    # The staff box as the form shows it, ticked: the roles decide, not the box.
    response = client.post(url, {**change_user_post(user), "is_staff": "on"})
    assert response.status_code == 302, response.content.decode()[:3000]
    user.refresh_from_db()
    assert not user.is_staff and not user.groups.exists()


def test_giving_a_role_to_a_user_without_one_makes_them_staff(client, site_admin):
    user = make_user("chua-co-vai-tro", is_staff=False)
    client.force_login(site_admin)
    editor_role = Group.objects.get(name=roles.EDITOR)
    url = reverse("admin:auth_user_change", args=[user.pk])
    assert client.post(url, change_user_post(user, editor_role)).status_code == 302
    user.refresh_from_db()
    assert user.is_staff


def test_a_site_admin_editing_themselves_keeps_their_staff_status(client, site_admin):
    client.force_login(site_admin)
    url = reverse("admin:auth_user_change", args=[site_admin.pk])
    # Own roles stay as they were, whatever was posted; so does the way in.
    assert client.post(url, change_user_post(site_admin)).status_code == 302
    site_admin.refresh_from_db()
    assert site_admin.is_staff and site_admin.groups.filter(name=roles.SITE_ADMIN).exists()


# Lockouts


def lock_out(client, username):
    for _ in range(5):
        client.post(reverse("admin:login"), {"username": username, "password": "sai-mat-khau"})
    assert AccessAttempt.objects.filter(username=username).exists()


def test_a_site_admin_sees_the_lockouts_in_vietnamese(client, site_admin):
    locked = make_user("phongvienbikhoa", role=roles.REPORTER)
    lock_out(client, locked.username)
    client.force_login(site_admin)
    response = client.get(reverse("admin:axes_accessattempt_changelist"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "phongvienbikhoa" in html
    assert "đăng nhập sai" in html and "Mở khóa" in html
    for english in ["Access attempts", "Failed logins", "IP Address", "Locked Out"]:
        assert english not in html


def test_a_site_admin_lifts_a_lockout_and_the_user_logs_in_again(client, site_admin):
    locked = make_user("phongvienbikhoa", role=roles.REPORTER)
    lock_out(client, locked.username)
    response = client.post(
        reverse("admin:login"), {"username": locked.username, "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session
    client.force_login(site_admin)
    attempt = AccessAttempt.objects.get(username=locked.username)
    response = client.post(
        reverse("admin:axes_accessattempt_changelist"),
        {"action": "lift_lockouts", "_selected_action": [attempt.pk]},
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username=locked.username).exists()
    client.logout()
    response = client.post(
        reverse("admin:login"),
        {"username": locked.username, "password": PASSWORD, "next": "/admin/"},
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(locked.pk)


@pytest.mark.parametrize("role", [roles.REPORTER, roles.EDITOR, roles.PUBLISHER])
def test_only_site_admins_see_the_lockouts(client, role):
    client.force_login(make_user(role=role))
    response = client.get(reverse("admin:axes_accessattempt_changelist"))
    assert response.status_code == 403
    assert "axes" not in client.get(reverse("admin:index")).content.decode()


# Deleting says what it does


def test_the_delete_page_says_the_item_goes_to_the_trash(client, site_admin):
    from .factories import make_tag

    item = make_news_item("Bài sắp vào thùng rác", status=S.PUBLISHED)
    item.tags.add(make_tag("Đồng Tâm"))
    client.force_login(site_admin)
    response = client.get(reverse("admin:bantin_newsitem_delete", args=[item.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "thùng rác" in html and "khôi phục" in html
    for internal in ["NewsItem_tags", "object (", "sẽ bị xóa"]:
        assert internal not in html


def test_confirming_the_delete_page_moves_the_item_to_the_trash(client, site_admin):
    item = make_news_item("Bài sắp vào thùng rác")
    client.force_login(site_admin)
    response = client.post(reverse("admin:bantin_newsitem_delete", args=[item.pk]), {"post": "yes"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.deleted_at is not None


def test_the_delete_page_in_the_trash_says_it_is_for_good(client, site_admin):
    item = make_news_item("Bài trong thùng rác", deleted_at=timezone.now())
    client.force_login(site_admin)
    response = client.get(reverse("admin:bantin_newsitem_delete", args=[item.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "vĩnh viễn" in html and "không thể khôi phục" in html
    assert "object (" not in html
    assert (
        client.post(
            reverse("admin:bantin_newsitem_delete", args=[item.pk]), {"post": "yes"}
        ).status_code
        == 302
    )
    assert not NewsItem.objects.filter(pk=item.pk).exists()


# A draft is its writer's until it is handed over


@pytest.fixture
def drafts():
    writer = make_user("phongvien", role=roles.REPORTER)
    draft = make_news_item(
        "Nháp chưa gửi của phóng viên", status=S.DRAFT, publish_at=None, created_by=writer
    )
    submitted = make_news_item(
        "Bài đã gửi biên tập", status=S.SUBMITTED, publish_at=None, created_by=writer
    )
    return {"writer": writer, "draft": draft, "submitted": submitted}


OTHER_ROLES = [roles.EDITOR, roles.PUBLISHER, roles.SITE_ADMIN]


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_others_do_not_list_an_unsubmitted_draft(client, drafts, role):
    client.force_login(make_user(role=role))
    html = client.get(reverse("admin:bantin_newsitem_changelist")).content.decode()
    assert drafts["submitted"].title in html
    assert drafts["draft"].title not in html


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:bantin_newsitem_change",
        "bantin:preview",
        "admin:bantin_newsitem_revisions",
        "admin:bantin_newsitem_history",
    ],
)
@pytest.mark.parametrize("role", OTHER_ROLES)
def test_others_cannot_open_an_unsubmitted_draft(client, drafts, role, url_name):
    client.force_login(make_user(role=role))
    response = client.get(reverse(url_name, args=[drafts["draft"].pk]))
    assert response.status_code in (302, 404)
    assert drafts["draft"].title not in response.content.decode()


@pytest.mark.parametrize(
    "url_name",
    ["admin:bantin_newsitem_change", "bantin:preview", "admin:bantin_newsitem_history"],
)
def test_the_writer_opens_their_own_draft_everywhere(client, drafts, url_name):
    client.force_login(drafts["writer"])
    response = client.get(reverse(url_name, args=[drafts["draft"].pk]))
    assert response.status_code == 200
    assert drafts["draft"].title in response.content.decode()


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_others_open_a_draft_once_it_is_submitted(client, drafts, role):
    client.force_login(make_user(role=role))
    response = client.get(reverse("bantin:preview", args=[drafts["submitted"].pk]))
    assert response.status_code == 200


def test_a_returned_item_stays_open_to_the_editor_who_returned_it(client, drafts):
    editor = make_user(role=roles.EDITOR)
    returned = make_news_item(
        "Bài bị trả lại", status=S.RETURNED, publish_at=None, created_by=drafts["writer"]
    )
    client.force_login(editor)
    response = client.get(reverse("admin:bantin_newsitem_change", args=[returned.pk]))
    assert response.status_code == 200


def test_the_rule_is_one_queryset_method(drafts):
    editor = make_user(role=roles.EDITOR)
    superuser = make_user(is_superuser=True)
    open_to_editor = set(NewsItem.objects.open_to(editor))
    assert open_to_editor == {drafts["submitted"]}
    assert set(NewsItem.objects.open_to(drafts["writer"])) == {
        drafts["draft"],
        drafts["submitted"],
    }
    assert set(NewsItem.objects.open_to(superuser)) == {drafts["draft"], drafts["submitted"]}
    other_reporter = make_user(role=roles.REPORTER)
    assert not NewsItem.objects.open_to(other_reporter).exists()
