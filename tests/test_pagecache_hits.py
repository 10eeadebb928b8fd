"""Cached pages answered by the page cache's middleware in front of the rest: the same bytes and
headers the whole stack gave them, under the page cache's rules, and the rest of the stack for
everything else."""

import pytest

from .factories import make_news_item
from .wsgi import Portal

pytestmark = pytest.mark.django_db


def without_date(headers):
    return {name: value for name, value in headers.items() if name != "Date"}


def test_a_hit_is_answered_with_the_headers_the_stack_gave_it():
    url = make_news_item("Khánh thành cầu treo Bản Khe").get_absolute_url()
    portal = Portal()
    status, first_headers, first_body, queries = portal.get(url)
    assert status == 200 and queries > 0 and portal.reached_django == 1
    status, headers, body, queries = portal.get(url)
    assert status == 200 and queries == 0 and portal.reached_django == 1
    assert body == first_body
    assert without_date(headers) == without_date(first_headers)
    # The outer middleware's headers are there, not only the page cache's own.
    assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
    assert "s-maxage=1" in headers["Cache-Control"] and "Cookie" in headers["Vary"]


def test_a_change_sends_the_next_reader_to_the_new_page():
    item = make_news_item("Họp báo quý IV")
    portal = Portal()
    portal.get(item.get_absolute_url())
    item.title = "Họp báo quý IV năm 2026"
    item.save()
    status, _headers, body, _queries = portal.get(item.get_absolute_url())
    assert portal.reached_django == 2
    assert "Họp báo quý IV năm 2026" in body.decode()


def test_a_session_cookie_always_goes_past_the_cache():
    url = make_news_item("Đường mới về xã").get_absolute_url()
    portal = Portal()
    portal.get(url)
    portal.get(url, cookie="sessionid=khong-hop-le")
    assert portal.reached_django == 2


def test_conditional_and_head_requests_are_answered_from_the_cache():
    url = make_news_item("Lễ hội Lồng tồng").get_absolute_url()
    portal = Portal()
    _status, headers, body, _queries = portal.get(url)
    status, not_modified, empty, _queries = portal.get(url, if_none_match=headers["ETag"])
    assert status == 304 and empty == b"" and not_modified["ETag"] == headers["ETag"]
    status, head, empty, _queries = portal.get(url, method="HEAD")
    assert status == 200 and empty == b"" and head["Content-Length"] == str(len(body))
    assert portal.reached_django == 1


def test_https_pages_are_kept_apart_from_plain_http_ones(settings):
    settings.SECURE_HSTS_SECONDS = 3600
    settings.SECURE_PROXY_SSL_HEADER = None
    url = make_news_item("Tiêm chủng mở rộng").get_absolute_url()
    portal = Portal()
    _status, secure_headers, _body, _queries = portal.get(url, secure=True)
    _status, plain_headers, _body, _queries = portal.get(url)
    assert "Strict-Transport-Security" in secure_headers
    assert "Strict-Transport-Security" not in plain_headers
    assert portal.reached_django == 2


def test_a_redirect_to_https_and_a_bad_host_are_left_to_the_stack(settings):
    url = make_news_item("Mùa lúa chín").get_absolute_url()
    Portal().get(url)
    settings.SECURE_SSL_REDIRECT = True
    portal = Portal()
    status, headers, _body, _queries = portal.get(url)
    assert status == 301 and headers["Location"].startswith("https://")
    status, _headers, _body, _queries = portal.get(url, host="ke-gia-mao.example")
    assert status == 400
    assert portal.reached_django == 2


def test_a_miss_looks_the_page_up_once(monkeypatch):
    from django.core.cache import cache

    from bantin import pagecache

    url = make_news_item("Tin chưa lưu").get_absolute_url()
    looked_up = []
    get_many = cache.get_many

    def counting(keys, *args, **kwargs):
        looked_up.extend(key for key in keys if key.startswith(pagecache.PAGE_PREFIX))
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", counting)
    status, _headers, _body, _queries = Portal().get(url)
    assert status == 200 and len(looked_up) == 1
