"""``{% seo_head page %}``: what a page's <head> tells crawlers, feed readers and social
networks — canonical URL, robots directive, feeds, Open Graph, Twitter card and, on articles,
JSON-LD. Built from what the page already holds: no query."""

from django import template
from django.urls import reverse

from .. import feeds, seo

register = template.Library()


@register.inclusion_tag("bantin/seo/head.html")
def seo_head(page):
    item = page.item if page.kind == "article" else None
    canonical = seo.canonical_url(page)
    context = {
        "site_name": seo.site_name(),
        "locale": seo.OG_LOCALE,
        "canonical": canonical,
        "robots": seo.robots(page),
        "feeds": feed_links(page),
        "og_type": "article" if item is not None else "website",
        "title": page.title or seo.site_name(),
        "description": page.description,
        "item": item,
        "image": None,
    }
    if item is not None:
        context.update(
            image=seo.shared_image(item.lead_image),
            published=seo.w3c_datetime(item.publish_at),
            modified=seo.w3c_datetime(seo.modified_at(item)),
            section=item.category.name,
            author_urls=[
                seo.absolute_url(byline.author.get_absolute_url()) for byline in item.bylines.all()
            ],
            topics=[tag.name for tag in item.tags.all()],
            json_ld=seo.json_ld(seo.news_article(item, url=canonical)),
        )
    return context


def feed_links(page):
    """The feeds of what the page shows, besides the site's own (in base.html): its section's
    on section and article pages, the author's on author pages."""
    if page.kind in ("category", "article") and page.section is not None:
        section = page.section
        url = reverse("bantin:section_feed", kwargs={"slug": section.slug})
        return [{"title": feeds.section_feed_title(section), "url": url}]
    if page.kind == "author":
        url = reverse("bantin:author_feed", kwargs={"slug": page.author.slug})
        return [{"title": feeds.author_feed_title(page.author), "url": url}]
    return []


@register.simple_tag
def site_feed_title():
    return feeds.site_feed_title()


@register.filter
def xml_text(value):
    return seo.xml_text(value)


@register.filter
def w3c_datetime(value):
    return seo.w3c_datetime(value) or ""
