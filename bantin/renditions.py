"""Renditions: smaller WebP copies of library images, made on first request and kept.

A rendition's URL is computed from the image alone —
``pictures/<id>/<version>-<key>/<crop>-<width>.<format>`` under MEDIA_URL, where ``key`` is a
keyed hash of the id and version (:func:`key_of`) — so pages link to renditions without a query,
and nobody can name the rendition of a picture no page has shown them. The first request for one
that does not exist yet reaches :func:`bantin.views.rendition`, which builds it under a lock if
readers may see the picture; after that the web server finds the file. A rendition deleted from
storage is simply built again. Changing the focal point bumps the version, so the crops change
URL.

Only renditions of pictures readers may see are written under ``pictures/``, which the web
server serves. Staff previewing a draft get theirs from under ``private/``, as do the masters
(:func:`master`): nothing there is ever served as a file.
"""

import functools
import io
import logging
import os
from contextlib import suppress
from types import SimpleNamespace

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.crypto import constant_time_compare, salted_hmac
from PIL import Image as PILImage
from PIL import ImageOps

logger = logging.getLogger(__name__)

WIDTHS = (320, 640, 960, 1280, 1920)
CROPS = {"original": None, "16x9": (16, 9), "4x3": (4, 3), "1x1": (1, 1)}
WEBP_QUALITY = 80
FALLBACK_WIDTH = 960


def widths_for(image):
    """Rendition widths of ``image``: the standard ones it is at least as wide as, and its own
    width when narrower than the largest, never an upscale."""
    if not image.width:
        return []
    widths = [width for width in WIDTHS if width <= image.width]
    if image.width < WIDTHS[-1] and image.width not in widths:
        widths.append(image.width)
    return widths


def fallback_format(image):
    """The original's own format, for browsers without WebP."""
    extension = os.path.splitext(image.file.name)[1].lower().lstrip(".")
    return "png" if extension in ("png", "gif") else "jpg"


def is_animated(image):
    return image.file.name.lower().endswith(".gif")


def size_of(image, crop, width):
    ratio = CROPS[crop]
    if ratio is None:
        return width, max(1, round(width * image.height / image.width))
    return width, max(1, round(width * ratio[1] / ratio[0]))


#: Where renditions of pictures readers may see are written: the web server serves this folder.
PUBLIC_FOLDER = "pictures"
KEY_LENGTH = 20  # hex digits: 80 bits, beyond guessing at any rate a server answers


def key_of(pk, version, secret=None):
    """The keyed hash that makes the renditions of one version of one picture unguessable.

    Keyed with SECRET_KEY: whoever does not hold it can compute no rendition's address, so only
    pages that show a picture hand its renditions out."""
    return _key(pk, version, secret or settings.SECRET_KEY)


# A page links half a dozen renditions of each picture; the hash is computed once per picture
# version and process, not for each of them.
@functools.lru_cache(maxsize=8192)
def _key(pk, version, secret):
    digest = salted_hmac("bantin.renditions", f"{pk}:{version}", secret=secret).hexdigest()
    return digest[:KEY_LENGTH]


def key_is_valid(pk, version, key):
    """Whether ``key`` is the key of this version of this picture, under SECRET_KEY or one of
    SECRET_KEY_FALLBACKS (a rotated key's addresses then still lead to the picture)."""
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return any(constant_time_compare(key, key_of(pk, version, secret)) for secret in secrets)


def public_name(pk, version, key, crop, width, fmt):
    """The storage name of a rendition the web server may serve."""
    return f"{PUBLIC_FOLDER}/{pk}/{version}-{key}/{crop}-{width}.{fmt}"


def name_of(image, crop, width, fmt):
    """The storage name of the current rendition, once readers may see the picture."""
    version = image.rendition_version
    return public_name(image.pk, version, key_of(image.pk, version), crop, width, fmt)


def key_fingerprint():
    """A short digest that names SECRET_KEY without revealing it: a rendition set computed under
    another key (whose addresses the portal would refuse) is told apart by it."""
    return _fingerprint(settings.SECRET_KEY)


