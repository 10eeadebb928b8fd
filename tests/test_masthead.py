"""The masthead of every page — date, banner, emblem, search, menu — and the site's icons,
without a browser."""

import io
from datetime import UTC, datetime, timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone
from PIL import Image as PILImage

from bantin import icons, pagecache
from bantin.dates import seconds_left_today
from bantin.models import Image, SiteSettings

from .factories import image_bytes, make_category, make_news_item, upload

pytestmark = pytest.mark.django_db

SITE_ZONE = timezone.get_fixed_timezone(7 * 60)  # Asia/Ho_Chi_Minh, which keeps no summer time


def local(*args):
    return datetime(*args, tzinfo=SITE_ZONE)


@pytest.fixture
def clock(monkeypatch):
    """Django's clock, set by the test."""
    moment = {"now": timezone.now()}
    monkeypatch.setattr(timezone, "now", lambda: moment["now"])
    return moment


def header_of(html):
    return html[html.index("<header") : html.index("</header>")]


def test_the_masthead_shows_todays_date_in_vietnamese(client, clock):
    clock["now"] = local(2026, 12, 3, 9, 30)
    html = client.get("/").content.decode()
    assert '<time datetime="2026-12-03"' in html and ">Thứ Năm, 03/12/2026</time>" in html


def test_the_date_is_the_sites_day_not_the_servers(client, clock):
    clock["now"] = datetime(2026, 12, 6, 17, 30, tzinfo=UTC)  # 00:30 on the 7th there
    assert ">Thứ Hai, 07/12/2026</time>" in client.get("/").content.decode()


def test_english_pages_name_the_day_in_english(client, clock):
    clock["now"] = local(2026, 12, 3, 9, 30)
    assert ">Thursday, 03/12/2026</time>" in client.get("/en/").content.decode()


def test_seconds_left_today_count_to_the_sites_midnight():
    assert seconds_left_today(local(2026, 12, 3, 23, 55)) == 300
    assert seconds_left_today(local(2026, 12, 3, 0, 0)) == 86400


def test_a_page_made_before_midnight_is_not_kept_past_it(settings, clock):
    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    clock["now"] = local(2026, 12, 3, 23, 55)
    assert pagecache.lifetime(clock["now"]) == 600  # a block's fragment shows no date
    assert pagecache.lifetime(clock["now"], shows_today=True) == 300
    read_at = clock["now"]
    clock["now"] = read_at + timedelta(seconds=10)  # the render took ten seconds
    assert pagecache.lifetime(read_at, shows_today=True) == 290


def test_a_cached_page_shows_the_new_date_after_midnight(client, settings, clock):
    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính")
    cache.clear()
    clock["now"] = local(2026, 12, 3, 23, 58)
    first = client.get(item.get_absolute_url())
    assert "Thứ Năm, 03/12/2026" in first.content.decode()
    assert "s-maxage=1" in first["Cache-Control"]
    clock["now"] = local(2026, 12, 3, 23, 59, 30)
    assert client.get(item.get_absolute_url()).content == first.content  # from the cache
    clock["now"] = local(2026, 12, 4, 0, 0, 1)
    after = header_of(client.get(item.get_absolute_url()).content.decode())
    assert "Thứ Sáu, 04/12/2026" in after and "03/12/2026" not in after


def test_without_page_cache_the_frame_fragment_ends_at_midnight_too(client, settings, clock):
    settings.PORTAL_PAGE_CACHE = False
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính")
    cache.clear()
    clock["now"] = local(2026, 12, 3, 23, 58)
    client.get(item.get_absolute_url())
    clock["now"] = local(2026, 12, 4, 0, 0, 1)
    assert "Thứ Sáu, 04/12/2026" in client.get(item.get_absolute_url()).content.decode()


