"""Checks an uploaded picture, then stores it re-encoded.

The file is decoded in full (not only its header), its real format must be one we serve, and
its declared size is checked against a pixel cap before decoding, so a small file that would
expand into gigabytes is refused. What is stored is always a re-encoding: no metadata (camera
GPS must not leak a source's position), the EXIF orientation applied, and nothing of a polyglot
file's other content.

Storing is a step of its own (:func:`store_file`), taken before the row is saved: when the media
storage cannot take the file (disk full, read-only, bucket refused), the uploader gets a clear
message, no row is written and no partial file is left behind.
"""

import contextvars
import hashlib
import io
import logging
from contextlib import contextmanager, suppress
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image as PILImage
from PIL import ImageOps

FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "AVIF": "avif"}
DEFAULT_MAX_PIXELS = 40_000_000
#: Every frame of an animation is decoded to count it and again to re-encode it: about a fifth
#: of a second per million pixels on one core, up to half a second on a busy machine, so 4
#: million pixels over all frames (100 frames of 200 × 200, 12 of 640 × 480) keep an upload
#: under about 2 s of a worker's time. A still picture is decoded once, hence its larger cap.
DEFAULT_MAX_ANIMATION_PIXELS = 4_000_000
MAX_FRAMES = 1000

logger = logging.getLogger(__name__)


def max_pixels():
    return getattr(settings, "IMAGE_MAX_PIXELS", DEFAULT_MAX_PIXELS)


def max_animation_pixels():
    """The pixels of all an animation's frames together: never more than a still's."""
    return min(
        max_pixels(),
        getattr(settings, "IMAGE_MAX_ANIMATION_PIXELS", DEFAULT_MAX_ANIMATION_PIXELS),
    )


def count_frames(picture, limit=MAX_FRAMES):
    """Frames of an animation, counted only up to ``limit`` + 1: each one counted is decoded,
    so counting an animation past its cap would cost what the cap saves."""
    if not getattr(picture, "is_animated", False):
        return 1
    frames = 1
    try:
        while frames <= limit:
            picture.seek(frames)
            frames += 1
    except EOFError:
        pass
    picture.seek(0)
    return frames


@dataclass
class PreparedImage:
    content: ContentFile
    content_hash: str
    size: int


