"""Read counts: what a view beacon must carry to be counted, and that a counted view is written
to the database at once."""

import time

import pytest
from django.core import signing
from django.urls import reverse

from bantin import stats
from bantin.models import DailyViewCount, NewsItem

from .factories import make_news_item

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131 Mobile Safari/537.36"
OWN_ORIGIN = "http://testserver"


def beacon(
    client,
    item,
    *,
    token=None,
    user_agent=BROWSER,
    ip="203.0.113.7",
    origin=OWN_ORIGIN,
    fetch_site="same-origin",
):
    """The beacon as the article page's script sends it, unless told otherwise."""
    headers = {"user-agent": user_agent}
    if origin is not None:
        headers["origin"] = origin
    if fetch_site is not None:
        headers["sec-fetch-site"] = fetch_site
    return client.post(
        reverse("endpoints:count_view", args=[item.pk]),
        {"token": stats.view_token(item.pk) if token is None else token},
        headers=headers,
        REMOTE_ADDR=ip,
    )


def views_of(item):
    return sum(DailyViewCount.objects.filter(news_item=item).values_list("count", flat=True))


class PastSigner(signing.TimestampSigner):
    """Signs as the site did an hour ago."""

    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 3600)


def test_a_view_is_written_to_the_database_at_once(client):
    item = make_news_item()
    assert beacon(client, item).status_code == 204
    assert DailyViewCount.objects.get(news_item=item).count == 1


def test_views_of_several_readers_add_up_in_the_days_row(client):
    item = make_news_item()
    for ip in ["203.0.113.1", "203.0.113.2", "203.0.113.3"]:
        beacon(client, item, ip=ip)
    assert DailyViewCount.objects.get(news_item=item).count == 3


def test_the_article_page_carries_its_items_token_cached_or_not(client):
    item = make_news_item()
    first = client.get(item.get_absolute_url()).content.decode()
    again = client.get(item.get_absolute_url()).content.decode()
    token = first.split('data-view-token="')[1].split('"')[0]
    assert f'data-view-beacon="/luot-xem/{item.pk}/"' in first
    assert stats.token_is_valid(token, item.pk) and not stats.token_is_valid(token, item.pk + 1)
    assert f'data-view-token="{token}"' in again


def test_500_beacons_from_one_address_with_changing_user_agents_count_once(client):
    item = make_news_item()
    for n in range(500):
        beacon(client, item, user_agent=f"{BROWSER} r{n}", ip="203.0.113.50")
    assert views_of(item) == 1


def test_a_beacon_from_another_sites_page_counts_nothing(client):
    item = make_news_item()
    response = beacon(client, item, origin="https://lua-dao.example", fetch_site="cross-site")
    assert response.status_code == 403
    assert views_of(item) == 0


def test_a_beacon_claiming_the_sites_origin_from_another_site_counts_nothing(client):
    item = make_news_item()
    assert beacon(client, item, fetch_site="same-site").status_code == 403
    assert views_of(item) == 0


def test_a_beacon_without_origin_counts_nothing(client):
    item = make_news_item()
    assert beacon(client, item, origin=None, fetch_site=None).status_code == 403
    assert views_of(item) == 0


def test_the_public_address_is_an_origin_of_the_site(client, settings):
    settings.PORTAL_BASE_URL = "https://cong.example.gov.vn"
    item = make_news_item()
    assert beacon(client, item, origin="https://cong.example.gov.vn").status_code == 204
    assert views_of(item) == 1


@pytest.mark.parametrize(
    "token",
    ["", "khong-phai-ma", "1:1tUvWx:AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg"],
    ids=["missing", "garbage", "forged"],
)
def test_a_missing_or_forged_token_counts_nothing(client, token):
    item = make_news_item()
    assert beacon(client, item, token=token).status_code == 403
    assert views_of(item) == 0


def test_a_token_for_another_item_counts_nothing(client):
    item, other = make_news_item(), make_news_item()
    assert beacon(client, item, token=stats.view_token(other.pk)).status_code == 403
    assert views_of(item) == 0 and views_of(other) == 0


