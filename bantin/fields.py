"""Model fields that keep what they store normalised, however the value was saved.

The normalisation happens in ``pre_save`` so that the admin, a raw POST, the shell, fixtures
and ``bulk_create`` all store the same thing.
"""

import re

from django.db import models

from .sanitize import sanitize_html
from .text import nfc

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