def test_every_page_has_a_search_box_in_the_header(client):
    html = client.get("/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert 'action="/tim-kiem/"' in header and 'name="q"' in header
    assert 'data-text-size="up"' in header and "data-contrast-toggle" in header


def test_subsections_are_a_list_under_their_section_with_a_button(client):
    economy = make_category("Kinh tế")
    make_category("Nông nghiệp", parent=economy)
    make_category("Ẩn", parent=economy, is_active=False)
    html = client.get("/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert f'aria-controls="trinh-don-{economy.pk}"' in header
    assert f'<ul class="site-nav__sub" id="trinh-don-{economy.pk}">' in header
    assert ">Nông nghiệp</a>" in header and ">Ẩn</a>" not in header


def test_the_header_adds_no_query_to_a_cached_structure(client, django_assert_num_queries):
    make_category("Kinh tế")
    client.get("/")  # the settings and the structure are cached
    from bantin.sitesettings import site_settings
    from bantin.structure import site_structure

    with django_assert_num_queries(0):
        site_settings(), site_structure()


def banner_image(size, alt="Băng rôn"):
    image = Image.objects.create(
        file=upload("bang-ron.png", image_bytes("PNG", size=size), "image/png"), alt_text=alt
    )
    return image


def test_the_banner_shows_the_narrow_crop_on_phones(client):
    wide, narrow = banner_image((1200, 150)), banner_image((640, 160))
    SiteSettings.objects.create(
        banner=wide, banner_narrow=narrow, name="Cổng thông tin huyện Ba Bể"
    )
    html = client.get("/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert '<picture class="site-brand__banner">' in header
    assert (
        f'<source media="(max-width: 39.99rem)" type="image/webp" srcset="/media/pictures/{narrow.pk}/'
        in header
    )
    assert 'width="640" height="160"' in header and 'width="1200" height="150"' in header
    assert 'alt="Cổng thông tin huyện Ba Bể"' in header
    assert "site-brand__emblem" not in header
    assert Image.objects.visible().filter(pk__in=[wide.pk, narrow.pk]).count() == 2


def test_a_deleted_banner_gives_the_emblem_and_name_back(client):
    wide = banner_image((1200, 150))
    SiteSettings.objects.create(banner=wide)
    assert "site-brand__banner" in client.get("/").content.decode()
    wide.delete()
    html = client.get("/").content.decode()
    assert "site-brand__banner" not in html and "site-brand__emblem" in html


def decoded(content):
    return PILImage.open(io.BytesIO(content))


def test_favicon_and_touch_icons_answer_without_an_emblem(client):
    for name, kind, size in [
        ("favicon.ico", "image/x-icon", (48, 48)),
        ("apple-touch-icon.png", "image/png", (180, 180)),
        ("apple-touch-icon-precomposed.png", "image/png", (180, 180)),
        ("icon-192.png", "image/png", (192, 192)),
        ("icon-512.png", "image/png", (512, 512)),
    ]:
        response = client.get(f"/{name}")
        assert response.status_code == 200, name
        assert response["Content-Type"] == kind
        assert decoded(response.content).size == size
        assert "max-age" in response["Cache-Control"]


def test_the_favicon_holds_16_32_and_48_pixel_images(client):
    with decoded(client.get("/favicon.ico").content) as ico:
        assert ico.format == "ICO" and set(ico.info["sizes"]) == {(16, 16), (32, 32), (48, 48)}


def test_icons_are_made_from_the_emblem_and_follow_it(client):
    blue = Image.objects.create(
        file=upload(
            "quoc-huy.png", image_bytes("PNG", size=(300, 300), colour=(0, 0, 200)), "image/png"
        ),
        alt_text="Quốc huy",
    )
    SiteSettings.objects.create(emblem=blue)
    html = client.get("/").content.decode()
    assert f'<link rel="icon" href="/favicon.ico?v={blue.pk}.{blue.rendition_version}"' in html
    assert f'<link rel="apple-touch-icon" href="/apple-touch-icon.png?v={blue.pk}.' in html
    with decoded(client.get("/icon-192.png").content) as icon:
        assert icon.convert("RGB").getpixel((96, 96)) == (0, 0, 200)


def test_icons_cost_no_query_once_made(client, django_assert_num_queries):
    client.get("/favicon.ico")
    with django_assert_num_queries(0):
        assert client.get("/favicon.ico").status_code == 200


def test_the_publisher_logo_is_the_emblems_png(client):
    from bantin import seo

    emblem = Image.objects.create(
        file=upload("quoc-huy.png", image_bytes("PNG", size=(300, 300)), "image/png"),
        alt_text="Quốc huy",
    )
    SiteSettings.objects.create(emblem=emblem)
    logo = seo.logo()
    assert logo["url"].endswith(f"/icon-512.png?v={emblem.pk}.{emblem.rendition_version}")
    assert logo["width"] == logo["height"] == icons.LOGO.size >= 112
