"""A publisher publishes through nginx; an anonymous reader sees it through the micro-cache.

Real headless Chromium, two contexts (the publisher's with a session, the reader's with no
cookie at all), both through nginx as a browser behind the TLS terminator.
"""

import time

import pytest

from bantin import roles
from deploy.topology import FORWARDED_HTTPS
from tests.factories import image_bytes

from .conftest import create_section, create_user

pytestmark = pytest.mark.browser

#: The s-maxage of readers' pages (PORTAL_SHARED_CACHE_SECONDS in .env.example): how long
#: nginx's micro-cache keeps a copy before it asks the portal again.
SHARED_MAX_AGE = 1.0
#: Giving up: far past any acceptable delay, so a failure shows the delay it measured.
POLL_SECONDS = 15


class Reader:
    """An anonymous reader's tab, loading pages again and again, timing every load."""

    def __init__(self, context, base_url):
        self.page = context.new_page()
        # Chromium's own cache would answer some loads itself; the micro-cache is under test.
        context.new_cdp_session(self.page).send("Network.setCacheDisabled", {"cacheDisabled": True})
        self.base_url = base_url
        self.loads = []  # (seconds, status, X-Cache-Status)

    def load(self, path):
        start = time.monotonic()
        response = self.page.goto(self.base_url + path, wait_until="domcontentloaded")
        seconds = time.monotonic() - start
        self.loads.append((seconds, response.status, response.headers.get("x-cache-status")))
        return response

    def shows_article(self, path, title):
        response = self.load(path)
        return response.status == 200 and self.page.locator("h1").inner_text().strip() == title

    def lists(self, list_path, article_path):
        response = self.load(list_path)
        assert response.status == 200
        return self.page.locator(f'main a[href="{article_path}"]').count() > 0

    def wait_for(self, checks, since):
        """Load each page of ``checks`` ({name: callable}) in turn until each is true; the
        seconds from ``since`` until each was first seen true, and the slowest round."""
        seen, rounds = {}, []
        deadline = time.monotonic() + POLL_SECONDS
        while len(seen) < len(checks) and time.monotonic() < deadline:
            round_start = time.monotonic()
            for name, check in checks.items():
                if name not in seen and check():
                    seen[name] = time.monotonic() - since
            rounds.append(time.monotonic() - round_start)
        return seen, max(rounds)

    def slowest_from_portal(self):
        """The longest load that nginx had to fetch from the portal (one refresh)."""
        return max(
            (s for s, _, cache in self.loads if cache in ("MISS", "EXPIRED", None)), default=0
        )


def publisher_saves_a_news_item(page, url, *, title, section, picture_alt):
    """Upload a picture to the library, write an item with it as the lead image; its id."""
    page.goto(url + "/admin/bantin/image/add/")
    page.set_input_files(
        "#id_file",
        files=[
            {
                "name": "cau-treo.jpg",
                "mimeType": "image/jpeg",
                "buffer": image_bytes(size=(800, 600)),
            }
        ],
    )
    page.fill("#id_alt_text", picture_alt)
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")

    page.goto(url + "/admin/bantin/newsitem/add/")
    page.fill("#id_title", title)
    page.fill("#id_sapo", "Huyện khánh thành cầu treo nối hai bản vùng cao.")
    page.click(".ck-editor__editable")
    page.keyboard.type("Cây cầu dài 120 mét, rộng 1,5 mét.")
    page.select_option("#id_category", label=section)
    page.click("#id_lead_image + .select2 .select2-selection")
    page.fill(".select2-dropdown .select2-search__field", picture_alt[:8])
    page.click(f".select2-results__option:has-text('{picture_alt}')")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    return int(page.url.rstrip("/").split("/")[-2])


def take_step(page, action):
    """Click a workflow step on the item's page and confirm it; when its answer came back."""
    page.click(f"a.workflow-action--{action}")
    with page.expect_response(
        lambda response: response.request.method == "POST" and "/buoc/" in response.url
    ):
        page.click(".submit-row input[type=submit]")
    done = time.monotonic()
    page.wait_for_selector(".messagelist .success")
    return done


