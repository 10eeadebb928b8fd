"""What waits for me, and what is live: the admin tells a returned item's why, each person's
queue, scheduled from live from expired; mails link to the site; pickers fold diacritics;
captions read as sentences."""

import unicodedata
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from bantin import roles, workflow
from bantin.models import NewsItem
from bantin.templatetags.bantin_images import body_pictures

from .factories import make_author, make_image, make_news_item, make_tag, make_user

pytestmark = pytest.mark.django_db

S = NewsItem.Status
HCM = ZoneInfo("Asia/Ho_Chi_Minh")
LIST_URL = reverse("admin:bantin_newsitem_changelist")


@pytest.fixture
def people():
    return {
        "reporter": make_user("phongvien", role=roles.REPORTER, email="pv@example.vn"),
        "editor": make_user("bientap", role=roles.EDITOR, email="btv@example.vn"),
        "publisher": make_user("duyet", role=roles.PUBLISHER, email="duyet@example.vn"),
    }


# A returned item says why, at the top of its form


def test_a_returned_item_shows_the_returning_comment_at_the_top_of_its_form(client, people):
    item = make_news_item(status=S.DRAFT, publish_at=None, created_by=people["reporter"])
    item = workflow.news_item_submit(item=item, actor=people["reporter"])
    workflow.news_item_return(
        item=item, actor=people["editor"], comment="Bổ sung số liệu giải ngân quý III."
    )
    client.force_login(people["reporter"])
    html = client.get(reverse("admin:bantin_newsitem_change", args=[item.pk])).content.decode()
    note = html.index('class="returned-note"')
    assert note < html.index('name="title"')
    assert "Bổ sung số liệu giải ngân quý III." in html[note : html.index('name="title"')]


def test_an_item_not_returned_has_no_return_note(client, people):
    item = make_news_item(status=S.DRAFT, publish_at=None, created_by=people["reporter"])
    client.force_login(people["reporter"])
    html = client.get(reverse("admin:bantin_newsitem_change", args=[item.pk])).content.decode()
    assert 'class="returned-note"' not in html


# Each person's queue on the admin's index


def test_the_admin_index_shows_what_waits_for_me_with_a_link(client, people):
    for _ in range(3):
        make_news_item(status=S.SUBMITTED, publish_at=None, created_by=people["reporter"])
    make_news_item(status=S.AWAITING_APPROVAL, publish_at=None, created_by=people["reporter"])
    client.force_login(people["editor"])
    html = client.get(reverse("admin:index")).content.decode()
    assert f'href="{LIST_URL}?danh_sach=cho-toi"' in html
    assert "Chờ tôi xử lý: 3 bài" in html


def test_the_index_count_is_the_length_of_the_list_it_links_to(client, people):
    make_news_item(status=S.SUBMITTED, publish_at=None, created_by=people["reporter"])
    make_news_item(status=S.AWAITING_APPROVAL, publish_at=None, created_by=people["reporter"])
    make_news_item(
        status=S.AWAITING_APPROVAL,
        publish_at=None,
        created_by=people["reporter"],
        deleted_at=timezone.now(),
    )
    client.force_login(people["publisher"])
    assert "Chờ tôi xử lý: 2 bài" in client.get(reverse("admin:index")).content.decode()
    response = client.get(LIST_URL + "?danh_sach=cho-toi")
    assert response.context["cl"].result_count == 2


# Scheduled, live, expired


@pytest.fixture
def three_published():
    now = timezone.now()
    return {
        "scheduled": make_news_item("Bài đặt lịch ngày mai", publish_at=now + timedelta(days=1)),
        "live": make_news_item("Bài đang hiển thị hôm nay", publish_at=now - timedelta(hours=1)),
        "expired": make_news_item(
            "Bài đã hết hạn hôm qua",
            publish_at=now - timedelta(days=3),
            unpublish_at=now - timedelta(days=1),
        ),
    }


@pytest.mark.parametrize(
    ("state", "label"),
    [("scheduled", "Đã lên lịch"), ("live", "Đang hiển thị"), ("expired", "Hết hạn")],
)
def test_the_status_filter_tells_scheduled_live_and_expired_apart(
    client, people, three_published, state, label
):
    client.force_login(people["publisher"])
    html = client.get(LIST_URL).content.decode()
    assert label in html  # a choice of the filter
    response = client.get(LIST_URL, {"trang_thai": state})
    listed = set(response.context["cl"].result_list)
    assert listed == {three_published[state]}


