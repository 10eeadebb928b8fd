"""Uploads when the media storage fails: a clear message, no row, no partial file.

The failures are the operating system's own, no mocks: a media folder that cannot exist
(a regular file in its path: ENOTDIR), a read-only file system (EROFS), and a disk that fills up
part-way through the write (ENOSPC on a tiny tmpfs; where mounting is not permitted, a file-size
limit makes the write fail part-way the same way, with EFBIG).
"""

import io
import logging
import os
import random
import resource
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from PIL import Image as PILImage

from bantin.images import MediaWriteError, files_removed_on_error, store_file
from bantin.models import Image

from .factories import image_bytes, make_image, upload
from .s3 import s3_endpoint_fixture, use_bucket  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

MESSAGE = str(MediaWriteError.message)
#: The tiny disk, and the size of a picture that does not fit on it.
DISK_BYTES = 64 * 1024


def noisy_png(size=(256, 256), seed=1):
    """A picture that compresses badly: about 200 kB however it is re-encoded."""
    pixels = random.Random(seed).randbytes(size[0] * size[1] * 3)  # noqa: S311
    buffer = io.BytesIO()
    PILImage.frombytes("RGB", size, pixels).save(buffer, "PNG")
    assert len(buffer.getvalue()) > 2 * DISK_BYTES
    return buffer.getvalue()


def mount_tmpfs(directory, options):
    mount = shutil.which("mount")
    if mount is None:
        return False
    result = subprocess.run(  # noqa: S603
        [mount, "-t", "tmpfs", "-o", options, "tmpfs", str(directory)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


def unmount(directory):
    subprocess.run([shutil.which("umount") or "umount", "-l", str(directory)], check=False)  # noqa: S603


def can_write(directory):
    try:
        (Path(directory) / "probe").write_bytes(b"x")
    except OSError:
        return False
    (Path(directory) / "probe").unlink()
    return True


def files_under(directory):
    return sorted(path for path in Path(directory).rglob("*") if path.is_file())


class FailingMedia:
    """A MEDIA_ROOT that refuses writes, and the folder where a partial file would be left."""

    def __init__(self, folder):
        self.folder = folder
        self.existing = files_under(folder)

    def new_files(self):
        return [path for path in files_under(self.folder) if path not in self.existing]


@pytest.fixture(params=["not_a_directory", "read_only", "full"])
def failing_media(request, settings, tmp_path):
    media = tmp_path / "media"
    if request.param == "not_a_directory":
        (tmp_path / "blocker").write_bytes(b"")
        settings.MEDIA_ROOT = tmp_path / "blocker" / "media"
        yield FailingMedia(tmp_path)
        return
    media.mkdir()
    settings.MEDIA_ROOT = media
    if request.param == "read_only":
        mounted = os.geteuid() == 0 and mount_tmpfs(media, "ro,size=64k")
        if not mounted:
            media.chmod(0o555)  # ignored by root, hence the read-only mount first
        try:
            if can_write(media):
                pytest.skip("cannot make a folder read-only here: root, and mount not permitted")
            yield FailingMedia(media)
        finally:
            if mounted:
                unmount(media)
            media.chmod(0o755)
        return
    if mount_tmpfs(media, f"size={DISK_BYTES}"):
        try:
            # Full but for a few pages: the picture's first bytes fit, the rest do not.
            (media / "filler").write_bytes(b"\0" * (DISK_BYTES - 16 * 1024))
            yield FailingMedia(media)
        finally:
            unmount(media)
        return
    # No mount: a file-size limit on this process fails the write part-way, as a full disk does.
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (DISK_BYTES, limits[1]))
    try:
        yield FailingMedia(media)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)