def test_a_publish_and_an_unpublish_reach_an_anonymous_reader_through_the_micro_cache(
    topology, browser
):
    """The bound asserted, for each of the three pages, from when the publisher's step
    answered: a copy nginx stored before the step stays fresh for at most s-maxage (1 s); the
    reader loads the three pages in turn, so it takes at most one round of loads to reach the
    load that finds the copy expired and starts one refresh from the portal (the portal's
    stale-while-revalidate lets nginx hand out the old copy meanwhile), and one round more to
    load the refreshed page. So: 1 s + the slowest load the reader got from the portal (one
    refresh) + two of the reader's slowest rounds."""
    password = create_user(topology, "nguoiduyet", role=roles.PUBLISHER)
    section = "Tin tức sự kiện"
    section_path = create_section(topology, section)
    title = "Khánh thành cầu treo bản Pác Ngòi"
    picture_alt = "Cầu treo bản Pác Ngòi"

    staff = browser.new_context(locale="vi-VN", extra_http_headers=FORWARDED_HTTPS)
    reader_context = browser.new_context(locale="vi-VN", extra_http_headers=FORWARDED_HTTPS)
    try:
        page = staff.new_page()
        page.goto(topology.url + "/admin/login/")
        page.fill("#id_username", "nguoiduyet")
        page.fill("#id_password", password)
        page.click("input[type=submit]")
        page.wait_for_selector("#content-main")
        # The portal's cookies are Secure; Chromium keeps them on http://localhost.
        session_cookie = next(c for c in staff.cookies() if c["name"] == "sessionid")
        assert session_cookie["secure"] and session_cookie["httpOnly"]

        item_id = publisher_saves_a_news_item(
            page, topology.url, title=title, section=section, picture_alt=picture_alt
        )
        article_path = topology.shell(
            "from bantin.models import NewsItem\n"
            f"print(NewsItem.objects.get(pk={item_id}).get_absolute_url())"
        ).strip()
        take_step(page, "submit")
        take_step(page, "send_for_approval")

        reader = Reader(reader_context, topology.url)
        assert reader_context.cookies() == []
        for _ in range(3):
            for path in ["/", section_path]:
                reader.load(path)
            assert reader.load(article_path).status == 404
        assert any(cache == "HIT" for _, _, cache in reader.loads), reader.loads

        published = take_step(page, "publish")
        seen, slowest_round = reader.wait_for(
            {
                "article": lambda: reader.shows_article(article_path, title),
                "home": lambda: reader.lists("/", article_path),
                "section": lambda: reader.lists(section_path, article_path),
            },
            since=published,
        )
        bound = SHARED_MAX_AGE + reader.slowest_from_portal() + 2 * slowest_round
        assert set(seen) == {"article", "home", "section"}, (seen, reader.loads[-10:])
        assert max(seen.values()) <= bound, (seen, bound, reader.loads[-20:])
        # The lead image, a rendition built on its first request and then a file nginx serves.
        assert reader.shows_article(article_path, title)
        picture = reader.page.locator(f'main img[alt="{picture_alt}"]').first
        picture.wait_for()
        reader.page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=picture.element_handle()
        )
        print(f"published: seen after {seen} s, bound {bound:.3f} s")
        assert reader_context.cookies() == []

        page.goto(f"{topology.url}/admin/bantin/newsitem/{item_id}/change/")
        unpublished = take_step(page, "unpublish")
        reader.loads.clear()
        seen, slowest_round = reader.wait_for(
            {
                "article": lambda: reader.load(article_path).status == 404,
                "home": lambda: not reader.lists("/", article_path),
                "section": lambda: not reader.lists(section_path, article_path),
            },
            since=unpublished,
        )
        bound = SHARED_MAX_AGE + reader.slowest_from_portal() + 2 * slowest_round
        assert set(seen) == {"article", "home", "section"}, (seen, reader.loads[-10:])
        assert max(seen.values()) <= bound, (seen, bound, reader.loads[-20:])
        print(f"unpublished: seen after {seen} s, bound {bound:.3f} s")
    finally:
        staff.close()
        reader_context.close()
