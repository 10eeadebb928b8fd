"""The site's icons — favicon, touch icons and the publisher's logo in structured data — made
from the emblem of the site settings.

Browsers ask for ``/favicon.ico`` whatever a page links, phones for
``/apple-touch-icon.png``, and search engines want the publisher's logo as a raster image
(at least 112 × 112, PNG). The emblem is a picture of the media library, always a raster (the
library takes no SVG); without one, the project's default emblem, shipped as a 512 × 512 PNG
beside its SVG. Each icon is made once per emblem version with Pillow and kept in the cache;
its address carries that version (``?v=``), so a new emblem reaches browsers at once.
"""

import io
import logging

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import Image as PILImage
from PIL import ImageOps

from . import renditions

logger = logging.getLogger(__name__)

DEFAULT_EMBLEM = "bantin/img/emblem-512.png"
CACHE_PREFIX = "bantin:icon:v1:"
ICO_SIZES = (16, 32, 48)
#: A day: a release that changes the default emblem or how icons are drawn is seen by then.
ICON_CACHE_SECONDS = 86400


class Icon:
    """One icon: its address's name, pixel size and whether its background is opaque (iOS
    draws a transparent touch icon on black)."""

    def __init__(self, name, size, *, opaque=False):
        self.name, self.size, self.opaque = name, size, opaque

    @property
    def content_type(self):
        return "image/x-icon" if self.name.endswith(".ico") else "image/png"


ICONS = {
    icon.name: icon
    for icon in (
        Icon("favicon.ico", max(ICO_SIZES)),
        Icon("apple-touch-icon.png", 180, opaque=True),
        Icon("icon-192.png", 192),
        Icon("icon-512.png", 512),
    )
}
# Older iOS versions ask for this name first.
ICONS["apple-touch-icon-precomposed.png"] = ICONS["apple-touch-icon.png"]
#: The publisher's logo in an article's JSON-LD.
LOGO = ICONS["icon-512.png"]


def stamp(site):
    """What the icons are made from: the emblem's id and version, or ``0`` for the default."""
    emblem = getattr(site, "emblem", None)
    if emblem is None or not emblem.file:
        return "0"
    return f"{emblem.pk}.{emblem.rendition_version}"


def url(name, site):
    """The icon's address, with the version of the emblem it shows."""
    return f"{reverse('icon', args=[name])}?v={stamp(site)}"


def icon_bytes(icon, site):
    """The icon's bytes for the site's emblem, from the cache after the first request."""
    key = f"{CACHE_PREFIX}{icon.name}:{stamp(site)}"
    found = cache.get(key)
    if found is None:
        found = make(icon, _open_emblem(site))
        cache.set(key, found, timeout=ICON_CACHE_SECONDS)
    return found


def _open_emblem(site):
    """The emblem's pixels: the library picture's master, or the shipped default."""
    emblem = getattr(site, "emblem", None)
    if emblem is not None and emblem.file:
        try:
            with default_storage.open(renditions.master(emblem), "rb") as source:
                picture = PILImage.open(source)
                picture.load()
                return ImageOps.exif_transpose(picture)
        except (OSError, ValueError):
            logger.exception("The emblem %s could not be read; the default icon is used", emblem.pk)
    path = finders.find(DEFAULT_EMBLEM)
    with open(path, "rb") if path else staticfiles_storage.open(DEFAULT_EMBLEM) as source:
        picture = PILImage.open(source)
        picture.load()
        return picture


def square(picture, size, *, opaque=False):
    """``picture`` fitted whole into a square of ``size`` pixels, centred, on transparency (or
    white, for an opaque icon, with a margin as touch icons have)."""
    picture = picture.convert("RGBA")
    inner = round(size * 0.86) if opaque else size
    picture = ImageOps.contain(picture, (inner, inner), PILImage.Resampling.LANCZOS)
    canvas = PILImage.new("RGBA", (size, size), (255, 255, 255, 255 if opaque else 0))
    canvas.alpha_composite(picture, ((size - picture.width) // 2, (size - picture.height) // 2))
    return canvas.convert("RGB") if opaque else canvas


def make(icon, picture):
    """The bytes of ``icon`` drawn from ``picture``."""
    buffer = io.BytesIO()
    if icon.name.endswith(".ico"):
        square(picture, icon.size).save(buffer, "ICO", sizes=[(s, s) for s in ICO_SIZES])
    else:
        square(picture, icon.size, opaque=icon.opaque).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
