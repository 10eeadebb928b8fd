"""``{% picture %}``: a library image as <picture> with WebP renditions and a fallback."""

import re
from html import unescape

from django import template
from django.conf import settings
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .. import renditions
from ..models import Image
from ..text import ends_sentence

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
    # The set stored with the picture when it was saved; computed here (and not stored: a
    # page is being read) only when it is missing or was made for another version or key.
    crops = renditions.current_set(image)
    if crops is None:
        if not renditions.widths_for(image) or renditions.is_animated(image):
            return format_html(
                '<img class="{}" src="{}" alt="{}" width="{}" height="{}" loading="{}" decoding="async"{}>',
                css_class, image.file.url, alt_text, image.width, image.height, loading, extra,
            )  # fmt: skip
        shown = renditions.crop_set_of(image, crop)
    else:
        shown = crops[crop]
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img class="{}" src="{}" alt="{}" width="{}" height="{}" loading="{}" decoding="async"{}>'
        "</picture>",
        shown["srcset"], sizes, css_class, shown["src"], alt_text, shown["width"], shown["height"],
        loading, extra,
    )  # fmt: skip


@register.filter
def as_sentence(text):
    """``text`` ended with a full stop unless it ends as a sentence already: a caption
    followed by its photo credit reads "… trụ sở UBND huyện. Ảnh: Tư liệu"."""
    text = str(text or "").rstrip()
    return text if ends_sentence(text) else f"{text}."


_FIGURE = re.compile(
    r'<figure class="image">\s*(<img [^>]*>)\s*(?:<figcaption>(.*?)</figcaption>)?\s*</figure>',
    re.DOTALL,
)
_IMG = re.compile(r"<img [^>]*>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
BODY_SIZES = "(min-width: 75rem) 48rem, (min-width: 60rem) 60vw, 100vw"


@register.filter
def body_pictures(html):
    """An article body with its library images as responsive pictures, credits in captions.

    The body is sanitised at save time, so its markup is regular; images that are not in the
    library are left as they are. One query, and none when the body has no image.
    """
    return render_body(html)[0]


def render_body(html):
    """What :func:`body_pictures` makes of ``html``, and the library images it shows."""
    html = str(html or "")
    sources = {
        dict(_ATTRIBUTE.findall(tag)).get("src", "").removeprefix(settings.MEDIA_URL)
        for tag in _IMG.findall(html)
    }
    sources.discard("")
    if not sources:
        return mark_safe(html), []  # noqa: S308 - sanitised when saved
    # Without the stored rendition sets: migration 0020 prepares bodies here, on a schema that
    # has no column for them yet. A body is prepared when its item is saved, so computing the
    # addresses (a keyed hash per picture) costs the readers nothing.
    images = Image.objects.filter(file__in=sources).defer("rendition_set")
    library = {image.file.name: image for image in images}

    def picture_for(tag):
        attributes = dict(_ATTRIBUTE.findall(tag))
        image = library.get(attributes.get("src", "").removeprefix(settings.MEDIA_URL))
        if image is None:
            return tag, None
        alt = unescape(attributes.get("alt", "")) or image.alt_text
        return picture(image, sizes=BODY_SIZES, alt=alt), image

    def figure(match):
        rendered, image = picture_for(match.group(1))
        caption = match.group(2) or ""
        if image is not None and image.credit_name:
            credit = format_html(
                '<span class="article__credit">{}</span>',
                _("Ảnh: %(credit)s") % {"credit": image.credit_name},
            )
            if not ends_sentence(unescape(strip_tags(caption))):
                caption = f"{caption.rstrip()}."
            caption = f"{caption} {credit}".strip()
        caption_html = f"<figcaption>{caption}</figcaption>" if caption else ""
        return f'<figure class="image">{rendered}{caption_html}</figure>'

    html = _FIGURE.sub(figure, html)
    html = _IMG.sub(lambda match: picture_for(match.group(0))[0], html)
    return mark_safe(html), list(library.values())  # noqa: S308 - sanitised body, escaped values
