"""Pictures of a draft in a real Chromium: shown to staff in the preview, to nobody else."""

import pytest
from django.urls import reverse

from bantin import renditions, roles
from bantin.models import NewsItem

from .factories import make_news_item, make_user
from .test_images import make_library_image

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("migration_data"),
]

LOADED = "img => img.complete && img.naturalWidth > 0"


def log_in(page, live_server, user):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "mat-khau-thu-nghiem")
    page.click("input[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")


@pytest.mark.parametrize("width", [390, 1280])
def test_a_drafts_lead_picture_shows_in_the_preview_and_not_to_a_reader(
    live_server, browser, width
):
    reporter = make_user(role=roles.REPORTER)
    image = make_library_image(size=(1600, 900), shown=False)
    image.alt_text = "Ảnh cấm vận"
    image.save()
    item = make_news_item(
        "Tin chưa công bố",
        lead_image=image,
        created_by=reporter,
        status=NewsItem.Status.DRAFT,
        publish_at=None,
    )
    staff = browser.new_context(locale="vi-VN", viewport={"width": width, "height": 800})
    reader = browser.new_context(locale="vi-VN", viewport={"width": width, "height": 800})
    try:
        page = staff.new_page()
        log_in(page, live_server, reporter)
        page.goto(live_server.url + reverse("bantin:preview", args=[item.pk]))
        picture = page.locator('main img[alt="Ảnh cấm vận"]').first
        page.wait_for_function(LOADED, arg=picture.element_handle())
        shown = page.evaluate("img => img.currentSrc", picture.element_handle())
        assert f"/media/pictures/{image.pk}/" in shown

        anonymous = reader.new_page()
        answer = anonymous.goto(shown)
        assert answer.status == 404
        fallback = renditions.url_of(image, "16x9", 960, "jpg")
        assert anonymous.goto(live_server.url + fallback).status == 404
    finally:
        staff.close()
        reader.close()