@functools.lru_cache(maxsize=4)
def _fingerprint(secret):
    return salted_hmac("bantin.renditions.set", "fingerprint", secret=secret).hexdigest()[:16]


#: How sets are made, in the stamp: a release that changes the widths, crops or fallback does
#: not serve the sets of the previous one.
SET_FORMAT = f"{WIDTHS}|{sorted(CROPS.items())}|{FALLBACK_WIDTH}"


def set_stamp(image):
    """What a picture's rendition set was computed from, besides its id: its version, file and
    size, the key and MEDIA_URL its addresses were made with, and :data:`SET_FORMAT`. A stored set
    is served only while its stamp is the picture's current one."""
    return [
        SET_FORMAT,
        image.rendition_version,
        image.file.name,
        image.width,
        image.height,
        key_fingerprint(),
        settings.MEDIA_URL,
    ]


def rendition_set_of(image):
    """Everything ``{% picture %}`` shows of ``image`` besides alt, sizes and loading, for each
    crop (:func:`crop_set_of`), stamped with what it was computed from (:func:`set_stamp`).
    Empty for a picture shown as it is (animated, or without known dimensions).

    Reads only the image's id, file name, dimensions and version, so that a migration can
    compute it with the historical model; no query, no file opened."""
    if not widths_for(image) or is_animated(image):
        return {}
    return {
        "stamp": set_stamp(image),
        "crops": {crop: crop_set_of(image, crop) for crop in CROPS},
    }


def rendition_set_of_row(pk, name, width, height, version):
    """:func:`rendition_set_of` an image given as its stored values, without a model instance
    (whose loading opens the file of a picture stored without its dimensions)."""
    return rendition_set_of(
        SimpleNamespace(
            pk=pk,
            file=SimpleNamespace(name=name),
            width=width,
            height=height,
            rendition_version=version,
        )
    )


#: The stored values :func:`rendition_set_of_row` takes, in its order.
ROW_FIELDS = ("pk", "file", "width", "height", "rendition_version")


def crop_set_of(image, crop):
    """One crop of ``image`` as ``{% picture %}`` shows it: the WebP srcset, the fallback
    address (in the original's format, at most FALLBACK_WIDTH wide) and the width and height
    of the largest rendition."""
    widths = widths_for(image)
    fallback_width = max(w for w in widths if w <= FALLBACK_WIDTH or w == widths[0])
    width, height = size_of(image, crop, widths[-1])
    return {
        "srcset": ", ".join(f"{url_of(image, crop, w, 'webp')} {w}w" for w in widths),
        "src": url_of(image, crop, fallback_width, fallback_format(image)),
        "width": width,
        "height": height,
    }


def current_set(image):
    """The stored rendition set of ``image`` when it is the current one, else None. A picture
    loaded without its set (deferred) has none: it is computed, never fetched by a query."""
    stored = image.__dict__.get("rendition_set")
    if stored and stored.get("stamp") == set_stamp(image):
        return stored["crops"]
    return None


def preview_name(image, crop, width, fmt):
    """The storage name of a rendition built for staff only, which is never served as a file."""
    return f"private/renditions/{image.pk}/v{image.rendition_version}/{crop}-{width}.{fmt}"


def url_of(image, crop, width, fmt):
    """The one place a rendition's address is computed (no query: the image's id and version)."""
    return settings.MEDIA_URL + name_of(image, crop, width, fmt)


def crop_box(size, ratio, focal):
    """The largest box of ``ratio`` inside ``size``, centred on the focal point if it can be."""
    width, height = size
    if ratio is None:
        return 0, 0, width, height
    target = ratio[0] / ratio[1]
    if width / height > target:
        box_w, box_h = round(height * target), height
    else:
        box_w, box_h = width, round(width / target)
    fx, fy = focal
    left = min(max(round(fx * width - box_w / 2), 0), width - box_w)
    top = min(max(round(fy * height - box_h / 2), 0), height - box_h)
    return left, top, left + box_w, top + box_h


#: Renditions are cut from a "master" no larger than this on its long side, made once per
#: image version, so a 24-megapixel original is decoded once rather than for every rendition.
MASTER_SIZE = 2560


