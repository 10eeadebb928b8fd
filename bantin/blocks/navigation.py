"""Blocks that help readers find their way: menus, breadcrumbs, search, notices."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ..sanitize import sanitize_html
from .base import Block, register
from .settings import heading_field


class SectionMenuSettings(forms.Form):
    heading = heading_field(_("Chuyên mục"))


@register
class SectionMenuBlock(Block):
    """The section tree as navigation, with the current section and its ancestors marked."""

    name = "sectionmenu"
    description = _("Cây chuyên mục")
    template_name = "bantin/blocks/sectionmenu.html"
    settings_form = SectionMenuSettings

    shows = frozenset()  # the site structure, which every page's tags include

    def fragment_vary(self, page, **settings):
        return (page.section_id,)

    def get_context(self, page, *, heading, **settings):
        structure = page.structure
        current = page.section_id
        trail = {section.pk for section in structure.ancestors(current)} if current else set()

        def branch(parent_id):
            return [
                {
                    "section": section,
                    "current": section.pk == current,
                    "in_trail": section.pk in trail,
                    "children": branch(section.pk),
                }
                for section in structure.menu(parent_id)
            ]

        return {"tree": branch(None), "heading": heading}


@register
class BreadcrumbBlock(Block):
    """Trang chủ › section › subsection › this page."""

    name = "breadcrumb"
    description = _("Đường dẫn phân cấp (breadcrumb)")
    template_name = "bantin/blocks/breadcrumb.html"

    def cache_tags(self, page, **settings):
        return page.cache_tags()  # the structure, and what the page is about (its title)

    def fragment_vary(self, page, **settings):
        if page.kind == "search":
            return None  # the reader's query is in the title
        return (page.kind, page.section_id, page.title)

    def get_context(self, page, **settings):
        trail = page.structure.ancestors(page.section_id) if page.section_id is not None else []
        current = page.title if page.kind != "category" else ""
        if page.kind == "category" and trail:
            current = trail.pop().name
        return {"trail": trail, "current": current}


class SearchBoxSettings(forms.Form):
    heading = heading_field("")


@register
class SearchBoxBlock(Block):
    """A search form sending readers to /tim-kiem/."""

    name = "searchbox"
    description = _("Ô tìm kiếm")
    template_name = "bantin/blocks/searchbox.html"
    settings_form = SearchBoxSettings

    shows = frozenset()  # the site structure, which every page's tags include

    def fragment_vary(self, page, **settings):
        return None if page.query else ()  # the reader's query is in the box

    def get_context(self, page, *, heading, **settings):
        return {"heading": heading, "query": page.query}


class SanitizedHTMLField(forms.CharField):
    widget = forms.Textarea

    def clean(self, value):
        value = sanitize_html(super().clean(value))
        if not value:
            raise ValidationError(_("Nội dung HTML trống sau khi lọc các thẻ không cho phép."))
        return value


class HTMLSettings(forms.Form):
    heading = heading_field("")
    html = SanitizedHTMLField(label=_("nội dung HTML"), max_length=20000, initial="")


@register
class HTMLBlock(Block):
    """Admin-written HTML — banners, notices — sanitised like an article's body."""

    name = "html"
    description = _("Nội dung HTML tự soạn (thông báo, banner)")
    template_name = "bantin/blocks/html.html"
    settings_form = HTMLSettings

    shows = frozenset()  # the site structure, which every page's tags include

    def fragment_vary(self, page, **settings):
        return ()

    def get_context(self, page, *, heading, html, **settings):
        # Settings were sanitised when saved; sanitising again keeps a hand-edited database safe.
        return {"heading": heading, "html": sanitize_html(html)}
