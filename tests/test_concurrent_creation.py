"""Six people adding the same tag or author at the same moment, through the admin's form and
its "add another" popup, on gunicorn with real concurrent requests: one row is made, the
others get a form error; no 500 (an IntegrityError on PostgreSQL, "database is locked" on
SQLite)."""

import threading

import pytest

from bantin import roles

from .served import served_portal

pytestmark = pytest.mark.served

SESSIONS = 6
POPUP = "?_to_field=id&_popup=1"


@pytest.fixture(scope="module")
def portal(tmp_path_factory):
    with served_portal(tmp_path_factory.mktemp("served"), workers=3, threads=2) as running:
        yield running


@pytest.fixture(scope="module")
def sessions(portal):
    logged_in = []
    for number in range(SESSIONS):
        username = f"bientapvien{number}"
        logged_in.append(portal.session(username, portal.create_user(username, roles.EDITOR)))
    return logged_in


def post_together(portal, sessions, path, data):
    """Each session opens the form, then all post it at the same moment."""
    url = portal.url + path
    together = threading.Barrier(len(sessions))
    responses = [None] * len(sessions)

    def post(index, session):
        session.get(url, timeout=120)
        together.wait(timeout=120)
        responses[index] = session.post(
            url,
            data={**data, "csrfmiddlewaretoken": session.cookies["csrftoken"]},
            headers={"Referer": url},
            allow_redirects=False,
            timeout=120,
        )

    threads = [threading.Thread(target=post, args=pair) for pair in enumerate(sessions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return responses


def created(response, popup):
    if popup:
        return response.status_code == 200 and "data-popup-response" in response.text
    return response.status_code == 302


def assert_one_made_and_the_rest_told(responses, *, popup):
    statuses = [response.status_code for response in responses]
    assert 500 not in statuses, statuses
    assert sum(created(response, popup) for response in responses) == 1, statuses
    for response in responses:
        if not created(response, popup):
            assert response.status_code == 200
            assert "đã tồn tại" in response.text


@pytest.mark.parametrize("popup", [False, True], ids=["form", "popup"])
def test_six_sessions_adding_one_tag_at_once_make_one_tag(portal, sessions, popup):
    name = "Đồng Tâm" if not popup else "Tân Lập"
    slug = "dong-tam" if not popup else "tan-lap"
    data = {"name": name, "slug": slug}
    if popup:
        data.update(_popup="1", _to_field="id")
    responses = post_together(
        portal, sessions, "/admin/bantin/tag/add/" + (POPUP if popup else ""), data
    )
    assert_one_made_and_the_rest_told(responses, popup=popup)
    assert portal.query("SELECT count(*) FROM bantin_tag WHERE slug = %s", slug) == [(1,)]


@pytest.mark.parametrize("popup", [False, True], ids=["form", "popup"])
def test_six_sessions_adding_one_author_at_once_make_one_author(portal, sessions, popup):
    name = "Hương Dịu" if not popup else "Minh Đức"
    slug = "huong-diu" if not popup else "minh-duc"
    data = {"name": name, "slug": slug, "bio": ""}
    if popup:
        data.update(_popup="1", _to_field="id")
    responses = post_together(
        portal, sessions, "/admin/bantin/author/add/" + (POPUP if popup else ""), data
    )
    assert_one_made_and_the_rest_told(responses, popup=popup)
    assert portal.query("SELECT count(*) FROM bantin_author WHERE slug = %s", slug) == [(1,)]
