"""Checks an uploaded picture before anything is stored.

The file is decoded in full (not only its header), its real format must be one we serve, and
its declared size is checked against a pixel cap before decoding, so a small file that would
expand into gigabytes is refused.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image as PILImage

FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
DEFAULT_MAX_PIXELS = 40_000_000


def max_pixels():
    return getattr(settings, "IMAGE_MAX_PIXELS", DEFAULT_MAX_PIXELS)


MAX_FRAMES = 1000


def count_frames(picture):
    """Frames of an animation, counted only up to MAX_FRAMES + 1 (counting all is slow)."""
    if not getattr(picture, "is_animated", False):
        return 1
    frames = 1
    try:
        while frames <= MAX_FRAMES:
            picture.seek(frames)
            frames += 1
    except EOFError:
        pass
    picture.seek(0)
    return frames


def inspect_image(upload):
    """Return the file extension for ``upload``'s real format, or raise ValidationError."""
    size = getattr(upload, "size", None)
    if not size:
        raise ValidationError(_("Tệp tải lên rỗng."), code="empty")
    if size > settings.IMAGE_MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("Tệp quá lớn: tối đa %(mb)d MB.")
            % {"mb": settings.IMAGE_MAX_UPLOAD_BYTES // (1024 * 1024)},
            code="too_large",
        )
    upload.seek(0)
    try:
        with PILImage.open(upload) as picture:
            image_format = picture.format
            width, height = picture.size
            frames = count_frames(picture)
            if image_format not in FORMATS:
                raise ValidationError(_("Chỉ nhận ảnh JPEG, PNG, GIF hoặc WebP."), code="format")
            if frames > MAX_FRAMES:
                raise ValidationError(
                    _("Ảnh động có quá nhiều khung hình (tối đa %(n)d).") % {"n": MAX_FRAMES},
                    code="too_many_frames",
                )
            if width * height * frames > max_pixels():
                raise ValidationError(
                    _("Ảnh quá lớn: %(w)d × %(h)d điểm ảnh.") % {"w": width, "h": height},
                    code="too_many_pixels",
                )
            picture.load()
    except ValidationError:
        raise
    except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError):
        raise ValidationError(
            _("Tệp không phải là ảnh hợp lệ hoặc đã bị hỏng."), code="invalid"
        ) from None
    finally:
        upload.seek(0)
    return FORMATS[image_format]
