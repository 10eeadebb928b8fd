"""Content-Security-Policy: scripts and styles from this site only on readers' pages, cached
or not; inline styles for the admin's editor alone. Proven in Chromium: no page breaks it."""

import re

import pytest
from django.test import Client

from bantin import roles

from .factories import image_bytes, make_category, make_image, make_news_item, make_user

HEADER = "Content-Security-Policy"


def directives(response):
    return {
        name: values
        for name, *values in (part.split() for part in response[HEADER].split(";") if part.strip())
    }


@pytest.mark.django_db
def test_readers_pages_allow_scripts_and_styles_from_the_site_alone(client):
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính")
    policy = directives(client.get(item.get_absolute_url()))
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert "nonce" not in str(policy)


@pytest.mark.django_db
def test_a_page_from_the_page_cache_carries_the_same_policy():
    item = make_news_item()
    first = Client().get(item.get_absolute_url())
    cached = Client().get(item.get_absolute_url())
    assert cached["ETag"] == first["ETag"]  # served from the cache
    assert cached[HEADER] == first[HEADER]


@pytest.mark.django_db
def test_readers_pages_have_no_inline_script(client):
    """Only JSON-LD, which is data, is written into the page."""
    item = make_news_item(lead_image=make_image())
    for path in ["/", item.category.get_absolute_url(), item.get_absolute_url(), "/tim-kiem/?q=a"]:
        html = client.get(path).content.decode()
        for attributes, body in re.findall(r"<script([^>]*)>(.*?)</script>", html, re.DOTALL):
            assert "src=" in attributes or 'type="application/ld+json"' in attributes, path
            assert "src=" not in attributes or not body.strip(), path
        assert not re.search(r"\sstyle=", html), path
        assert not re.search(r"\son[a-z]+=", html), path


@pytest.mark.django_db
def test_the_admin_alone_may_use_inline_styles(client):
    client.force_login(make_user(role=roles.EDITOR))
    admin = directives(client.get("/admin/bantin/newsitem/add/"))
    assert admin["style-src"] == ["'self'", "'unsafe-inline'"]
    assert admin["script-src"] == ["'self'"]
    preview = directives(client.get("/tim-kiem/"))
    assert preview["style-src"] == ["'self'"]


# In Chromium against the live server: every violation of the policy is recorded, from the
# first script on.

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
"""


@pytest.fixture
def watched_page(browser_page):
    """A page that records CSP violations, from events and from the console."""
    console = []

    def note(message):
        if "Content Security Policy" in message.text:
            console.append(message.text)

    browser_page.on("console", note)
    browser_page.add_init_script(RECORD_VIOLATIONS)
    browser_page.csp_console = console
    return browser_page


def violations(page):
    page.wait_for_load_state("networkidle")
    return page.evaluate("window.__violations") + page.csp_console


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("migration_data")
def test_readers_pages_break_no_policy_in_chromium(live_server, watched_page, settings):
    settings.PORTAL_BASE_URL = live_server.url
    section = make_category("Cải cách hành chính")
    body_image = make_image(alt_text="Người dân làm thủ tục")
    item = make_news_item(
        "Ba Bể đẩy mạnh cải cách hành chính",
        category=section,
        lead_image=make_image(),
        body=f'<figure class="image"><img src="{body_image.file.url}" alt="Ảnh"></figure>',
    )
    page = watched_page
    for path in [
        "/",
        section.get_absolute_url(),
        item.get_absolute_url(),
        "/tim-kiem/?q=cai+cach",
        "/en/",
    ]:
        response = page.goto(live_server.url + path)
        assert response.status == 200 and response.headers["content-security-policy"]
        assert violations(page) == [], path
    # The blocking preferences script ran: the page is ready for the reader's controls.
    page.goto(live_server.url + item.get_absolute_url())
    assert page.evaluate("document.documentElement.classList.contains('js')")
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    page.reload()
    assert page.evaluate("document.documentElement.dataset.textScale") == "1.125"
    assert violations(page) == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("migration_data")
def test_the_admin_editor_with_an_inserted_image_breaks_no_policy(live_server, watched_page):
    make_category("Kinh tế")
    editor = make_user(role=roles.EDITOR)
    page = watched_page
    page.goto(live_server.url + "/admin/login/?next=/admin/bantin/newsitem/add/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", "mat-khau-thu-nghiem")
    page.click("input[type=submit]")
    page.wait_for_selector(".ck-editor__editable", timeout=15000)
    page.set_input_files(
        ".ck-editor input[type=file]",
        files=[{"name": "anh.png", "mimeType": "image/png", "buffer": image_bytes("PNG")}],
    )
    page.wait_for_selector(".ck-editor__editable img[src*='/media/']", timeout=15000)
    assert violations(page) == []
