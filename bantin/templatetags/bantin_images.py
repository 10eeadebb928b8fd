"""``{% picture %}``: a library image as <picture> with WebP renditions and a fallback."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .. import renditions

register = template.Library()


@register.simple_tag
def picture(
    image, crop="original", sizes="100vw", alt=None, lazy=True, priority=False, css_class=""
):
    """Render ``image`` cropped to ``crop`` with a WebP srcset, a fallback in its own format and
    fixed width and height (no layout shift). ``alt=""`` marks a decorative use."""
    if image is None or not image.file:
        return ""
    alt_text = image.alt_text if alt is None else alt
    loading = "lazy" if lazy and not priority else "eager"
    extra = mark_safe(' fetchpriority="high"') if priority else ""  # noqa: S308 - a constant
    widths = renditions.widths_for(image)
    if not widths or renditions.is_animated(image):
        return format_html(
            '<img class="{}" src="{}" alt="{}" width="{}" height="{}" loading="{}" decoding="async"{}>',
            css_class, image.file.url, alt_text, image.width, image.height, loading, extra,
        )  # fmt: skip
    largest = widths[-1]
    width, height = renditions.size_of(image, crop, largest)
    srcset = ", ".join(f"{renditions.url_of(image, crop, w, 'webp')} {w}w" for w in widths)
    fallback_width = max(w for w in widths if w <= renditions.FALLBACK_WIDTH or w == widths[0])
    fallback = renditions.url_of(image, crop, fallback_width, renditions.fallback_format(image))
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img class="{}" src="{}" alt="{}" width="{}" height="{}" loading="{}" decoding="async"{}>'
        "</picture>",
        srcset, sizes, css_class, fallback, alt_text, width, height, loading, extra,
    )  # fmt: skip
