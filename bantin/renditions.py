"""Renditions: smaller WebP copies of library images, made on first request and kept.

A rendition's URL is computed from the image alone — ``renditions/<id>/v<version>/<crop>-<width>.<format>``
under MEDIA_URL — so pages link to renditions without a query. The first request for one that
does not exist yet reaches :func:`bantin.views.rendition`, which builds it under a lock; after
that the web server finds the file. A rendition deleted from storage is simply built again.
Changing the focal point bumps the version, so the crops change URL.
"""

import io
import os
from contextlib import suppress

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image as PILImage
from PIL import ImageOps

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


def name_of(image, crop, width, fmt):
    return f"renditions/{image.pk}/v{image.rendition_version}/{crop}-{width}.{fmt}"


def url_of(image, crop, width, fmt):
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
    return f"renditions/{image.pk}/v{image.rendition_version}/master.jpg"


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


def ensure(image, crop, width, fmt):
    """Build the rendition unless it exists; returns its storage name."""
    name = name_of(image, crop, width, fmt)
    if not default_storage.exists(name):
        _save_once(name, render(image, crop, width, fmt))
    return name