def test_the_list_shows_each_items_state_for_readers(client, people, three_published):
    client.force_login(people["publisher"])
    response = client.get(LIST_URL)
    states = {item.pk: item.publication_state for item in response.context["cl"].result_list}
    assert states == {item.pk: state for state, item in three_published.items()}
    html = response.content.decode()
    row = html[html.index("Bài đã hết hạn hôm qua") :]
    assert "Hết hạn" in row[: row.index("</tr>")]


def test_the_filter_states_are_the_readers_rule(three_published):
    live = set(NewsItem.objects.in_publication_state("live"))
    assert live == set(NewsItem.objects.published())


def test_publishing_for_later_says_when_it_is_scheduled(client, people):
    item = make_news_item(status=S.AWAITING_APPROVAL, publish_at=None)
    client.force_login(people["publisher"])
    url = reverse("admin:bantin_newsitem_transition", args=[item.pk, "publish"])
    response = client.post(
        url, {"publish_at": "2030-12-02T22:59", "unpublish_at": "", "comment": ""}, follow=True
    )
    messages = [str(message) for message in response.context["messages"]]
    assert any("đã lên lịch lúc 22:59 ngày 02/12/2030" in message for message in messages)


def test_publishing_now_says_published(client, people):
    item = make_news_item(status=S.AWAITING_APPROVAL, publish_at=None)
    client.force_login(people["publisher"])
    url = reverse("admin:bantin_newsitem_transition", args=[item.pk, "publish"])
    response = client.post(url, {"publish_at": "", "unpublish_at": "", "comment": ""}, follow=True)
    messages = [str(message) for message in response.context["messages"]]
    assert any("Đã xuất bản" in message for message in messages)
    assert not any("lên lịch" in message for message in messages)


# The publish time is to the minute, and says so


def test_the_publish_form_says_it_takes_minutes(client, people):
    item = make_news_item(status=S.AWAITING_APPROVAL, publish_at=None)
    client.force_login(people["publisher"])
    url = reverse("admin:bantin_newsitem_transition", args=[item.pk, "publish"])
    assert "tính đến phút" in client.get(url).content.decode()


def test_a_publish_time_with_seconds_is_kept_to_the_minute(client, people):
    item = make_news_item(status=S.AWAITING_APPROVAL, publish_at=None)
    client.force_login(people["publisher"])
    url = reverse("admin:bantin_newsitem_transition", args=[item.pk, "publish"])
    response = client.post(
        url, {"publish_at": "2030-12-02T22:59:42", "unpublish_at": "", "comment": ""}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.publish_at == datetime(2030, 12, 2, 22, 59, tzinfo=HCM)


def test_a_publish_time_typed_the_vietnamese_way_is_accepted(client, people):
    item = make_news_item(status=S.AWAITING_APPROVAL, publish_at=None)
    client.force_login(people["publisher"])
    url = reverse("admin:bantin_newsitem_transition", args=[item.pk, "publish"])
    response = client.post(
        url, {"publish_at": "02/12/2030 22:59", "unpublish_at": "", "comment": ""}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.publish_at == datetime(2030, 12, 2, 22, 59, tzinfo=HCM)


def test_a_publish_time_that_is_not_one_says_how_to_type_it(client, people):
    item = make_news_item(status=S.AWAITING_APPROVAL, publish_at=None)
    client.force_login(people["publisher"])
    url = reverse("admin:bantin_newsitem_transition", args=[item.pk, "publish"])
    response = client.post(url, {"publish_at": "22 giờ 59", "unpublish_at": "", "comment": ""})
    assert response.status_code == 200
    assert "02/12/2026 22:59" in response.content.decode()
    item.refresh_from_db()
    assert item.status == S.AWAITING_APPROVAL


# Mails link to the site


def test_workflow_mails_carry_an_absolute_link(people, settings):
    settings.PORTAL_BASE_URL = "https://congthongtin.example.gov.vn"
    item = make_news_item(status=S.DRAFT, publish_at=None, created_by=people["reporter"])
    with TestCase.captureOnCommitCallbacks(execute=True):
        workflow.news_item_submit(item=item, actor=people["reporter"])
    link = "https://congthongtin.example.gov.vn" + reverse(
        "admin:bantin_newsitem_change", args=[item.pk]
    )
    assert link in mail.outbox[-1].body.splitlines()


# Pickers fold diacritics


def autocomplete(client, model_name, term, field="tags"):
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": term, "app_label": "bantin", "model_name": "newsitem", "field_name": field},
    )
    assert response.status_code == 200, response.content
    return [result["text"] for result in response.json()["results"]]


@pytest.mark.parametrize(
    "term", ["nong", "NÔNG", "nông thôn", unicodedata.normalize("NFD", "Nông")]
)
def test_the_tag_picker_finds_without_diacritics(client, people, term):
    make_tag("Nông thôn mới")
    make_tag("Giáo dục")
    client.force_login(people["editor"])
    assert autocomplete(client, "tag", term) == ["Nông thôn mới"]


@pytest.mark.parametrize("term", ["duc", "dong", unicodedata.normalize("NFD", "Đồng")])
def test_the_tag_picker_folds_d(client, people, term):
    make_tag("Giáo dục")
    make_tag("Đồng Tâm")
    client.force_login(people["editor"])
    expected = ["Giáo dục"] if term == "duc" else ["Đồng Tâm"]
    assert autocomplete(client, "tag", term) == expected


def test_the_author_picker_finds_without_diacritics(client, people):
    make_author("Đức Khôi")
    make_author("Hương Dịu")
    client.force_login(people["editor"])
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": "duc khoi", "app_label": "bantin", "model_name": "newsitemauthor",
         "field_name": "author"},
    )  # fmt: skip
    assert [r["text"] for r in response.json()["results"]] == ["Đức Khôi"]


