from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .images import inspect_image
from .models import Image


class ImageUploadMixin:
    """Checks the picture and gives it a name whose extension matches its real format."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "content_type"):
            upload.name = f"upload.{inspect_image(upload)}"
        return upload


class ImageForm(ImageUploadMixin, forms.ModelForm):
    class Meta:
        model = Image
        fields = ["file", "alt_text", "caption", "credit"]


class EditorImageUploadForm(ImageUploadMixin, forms.ModelForm):
    """The editor's upload: only the file; the alt text starts as a placeholder to edit."""

    file = forms.ImageField(
        label=_("Tệp ảnh"),
        error_messages={"required": _("Chưa chọn tệp ảnh.")},
    )

    class Meta:
        model = Image
        fields = ["file"]

    def __init__(self, *args, files=None, **kwargs):
        if files is not None and "upload" in files and "file" not in files:
            files = files.copy()
            files["file"] = files["upload"]
        super().__init__(*args, files=files, **kwargs)

    def save(self, *, uploaded_by):
        image = super().save(commit=False)
        image.alt_text = gettext("Ảnh trong bài viết")
        image.uploaded_by = uploaded_by
        image.save()
        return image
