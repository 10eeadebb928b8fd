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


@pytest.mark.parametrize(
    "invisible",
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202a", "\u202b", "\u202c", "\u202d"]
    + ["\u202e", "\u2066", "\u2067", "\u2068", "\u2069"],
)
def test_nfc_drops_zero_width_characters_and_bidi_controls(invisible):
    assert nfc(f"Đắk{invisible}Lắk Đông") == "ĐắkLắk Đông"


@pytest.mark.django_db
def test_a_tag_with_a_zero_width_space_is_the_same_tag(client):
    from django.urls import reverse

    from bantin import roles
    from bantin.models import Tag

    from .factories import make_user

    Tag.objects.create(name="ĐắkLắk Đông")
    client.force_login(make_user(role=roles.REPORTER))
    response = client.post(
        reverse("admin:bantin_tag_add"), {"name": "Đắk\u200bLắk Đông", "slug": ""}
    )
    assert response.status_code == 200
    assert "name" in response.context["adminform"].form.errors
    assert Tag.objects.count() == 1


@pytest.mark.django_db
def test_titles_and_names_are_stored_without_invisible_characters():
    from .factories import make_author, make_news_item

    item = make_news_item("Ba\u202e Bể\ufeff", source="UBND\u2060 huyện")
    author = make_author("Hương\u200d Dịu")
    item.refresh_from_db()
    author.refresh_from_db()
    assert (item.title, item.source, author.name) == ("Ba Bể", "UBND huyện", "Hương Dịu")
