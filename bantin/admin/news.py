"""News items in the admin: editing by role, workflow steps, history, revisions and the trash."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django_ckeditor_5.widgets import CKEditor5Widget

from .. import search, workflow
from ..models import (
    PUBLICATION_YEARS,
    NewsItem,
    NewsItemAuthor,
    PublicationState,
    validate_publication_time,
)
from .history import NewsItemHistoryMixin
from .library import SLUG_PREFILL_JS, thumbnail

Status = NewsItem.Status
#: Fields only the workflow's steps change.
WORKFLOW_FIELDS = ["status", "publish_at", "unpublish_at"]


def local(moment):
    return date_format(timezone.localtime(moment), "d/m/Y H:i") if moment else "—"


class NewsItemAdminForm(forms.ModelForm):
    """Refuses to save over a change someone else saved after this form was opened."""

    loaded_version = forms.IntegerField(
        label=_("phiên bản đã mở"), widget=forms.HiddenInput, required=False
    )

    class Meta:
        model = NewsItem
        fields = ["title", "slug", "sapo", "body"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None:
            return cleaned
        # Locked until the admin's transaction ends, so two saves cannot both pass this check.
        current = (
            NewsItem.objects.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("version", flat=True)
            .first()
        )
        if cleaned.get("loaded_version") != current:
            last = self.instance.revisions.select_related("created_by").first()
            who = last.created_by if last and last.created_by else None
            raise ValidationError(
                _(
                    "Bài đã được %(who)s lưu lúc %(when)s, sau khi bạn mở bài. Thay đổi của bạn "
                    "chưa được lưu và vẫn còn trong biểu mẫu dưới đây; bản đang lưu ở ngay bên "
                    "cạnh để gộp vào rồi lưu lại."
                )
                % {
                    "who": (who.get_full_name() or who.get_username()) if who else _("người khác"),
                    "when": local(last.created_at if last else None),
                },
                code="stale",
            )
        return cleaned


class BylineInline(admin.TabularInline):
    model = NewsItemAuthor
    extra = 1
    autocomplete_fields = ["author"]
    verbose_name = _("tác giả")
    verbose_name_plural = _("tác giả (theo thứ tự hiển thị)")

    def _parent_editable(self, request, obj):
        return obj is None or workflow.can_edit(request.user, obj)

    def has_add_permission(self, request, obj=None):
        return self._parent_editable(request, obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._parent_editable(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._parent_editable(request, obj) and super().has_delete_permission(request, obj)


class WaitingForMeFilter(admin.SimpleListFilter):
    """Chờ tôi xử lý: what waits for the logged-in user's role; the trash is a view of its own."""

    title = _("danh sách")
    parameter_name = "danh_sach"

    def lookups(self, request, model_admin):
        choices = [("cho-toi", _("Chờ tôi xử lý"))]
        if request.user.has_perm("bantin.delete_newsitem"):
            choices.append(("thung-rac", _("Thùng rác")))
        return choices

    def queryset(self, request, queryset):
        if self.value() == "thung-rac":
            return queryset.in_trash()
        queryset = queryset.not_deleted()
        if self.value() == "cho-toi":
            return queryset.waiting_for(request.user)
        return queryset


def publication_time_input():
    """A date-and-time picker that offers only the years a publication time may have."""
    first, last = PUBLICATION_YEARS
    return forms.DateTimeInput(
        attrs={
            "type": "datetime-local",
            "min": f"{first}-01-01T00:00",
            "max": f"{last}-12-31T23:59",
        },
        format="%Y-%m-%dT%H:%M",
    )


def waiting_for_me_url():
    """The news list filtered to what waits for the person looking at it."""
    return reverse("admin:bantin_newsitem_changelist") + "?danh_sach=cho-toi"


class StatusFilter(admin.SimpleListFilter):
    """The workflow's statuses, with "published" told apart as readers meet it: scheduled,
    live or expired (the same conditions as ``NewsItem.objects.published()``)."""

    title = _("trạng thái")
    parameter_name = "trang_thai"

    def lookups(self, request, model_admin):
        choices = []
        for value, label in Status.choices:
            if value == Status.PUBLISHED:
                choices.extend(PublicationState.choices)
            else:
                choices.append((value, label))
        return choices

    def queryset(self, request, queryset):
        value = self.value()
        if value in PublicationState.values:
            return queryset.in_publication_state(value)
        if value in Status.values:
            return queryset.filter(status=value)
        return queryset


class MinuteField(forms.DateTimeField):
    """A moment to the minute, as the browser's date and time picker gives it (or typed as
    02/12/2026 22:59); seconds, if a value carries any, are dropped, as the help says."""

    input_formats = [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%d/%m/%Y %H:%M",
        "%d/%m/%Y %H:%M:%S",
    ]
    default_error_messages = {
        "invalid": _(
            "Hãy nhập ngày và giờ theo dạng ngày/tháng/năm giờ:phút, ví dụ 02/12/2026 22:59."
        )
    }

    def to_python(self, value):
        moment = super().to_python(value)
        return moment.replace(second=0, microsecond=0) if moment else moment


