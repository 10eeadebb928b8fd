"""Publication and expiry times stay within PUBLICATION_YEARS on every path that sets them,
and the edges that are allowed leave every public page answering."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from bantin import roles, workflow
from bantin.models import PUBLICATION_YEARS, NewsItem

from .factories import make_category, make_news_item, make_user

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
S = NewsItem.Status
REFUSED = ["1999-12-31T23:59", "2101-01-01T00:00", "0001-01-01T00:00", "9999-12-31T23:59"]
ALLOWED = ["2000-01-01T00:00", "2100-12-31T23:59"]
MESSAGE = "Hãy chọn một thời điểm từ năm 2000 đến hết năm 2100."


@pytest.fixture
def publisher():
    return make_user(role=roles.PUBLISHER)


@pytest.fixture
def awaiting():
    return make_news_item(
        "Huyện Tân Lập khởi công đường giao thông",
        category=make_category("Kinh tế"),
        status=S.AWAITING_APPROVAL,
        publish_at=None,
    )


def local(value):
    return datetime.fromisoformat(value).replace(tzinfo=HCM)


def publish_form(client, item, **fields):
    url = reverse("admin:bantin_newsitem_transition", args=[item.pk, "publish"])
    return client.post(url, {"publish_at": "", "unpublish_at": "", "comment": "", **fields})


def test_the_years_are_named_in_one_place():
    assert PUBLICATION_YEARS == (2000, 2100)


@pytest.mark.parametrize("value", REFUSED)
def test_publish_form_refuses_a_publication_time_out_of_range(client, publisher, awaiting, value):
    client.force_login(publisher)
    response = publish_form(client, awaiting, publish_at=value)
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    awaiting.refresh_from_db()
    assert awaiting.status == S.AWAITING_APPROVAL and awaiting.publish_at is None


@pytest.mark.parametrize("value", REFUSED)
def test_publish_form_refuses_an_expiry_out_of_range(client, publisher, awaiting, value):
    client.force_login(publisher)
    response = publish_form(client, awaiting, publish_at="2026-01-01T08:00", unpublish_at=value)
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    awaiting.refresh_from_db()
    assert awaiting.status == S.AWAITING_APPROVAL


@pytest.mark.parametrize("value", ALLOWED)
def test_publish_form_accepts_the_edges_of_the_range(client, publisher, awaiting, value):
    client.force_login(publisher)
    response = publish_form(client, awaiting, publish_at=value)
    assert response.status_code == 302
    awaiting.refresh_from_db()
    assert awaiting.publish_at == local(value)


@pytest.mark.parametrize("value", REFUSED)
def test_workflow_refuses_a_publication_time_out_of_range(publisher, awaiting, value):
    with pytest.raises(ValidationError) as refused:
        workflow.news_item_publish(item=awaiting, actor=publisher, publish_at=local(value))
    assert MESSAGE in refused.value.messages
    awaiting.refresh_from_db()
    assert awaiting.status == S.AWAITING_APPROVAL


@pytest.mark.parametrize("value", REFUSED)
def test_workflow_refuses_an_expiry_out_of_range(publisher, awaiting, value):
    with pytest.raises(ValidationError) as refused:
        workflow.news_item_publish(
            item=awaiting,
            actor=publisher,
            publish_at=local("2026-01-01T08:00"),
            unpublish_at=local(value),
        )
    assert MESSAGE in refused.value.messages


def test_model_validation_refuses_a_date_out_of_range():
    item = make_news_item(publish_at=None, status=S.DRAFT)
    item.publish_at = local("0001-01-01T00:00")
    with pytest.raises(ValidationError) as refused:
        item.full_clean()
    assert refused.value.message_dict["publish_at"] == [MESSAGE]


PUBLIC_PAGES = [
    "/",
    "/tim-kiem/?q=giao+thong",
    "/tim-kiem/?q=khoi+cong&tu_ngay=01/01/2000&den_ngay=31/12/2100",
    "/rss/",
    "/atom/",
    "/sitemap.xml",
    "/sitemap-news.xml",
    "/sitemap-tin-tuc.xml",
    "/sitemap-chuyen-muc.xml",
    "/chuyen-muc/kinh-te/",
    "/chuyen-muc/kinh-te/rss/",
]


def test_the_earliest_and_latest_times_leave_every_page_answering(client, publisher, awaiting):
    workflow.news_item_publish(
        item=awaiting,
        actor=publisher,
        publish_at=local("2000-01-01T00:00"),
        unpublish_at=local("2100-12-31T23:59"),
    )
    scheduled = make_news_item(
        "Khởi công cầu Đồng Tâm",
        category=awaiting.category,
        status=S.AWAITING_APPROVAL,
        publish_at=None,
    )
    workflow.news_item_publish(
        item=scheduled, actor=publisher, publish_at=local("2100-12-31T23:59")
    )
    awaiting.refresh_from_db()
    for path in [*PUBLIC_PAGES, awaiting.get_absolute_url()]:
        assert client.get(path).status_code == 200, path
    assert "Huyện Tân Lập" in client.get("/tim-kiem/?q=giao+thong").content.decode()
    client.force_login(publisher)
    assert client.get(reverse("admin:bantin_newsitem_changelist")).status_code == 200
    assert (
        client.get(reverse("admin:bantin_newsitem_changelist") + "?q=khoi+cong").status_code == 200
    )


def test_the_publish_form_offers_only_the_allowed_years(client, publisher, awaiting):
    client.force_login(publisher)
    page = client.get(reverse("admin:bantin_newsitem_transition", args=[awaiting.pk, "publish"]))
    html = page.content.decode()
    assert 'min="2000-01-01T00:00"' in html and 'max="2100-12-31T23:59"' in html
