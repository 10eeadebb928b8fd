from datetime import date

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from .images import prepare_upload
from .models import Image


class ImageUploadMixin:
    """Checks the picture, re-encodes it without metadata and notes its content hash."""

    prepared = None

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "content_type"):
            self.prepared = prepare_upload(upload)
            duplicate = self.duplicate_of()
            if duplicate is not None and not self.reuses_duplicates:
                raise ValidationError(
                    gettext(
                        "Ảnh này đã có trong thư viện: “%(alt)s” (mã %(pk)d). Hãy dùng lại ảnh đó."
                    )
                    % {"alt": duplicate.alt_text, "pk": duplicate.pk},
                    code="duplicate",
                )
            return self.prepared.content
        return upload

    def duplicate_of(self):
        if self.prepared is None:
            return None
        same = Image.objects.filter(content_hash=self.prepared.content_hash)
        if self.instance.pk:
            same = same.exclude(pk=self.instance.pk)
        return same.first()

    def apply_prepared(self, image):
        if self.prepared is not None:
            image.content_hash = self.prepared.content_hash
            image.file_size = self.prepared.size
            image.rendition_version += 1 if image.pk else 0


def image_file_field():
    # A plain file field: the checks that matter (and their messages) are ours, in
    # prepare_upload, not the generic "not a valid image" of forms.ImageField.
    return forms.FileField(
        label=_("Tệp ảnh"),
        error_messages={"required": _("Chưa chọn tệp ảnh."), "empty": _("Tệp tải lên rỗng.")},
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/gif,image/webp,image/avif"}
        ),
    )


class ImageForm(ImageUploadMixin, forms.ModelForm):
    reuses_duplicates = False
    file = image_file_field()

    class Meta:
        model = Image
        fields = ["file", "alt_text", "caption", "credit", "focal_x", "focal_y"]

    def save(self, commit=True):
        image = super().save(commit=False)
        self.apply_prepared(image)
        if "focal_x" in self.changed_data or "focal_y" in self.changed_data:
            image.rendition_version += 1
        if commit:
            image.save()
        return image


class EditorImageUploadForm(ImageUploadMixin, forms.ModelForm):
    """The editor's upload: only the file; the alt text starts as a placeholder to edit.

    The same photo uploaded again is not stored twice: the library's copy is reused.
    """

    reuses_duplicates = True
    file = image_file_field()

    class Meta:
        model = Image
        fields = ["file"]

    def __init__(self, *args, files=None, **kwargs):
        if files is not None and "upload" in files and "file" not in files:
            files = files.copy()
            files["file"] = files["upload"]
        super().__init__(*args, files=files, **kwargs)

    def save(self, *, uploaded_by):
        duplicate = self.duplicate_of()
        if duplicate is not None:
            return duplicate
        image = super().save(commit=False)
        self.apply_prepared(image)
        image.alt_text = gettext("Ảnh trong bài viết")
        image.uploaded_by = uploaded_by
        image.save()
        return image


#: The days the search's date filters accept: any news item's date, with room to spare.
SEARCH_FIRST_DAY = date(1900, 1, 1)
SEARCH_LAST_DAY = date(2999, 12, 31)


class SectionSelect(forms.Select):
    """Section names are content, written in Vietnamese: on a page in another language each
    section's option says so with ``lang``; the "all sections" option is interface."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value and translation.get_language() != settings.LANGUAGE_CODE:
            option["attrs"]["lang"] = settings.LANGUAGE_CODE
        return option


class SearchForm(forms.Form):
    """The search page's filters. Invalid ones are reported and left out; the search still runs."""

    q = forms.CharField(label=_("Từ khóa"), required=False)
    chuyen_muc = forms.ChoiceField(
        label=pgettext_lazy("search filter", "Chuyên mục"), required=False, widget=SectionSelect
    )
    tu_ngay = forms.DateField(
        label=_("Từ ngày"),
        required=False,
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    den_ngay = forms.DateField(
        label=_("Đến ngày"),
        required=False,
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, sections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chuyen_muc"].choices = [("", _("Tất cả chuyên mục"))] + [
            (section.slug, section.name) for section in sections
        ]

    def _clean_day(self, name):
        day = self.cleaned_data.get(name)
        if day and not SEARCH_FIRST_DAY <= day <= SEARCH_LAST_DAY:
            raise ValidationError(
                _("Hãy chọn một ngày từ %(first)s đến %(last)s."),
                params={
                    "first": SEARCH_FIRST_DAY.strftime("%d/%m/%Y"),
                    "last": SEARCH_LAST_DAY.strftime("%d/%m/%Y"),
                },
            )
        return day

    def clean_tu_ngay(self):
        return self._clean_day("tu_ngay")

    def clean_den_ngay(self):
        return self._clean_day("den_ngay")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("tu_ngay"), cleaned.get("den_ngay")
        if start and end and start > end:
            # An inverted range is one mistake: neither date is applied.
            self.add_error("den_ngay", _("“Đến ngày” phải sau “Từ ngày”."))
            cleaned.pop("tu_ngay", None)
        return cleaned

    def filters(self):
        """The valid filters only: an invalid field is simply not applied."""
        self.is_valid()
        return {
            name: self.cleaned_data.get(name)
            for name in ("chuyen_muc", "tu_ngay", "den_ngay")
            if name not in self.errors and self.cleaned_data.get(name)
        }
