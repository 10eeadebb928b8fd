"""The admin in Vietnamese in a real browser: what the admin's scripts write (the two-list
picker, the action counter, the calendar), and the layout page fitting its window."""

import pytest
from django.test import Client

from bantin import roles
from bantin.models import Layout

from .admin_walk import _kind, admin_pages, english_in
from .test_admin_vietnamese import ROLES, newsroom  # noqa: F401  (a fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("migration_data"),
]

#: The interface text of the page as the scripts left it, in the same form as
#: admin_walk.interface_texts: text nodes, and what a screen reader reads of an element.
#: Left out as there: scripts, styles, text areas, code, what the user typed in the body
#: editor, and elements in another language.
PAGE_TEXTS = """() => {
  const texts = [];
  const skip = (el) => el.closest(
    'script, style, template, textarea, code, [contenteditable="true"], [lang]:not([lang^="vi"])'
  );
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent.trim();
    if (text && !skip(walker.currentNode.parentElement)) texts.push(text);
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (skip(el)) continue;
    for (const name of ['title', 'aria-label', 'aria-description', 'placeholder', 'alt']) {
      const value = el.getAttribute(name);
      if (value) texts.push(`[${el.localName} ${name}] ${value}`);
    }
    if (el.matches('input[type=submit], input[type=button], input[type=reset]')) {
      texts.push(`[input value] ${el.value}`);
    }
  }
  return texts;
}"""


def logged_in_page(browser, live_server, user, **context_options):
    client = Client()
    client.force_login(user)
    context = browser.new_context(locale="vi-VN", **context_options)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context, client


@pytest.mark.parametrize("role", ROLES)
def test_what_the_admins_scripts_write_is_vietnamese(live_server, browser, newsroom, role):  # noqa: F811
    users, also = newsroom
    context, client = logged_in_page(browser, live_server, users[role])
    pages = admin_pages(client, users[role], also=also)
    # Each kind of page once, whatever its query: the scripts are the same on a filtered list.
    urls = {(_kind(url)[0]): url for url in reversed(pages) if not url.startswith("POST")}
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    english = {}
    for url in sorted(urls.values()):
        page.goto(live_server.url + url)
        # The action counter is written by the script once a row is chosen.
        checkbox = page.locator("input.action-select").first
        if checkbox.count():
            checkbox.check()
        if found := english_in(page.evaluate(PAGE_TEXTS)):
            english[url] = found
    context.close()
    report = "\n".join(f"{url}\n  " + "\n  ".join(found) for url, found in english.items())
    assert not english, f"English on {len(english)} of {len(urls)} pages:\n{report}"
    assert errors == []


def test_the_layout_page_fits_a_laptop_and_a_phone(live_server, browser, newsroom):  # noqa: F811
    users, _also = newsroom
    layout = Layout.objects.order_by("pk").first()
    widths = {}
    for width, height in [(1366, 768), (390, 844)]:
        context, _client = logged_in_page(
            browser,
            live_server,
            users[roles.SITE_ADMIN],
            viewport={"width": width, "height": height},
        )
        page = context.new_page()
        page.goto(f"{live_server.url}/admin/bantin/layout/{layout.pk}/change/")
        widths[width] = page.evaluate("document.documentElement.scrollWidth")
        context.close()
    assert widths == {1366: 1366, 390: 390}
