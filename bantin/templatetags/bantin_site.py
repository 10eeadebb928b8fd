"""The site's masthead: today's date, the banner, and the settings of pages rendered without a
request (the server error page)."""

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from .. import icons, renditions
from ..dates import WEEKDAYS, weekday_name
from ..sitesettings import plain_site_settings as plain

register = template.Library()

#: Below this width the narrow crop of the banner is shown (the phone layout of portal.css).
NARROW_MEDIA = "(max-width: 39.99rem)"
BANNER_SIZES = "(min-width: 75rem) 73rem, calc(100vw - 2rem)"


@register.simple_tag
def plain_site_settings():
    """The site's name and tagline from the Django settings: no database, no cache."""
    return plain()


@register.inclusion_tag("bantin/includes/today.html")
def today():
    """Today in the site's time zone, as the masthead shows it (``Thứ Năm, 03/12/2026``).

    Pages carrying it are kept in the caches until midnight at most
    (:func:`bantin.pagecache.lifetime`); portal.js moves it on in a page left open past
    midnight, from the reader's clock, never back."""
    day = timezone.localdate()
    return {
        "day": day,
        "weekday": weekday_name(day),
        "weekdays": "|".join(str(name) for name in WEEKDAYS),
        "time_zone": settings.TIME_ZONE,
    }


def _crop_set(image):
    """The picture's uncropped renditions, or None when it is shown as it is."""
    crops = renditions.current_set(image)
    if crops is not None:
        return crops["original"]
    if not renditions.widths_for(image) or renditions.is_animated(image):
        return None
    return renditions.crop_set_of(image, "original")


@register.simple_tag
def banner_picture(site, alt):
    """The banner as a <picture>: the narrow crop on phones, the wide one elsewhere, each with
    its WebP renditions and its own size (no layout shift). Either crop stands alone."""
    wide = site.banner or site.banner_narrow
    narrow = site.banner_narrow if site.banner_id else None
    if wide is None or not wide.file:
        return ""
    sources = []
    if narrow is not None and narrow.file:
        shown = _crop_set(narrow)
        if shown is None:
            sources.append((NARROW_MEDIA, "", narrow.file.url, "", narrow.width, narrow.height))
        else:
            sources.append(
                (
                    NARROW_MEDIA,
                    "image/webp",
                    shown["srcset"],
                    "100vw",
                    shown["width"],
                    shown["height"],
                )
            )
            sources.append((NARROW_MEDIA, "", shown["src"], "", shown["width"], shown["height"]))
    shown = _crop_set(wide)
    if shown is None:
        src, width, height = wide.file.url, wide.width, wide.height
    else:
        sources.append(
            ("", "image/webp", shown["srcset"], BANNER_SIZES, shown["width"], shown["height"])
        )
        src, width, height = shown["src"], shown["width"], shown["height"]
    source_html = format_html_join(
        "",
        '<source{}{} srcset="{}"{} width="{}" height="{}">',
        (
            (
                format_html(' media="{}"', media) if media else "",
                format_html(' type="{}"', kind) if kind else "",
                srcset,
                format_html(' sizes="{}"', sizes) if sizes else "",
                w, h,
            )
            for media, kind, srcset, sizes, w, h in sources
        ),
    )  # fmt: skip
    return format_html(
        '<picture class="site-brand__banner">{}<img src="{}" alt="{}" width="{}" height="{}" '
        'fetchpriority="high" decoding="async"></picture>',
        source_html, src, alt, width, height,
    )  # fmt: skip


@register.inclusion_tag("bantin/includes/site_icons.html")
def site_icons(site):
    """The links to the favicon and touch icons, with the version of the emblem they show."""
    return {
        "favicon": icons.url("favicon.ico", site),
        "icon": icons.url("icon-192.png", site),
        "touch_icon": icons.url("apple-touch-icon.png", site),
    }
