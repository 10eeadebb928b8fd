"""Vietnamese text handling: Unicode normalisation and ASCII slugs."""

import re
import unicodedata

from django.utils.text import slugify

# Decomposition leaves đ/Đ intact (they are letters of their own, not d + a mark), so ASCII
# folding would drop them: "Đà Nẵng" would become "a-nang".
_D_FOLD = str.maketrans({"đ": "d", "Đ": "D"})

# Characters that show nothing but make two texts differ: zero-width space, non-joiner, joiner,
# word joiner, byte-order mark, and the bidirectional embeddings, overrides and isolates. Pasted
# from web pages and office documents, they made "Đắk\u200bLắk" a second tag that looks like the
# first, and a bidi override can make a title read differently from what is stored.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def strip_invisible(value):
    """Remove zero-width characters and bidirectional controls from ``value``."""
    return _INVISIBLE.sub("", value)


def nfc(value):
    """Return ``value`` in Unicode NFC, without invisible characters; Unikey and macOS input
    can arrive decomposed (NFD)."""
    if not value:
        return value
    return unicodedata.normalize("NFC", strip_invisible(value))


def fold_d(value):
    """Replace đ/Đ with d/D."""
    return value.translate(_D_FOLD)


def slugify_vi(value, max_length=None):
    """An ASCII slug of Vietnamese text: "Đà Nẵng đón đoàn" → "da-nang-don-doan".

    The admin's prefill (static/bantin/admin/urlify_vi.js) follows the same steps, so the slug
    a reporter sees while typing is the one stored."""
    slug = slugify(fold_d(nfc(str(value))))
    if max_length:
        # As slugify itself does at both ends, so that a cut slug is folded too.
        slug = slug[:max_length].rstrip("-_")
    return slug


def is_folded_slug(value):
    """Whether ``value`` is already a slug in the project's folded form."""
    return bool(value) and slugify_vi(value) == value


def scripts_of(value):
    """The writing systems of the letters of ``value`` ("LATIN", "CYRILLIC", "GREEK", …), as
    the first word of each letter's Unicode name: "quаntri" with a Cyrillic "а" gives two."""
    return {
        unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]
        for char in unicodedata.normalize("NFC", value)
        if char.isalpha()
    }


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
