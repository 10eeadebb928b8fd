"""Model fields that keep what they store normalised, however the value was saved.

The normalisation happens in ``pre_save`` so that the admin, a raw POST, the shell, fixtures
and ``bulk_create`` all store the same thing.
"""

import re

from django import forms
from django.db import models

from .sanitize import sanitize_html
from .text import nfc, slugify_vi

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


class _NFCMixin:
    def clean_value(self, value):
        return nfc(value)

    def to_python(self, value):
        return self.clean_value(super().to_python(value))

    def pre_save(self, model_instance, add):
        value = self.clean_value(super().pre_save(model_instance, add))
        setattr(model_instance, self.attname, value)
        return value


class NFCCharField(_NFCMixin, models.CharField):
    """A one-line CharField stored in Unicode NFC; line breaks and control characters become
    spaces (a crafted POST could otherwise put a newline in a title and so in a mail header)."""

    def clean_value(self, value):
        value = nfc(value)
        return _CONTROL.sub(" ", value).strip() if isinstance(value, str) else value


class NFCTextField(_NFCMixin, models.TextField):
    """A TextField stored in Unicode NFC."""


class SanitizedHTMLField(_NFCMixin, models.TextField):
    """Rich text stored in NFC and reduced to the allowlist of :mod:`bantin.sanitize`."""

    def clean_value(self, value):
        return sanitize_html(nfc(value)) if value else value


class FoldedSlugFormField(forms.SlugField):
    """A slug typed or prefilled in a form, folded to the project's rule before it is checked.

    Folding rather than refusing: a slug typed with diacritics or capitals ("Đà-Nẵng") has one
    folded form ("da-nang"), which the form shows back once saved; a refusal would only make the
    reporter retype what the server can write itself."""

    def to_python(self, value):
        return slugify_vi(super().to_python(value))


class FoldedSlugField(models.SlugField):
    """A slug stored in the folded form of :func:`bantin.text.slugify_vi` ("da-nang-don-doan"),
    whatever the browser prefilled or a script assigned."""

    def clean_value(self, value):
        if not isinstance(value, str) or not value:
            return value
        return slugify_vi(value, max_length=self.max_length)

    def to_python(self, value):
        return self.clean_value(super().to_python(value))

    def pre_save(self, model_instance, add):
        value = self.clean_value(super().pre_save(model_instance, add))
        setattr(model_instance, self.attname, value)
        return value

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": FoldedSlugFormField, **kwargs})