def test_the_lead_image_picker_finds_words_in_any_order_without_diacritics(client, people):
    make_image("Lễ khởi công đường liên xã Đồng Tâm")
    make_image("Hội nghị cải cách hành chính")
    client.force_login(people["editor"])
    found = autocomplete(client, "image", "khoi cong dong", field="lead_image")
    assert found == ["Lễ khởi công đường liên xã Đồng Tâm"]


def test_a_picker_term_with_like_wildcards_matches_them_literally(client, people):
    make_tag("Giáo dục")
    client.force_login(people["editor"])
    assert autocomplete(client, "tag", "%") == [] and autocomplete(client, "tag", "_") == []


# Captions


def test_a_credit_typed_with_its_prefix_is_not_doubled(client):
    image = make_image(
        "Trụ sở", caption="Toàn cảnh trụ sở UBND huyện", credit="Ảnh: Phóng viên Demo"
    )
    item = make_news_item(lead_image=image)
    html = client.get(item.get_absolute_url()).content.decode()
    assert "Ảnh: Phóng viên Demo" in html
    assert "Ảnh: Ảnh:" not in html


def test_the_public_caption_separates_caption_and_credit(client):
    image = make_image("Trụ sở", caption="Toàn cảnh trụ sở UBND huyện", credit="Tư liệu")
    item = make_news_item(lead_image=image)
    html = client.get(item.get_absolute_url()).content.decode()
    figcaption = html[html.index("<figcaption>") : html.index("</figcaption>")]
    text = " ".join(figcaption.replace('<span class="article__credit">', "").split())
    assert "Toàn cảnh trụ sở UBND huyện. Ảnh: Tư liệu" in text.replace("</span>", "")


def test_a_caption_ending_its_sentence_gets_no_second_stop(client):
    image = make_image("Trụ sở", caption="Người dân làm thủ tục!", credit="Tư liệu")
    item = make_news_item(lead_image=image)
    html = client.get(item.get_absolute_url()).content.decode()
    assert "thủ tục!." not in html and "thủ tục!" in html


def test_a_body_pictures_caption_separates_caption_and_credit():
    image = make_image("Cầu", credit="ảnh : Tư liệu")
    html = str(
        body_pictures(
            f'<figure class="image"><img src="{image.file.url}" alt="Cầu">'
            "<figcaption>Cầu Tân Lập</figcaption></figure>"
        )
    )
    assert 'Cầu Tân Lập. <span class="article__credit">Ảnh: Tư liệu</span>' in html
