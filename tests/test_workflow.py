"""The editorial workflow: who may take which step from which status, and what each step keeps."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from bantin import roles, workflow
from bantin.models import NewsItem, NewsItemRevision, NewsItemTransition

from .factories import make_news_item, make_user

pytestmark = pytest.mark.django_db

S = NewsItem.Status
ALL = set(S.values)
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def people():
    return {
        "reporter": make_user("phongvien", role=roles.REPORTER, email="pv@example.vn"),
        "other_reporter": make_user("phongvien2", role=roles.REPORTER, email="pv2@example.vn"),
        "editor": make_user("bientap", role=roles.EDITOR, email="btv@example.vn"),
        "publisher": make_user("duyet", role=roles.PUBLISHER, email="duyet@example.vn"),
        "site_admin": make_user("quantri", role=roles.SITE_ADMIN, email="qt@example.vn"),
    }


def item_in(status, owner):
    published = status in (S.PUBLISHED, S.UNPUBLISHED)
    return make_news_item(
        status=status,
        publish_at=timezone.now() - timedelta(days=1) if published else None,
        created_by=owner,
    )


# Who may take each step, from which statuses. Items belong to "reporter".
ALLOWED_STEPS = {
    "reporter": {"submit": {S.DRAFT, S.RETURNED}},
    "other_reporter": {},
    "editor": {"send_for_approval": {S.SUBMITTED}, "return": {S.SUBMITTED}},
    "publisher": {
        "send_for_approval": {S.SUBMITTED},
        "return": {S.SUBMITTED, S.AWAITING_APPROVAL},
        "publish": {S.AWAITING_APPROVAL, S.PUBLISHED, S.UNPUBLISHED},
        "unpublish": {S.PUBLISHED},
    },
}
ALLOWED_STEPS["site_admin"] = ALLOWED_STEPS["publisher"]

STEP_CASES = [
    (role, action, status)
    for role in ALLOWED_STEPS
    for action in workflow.ACTIONS
    for status in S.values
]


@pytest.mark.parametrize(("role", "action", "status"), STEP_CASES)
def test_who_may_take_which_step(people, role, action, status):
    item = item_in(status, people["reporter"])
    actor = people[role]
    allowed = status in ALLOWED_STEPS[role].get(action, set())
    comment = "Cần bổ sung số liệu." if action == "return" else ""
    if allowed:
        item = workflow.news_item_take(item=item, actor=actor, action_name=action, comment=comment)
        assert item.status == workflow.ACTIONS[action].target
        assert NewsItemTransition.objects.filter(news_item=item, actor=actor).count() == 1
    else:
        with pytest.raises(workflow.WorkflowError):
            workflow.news_item_take(item=item, actor=actor, action_name=action, comment=comment)
        item.refresh_from_db()
        assert item.status == status
        assert not NewsItemTransition.objects.exists()


# Who may edit an item's content in each status. Items belong to "reporter".
EDITABLE = {
    "reporter": {S.DRAFT, S.RETURNED},
    "other_reporter": set(),
    "editor": {S.SUBMITTED},
    "publisher": {S.SUBMITTED, S.AWAITING_APPROVAL, S.PUBLISHED, S.UNPUBLISHED},
}
EDITABLE["site_admin"] = EDITABLE["publisher"]


@pytest.mark.parametrize(("role", "status"), [(r, s) for r in EDITABLE for s in S.values])
def test_who_may_edit_in_which_status_through_the_admin(client, people, role, status):
    item = item_in(status, people["reporter"])
    client.force_login(people[role])
    url = reverse("admin:bantin_newsitem_change", args=[item.pk])
    data = {
        "title": "Tiêu đề đã sửa",
        "slug": item.slug,
        "sapo": item.sapo,
        "body": "<p>Đã sửa</p>",
        "category": item.category_id,
        "loaded_version": item.version,
        "bylines-TOTAL_FORMS": "0",
        "bylines-INITIAL_FORMS": "0",
        "bylines-MIN_NUM_FORMS": "0",
        "bylines-MAX_NUM_FORMS": "1000",
    }
    response = client.post(url, data)
    item.refresh_from_db()
    if status in EDITABLE[role]:
        assert response.status_code == 302, response.content.decode()[:2000]
        assert item.title == "Tiêu đề đã sửa"
    else:
        assert response.status_code in (403, 302)
        assert item.title != "Tiêu đề đã sửa"


def test_a_crafted_post_cannot_set_status_or_dates(client, people):
    item = item_in(S.DRAFT, people["reporter"])
    client.force_login(people["reporter"])
    client.post(
        reverse("admin:bantin_newsitem_change", args=[item.pk]),
        {
            "title": item.title,
            "sapo": item.sapo,
            "body": item.body,
            "category": item.category_id,
            "status": S.PUBLISHED,
            "publish_at_0": "01/01/2026",
            "publish_at_1": "08:00:00",
            "is_featured": "on",
            "loaded_version": item.version,
            "bylines-TOTAL_FORMS": "0",
            "bylines-INITIAL_FORMS": "0",
            "bylines-MIN_NUM_FORMS": "0",
            "bylines-MAX_NUM_FORMS": "1000",
        },
    )
    item.refresh_from_db()
    assert item.status == S.DRAFT and item.publish_at is None and not item.is_featured


def test_a_new_item_always_starts_as_a_draft(client, people):
    from .factories import make_category

    client.force_login(people["reporter"])
    client.post(
        reverse("admin:bantin_newsitem_add"),
        {
            "title": "Bài mới",
            "sapo": "Sapo.",
            "body": "<p>Nội dung</p>",
            "category": make_category().pk,
            "status": S.PUBLISHED,
            "bylines-TOTAL_FORMS": "0",
            "bylines-INITIAL_FORMS": "0",
            "bylines-MIN_NUM_FORMS": "0",
            "bylines-MAX_NUM_FORMS": "1000",
        },
    )
    item = NewsItem.objects.get()
    assert item.status == S.DRAFT and item.created_by == people["reporter"]
    assert item.revisions.count() == 1


@pytest.mark.parametrize("action", list(workflow.ACTIONS))
def test_reporters_never_see_or_reach_the_publish_controls(client, people, action):
    item = item_in(S.AWAITING_APPROVAL, people["reporter"])
    client.force_login(people["reporter"])
    html = client.get(reverse("admin:bantin_newsitem_change", args=[item.pk])).content.decode()
    assert "Xuất bản / đặt lịch" not in html
    url = reverse("admin:bantin_newsitem_transition", args=[item.pk, action])
    assert client.post(url, {"comment": "x"}).status_code == 403
    item.refresh_from_db()
    assert item.status == S.AWAITING_APPROVAL


def test_reporters_list_only_their_own_items(client, people):
    mine = item_in(S.DRAFT, people["reporter"])
    theirs = item_in(S.DRAFT, people["other_reporter"])
    client.force_login(people["reporter"])
    html = client.get(reverse("admin:bantin_newsitem_changelist")).content.decode()
    assert mine.title in html and theirs.title not in html
    url = reverse("admin:bantin_newsitem_change", args=[theirs.pk])
    assert client.get(url).status_code == 302  # not found for them: back to the list


@pytest.mark.parametrize("role", ["reporter", "editor"])
def test_bulk_trash_is_refused_without_the_right(client, people, role):
    item = item_in(S.SUBMITTED, people["reporter"])
    client.force_login(people[role])
    client.post(
        reverse("admin:bantin_newsitem_changelist"),
        {"action": "move_to_trash", "_selected_action": [item.pk]},
    )
    item.refresh_from_db()
    assert item.deleted_at is None


def test_a_return_needs_a_comment(people):
    item = item_in(S.SUBMITTED, people["reporter"])
    with pytest.raises(Exception, match="ý kiến"):
        workflow.news_item_return(item=item, actor=people["editor"], comment="  ")


def test_steps_record_history_revisions_and_tell_the_people_concerned(people):
    item = item_in(S.DRAFT, people["reporter"])
    with_capture = pytest.importorskip("django.test").TestCase.captureOnCommitCallbacks
    with with_capture(execute=True):
        item = workflow.news_item_submit(item=item, actor=people["reporter"])
    assert [m.to for m in mail.outbox] == [["btv@example.vn"]]
    with with_capture(execute=True):
        item = workflow.news_item_send_for_approval(item=item, actor=people["editor"])
    assert mail.outbox[-1].to == ["duyet@example.vn"]
    with with_capture(execute=True):
        item = workflow.news_item_return(
            item=item, actor=people["publisher"], comment="Thiếu nguồn ảnh."
        )
    assert mail.outbox[-1].to == ["pv@example.vn"] and "Thiếu nguồn ảnh." in mail.outbox[-1].body
    with with_capture(execute=True):
        item = workflow.news_item_submit(item=item, actor=people["reporter"])
        item = workflow.news_item_send_for_approval(item=item, actor=people["editor"])
        item = workflow.news_item_publish(item=item, actor=people["publisher"])
    assert mail.outbox[-1].to == ["pv@example.vn"]
    steps = list(item.transitions.order_by("at", "pk").values_list("to_status", "actor__username"))
    assert steps == [
        (S.SUBMITTED, "phongvien"),
        (S.AWAITING_APPROVAL, "bientap"),
        (S.RETURNED, "duyet"),
        (S.SUBMITTED, "phongvien"),
        (S.AWAITING_APPROVAL, "bientap"),
        (S.PUBLISHED, "duyet"),
    ]
    assert item.transitions.get(to_status=S.RETURNED).comment == "Thiếu nguồn ảnh."
    assert NewsItemRevision.objects.filter(news_item=item).count() == 6
    assert NewsItem.objects.published().filter(pk=item.pk).exists()


def test_scheduled_item_appears_and_expires_at_its_boundaries_in_hanoi_time(people):
    item = item_in(S.AWAITING_APPROVAL, people["reporter"])
    start = datetime(2026, 12, 1, 7, 0, tzinfo=HCM)
    end = datetime(2026, 12, 2, 0, 0, tzinfo=HCM)
    workflow.news_item_publish(
        item=item, actor=people["publisher"], publish_at=start, unpublish_at=end
    )
    tick = timedelta(microseconds=1)

    def visible(moment):
        return NewsItem.objects.published(moment).filter(pk=item.pk).exists()

    assert not visible(start - tick)
    assert visible(start)
    assert visible(end - tick)
    assert not visible(end)
    assert timezone.localtime(start).strftime("%d/%m/%Y %H:%M") == "01/12/2026 07:00"


def test_expiry_before_publication_is_refused(people):
    item = item_in(S.AWAITING_APPROVAL, people["reporter"])
    start = timezone.now() + timedelta(days=1)
    with pytest.raises(Exception, match="hết hạn"):
        workflow.news_item_publish(
            item=item,
            actor=people["publisher"],
            publish_at=start,
            unpublish_at=start - timedelta(hours=1),
        )
    item.refresh_from_db()
    assert item.status == S.AWAITING_APPROVAL


def test_the_publish_form_schedules(client, people):
    item = item_in(S.AWAITING_APPROVAL, people["reporter"])
    client.force_login(people["publisher"])
    url = reverse("admin:bantin_newsitem_transition", args=[item.pk, "publish"])
    response = client.post(
        url, {"publish_at": "2030-01-02T08:30", "unpublish_at": "", "comment": ""}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == S.PUBLISHED
    assert timezone.localtime(item.publish_at).strftime("%d/%m/%Y %H:%M") == "02/01/2030 08:30"
    assert not NewsItem.objects.published().filter(pk=item.pk).exists()


def test_the_return_form_requires_a_comment(client, people):
    item = item_in(S.SUBMITTED, people["reporter"])
    client.force_login(people["editor"])
    url = reverse("admin:bantin_newsitem_transition", args=[item.pk, "return"])
    response = client.post(url, {"comment": ""})
    assert response.status_code == 200
    item.refresh_from_db()
    assert item.status == S.SUBMITTED


def test_each_role_has_a_waiting_for_me_list(client, people):
    submitted = item_in(S.SUBMITTED, people["reporter"])
    awaiting = item_in(S.AWAITING_APPROVAL, people["reporter"])
    returned = item_in(S.RETURNED, people["reporter"])
    url = reverse("admin:bantin_newsitem_changelist") + "?danh_sach=cho-toi"
    expected = {
        "reporter": {returned},
        "editor": {submitted},
        "publisher": {submitted, awaiting},
    }
    for role, items in expected.items():
        client.force_login(people[role])
        html = client.get(url).content.decode()
        for item in [submitted, awaiting, returned]:
            assert (item.title in html) == (item in items), (role, item.status)


def test_three_people_carry_an_item_through_the_admin(client, people):
    """Draft → submitted → awaiting → returned → submitted → awaiting → published."""
    from .factories import make_category

    def take(role, action, **data):
        client.force_login(people[role])
        url = reverse("admin:bantin_newsitem_transition", args=[item.pk, action])
        assert client.post(url, {"comment": "", **data}).status_code == 302

    client.force_login(people["reporter"])
    client.post(
        reverse("admin:bantin_newsitem_add"),
        {
            "title": "Bài qua ba người",
            "sapo": "Sapo.",
            "body": "<p>Nội dung</p>",
            "category": make_category().pk,
            "bylines-TOTAL_FORMS": "0",
            "bylines-INITIAL_FORMS": "0",
            "bylines-MIN_NUM_FORMS": "0",
            "bylines-MAX_NUM_FORMS": "1000",
        },
    )
    item = NewsItem.objects.get()
    take("reporter", "submit")
    take("editor", "send_for_approval")
    take("publisher", "return", comment="Sửa lại sapo.")
    take("reporter", "submit")
    take("editor", "send_for_approval")
    take("publisher", "publish")
    item.refresh_from_db()
    assert item.status == S.PUBLISHED
    assert client.get(item.get_absolute_url()).status_code == 200
    client.force_login(people["publisher"])
    html = client.get(reverse("admin:bantin_newsitem_history", args=[item.pk])).content.decode()
    assert html.count("→") >= 6 and "Sửa lại sapo." in html
