import unicodedata

import pytest

from bantin.text import nfc, slugify_vi


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Đà Nẵng đón đoàn", "da-nang-don-doan"),
        ("ĐẨY MẠNH CẢI CÁCH", "day-manh-cai-cach"),
        ("Ba Bể đẩy mạnh cải cách hành chính", "ba-be-day-manh-cai-cach-hanh-chinh"),
        ("Quý I/2026: 1.700 hồ sơ “Một cửa”", "quy-i2026-1700-ho-so-mot-cua"),
        ("", ""),
    ],
)
def test_slug_folds_vietnamese_to_ascii(text, slug):
    assert slugify_vi(text) == slug


def test_slug_of_decomposed_input_matches_composed():
    decomposed = unicodedata.normalize("NFD", "Đà Nẵng đón đoàn")
    assert decomposed != "Đà Nẵng đón đoàn"
    assert slugify_vi(decomposed) == "da-nang-don-doan"


def test_slug_is_cut_without_a_trailing_dash():
    assert slugify_vi("cải cách hành chính", max_length=8) == "cai-cach"


def test_nfc_composes_decomposed_text():
    decomposed = unicodedata.normalize("NFD", "Tiếng Việt")
    assert nfc(decomposed) == "Tiếng Việt"
    assert unicodedata.is_normalized("NFC", nfc(decomposed))