class TransitionForm(forms.Form):
    comment = forms.CharField(
        label=_("Ý kiến"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    publish_at = MinuteField(
        label=_("Xuất bản lúc"),
        required=False,
        widget=publication_time_input(),
        help_text=_("Giờ Việt Nam, tính đến phút (không có giây). Để trống để xuất bản ngay."),
        validators=[validate_publication_time],
    )
    unpublish_at = MinuteField(
        label=_("Hết hạn lúc"),
        required=False,
        widget=publication_time_input(),
        help_text=_("Giờ Việt Nam, tính đến phút. Để trống nếu bài không hết hạn."),
        validators=[validate_publication_time],
    )

    def __init__(self, *args, action, item, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        if action.name != "publish":
            del self.fields["publish_at"], self.fields["unpublish_at"]
        else:
            self.fields["publish_at"].initial = (
                timezone.localtime(item.publish_at) if item.publish_at else None
            )
            self.fields["unpublish_at"].initial = (
                timezone.localtime(item.unpublish_at) if item.unpublish_at else None
            )
        if action.needs_comment:
            self.fields["comment"].required = True


def step_message(item):
    """What a workflow step did, in a sentence: a publication set for later says when."""
    if NewsItem.objects.scheduled().filter(pk=item.pk).exists():
        when = timezone.localtime(item.publish_at)
        return _("“%(title)s”: đã lên lịch lúc %(time)s ngày %(day)s.") % {
            "title": item.title,
            "time": date_format(when, "H:i"),
            "day": date_format(when, "d/m/Y"),
        }
    return _("“%(title)s”: %(status)s.") % {
        "title": item.title,
        "status": item.get_status_display(),
    }


@admin.register(NewsItem)
class NewsItemAdmin(NewsItemHistoryMixin, admin.ModelAdmin):
    form = NewsItemAdminForm
    list_display = [
        "lead_thumbnail",
        "title",
        "category",
        "status_for_readers",
        "is_featured",
        "published_on",
    ]
    list_display_links = ["lead_thumbnail", "title"]
    list_filter = [WaitingForMeFilter, StatusFilter, "category", "is_featured", "publish_at"]
    search_fields = ["title", "sapo"]
    date_hierarchy = "publish_at"
    list_select_related = ["category", "lead_image"]
    list_per_page = 50
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["lead_image", "tags"]
    inlines = [BylineInline]
    actions = ["move_to_trash", "restore_from_trash", "delete_for_good"]
    change_form_template = "admin/bantin/newsitem/change_form.html"
    delete_confirmation_template = "admin/bantin/newsitem/delete_confirmation.html"
    fieldsets = [
        (None, {"fields": ["title", "slug", "sapo", "body", "loaded_version"]}),
        (_("Ảnh đại diện"), {"fields": ["lead_image", "lead_image_caption"]}),
        (_("Phân loại"), {"fields": ["category", "tags", "source", "is_featured"]}),
        (_("Xuất bản"), {"fields": [*WORKFLOW_FIELDS, "preview_link"]}),
        (
            _("Người tạo, người cập nhật"),
            {
                "fields": ["created_at", "created_by", "updated_at", "updated_by"],
                "classes": ["collapse"],
            },
        ),
    ]

    class Media:
        css = {"all": ["bantin/admin/admin.css"]}
        js = SLUG_PREFILL_JS

    # Who sees and edits what

    def get_queryset(self, request):
        # Everything that opens an item (list, form, preview, versions, steps) starts here.
        return super().get_queryset(request).open_to(request.user).with_publication_state()

    def get_readonly_fields(self, request, obj=None):
        readonly = [*WORKFLOW_FIELDS, "created_at", "created_by", "updated_at", "updated_by"]
        if not request.user.has_perm("bantin.publish_newsitem"):
            readonly.append("is_featured")
        return [*readonly, "preview_link"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        # Read only: the version the form was opened at guards a save, and there is none.
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f != "loaded_version"]})
            for name, options in fieldsets
        ]

    def has_change_permission(self, request, obj=None):
        if obj is not None and not workflow.can_edit(request.user, obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.deleted_at is not None:
            return request.user.has_perm("bantin.empty_trash_newsitem")
        return super().has_delete_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        if not request.user.has_perm("bantin.delete_newsitem"):
            actions.pop("move_to_trash", None)
            actions.pop("restore_from_trash", None)
        if not request.user.has_perm("bantin.empty_trash_newsitem"):
            actions.pop("delete_for_good", None)
        return actions

    def get_search_results(self, request, queryset, search_term):
        """The news list searches with the readers' engine: diacritics optional, ranked."""
        if not search_term.strip():
            return queryset, False
        return search.matching(queryset, search.parse(search_term)), False

    # Saving

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "body":
            kwargs["widget"] = CKEditor5Widget(config_name="default")
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
            obj.status = Status.DRAFT
        else:
            obj.version += 1
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        workflow.news_item_saved(item=form.instance, actor=request.user, created=not change)

    def delete_model(self, request, obj):
        if obj.deleted_at is None:
            workflow.news_item_trash(item=obj, actor=request.user)
        else:
            workflow.news_item_empty_trash(actor=request.user, items=[obj])

    def response_delete(self, request, obj_display, obj_id):
        if NewsItem.objects.filter(pk=obj_id).exists():
            self.message_user(
                request,
                _("Đã chuyển “%(title)s” vào thùng rác. Có thể khôi phục từ Thùng rác.")
                % {"title": obj_display},
                messages.SUCCESS,
            )
            return redirect("admin:bantin_newsitem_changelist")
        return super().response_delete(request, obj_display, obj_id)

    def get_deleted_objects(self, objs, request):
        """Deleting an item moves it to the trash (or, from the trash, deletes it with its
        versions and history): the page says so in its own words, not as a list of rows."""
        _objects, _counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        return [str(obj) for obj in objs], {}, perms_needed, protected

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)

    # Bulk actions: each item goes through the workflow's own checks.

    @admin.action(description=_("Chuyển các bài đã chọn vào thùng rác"))
    def move_to_trash(self, request, queryset):
        for item in queryset.not_deleted():
            workflow.news_item_trash(item=item, actor=request.user)
        self.message_user(request, _("Đã chuyển vào thùng rác."), messages.SUCCESS)

    @admin.action(description=_("Khôi phục các bài đã chọn từ thùng rác"))
    def restore_from_trash(self, request, queryset):
        for item in queryset.in_trash():
            workflow.news_item_restore_from_trash(item=item, actor=request.user)
        self.message_user(request, _("Đã khôi phục."), messages.SUCCESS)

    @admin.action(description=_("Xóa vĩnh viễn các bài đã chọn trong thùng rác"))
    def delete_for_good(self, request, queryset):
        _deleted, by_model = workflow.news_item_empty_trash(
            actor=request.user, items=list(queryset)
        )
        count = by_model.get(NewsItem._meta.label, 0)
        self.message_user(
            request,
            _(
                "Đã xóa vĩnh viễn %(count)d bài cùng các phiên bản và lịch sử xử lý của chúng. "
                "Bài không ở trong thùng rác thì không bị xóa."
            )
            % {"count": count},
            messages.SUCCESS,
        )

    # Columns and links

    @admin.display(description=_("ảnh"))
    def lead_thumbnail(self, obj):
        return thumbnail(obj.lead_image, size=56)

    @admin.display(description=_("trạng thái"), ordering="status")
    def status_for_readers(self, obj):
        state = getattr(obj, "publication_state", "")
        return PublicationState(state).label if state else obj.get_status_display()

    @admin.display(description=_("xuất bản"), ordering="publish_at")
    def published_on(self, obj):
        return local(obj.publish_at)

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

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["workflow_actions"] = workflow.available_actions(request.user, obj)
            if obj.status == Status.RETURNED:
                # The newest step that returned the item, with why.
                context["return_step"] = (
                    obj.transitions.select_related("actor")
                    .filter(to_status=Status.RETURNED)
                    .first()
                )
        return super().render_change_form(request, context, add, change, form_url, obj)

    # Workflow steps, history and revisions

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "<int:pk>/buoc/<str:action>/",
                wrap(self.transition_view),
                name="bantin_newsitem_transition",
            ),
            *self.history_urls(),
            *super().get_urls(),
        ]

    def _item(self, request, pk):
        item = get_object_or_404(self.get_queryset(request), pk=pk)
        if not self.has_view_or_change_permission(request, item):
            raise PermissionDenied
        return item

    def transition_view(self, request, pk, action):
        item = self._item(request, pk)
        step = workflow.ACTIONS.get(action)
        if step is None or not workflow.can_take(request.user, item, step):
            raise PermissionDenied
        form = TransitionForm(request.POST or None, action=step, item=item)
        if request.method == "POST" and form.is_valid():
            fields = {"comment": form.cleaned_data["comment"]}
            if step.name == "publish":
                fields["publish_at"] = form.cleaned_data["publish_at"]
                fields["unpublish_at"] = form.cleaned_data["unpublish_at"]
            try:
                item = workflow.news_item_take(
                    item=item, actor=request.user, action_name=step.name, **fields
                )
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                self.message_user(request, step_message(item), messages.SUCCESS)
                return redirect("admin:bantin_newsitem_change", item.pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "item": item,
            "step": step,
            "form": form,
            "title": f"{step.label}: {item.title}",
        }
        return TemplateResponse(request, "admin/bantin/newsitem/transition.html", context)