def test_an_expired_token_counts_nothing(client, settings):
    settings.PORTAL_VIEW_TOKEN_SECONDS = 900
    item = make_news_item()
    old = PastSigner(salt=stats.TOKEN_SALT).sign(str(item.pk))
    assert beacon(client, item, token=old).status_code == 403
    assert views_of(item) == 0


def test_a_token_signed_with_another_key_counts_nothing(client):
    item = make_news_item()
    foreign = signing.TimestampSigner(key="khoa-khac", salt=stats.TOKEN_SALT).sign(str(item.pk))
    assert beacon(client, item, token=foreign).status_code == 403
    assert views_of(item) == 0


def test_an_address_is_held_to_its_ceiling(client, settings):
    settings.PORTAL_VIEW_ADDRESS_RATE = "3/h"
    items = [make_news_item() for _n in range(5)]
    answers = [beacon(client, item, ip="198.51.100.9").status_code for item in items]
    assert answers == [204, 204, 204, 429, 429]
    assert sum(views_of(item) for item in items) == 3
    assert beacon(client, items[4], ip="198.51.100.10").status_code == 204


def test_an_ipv6_subscriber_cannot_escape_the_limits_by_changing_its_address(client):
    item = make_news_item()
    for n in range(20):
        beacon(client, item, ip=f"2001:db8:5:7::{n + 1:x}")
    assert views_of(item) == 1


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
    assert views_of(item) == 0


def test_the_beacon_accepts_only_post_and_ignores_unknown_items(client):
    item = make_news_item()
    assert client.get(reverse("endpoints:count_view", args=[item.pk])).status_code == 405
    unknown = NewsItem(pk=99999999)
    assert beacon(client, unknown).status_code == 204
    huge = NewsItem(pk=99999999999999999999999)
    assert beacon(client, huge).status_code == 204
    assert not DailyViewCount.objects.exists()


def test_views_of_hidden_items_are_not_written(client):
    draft = make_news_item(status=NewsItem.Status.DRAFT, publish_at=None)
    assert beacon(client, draft).status_code == 204
    assert views_of(draft) == 0


def test_behind_the_proxy_the_real_address_counts(client, settings):
    settings.PORTAL_BEHIND_PROXY = True
    item = make_news_item()
    for n in range(3):
        client.post(
            reverse("endpoints:count_view", args=[item.pk]),
            {"token": stats.view_token(item.pk)},
            headers={
                "user-agent": BROWSER,
                "origin": OWN_ORIGIN,
                "sec-fetch-site": "same-origin",
                "x-real-ip": f"198.51.100.{n}",
            },
            REMOTE_ADDR="10.0.0.2",
        )
    assert views_of(item) == 3


def test_a_counted_view_refreshes_the_most_read_lists_at_most_once_a_period(client, settings):
    from django.core.cache import cache

    from bantin.pagecache import TAG_PREFIX

    settings.PORTAL_MOST_READ_REFRESH_SECONDS = 3600
    item = make_news_item()
    beacon(client, item, ip="203.0.113.1")
    refreshed = cache.get(TAG_PREFIX + "mostread")
    beacon(client, item, ip="203.0.113.2")
    assert refreshed is not None and cache.get(TAG_PREFIX + "mostread") == refreshed
    assert views_of(item) == 2


def test_the_limits_hold_on_the_shared_database_cache(client, shared_cache, settings):
    settings.PORTAL_VIEW_ADDRESS_RATE = "2/h"
    items = [make_news_item() for _n in range(3)]
    for n in range(30):
        beacon(client, items[0], user_agent=f"{BROWSER} r{n}", ip="203.0.113.60")
    assert beacon(client, items[1], ip="203.0.113.60").status_code == 204
    assert beacon(client, items[2], ip="203.0.113.60").status_code == 429
    assert [views_of(item) for item in items] == [1, 1, 0]