def master_name(image):
    return f"private/masters/{image.pk}/v{image.rendition_version}.jpg"


def _save_once(name, content):
    if not default_storage.exists(name):
        saved = default_storage.save(name, ContentFile(content))
        if saved != name:  # another worker won the race; keep theirs
            with suppress(OSError):
                default_storage.delete(saved)


def master(image):
    """The storage name of the image's master, building it if needed."""
    name = master_name(image)
    if max(image.width or 0, image.height or 0) <= MASTER_SIZE:
        return image.file.name
    if not default_storage.exists(name):
        with image.file.open("rb") as source, PILImage.open(source) as picture:
            # JPEG can decode at 1/2, 1/4 or 1/8 scale directly: much faster for camera photos.
            picture.draft("RGB", (MASTER_SIZE, MASTER_SIZE))
            picture = ImageOps.exif_transpose(picture)
            picture.thumbnail((MASTER_SIZE, MASTER_SIZE), PILImage.Resampling.LANCZOS)
            if picture.mode not in ("RGB", "L"):
                picture = picture.convert("RGB")
            buffer = io.BytesIO()
            picture.save(buffer, "JPEG", quality=93)
        _save_once(name, buffer.getvalue())
    return name


def render(image, crop, width, fmt):
    """The bytes of one rendition."""
    out_w, out_h = size_of(image, crop, width)
    with default_storage.open(master(image), "rb") as source, PILImage.open(source) as picture:
        picture.draft("RGB", (out_w * 2, out_h * 2))
        picture = ImageOps.exif_transpose(picture)
        focal = (image.focal_x if image.focal_x is not None else 0.5,
                 image.focal_y if image.focal_y is not None else 0.5)  # fmt: skip
        picture = picture.crop(crop_box(picture.size, CROPS[crop], focal))
        if picture.mode not in ("RGB", "RGBA"):
            picture = picture.convert("RGBA" if "transparency" in picture.info else "RGB")
        picture = picture.resize((out_w, out_h), PILImage.Resampling.LANCZOS, reducing_gap=3.0)
        buffer = io.BytesIO()
        if fmt == "webp":
            picture.save(buffer, "WEBP", quality=WEBP_QUALITY, method=4)
        elif fmt == "png":
            picture.save(buffer, "PNG", optimize=True)
        else:
            picture.convert("RGB").save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


def ensure(image, crop, width, fmt, *, public=True):
    """Build the rendition unless it exists; returns its storage name.

    ``public=False`` builds it for a staff preview, where the web server never serves it. A
    public one is copied from the preview when there is one: the picture of a draft just
    published is not rendered twice."""
    name = name_of(image, crop, width, fmt) if public else preview_name(image, crop, width, fmt)
    if default_storage.exists(name):
        return name
    preview = preview_name(image, crop, width, fmt)
    if public and default_storage.exists(preview):
        with default_storage.open(preview, "rb") as source:
            content = source.read()
    else:
        content = render(image, crop, width, fmt)
    _save_once(name, content)
    return name


def withdraw_unless_visible(image_ids):
    """Delete the renditions built for readers of those pictures readers may no longer see
    (an item unpublished or trashed was the last to show them): the web server then hands
    their addresses to the portal, which refuses them. Copies already in browsers and CDNs
    stay there; a picture shown again is simply built again."""
    from .models import Image

    image_ids = {pk for pk in image_ids if pk is not None}
    shown = set(Image.objects.visible().filter(pk__in=image_ids).values_list("pk", flat=True))
    for pk in image_ids - shown:
        try:
            _delete_tree(f"{PUBLIC_FOLDER}/{pk}")
        except OSError:
            # The item is unpublished either way; the files stay public until removed by hand.
            logger.exception("Could not remove the public renditions of image %s", pk)


def _delete_tree(folder):
    if not default_storage.exists(folder):
        return
    folders, files = default_storage.listdir(folder)
    for name in files:
        default_storage.delete(f"{folder}/{name}")
    for name in folders:
        _delete_tree(f"{folder}/{name}")
    if hasattr(default_storage, "path"):  # a folder on disk; object storage has none to remove
        with suppress(OSError):
            os.rmdir(default_storage.path(folder))
