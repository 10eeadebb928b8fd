"""Request bodies and uploads bounded before the work: what one request may cost a worker."""

import io
import socket
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from PIL import Image as PILImage

from bantin import images, roles
from bantin.models import Image

from .factories import make_user, upload

MIB = 1024 * 1024


def read_response(sock):
    """The status line and body of one HTTP response read from ``sock``."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        (
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        ),
        None,
    )
    assert length is not None, head
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head.split(b"\r\n", 1)[0].decode(), body.decode()


def send_headers_only(live_server, headers):
    """Send a POST's headers to the live server and none of its body; the answer it gives."""
    parts = urlsplit(live_server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=20) as sock:
        request = "POST /admin/login/ HTTP/1.1\r\nHost: localhost\r\n"
        request += "".join(f"{name}: {value}\r\n" for name, value in headers.items()) + "\r\n"
        sock.sendall(request.encode())
        return read_response(sock)


@pytest.fixture
def upload_temp_dir(settings, tmp_path):
    """Where Django's upload handlers would spool a large file while reading it."""
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    return tmp_path


@pytest.mark.django_db(transaction=True)
def test_a_declared_200_mb_body_is_refused_before_a_byte_of_it_is_sent(
    live_server, upload_temp_dir
):
    status, body = send_headers_only(
        live_server,
        {
            "Content-Type": "multipart/form-data; boundary=ranh-gioi",
            "Content-Length": str(200 * MIB),
            # With a CSRF cookie, the CSRF check would read the form for its token.
            "Cookie": "csrftoken=" + "a" * 32,
        },
    )
    assert status == "HTTP/1.1 413 Request Entity Too Large"
    assert "Tệp gửi lên quá lớn" in body and "vượt quá 21,0\xa0MB" in body
    assert list(upload_temp_dir.iterdir()) == []


@pytest.mark.django_db(transaction=True)
def test_a_chunked_body_without_a_length_is_refused_before_it_is_sent(live_server, upload_temp_dir):
    status, body = send_headers_only(
        live_server,
        {"Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked"},
    )
    assert status == "HTTP/1.1 411 Length Required"
    assert "Yêu cầu không cho biết dung lượng" in body
    assert list(upload_temp_dir.iterdir()) == []


@pytest.mark.django_db
def test_the_refusal_is_a_page_of_the_site_in_its_language(client, settings):
    settings.PORTAL_MAX_REQUEST_BYTES = 1000
    response = client.post("/en/tim-kiem/", {"q": "x" * 2000})
    assert response.status_code == 413
    html = response.content.decode()
    assert '<html lang="en">' in html and "site-header" in html
    assert "over 1000\xa0bytes" in html
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_a_body_within_the_limit_reaches_the_view(client, settings):
    settings.PORTAL_MAX_REQUEST_BYTES = 1000
    client.force_login(make_user(role=roles.EDITOR))
    response = client.post(reverse("endpoints:editor_image_upload"), {"upload": upload()})
    assert response.status_code == 200


@pytest.mark.django_db
def test_the_limit_lets_through_the_largest_picture_the_portal_accepts(settings):
    assert settings.IMAGE_MAX_UPLOAD_BYTES < settings.PORTAL_MAX_REQUEST_BYTES
    assert settings.PORTAL_MAX_REQUEST_BYTES <= settings.IMAGE_MAX_UPLOAD_BYTES + 2 * MIB


# Animations


def animated_gif(frames, size=(200, 200)):
    # Each frame differs from the one before, or the encoder would merge them.
    picture, *others = [PILImage.new("RGB", size, (n % 2 * 200, 0, 0)) for n in range(frames)]
    buffer = io.BytesIO()
    picture.save(buffer, "GIF", save_all=True, append_images=others, duration=40)
    return buffer.getvalue()


@pytest.mark.django_db
def test_an_animation_past_the_pixel_budget_of_its_frames_is_refused(client):
    frames = images.DEFAULT_MAX_ANIMATION_PIXELS // (200 * 200) + 1
    client.force_login(make_user(role=roles.EDITOR))
    response = client.post(
        reverse("endpoints:editor_image_upload"),
        {"upload": upload("dong.gif", content=animated_gif(frames), content_type="image/gif")},
    )
    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert message.startswith("Ảnh động quá nặng để xử lý: hơn 100 khung hình cỡ 200 × 200")
    assert "4,0 triệu điểm ảnh" in message
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_an_animation_within_the_budget_is_kept_animated(client):
    client.force_login(make_user(role=roles.EDITOR))
    response = client.post(
        reverse("endpoints:editor_image_upload"),
        {"upload": upload("dong.gif", content=animated_gif(20), content_type="image/gif")},
    )
    assert response.status_code == 200
    with Image.objects.get().file.open("rb") as stored:
        assert PILImage.open(stored).n_frames == 20


def test_frames_are_counted_no_further_than_the_cap():
    picture = PILImage.open(io.BytesIO(animated_gif(50, size=(8, 8))))
    assert images.count_frames(picture, limit=10) == 11
    assert images.count_frames(picture) == 50
