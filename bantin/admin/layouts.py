import copy
import json

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, Count, IntegerField, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from ..blocks import registry
from ..models import (
    Author,
    Category,
    Layout,
    NewsItem,
    PageType,
    Placement,
    Region,
    Tag,
)
from ..pages import Page, render_page


class SettingsJSONField(forms.JSONField):
    """JSON whose nesting is too deep to parse is refused like any other invalid JSON."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except (RecursionError, ValueError):
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None

    def bound_data(self, data, initial):
        try:
            return super().bound_data(data, initial)
        except RecursionError:
            return forms.fields.InvalidJSONInput(data)

    def has_changed(self, initial, data):
        try:
            return super().has_changed(initial, data)
        except RecursionError:
            return True


class PlacementForm(forms.ModelForm):
    block = forms.ChoiceField(
        label=_("khối"), choices=lambda: [("", "---------"), *registry.choices()]
    )
    settings = SettingsJSONField(
        label=_("thiết lập"),
        required=False,
        initial=dict,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 48, "class": "vLargeTextField"}),
        error_messages={"invalid": _('Thiết lập phải viết đúng cú pháp JSON, ví dụ {"count": 5}.')},
    )

    class Meta:
        model = Placement
        fields = ["region", "position", "block", "settings"]

    def clean_settings(self):
        return self.cleaned_data.get("settings") or {}


class PlacementInline(admin.TabularInline):
    model = Placement
    form = PlacementForm
    extra = 1
    readonly_fields = ["settings_link"]

    @admin.display(description=_("biểu mẫu thiết lập"))
    def settings_link(self, obj):
        if obj.pk is None:
            return "—"
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:bantin_placement_change", args=[obj.pk]),
            _("Sửa thiết lập"),
        )

    def get_queryset(self, request):
        # Regions in page order (top, main, aside, bottom), not alphabetical.
        region_order = Case(
            *[When(region=value, then=index) for index, value in enumerate(Region.values)],
            output_field=IntegerField(),
        )
        return super().get_queryset(request).order_by(region_order, "position", "pk")


@admin.register(Layout)
class LayoutAdmin(admin.ModelAdmin):
    list_display = ["__str__", "page_type", "category", "block_count", "updated_at", "preview_link"]
    list_filter = ["page_type"]
    list_select_related = ["category"]
    inlines = [PlacementInline]
    fields = ["page_type", "category", "catalogue", "preview_link"]
    readonly_fields = ["catalogue", "preview_link"]

    class Media:
        css = {"all": ["bantin/admin/layouts.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(placement_count=Count("placements"))

    @admin.display(description=_("số khối"), ordering="placement_count")
    def block_count(self, obj):
        return obj.placement_count

    @admin.display(description=_("xem trước"))
    def preview_link(self, obj):
        if obj.pk is None:
            return _("Lưu bố cục để xem trước.")
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            reverse("admin:bantin_layout_preview", args=[obj.pk]),
            _("Xem trước trang với bố cục này"),
        )

    @admin.display(description=_("danh mục khối"))
    def catalogue(self, obj):
        rows = format_html_join(
            "",
            "<tr><td><code>{}</code></td><td>{}</td><td><code>{}</code></td></tr>",
            (
                (
                    name,
                    block.description,
                    json.dumps(block.defaults, ensure_ascii=False, default=str),
                )
                for name in registry.names()
                for block in [registry.get(name)]
            ),
        )
        return format_html(
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{}</tbody></table>",
            _("khối"),
            _("công dụng"),
            _("thiết lập và giá trị mặc định"),
            rows,
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/preview/",
                self.admin_site.admin_view(self.preview_view),
                name="bantin_layout_preview",
            ),
            *super().get_urls(),
        ]

    def preview_view(self, request, pk):
        layout = get_object_or_404(Layout, pk=pk)
        if not self.has_view_permission(request, layout):
            raise PermissionDenied
        page = sample_page(request, layout)
        if page is None:
            messages.warning(request, _("Chưa có nội dung để xem trước loại trang này."))
            return redirect("admin:bantin_layout_change", pk)
        page.preview = True
        response = render_page(page, layout=layout.regions())
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class PlacementSettingsForm(forms.ModelForm):
    """A placement's settings as a real form: one field per setting of its block."""

    prefix_setting = "setting_"

    class Meta:
        model = Placement
        fields = ["region", "position"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.block = registry.get(self.instance.block)
        for name, field in self.block.settings_form.base_fields.items():
            field = copy.deepcopy(field)
            field.initial = self.instance.settings.get(name, field.initial)
            field.label = capfirst(field.label)
            self.fields[self.prefix_setting + name] = field

    def clean(self):
        cleaned = super().clean()
        values = {
            name[len(self.prefix_setting) :]: value
            for name, value in cleaned.items()
            if name.startswith(self.prefix_setting)
        }
        if len(values) == len(self.block.settings_form.base_fields):
            try:
                self.instance.settings = self.block.clean_settings(values)
            except ValidationError as error:
                raise ValidationError(error.messages) from None
        return cleaned


@admin.register(Placement)
class PlacementAdmin(admin.ModelAdmin):
    """Reached from a layout's page, to edit one placement's settings field by field."""

    form = PlacementSettingsForm

    def has_module_permission(self, request):
        return False

    def has_add_permission(self, request):
        return False

    def get_fields(self, request, obj=None):
        return [*PlacementSettingsForm.Meta.fields, *self.get_form(request, obj).base_fields]

    def get_form(self, request, obj=None, change=False, **kwargs):
        # The settings fields are added per block when the form is built, so the model form
        # itself only knows the model's own fields.
        kwargs["fields"] = ["region", "position"]
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        block = registry.get(obj.block) if obj else None
        settings = (
            [
                f"{PlacementSettingsForm.prefix_setting}{name}"
                for name in block.settings_form.base_fields
            ]
            if block
            else []
        )
        return [
            (None, {"fields": ["region", "position"]}),
            (
                _("Thiết lập của khối “%(name)s”") % {"name": obj.block} if obj else None,
                {"fields": settings},
            ),
        ]

    def response_change(self, request, obj):
        if "_continue" in request.POST:
            return super().response_change(request, obj)
        self.message_user(request, _("Đã lưu thiết lập của khối “%(name)s”.") % {"name": obj.block})
        return redirect("admin:bantin_layout_change", obj.layout_id)


def sample_page(request, layout):
    """A page of the layout's type to preview it with: the newest content that fits."""
    published = NewsItem.objects.published()
    sections = Category.objects.active()
    if layout.category_id:
        published = published.in_section(layout.category)
        sections = sections.filter(pk=layout.category_id)
    kind = layout.page_type
    if kind == PageType.HOME:
        return Page(request=request, kind=kind)
    if kind == PageType.ARTICLE:
        item = published.for_article().newest_first().first()
        return item and Page(request=request, kind=kind, item=item, title=item.title)
    if kind == PageType.CATEGORY:
        section = sections.first()
        return section and Page(request=request, kind=kind, category=section, title=section.name)
    if kind == PageType.AUTHOR:
        author = Author.objects.filter(news_items__in=published).first()
        return author and Page(request=request, kind=kind, author=author, title=author.name)
    if kind == PageType.TAG:
        tag = Tag.objects.filter(news_items__in=published).first()
        return tag and Page(request=request, kind=kind, tag=tag, title=tag.name)
    query = published.values_list("title", flat=True).first()
    query = query.split()[0] if query else ""
    return Page(request=request, kind=kind, query=query)
