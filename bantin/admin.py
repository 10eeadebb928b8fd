from django.contrib import admin
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django_ckeditor_5.widgets import CKEditor5Widget

from .forms import ImageForm
from .models import Author, Category, Image, NewsItem, NewsItemAuthor


def thumbnail(image, size=64):
    if image is None or not image.file:
        return "—"
    return format_html(
        '<img src="{}" alt="{}" width="{}" style="height:auto;border-radius:3px" loading="lazy">',
        image.file.url,
        image.alt_text,
        size,
    )


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "position", "is_active"]
    list_editable = ["position", "is_active"]
    list_filter = ["is_active", "parent"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["parent"]


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "user"]
    search_fields = ["name", "bio"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]
    list_select_related = ["user"]


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    form = ImageForm
    list_display = [
        "preview",
        "alt_text",
        "credit",
        "width",
        "height",
        "uploaded_by",
        "uploaded_at",
    ]
    list_display_links = ["preview", "alt_text"]
    search_fields = ["alt_text", "caption", "credit"]
    date_hierarchy = "uploaded_at"
    readonly_fields = ["preview_large", "width", "height", "uploaded_by", "uploaded_at"]
    list_select_related = ["uploaded_by"]

    @admin.display(description=_("ảnh"))
    def preview(self, obj):
        return thumbnail(obj)

    @admin.display(description=_("xem trước"))
    def preview_large(self, obj):
        return thumbnail(obj, size=320)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)


class BylineInline(admin.TabularInline):
    model = NewsItemAuthor
    extra = 1
    autocomplete_fields = ["author"]
    verbose_name = _("tác giả")
    verbose_name_plural = _("tác giả (theo thứ tự hiển thị)")


@admin.register(NewsItem)
class NewsItemAdmin(admin.ModelAdmin):
    list_display = ["lead_thumbnail", "title", "category", "status", "is_featured", "published_on"]
    list_display_links = ["lead_thumbnail", "title"]
    list_filter = ["status", "category", "is_featured", "publish_at"]
    search_fields = ["title", "sapo"]
    date_hierarchy = "publish_at"
    list_select_related = ["category", "lead_image"]
    list_per_page = 50

    class Media:
        css = {"all": ["bantin/admin/admin.css"]}

    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["lead_image"]
    inlines = [BylineInline]
    readonly_fields = ["created_at", "created_by", "updated_at", "updated_by", "preview_link"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "sapo", "body"]}),
        (_("Ảnh đại diện"), {"fields": ["lead_image", "lead_image_caption"]}),
        (_("Phân loại"), {"fields": ["category", "source", "is_featured"]}),
        (_("Xuất bản"), {"fields": ["status", "publish_at", "unpublish_at", "preview_link"]}),
        (
            _("Lịch sử"),
            {
                "fields": ["created_at", "created_by", "updated_at", "updated_by"],
                "classes": ["collapse"],
            },
        ),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "body":
            kwargs["widget"] = CKEditor5Widget(config_name="default")
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("ảnh"))
    def lead_thumbnail(self, obj):
        return thumbnail(obj.lead_image, size=56)

    @admin.display(description=_("xuất bản"), ordering="publish_at")
    def published_on(self, obj):
        if obj.publish_at is None:
            return "—"
        return date_format(timezone.localtime(obj.publish_at), "d/m/Y H:i")

    @admin.display(description=_("xem trước"))
    def preview_link(self, obj):
        if obj.pk is None:
            return _("Lưu bài để xem trước.")
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            reverse("bantin:preview", kwargs={"pk": obj.pk}),
            _("Xem trước trong trang thật"),
        )

    def view_on_site(self, obj):
        if obj.pk and NewsItem.objects.published(timezone.now()).filter(pk=obj.pk).exists():
            return obj.get_absolute_url()
        return None

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