def test_library_upload_to_failing_media_shows_the_form_again(client, editor, failing_media):
    client.force_login(editor)
    response = client.post(
        reverse("admin:bantin_image_add"),
        {"file": upload("anh.png", noisy_png(), "image/png"), "alt_text": "Hồ Ba Bể mùa thu"},
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["file"] == [MESSAGE]
    assert 'value="Hồ Ba Bể mùa thu"' in response.content.decode()
    assert not Image.objects.exists()
    assert failing_media.new_files() == []


def test_editor_upload_to_failing_media_answers_with_its_json_error(client, editor, failing_media):
    client.force_login(editor)
    response = client.post(
        reverse("endpoints:editor_image_upload"),
        {"upload": upload("anh.png", noisy_png(), "image/png")},
    )
    assert response.status_code == 503
    assert response.json() == {"error": {"message": MESSAGE}}
    assert not Image.objects.exists()
    assert failing_media.new_files() == []


@pytest.fixture
def media_under_a_file(settings, tmp_path):
    (tmp_path / "blocker").write_bytes(b"")
    settings.MEDIA_ROOT = tmp_path / "blocker" / "media"


def test_replacing_a_library_file_on_failing_media_keeps_the_old_one(
    client, editor, settings, tmp_path
):
    image = make_image(uploaded_by=editor)
    before = Image.objects.values("file", "rendition_version", "content_hash", "alt_text").get()
    (tmp_path / "blocker").write_bytes(b"")
    settings.MEDIA_ROOT = tmp_path / "blocker" / "media"
    client.force_login(editor)
    response = client.post(
        reverse("admin:bantin_image_change", args=[image.pk]),
        {"file": upload("moi.png", noisy_png(), "image/png"), "alt_text": "Ảnh mới"},
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["file"] == [MESSAGE]
    assert Image.objects.values("file", "rendition_version", "content_hash", "alt_text").get() == (
        before
    )


def test_a_media_write_failure_is_logged_for_the_admins(client, editor, media_under_a_file, caplog):
    client.force_login(editor)
    with caplog.at_level(logging.ERROR, logger="bantin.images"):
        client.post(reverse("endpoints:editor_image_upload"), {"upload": upload()})
    [record] = [record for record in caplog.records if record.name == "bantin.images"]
    assert record.levelno == logging.ERROR
    assert isinstance(record.exc_info[1], NotADirectoryError)


def unsaved_image(alt_text="Ảnh"):
    return Image(file=ContentFile(image_bytes(), name="anh.jpg"), alt_text=alt_text)


def test_a_file_stored_before_a_failed_row_save_is_removed(media_root):
    image = unsaved_image(alt_text=None)
    with pytest.raises(IntegrityError), files_removed_on_error(), transaction.atomic():
        store_file(image)
        assert files_under(media_root) == [Path(image.file.path)]
        image.save()  # alt_text is NOT NULL
    assert files_under(media_root) == []


def test_files_of_an_inner_block_are_removed_when_the_outer_one_fails(media_root):
    with pytest.raises(IntegrityError), files_removed_on_error():
        with files_removed_on_error():
            store_file(unsaved_image())
        assert len(files_under(media_root)) == 1
        with transaction.atomic():
            Image(file="images/khac.jpg", width=1, height=1, alt_text=None).save()
    assert files_under(media_root) == []


def test_a_file_stored_in_a_block_that_ends_well_is_kept(media_root):
    image = unsaved_image()
    with files_removed_on_error(), transaction.atomic():
        store_file(image)
        image.save()
    assert files_under(media_root) == [Path(Image.objects.get().file.path)]


def test_an_upload_refused_by_the_s3_bucket_answers_with_the_error(
    client, editor, settings, s3_endpoint
):
    use_bucket(settings, s3_endpoint, "khong-co-thung-nay")  # S3 answers NoSuchBucket
    client.force_login(editor)
    response = client.post(reverse("endpoints:editor_image_upload"), {"upload": upload()})
    assert response.status_code == 503
    assert response.json() == {"error": {"message": MESSAGE}}
    assert not Image.objects.exists()
