from django.contrib import admin
from django.db import IntegrityError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .. import search
from ..forms import ImageForm
from ..images import MediaWriteError, files_removed_on_error, store_file
from ..models import (
    Author,
    Category,
    Image,
    Tag,
)

#: Scripts of every form with a prefilled slug: ours replaces Django's URLify, so it must come
#: after it (naming urlify.js here tells Django's media merging so).
SLUG_PREFILL_JS = ["admin/js/urlify.js", "bantin/admin/urlify_vi.js"]


class AnsweredAgainOnConflict:
    """Two people adding the same section, author or tag at once: both forms pass validation,
    and the second insert breaks a unique constraint. That request is answered once more, in a
    transaction of its own, whose validation now sees the first person's row and says so on
    the form (PostgreSQL raises the violation only once the other transaction has committed)."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except IntegrityError:
            if request.method != "POST":
                raise
            return super().changeform_view(request, object_id, form_url, extra_context)


def thumbnail(image, size=64):
    if image is None or not image.file:
        return "—"
    return format_html(
        '<img src="{}" alt="{}" width="{}" style="height:auto;border-radius:3px" loading="lazy">',
        image.file.url,
        image.alt_text,
        size,
    )


class FoldedSearchMixin:
    """Search in the list and in the pickers that other forms open on it (autocomplete): as
    the news search does, diacritics and case are optional and đ is d ("nong" finds "Nông")."""

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return search.containing_words(queryset, self.search_fields, search_term), False


@admin.register(Category)
class CategoryAdmin(AnsweredAgainOnConflict, FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "parent", "position", "is_active"]
    list_editable = ["position", "is_active"]
    list_filter = ["is_active", "parent"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["parent"]

    class Media:
        js = SLUG_PREFILL_JS


@admin.register(Author)
class AuthorAdmin(AnsweredAgainOnConflict, FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "user"]
    search_fields = ["name", "bio"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user", "photo"]
    list_select_related = ["user"]

    class Media:
        js = SLUG_PREFILL_JS


@admin.register(Image)
class ImageAdmin(FoldedSearchMixin, admin.ModelAdmin):
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
    fieldsets = [
        (None, {"fields": ["file", "alt_text", "caption", "credit"]}),
        (_("Tâm ảnh khi cắt"), {"fields": ["focal_picker", "focal_x", "focal_y"]}),
        (
            _("Thông tin tệp"),
            {"fields": ["width", "height", "file_size", "uploaded_by", "uploaded_at"]},
        ),
    ]
    readonly_fields = ["focal_picker", "width", "height", "file_size", "uploaded_by", "uploaded_at"]
    list_select_related = ["uploaded_by"]

    class Media:
        css = {"all": ["bantin/admin/admin.css"]}
        js = ["bantin/admin/focal.js"]

    @admin.display(description=_("ảnh"))
    def preview(self, obj):
        return thumbnail(obj)

    @admin.display(description=_("bấm để chọn tâm"))
    def focal_picker(self, obj):
        if obj.pk is None or not obj.file:
            return _("Lưu ảnh trước, rồi bấm vào ảnh để chọn tâm.")
        return format_html(
            '<div class="focal-picker" data-focal-picker>'
            '<img src="{}" alt="{}" width="480" style="height:auto">'
            '<span class="focal-picker__marker" aria-hidden="true"></span></div>',
            obj.file.url,
            obj.alt_text,
        )

    def has_change_permission(self, request, obj=None):
        # Reporters find the whole library to reuse, but describe only their own uploads.
        if (
            obj is not None
            and not request.user.has_perm("bantin.review_newsitem")
            and obj.uploaded_by_id != request.user.pk
        ):
            return False
        return super().has_change_permission(request, obj)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            # Outside the admin's transaction, so a file stored before a rollback is removed.
            with files_removed_on_error():
                return super().changeform_view(request, object_id, form_url, extra_context)
        except MediaWriteError as error:
            # The transaction is rolled back. The same request is answered once more, with the
            # storage's failure as an error of the file field: the admin shows its form again
            # as for any other mistake, with what the user typed.
            request.media_write_error = error
            return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        error = getattr(request, "media_write_error", None)
        if error is None:
            return form

        class StorageFailedForm(form):
            def clean(self):
                cleaned_data = super().clean()
                self.add_error("file", str(error))
                return cleaned_data

        return StorageFailedForm

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        store_file(obj)
        super().save_model(request, obj, form, change)


@admin.register(Tag)
class TagAdmin(AnsweredAgainOnConflict, FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_deleted_objects(self, objs, request):
        """Deleting a topic deletes only the topic and its links to items, whose rows Django
        would list as internal objects: the page says how many items lose it instead."""
        _objects, _counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        described = []
        for tag in objs:
            count = tag.news_items.count()
            described += [
                str(tag),
                [
                    ngettext(
                        "Chủ đề được gỡ khỏi %(count)d bài; bài vẫn giữ nguyên.",
                        "Chủ đề được gỡ khỏi %(count)d bài; các bài vẫn giữ nguyên.",
                        count,
                    )
                    % {"count": count}
                ],
            ]
        return described, {}, perms_needed, protected

    class Media:
        js = SLUG_PREFILL_JS
