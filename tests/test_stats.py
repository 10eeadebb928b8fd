"""Read counts: buffered per view in the cache, written in batches."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from bantin import stats
from bantin.models import DailyViewCount

from .factories import make_news_item

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131 Mobile Safari/537.36"


def beacon(client, item, user_agent=BROWSER, ip="203.0.113.7"):
    return client.post(
        reverse("endpoints:count_view", args=[item.pk]),
        headers={"user-agent": user_agent},
        REMOTE_ADDR=ip,
    )


def flush_later():
    """Flush as a minute from now would: every bucket up to now has closed."""
    return stats.flush_view_counts(now=timezone.now() + timedelta(seconds=stats.BUCKET_SECONDS))


def test_a_view_writes_nothing_to_the_database(client, settings, django_assert_num_queries):
    settings.PORTAL_VIEW_FLUSH_SECONDS = 3600
    item = make_news_item()
    beacon(client, item, ip="198.51.100.1")  # the first beacon may flush
    with django_assert_num_queries(0):
        assert beacon(client, item).status_code == 204
    assert not DailyViewCount.objects.exists()


def test_views_are_counted_once_per_reader_and_flushed_in_a_batch(client):
    first, second = make_news_item(), make_news_item()
    for ip in ["203.0.113.1", "203.0.113.2", "203.0.113.3"]:
        beacon(client, first, ip=ip)
        beacon(client, first, ip=ip)  # a reload within half an hour counts once
    beacon(client, second)
    assert flush_later() == 4
    counts = dict(DailyViewCount.objects.values_list("news_item_id", "count"))
    assert counts == {first.pk: 3, second.pk: 1}


def test_later_flushes_add_to_the_days_count(client):
    item = make_news_item()
    beacon(client, item, ip="203.0.113.1")
    flush_later()
    beacon(client, item, ip="203.0.113.2")
    flush_later()
    assert DailyViewCount.objects.get(news_item=item).count == 2
    assert flush_later() == 0


@pytest.mark.parametrize(
    "user_agent",
    [
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "Mozilla/5.0 HeadlessChrome/131",
        "",
    ],
)
def test_bots_are_not_counted(client, user_agent):
    item = make_news_item()
    assert beacon(client, item, user_agent=user_agent).status_code == 204
    assert flush_later() == 0


def test_the_beacon_accepts_only_post_and_ignores_unknown_items(client):
    item = make_news_item()
    assert client.get(reverse("endpoints:count_view", args=[item.pk])).status_code == 405
    assert client.post("/luot-xem/99999999/", headers={"user-agent": BROWSER}).status_code == 204
    huge = "/luot-xem/99999999999999999999999/"
    assert client.post(huge, headers={"user-agent": BROWSER}).status_code == 204
    assert flush_later() == 0


def test_a_cached_page_still_counts_through_the_beacon(client):
    item = make_news_item()
    html = client.get(item.get_absolute_url()).content.decode()
    assert f'data-view-beacon="/luot-xem/{item.pk}/"' in html


def test_flush_command_writes_buffered_views(client):
    from django.core.management import call_command

    item = make_news_item()
    beacon(client, item)
    stats.flush_view_counts()  # the current bucket is still open: nothing yet
    assert not DailyViewCount.objects.exists()
    flush_later()
    call_command("flush_view_counts", verbosity=0)
    assert DailyViewCount.objects.get(news_item=item).count == 1


def test_a_due_flush_runs_on_a_later_beacon(client, settings, django_capture_on_commit_callbacks):
    settings.PORTAL_VIEW_FLUSH_SECONDS = 60
    item = make_news_item()
    past = timezone.now() - timedelta(minutes=5)
    stats.record_view(item.pk, client_ip="192.0.2.9", user_agent=BROWSER, now=past)
    from django.core.cache import cache

    cache.delete("views:flush-due")
    with django_capture_on_commit_callbacks(execute=True):
        beacon(client, item)
    assert DailyViewCount.objects.get(news_item=item).count == 1


def test_one_address_cannot_inflate_counts_by_changing_its_user_agent(client):
    item = make_news_item()
    for n in range(50):
        beacon(client, item, user_agent=f"{BROWSER} r{n}", ip="203.0.113.50")
    assert flush_later() == stats.MAX_VIEWS_PER_ADDRESS


def test_views_of_hidden_items_are_not_written(client):
    from bantin.models import NewsItem

    draft = make_news_item(status=NewsItem.Status.DRAFT, publish_at=None)
    beacon(client, draft)
    assert flush_later() == 0


def test_behind_the_proxy_the_real_address_counts(client, settings):
    settings.PORTAL_BEHIND_PROXY = True
    item = make_news_item()
    for n in range(3):
        client.post(
            reverse("endpoints:count_view", args=[item.pk]),
            headers={"user-agent": BROWSER, "x-real-ip": f"198.51.100.{n}"},
            REMOTE_ADDR="10.0.0.2",
        )
    assert flush_later() == 3
