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
            frames = getattr(picture, "n_frames", 1)
            if image_format not in FORMATS:
                raise ValidationError(_("Chỉ nhận ảnh JPEG, PNG, GIF hoặc WebP."), code="format")
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
