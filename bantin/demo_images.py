"""Pictures drawn for the demo content: landscapes of hills, a lake and a sky, one per seed."""

import io
import random

from PIL import Image as PILImage
from PIL import ImageDraw

PALETTES = [
    ((126, 178, 221), (46, 111, 64), (34, 87, 122)),
    ((247, 192, 121), (86, 130, 60), (52, 94, 130)),
    ((189, 211, 235), (60, 120, 90), (40, 70, 110)),
    ((236, 160, 130), (95, 110, 65), (60, 80, 120)),
]


def landscape_jpeg(seed, size=(1200, 800)):
    """Return the bytes of a JPEG landscape that is the same for the same ``seed``."""
    rng = random.Random(seed)
    width, height = size
    sky, hills, water = PALETTES[rng.randrange(len(PALETTES))]
    picture = PILImage.new("RGB", size, sky)
    draw = ImageDraw.Draw(picture)
    for y in range(height // 2):
        shade = int(40 * y / (height / 2))
        draw.line([(0, y), (width, y)], fill=tuple(max(0, c - shade) for c in sky))
    sun_x, sun_y = rng.randrange(width // 6, width - width // 6), rng.randrange(40, height // 4)
    draw.ellipse([sun_x - 45, sun_y - 45, sun_x + 45, sun_y + 45], fill=(255, 236, 170))
    for layer in range(3):
        base = height // 2 + layer * 50
        points = [(0, height)]
        for x in range(0, width + 100, 100):
            points.append((x, base - rng.randrange(40, 180) + layer * 30))
        points.append((width, height))
        colour = tuple(max(0, c - layer * 18) for c in hills)
        draw.polygon(points, fill=colour)
    draw.rectangle([0, int(height * 0.78), width, height], fill=water)
    for _ in range(12):
        x, y = rng.randrange(width), rng.randrange(int(height * 0.8), height)
        draw.line([(x, y), (x + rng.randrange(30, 120), y)], fill=(200, 220, 240), width=2)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()
