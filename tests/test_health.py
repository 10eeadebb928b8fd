"""/healthz and /readyz: answered first, for any host, over plain HTTP, without the page cache
or a session (portal/health.py)."""

import pytest
from django.test import Client

from portal.settings import redis_cache

from .databases import closed_port, unreachable

pytestmark = pytest.mark.django_db


def test_healthz_says_ok_without_the_database_or_the_cache(
    client, django_assert_num_queries, settings
):
    settings.CACHES = {"default": redis_cache(f"redis://127.0.0.1:{closed_port()}/0")}
    with django_assert_num_queries(0), unreachable():
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"] == "text/plain; charset=utf-8"


def test_readyz_says_ok_when_the_database_and_the_cache_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200 and response.content == b"ok"


def test_readyz_fails_while_the_database_does_not_answer(client):
    with unreachable():
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.content == b"unavailable: default"
    assert client.get("/readyz").status_code == 200  # and is not cached


def test_readyz_fails_while_redis_does_not_answer(client, settings):
    settings.CACHES = {"default": redis_cache(f"redis://127.0.0.1:{closed_port()}/0")}
    response = client.get("/readyz")
    assert response.status_code == 503 and response.content == b"unavailable: cache"


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_come_over_plain_http_from_any_host_without_a_session(path, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["portal.example.gov.vn"]
    response = Client().get(path, headers={"host": "10.0.3.7:8000"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    assert not response.has_header("Vary") and not response.has_header("Content-Language")


def test_other_pages_are_still_redirected_to_https(settings):
    settings.SECURE_SSL_REDIRECT = True
    response = Client().get("/tim-kiem/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/tim-kiem/"
