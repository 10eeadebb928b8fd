"""Image pipeline benchmark.

1. Time to check and re-encode one 24-megapixel camera JPEG, and to build all its renditions
   (4 crops × every width in WebP, plus each crop's fallback JPEG).
2. Bytes a phone 375 CSS px wide (device pixel ratio 2 and 3) downloads for the images of the
   demo article page, against the originals.

Run from the project folder:  .venv/bin/python bench/images.py
It uses a throwaway media folder and an in-memory SQLite database; it changes nothing else.
"""

import io
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ["DATABASE_URL"] = "sqlite://:memory:"
os.environ["MEDIA_ROOT"] = tempfile.mkdtemp(prefix="bench-media-")

import django  # noqa: E402

django.setup()

from django.core.files.storage import default_storage  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from PIL import Image as PILImage  # noqa: E402
from PIL import ImageDraw, ImageFilter  # noqa: E402

from bantin import renditions  # noqa: E402
from bantin.images import prepare_upload  # noqa: E402
from bantin.models import Image, NewsItem  # noqa: E402


def camera_jpeg(width=6000, height=4000):
    """A 24 MP JPEG with photo-like detail (gradients, shapes, noise), about a camera's size."""
    picture = PILImage.effect_noise((width // 4, height // 4), 64).convert("RGB")
    picture = picture.resize((width, height), PILImage.Resampling.BICUBIC)
    draw = ImageDraw.Draw(picture)
    for n in range(60):
        x, y = (n * 997) % width, (n * 613) % height
        draw.ellipse(
            [x, y, x + 700, y + 500], fill=((n * 40) % 255, (n * 90) % 255, (n * 150) % 255)
        )
    picture = picture.filter(ImageFilter.GaussianBlur(2))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


def time_pipeline(data, runs=3):
    prepare, build = [], []
    for _ in range(runs):
        start = time.perf_counter()
        prepared = prepare_upload(SimpleUploadedFile("dsc.jpg", data, "image/jpeg"))
        image = Image(alt_text="bench")
        image.file.save("bench.jpg", prepared.content, save=False)
        image.save()
        prepare.append(time.perf_counter() - start)
        start = time.perf_counter()
        count = 0
        for crop in renditions.CROPS:
            for width in renditions.widths_for(image):
                renditions.ensure(image, crop, width, "webp")
                count += 1
            fallback = max(
                w for w in renditions.widths_for(image) if w <= renditions.FALLBACK_WIDTH
            )
            renditions.ensure(image, crop, fallback, "jpg")
            count += 1
        build.append(time.perf_counter() - start)
    phone = renditions.name_of(image, "16x9", 1280, "webp")
    return prepare, build, count, len(data), image.file.size, default_storage.size(phone)


def chosen(srcset, needed):
    """The candidate a browser picks: the smallest width at least ``needed`` device pixels."""
    candidates = sorted((int(w), url) for url, w in re.findall(r"(\S+) (\d+)w", srcset))
    for width, url in candidates:
        if width >= needed:
            return url
    return candidates[-1][1]


def phone_bytes():
    call_command("load_demo", "--no-users", verbosity=0)
    client = Client(HTTP_HOST="localhost")
    item = NewsItem.objects.published().filter(title__icontains="cải cách hành chính").first()
    html = client.get(item.get_absolute_url()).content.decode()
    pictures = re.findall(r'<source type="image/webp" srcset="([^"]+)" sizes="([^"]+)">', html)
    originals = [int(m) for m in re.findall(r"/media/pictures/(\d+)/", html)]
    results = {}
    for dpr in (2, 3):
        total = 0
        for srcset, sizes in pictures:
            # The sizes of our templates on a 375 px screen: "100vw" or a fixed rem width.
            css = 375 if "100vw" in sizes else 120 if "7.5rem" in sizes else 80
            response = client.get(chosen(srcset, css * dpr))
            total += len(b"".join(response.streaming_content))
        results[dpr] = total
    original_bytes = sum(Image.objects.get(pk=pk).file.size for pk in dict.fromkeys(originals))
    return len(pictures), results, original_bytes


if __name__ == "__main__":
    call_command("migrate", verbosity=0)
    data = camera_jpeg()
    prepare, build, count, raw, stored, phone = time_pipeline(data)
    print(
        f"24 MP JPEG ({len(data) / 1e6:.1f} MB): check + re-encode median {statistics.median(prepare):.2f} s; "
        f"{count} renditions median {statistics.median(build):.2f} s (runs: {len(build)})"
    )
    print(
        f"  original upload {raw / 1024:.0f} KiB, stored re-encoded {stored / 1024:.0f} KiB, "
        f"the 16:9 rendition a 375 px @3x phone takes (1280w) {phone / 1024:.0f} KiB"
    )
    pictures, results, original_bytes = phone_bytes()
    print(f"demo article page: {pictures} pictures")
    for dpr, total in results.items():
        print(f"  phone 375 px @{dpr}x downloads {total / 1024:.0f} KiB of renditions")
    print(f"  the same images as originals: {original_bytes / 1024:.0f} KiB")
