"""Media through nginx (deploy/nginx.conf): what the portal refuses, nginx never serves."""

import json

from bantin import roles

from .conftest import client, create_user, logged_in

PICTURE = (
    "import io\n"
    "from django.core.files.base import ContentFile\n"
    "from django.utils import timezone\n"
    "from PIL import Image as PILImage\n"
    "from bantin import renditions\n"
    "from bantin.models import Category, Image, NewsItem\n"
    "def picture(alt):\n"
    "    buffer = io.BytesIO()\n"
    "    PILImage.new('RGB', (3000, 1000), (200, 30, 40)).save(buffer, 'JPEG')\n"
    "    image = Image(alt_text=alt)\n"
    "    image.file.save('anh.jpg', ContentFile(buffer.getvalue()), save=False)\n"
    "    image.save()\n"
    "    return image\n"
    "category = Category.objects.create(name=section_name)\n"
)


def make_items(topology, section):
    """A published item and a draft, each with its own lead picture; their rendition URLs and
    the draft picture's id."""
    output = topology.shell(
        f"section_name = {json.dumps(section)}\n" + PICTURE + "shown, draft = picture('Công bố'), "
        "picture('Nháp')\n"
        "NewsItem.objects.create(title='Tin đã đăng', sapo='Sapo.', category=category,\n"
        "    status=NewsItem.Status.PUBLISHED, publish_at=timezone.now(), lead_image=shown)\n"
        "NewsItem.objects.create(title='Tin nháp', sapo='Sapo.', category=category,\n"
        "    lead_image=draft)\n"
        "print(renditions.url_of(shown, '16x9', 320, 'webp'),\n"
        "      renditions.url_of(draft, 'original', 960, 'jpg'), draft.pk)\n"
    )
    shown_url, draft_url, draft_pk = output.split()
    return shown_url, draft_url, int(draft_pk)


def test_a_drafts_rendition_built_for_staff_is_never_served_by_nginx_to_the_public(topology):
    shown_url, draft_url, draft_pk = make_items(topology, "Ảnh qua nginx")
    reader = client(topology)
    assert reader.get(topology.direct_url + draft_url, timeout=30).status_code == 404

    password = create_user(topology, "bientap-anh", role=roles.EDITOR)
    staff = logged_in(topology, "bientap-anh", password)
    preview = staff.get(topology.direct_url + draft_url, timeout=30)
    assert preview.status_code == 200 and preview.headers["Content-Type"] == "image/jpeg"
    assert "no-store" in preview.headers["Cache-Control"]
    # The preview and the master it was cut from are files now, where nginx does not serve them.
    built = {
        path.relative_to(topology.media_root).parts[0]
        for path in topology.media_root.rglob("*")
        if path.is_file() and f"/{draft_pk}/" in str(path)
    }
    assert built == {"private"}
    assert reader.get(topology.direct_url + draft_url, timeout=30).status_code == 404
    for path in topology.media_root.rglob("*"):
        if path.is_file() and "private" in path.parts:
            address = "/media/" + str(path.relative_to(topology.media_root))
            assert reader.get(topology.direct_url + address, timeout=30).status_code == 404


def test_a_published_pictures_rendition_is_a_file_nginx_serves_once_built(topology):
    shown_url, _draft_url, _draft_pk = make_items(topology, "Ảnh công khai qua nginx")
    reader = client(topology)
    first = reader.get(topology.direct_url + shown_url, timeout=30)
    assert first.status_code == 200 and first.headers["Content-Type"] == "image/webp"
    again = reader.get(topology.direct_url + shown_url, timeout=30)
    assert again.status_code == 200 and again.content == first.content
    # nginx's own headers for the file (expires max), not the portal's one-year lifetime.
    assert "max-age=315360000" in again.headers["Cache-Control"]


def test_files_of_the_former_rendition_layout_are_not_served_by_nginx(topology):
    _shown_url, _draft_url, draft_pk = make_items(topology, "Ảnh bố cục cũ")
    old = topology.media_root / "renditions" / str(draft_pk) / "v1"
    old.mkdir(parents=True)
    (old / "original-320.webp").write_bytes(b"RIFF....WEBP")
    (old / "master.jpg").write_bytes(b"\xff\xd8\xff")
    reader = client(topology)
    for name in ["original-320.webp", "master.jpg"]:
        address = f"{topology.direct_url}/media/renditions/{draft_pk}/v1/{name}"
        assert reader.get(address, timeout=30).status_code == 404, name
