"""What search engines, feed readers and social networks read about the site.

Every absolute URL the site hands out — in feeds, sitemaps, canonical links, Open Graph, JSON-LD
and share links — is on its own domain, ``PORTAL_BASE_URL``, never on the host a request
happened to reach. Everything here works from what a page already holds (an article comes with
its section, lead image, bylines and topics), so it adds no query to a page.
"""

import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe

from . import renditions

#: The picture shown when a page is shared, and in feeds: a landscape crop about 1200 px wide,
#: as Facebook and Zalo ask; 1280 is the nearest rendition width.
SHARE_CROP = "16x9"
SHARE_WIDTH = 1280
#: The crops Google asks for in an article's structured data.
STRUCTURED_DATA_CROPS = ("16x9", "4x3", "1x1")
LOGO = "bantin/img/emblem.svg"
OG_LOCALE = "vi_VN"

IMAGE_TYPES = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "avif": "image/avif",
}


def site_name():
    """The agency's name as its site admin saved it (*Thiết lập cổng thông tin*), else
    PORTAL_SITE_NAME: the one name of every page, feed, sitemap and e-mail. From the cache."""
    from .sitesettings import site_settings

    return site_settings().name


def absolute_url(url):
    """``url`` — a path, or a URL that is already absolute (media on a CDN) — on the site's own
    scheme and host."""
    if url.startswith(("http://", "https://")):
        return url
    if url.startswith("//"):
        return f"{urlsplit(settings.PORTAL_BASE_URL).scheme}:{url}"
    return settings.PORTAL_BASE_URL + url


def logo_url():
    return absolute_url(static(LOGO))


@dataclass(frozen=True)
class SharedImage:
    """A picture as crawlers and feed readers get it: an absolute URL and its size."""

    url: str
    width: int | None
    height: int | None
    mime_type: str
    alt: str


def shared_image(image, crop=SHARE_CROP, width=SHARE_WIDTH):
    """A rendition of a library image for crawlers and feed readers: ``crop``, at most
    ``width`` wide (never upscaled), in the original's own format — JPEG or PNG, which every
    reader understands, unlike WebP. An animation, or an image of unknown size, as it is."""
    if image is None or not image.file:
        return None
    widths = renditions.widths_for(image)
    if not widths or renditions.is_animated(image):
        extension = image.file.name.rsplit(".", 1)[-1].lower()
        return SharedImage(
            url=absolute_url(image.file.url),
            width=image.width,
            height=image.height,
            mime_type=IMAGE_TYPES.get(extension, "application/octet-stream"),
            alt=image.alt_text,
        )
    chosen = max((w for w in widths if w <= width), default=widths[0])
    fmt = renditions.fallback_format(image)
    out_width, out_height = renditions.size_of(image, crop, chosen)
    return SharedImage(
        url=absolute_url(renditions.url_of(image, crop, chosen, fmt)),
        width=out_width,
        height=out_height,
        mime_type=IMAGE_TYPES[fmt],
        alt=image.alt_text,
    )


def modified_at(item):
    """When readers' view of the item last changed: its last save, or its publication if that
    came later (an item scheduled in advance appears without being saved again)."""
    moments = [moment for moment in (item.updated_at, item.publish_at) if moment is not None]
    return max(moments) if moments else None


def w3c_datetime(moment):
    """``2022-04-28T09:00:00+07:00``: the form Open Graph, JSON-LD and sitemaps use."""
    if moment is None:
        return None
    return timezone.localtime(moment).isoformat(timespec="seconds")


_PAGE_NUMBER = re.compile(r"[0-9]{1,9}")


def canonical_url(page):
    """The page's canonical URL. A list's later pages keep their number: each is a page of its
    own to search engines, not a copy of the first. Other query parameters are dropped."""
    if not page.canonical_url:
        return ""
    number = page.request.GET.get("page", "")
    if page.kind in ("category", "author", "tag") and _PAGE_NUMBER.fullmatch(number):
        if int(number) > 1:
            return f"{page.canonical_url}?page={int(number)}"
    return page.canonical_url


def robots(page):
    """The page's robots directive, if it is not to be indexed."""
    if page.preview:
        return "noindex, nofollow"
    if page.kind == "search":
        return "noindex, follow"
    return ""


def news_article(item, *, url):
    """The schema.org ``NewsArticle`` describing an item, for its page's JSON-LD."""
    publisher = {
        "@type": "Organization",
        "name": site_name(),
        "url": absolute_url(reverse("bantin:home")),
        "logo": {"@type": "ImageObject", "url": logo_url()},
    }
    authors = [
        {
            "@type": "Person",
            "name": byline.author.name,
            "url": absolute_url(byline.author.get_absolute_url()),
        }
        for byline in item.bylines.all()
    ]
    images = []
    for crop in STRUCTURED_DATA_CROPS:
        image = shared_image(item.lead_image, crop=crop)
        if image is not None and image.url not in images:
            images.append(image.url)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": item.title,
        "description": item.sapo,
        "inLanguage": settings.LANGUAGE_CODE,
        "articleSection": item.category.name,
        "datePublished": w3c_datetime(item.publish_at),
        "dateModified": w3c_datetime(modified_at(item)),
        "image": images,
        # An item without a byline is the agency's own.
        "author": authors or [publisher],
        "publisher": publisher,
    }
    return {key: value for key, value in data.items() if value not in (None, "", [])}


# What django.utils.html.json_script escapes: no text inside the data can end the <script>
# element or open a comment, whatever the title says.
_JSON_SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


def json_ld(data):
    """``data`` as the content of a ``<script type="application/ld+json">`` element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308 - escaped above


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value):
    """``value`` without the control characters XML 1.0 cannot carry: one stray character in a
    title must not make a whole feed or sitemap unreadable."""
    return _XML_FORBIDDEN.sub("", str(value or ""))
