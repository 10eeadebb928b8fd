"""Vietnamese text handling: Unicode normalisation and ASCII slugs."""

import re
import unicodedata

from django.utils.text import slugify

# Decomposition leaves đ/Đ intact (they are letters of their own, not d + a mark), so ASCII
# folding would drop them: "Đà Nẵng" would become "a-nang".
_D_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(value):
    """Return ``value`` in Unicode NFC; Unikey and macOS input can arrive decomposed (NFD)."""
    if not value:
        return value
    return unicodedata.normalize("NFC", value)


def fold_d(value):
    """Replace đ/Đ with d/D."""
    return value.translate(_D_FOLD)


def slugify_vi(value, max_length=None):
    """An ASCII slug of Vietnamese text: "Đà Nẵng đón đoàn" → "da-nang-don-doan"."""
    slug = slugify(fold_d(nfc(str(value))))
    if max_length:
        slug = slug[:max_length].rstrip("-")
    return slug


# "Ảnh: Tư liệu" typed where only "Tư liệu" was asked for; the pages add "Ảnh:" themselves.
_CREDIT_PREFIX = re.compile(r"^\s*(?:ảnh|photo)\s*:\s*", re.IGNORECASE)
_SENTENCE_END = ".!?…:;"


def credit_name(credit):
    """A photo credit without a leading "Ảnh:" that the pages would repeat."""
    return _CREDIT_PREFIX.sub("", nfc(credit or "")).strip()


def ends_sentence(text):
    """Whether ``text`` (plain text) ends as a sentence does, so another may follow it."""
    text = (text or "").rstrip()
    return not text or text[-1] in _SENTENCE_END