def _open_checked(upload):
    """Open ``upload`` as a picture after checking its size, format, pixels and frames."""
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
        picture = PILImage.open(upload)
    except PILImage.DecompressionBombError:
        raise ValidationError(_("Ảnh quá lớn để xử lý."), code="too_many_pixels") from None
    except (OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("Tệp không phải là ảnh hợp lệ hoặc đã bị hỏng."), code="invalid"
        ) from None
    # On refusal the picture is left to the garbage collector: closing it would close the
    # upload too, which the caller still rewinds.
    if picture.format not in FORMATS:
        raise ValidationError(_("Chỉ nhận ảnh JPEG, PNG, GIF, WebP hoặc AVIF."), code="format")
    width, height = picture.size
    if width * height > max_pixels():
        raise ValidationError(
            _("Ảnh quá lớn: %(w)d × %(h)d điểm ảnh.") % {"w": width, "h": height},
            code="too_many_pixels",
        )
    if getattr(picture, "is_animated", False):
        allowed = min(MAX_FRAMES, max_animation_pixels() // (width * height))
        if count_frames(picture, limit=allowed) > allowed:
            raise ValidationError(
                _(
                    "Ảnh động quá nặng để xử lý: hơn %(n)d khung hình cỡ %(w)d × %(h)d điểm ảnh. "
                    "Mọi khung hình cộng lại được tối đa %(mp)s triệu điểm ảnh; xin giảm số "
                    "khung hình hoặc kích thước ảnh."
                )
                % {
                    "n": allowed,
                    "w": width,
                    "h": height,
                    "mp": formats.number_format(max_animation_pixels() / 1_000_000, 1),
                },
                code="too_many_frames",
            )
    return picture


def _encode(picture, image_format):
    buffer = io.BytesIO()
    icc = picture.info.get("icc_profile")
    extra = {"icc_profile": icc} if icc else {}
    if image_format == "GIF":
        picture.save(buffer, "GIF", save_all=getattr(picture, "is_animated", False), optimize=True)
        return buffer.getvalue()
    picture = ImageOps.exif_transpose(picture)
    if image_format == "JPEG":
        if picture.mode not in ("RGB", "L"):
            picture = picture.convert("RGB")
        picture.save(buffer, "JPEG", quality=88, optimize=True, progressive=True, **extra)
    elif image_format == "PNG":
        picture.save(buffer, "PNG", optimize=True, **extra)
    elif image_format == "WEBP":
        picture.save(buffer, "WEBP", quality=85, **extra)
    else:
        picture.save(buffer, "AVIF", quality=70, **extra)
    return buffer.getvalue()


def prepare_upload(upload):
    """Check ``upload`` fully and return its re-encoding, to be stored under a fresh name."""
    upload.seek(0)
    original = upload.read()
    upload.seek(0)
    try:
        with _open_checked(upload) as picture:
            picture.load()
            image_format = picture.format
            encoded = _encode(picture, image_format)
    except ValidationError:
        raise
    except (OSError, SyntaxError, ValueError, EOFError, PILImage.DecompressionBombError):
        raise ValidationError(
            _("Tệp không phải là ảnh hợp lệ hoặc đã bị hỏng."), code="invalid"
        ) from None
    finally:
        upload.seek(0)
    return PreparedImage(
        content=ContentFile(encoded, name=f"upload.{FORMATS[image_format]}"),
        content_hash=hashlib.sha256(original).hexdigest(),
        size=len(original),
    )


class MediaWriteError(Exception):
    """The media storage could not take a file: the upload is refused, nothing was kept."""

    message = gettext_lazy(
        "Không lưu được tệp ảnh vì kho lưu trữ ảnh đã đầy hoặc không ghi được. Ảnh chưa được "
        "tải lên; xin báo cho quản trị hệ thống rồi thử lại sau."
    )

    def __str__(self):
        return str(self.message)


def storage_errors():
    """What a storage backend raises when it cannot write: the OS's errors for files on disk,
    boto3's and botocore's for S3 when django-storages is in use."""
    errors = [OSError]
    with suppress(ImportError):
        from boto3.exceptions import Boto3Error
        from botocore.exceptions import BotoCoreError, ClientError

        errors += [Boto3Error, BotoCoreError, ClientError]
    return tuple(errors)


#: Names stored inside the innermost :func:`files_removed_on_error` block, or None outside one.
_stored_names = contextvars.ContextVar("stored_media_names", default=None)


@contextmanager
def files_removed_on_error():
    """Files stored by :func:`store_file` inside this block are deleted again if it raises.

    Wrap the transaction that saves the rows naming the files: when it rolls back, nothing
    names them any more, and they would stay in storage as orphans. Blocks nest; a block that
    ends well hands its names to the enclosing one.
    """
    names = []
    token = _stored_names.set(names)
    try:
        yield
    except BaseException:
        for storage, name in names:
            _delete_quietly(storage, name)
        raise
    finally:
        _stored_names.reset(token)
    enclosing = _stored_names.get()
    if enclosing is not None:
        enclosing.extend(names)


def _delete_quietly(storage, name):
    try:
        if storage.exists(name):
            storage.delete(name)
    except Exception:
        # The upload is refused either way; the admins learn which file to remove by hand.
        logger.exception("Could not remove media file %s after a failed upload", name)


def store_file(instance, field_name="file"):
    """Write the new, not yet stored file of ``instance.<field_name>`` to its storage.

    The model's own save then finds the file stored and only writes the row. On a storage
    failure whatever was written under the new name is removed, the error is logged for the
    admins and :class:`MediaWriteError` raised. Does nothing when the file is stored already.
    """
    field_file = getattr(instance, field_name)
    if not field_file or field_file._committed:
        return
    storage = field_file.storage
    name = field_file.field.generate_filename(instance, field_file.name)
    # Names are random (image_upload_to), so an existing one is someone else's file: never
    # delete it, even though the storage would then have written under another name.
    existed = True
    try:
        existed = storage.exists(name)
        stored = storage.save(name, field_file.file, max_length=field_file.field.max_length)
    except storage_errors() as error:
        logger.error("Could not store uploaded media file %s: %s", name, error, exc_info=True)
        if not existed:
            _delete_quietly(storage, name)
        raise MediaWriteError from error
    # What FieldFile.save(save=False) does, with the name chosen above rather than a second one.
    field_file.name = stored
    field_file._committed = True
    names = _stored_names.get()
    if names is not None:
        names.append((storage, stored))
