"""Slugs in the project's folded form on every path, and old slugs answering 301."""

import unicodedata
from importlib import import_module

import pytest
from django.apps import apps
from django.urls import reverse

from bantin import roles
from bantin.models import Author, Category, NewsItem, SlugRedirect, Tag

from .factories import make_author, make_category, make_news_item, make_user

pytestmark = pytest.mark.django_db

fold_migration = import_module("bantin.migrations.0019_vietnamese_slugs")


def test_admin_folds_a_slug_typed_with_diacritics_and_capitals(client):
    client.force_login(make_user(role=roles.REPORTER))
    response = client.post(
        reverse("admin:bantin_tag_add"), {"name": "Đồng Tâm", "slug": "Đồng-TÂM--"}
    )
    assert response.status_code == 302
    assert Tag.objects.get(name="Đồng Tâm").slug == "dong-tam"


def test_admin_folds_a_slug_typed_decomposed(client):
    client.force_login(make_user(role=roles.SITE_ADMIN))
    response = client.post(
        reverse("admin:bantin_category_add"),
        {
            "name": "Đà Nẵng",
            "slug": unicodedata.normalize("NFD", "Đà Nẵng đón đoàn"),
            "position": 0,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    assert Category.objects.get(name="Đà Nẵng").slug == "da-nang-don-doan"


def test_a_folded_slug_that_is_taken_is_a_form_error_not_a_500(client):
    make_category("Đà Nẵng", slug="da-nang")
    client.force_login(make_user(role=roles.SITE_ADMIN))
    response = client.post(
        reverse("admin:bantin_category_add"),
        {"name": "Đà Nẵng mới", "slug": "ĐÀ-NẴNG", "position": 0, "is_active": "on"},
    )
    assert response.status_code == 200
    assert "slug" in response.context["adminform"].form.errors
    assert Category.objects.filter(name="Đà Nẵng mới").count() == 0


def test_a_slug_of_symbols_only_falls_back_to_the_name(client):
    client.force_login(make_user(role=roles.REPORTER))
    client.post(reverse("admin:bantin_tag_add"), {"name": "Nông thôn mới", "slug": "“!!”"})
    assert Tag.objects.get(name="Nông thôn mới").slug == "nong-thon-moi"


def test_a_slug_assigned_in_code_is_stored_folded():
    item = make_news_item("Bài", slug="Đà-Nẵng-Đón-Đoàn")
    item.refresh_from_db()
    assert item.slug == "da-nang-don-doan"


def test_news_item_slug_typed_with_diacritics_is_folded_in_its_url(client, editor):
    item = make_news_item("Đà Nẵng đón đoàn", slug="Đà Nẵng đón đoàn")
    assert item.get_absolute_url() == f"/tin-tuc/da-nang-don-doan-{item.pk}/"


@pytest.mark.parametrize(
    ("make", "url_name"),
    [(make_category, "category"), (make_author, "author"), (Tag.objects.create, "tag")],
    ids=["section", "author", "tag"],
)
def test_a_changed_slug_answers_301_from_the_old_address(client, make, url_name):
    thing = make(name="Đồng Tâm", slug="djng-tam")
    thing.slug = "dong-tam"
    thing.save()
    response = client.get(reverse(f"bantin:{url_name}", kwargs={"slug": "djng-tam"}))
    assert response.status_code == 301
    assert response["Location"] == reverse(f"bantin:{url_name}", kwargs={"slug": "dong-tam"})


def test_the_redirect_keeps_the_page_number(client):
    section = make_category("Đồng Tâm", slug="djng-tam")
    section.slug = "dong-tam"
    section.save()
    response = client.get("/chuyen-muc/djng-tam/?page=2")
    assert response.status_code == 301
    assert response["Location"] == "/chuyen-muc/dong-tam/?page=2"


def test_every_old_slug_leads_to_the_current_one(client):
    tag = Tag.objects.create(name="Đồng Tâm", slug="a")
    for slug in ("b", "c"):
        tag.slug = slug
        tag.save()
    assert client.get("/chu-de/a/")["Location"] == "/chu-de/c/"
    assert client.get("/chu-de/b/")["Location"] == "/chu-de/c/"


def test_taking_an_old_slug_back_makes_it_live_again(client):
    tag = Tag.objects.create(name="Đồng Tâm", slug="dong-tam")
    tag.slug = "dong-tam-moi"
    tag.save()
    tag.slug = "dong-tam"
    tag.save()
    assert not SlugRedirect.objects.filter(slug="dong-tam").exists()
    assert client.get("/chu-de/dong-tam/").status_code == 200
    assert client.get("/chu-de/dong-tam-moi/")["Location"] == "/chu-de/dong-tam/"


def test_a_slug_edited_in_the_admin_keeps_its_old_address(client):
    tag = Tag.objects.create(name="Đồng Tâm", slug="djng-tam")
    client.force_login(make_user(role=roles.EDITOR))
    response = client.post(
        reverse("admin:bantin_tag_change", args=[tag.pk]), {"name": "Đồng Tâm", "slug": "dong-tam"}
    )
    assert response.status_code == 302
    assert client.get("/chu-de/djng-tam/")["Location"] == "/chu-de/dong-tam/"


def test_an_old_slug_of_an_inactive_section_is_not_found(client):
    section = make_category("Đồng Tâm", slug="djng-tam", is_active=False)
    section.slug = "dong-tam"
    section.save()
    assert client.get("/chuyen-muc/djng-tam/").status_code == 404


def test_a_live_slug_wins_over_another_rows_old_one(client):
    moved = Author.objects.create(name="Hương", slug="huong")
    moved.slug = "huong-diu"
    moved.save()
    Author.objects.create(name="Hương khác", slug="huong")
    assert client.get("/tac-gia/huong/").status_code == 200


def test_an_unknown_slug_is_still_not_found(client):
    assert client.get("/chu-de/khong-co/").status_code == 404


# The data migration


def run_fold_migration():
    fold_migration.fold_slugs(apps, None)


def test_migration_folds_slugs_prefilled_by_django_and_keeps_the_old_ones():
    tag = Tag.objects.create(name="Đồng Tâm", slug="djng-tam")
    author = make_author("Hương Dịu", slug="hng-du")
    typed_nfd = make_category("Đà Nẵng", slug="dja-nang")
    run_fold_migration()
    assert Tag.objects.get(pk=tag.pk).slug == "dong-tam"
    assert Author.objects.get(pk=author.pk).slug == "huong-diu"
    assert Category.objects.get(pk=typed_nfd.pk).slug == "da-nang"
    assert SlugRedirect.objects.get(slug="djng-tam").tag_id == tag.pk
    assert SlugRedirect.objects.get(slug="hng-du").author_id == author.pk
    assert SlugRedirect.objects.get(slug="dja-nang").category_id == typed_nfd.pk


def test_migration_folds_mangled_article_slugs():
    title = "Huyện Tân Lập khởi công đường giao thông nông thôn liên xã Đồng Tâm"
    item = make_news_item(
        title, slug="huyn-tan-lp-khi-cong-djng-giao-thong-nong-thon-lien-xa-djng-tam"
    )
    run_fold_migration()
    item.refresh_from_db()
    assert item.slug == "huyen-tan-lap-khoi-cong-duong-giao-thong-nong-thon-lien-xa-dong-tam"


def test_migration_leaves_a_slug_chosen_by_hand():
    tag = Tag.objects.create(name="Đồng Tâm", slug="xa-dong-tam")
    item = make_news_item("Huyện Tân Lập khởi công", slug="khoi-cong")
    run_fold_migration()
    assert Tag.objects.get(pk=tag.pk).slug == "xa-dong-tam"
    assert NewsItem.objects.get(pk=item.pk).slug == "khoi-cong"
    assert not SlugRedirect.objects.exists()


def test_migration_resolves_collisions_with_a_number():
    Tag.objects.create(name="Đồng Tâm", slug="dong-tam")
    mangled = Tag.objects.create(name="Đồng tâm", slug="djng-tam")
    mangled_again = Tag.objects.create(name="ĐỒNG TÂM", slug="djng-tam-2")
    run_fold_migration()
    assert Tag.objects.get(pk=mangled.pk).slug == "dong-tam-2"
    assert Tag.objects.get(pk=mangled_again.pk).slug == "dong-tam-3"


def test_old_address_answers_301_after_the_migration(client):
    Tag.objects.create(name="Đồng Tâm", slug="djng-tam")
    run_fold_migration()
    response = client.get("/chu-de/djng-tam/")
    assert response.status_code == 301
    assert response["Location"] == "/chu-de/dong-tam/"


# Text stored before invisible characters were stripped


def run_strip_migration():
    fold_migration.strip_invisible(apps, None)


def store_raw(model, pk, **values):
    """Write ``values`` as they are: the fields themselves would strip them, even in update()."""
    from django.db import connection

    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(f"{connection.ops.quote_name(name)} = %s" for name in values)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET {columns} WHERE id = %s", [*values.values(), pk])  # noqa: S608


def test_migration_strips_invisible_characters_from_stored_text():
    item = make_news_item("Tân Lập")
    author = make_author("Hương Dịu")
    store_raw(NewsItem, item.pk, title="Tân\u200b Lập\u202e", source="UBND\ufeff")
    store_raw(Author, author.pk, name="Hương\u2060 Dịu")
    assert NewsItem.objects.values_list("title", flat=True).get(pk=item.pk) == "Tân\u200b Lập\u202e"
    run_strip_migration()
    item.refresh_from_db()
    author.refresh_from_db()
    assert (item.title, item.source, author.name) == ("Tân Lập", "UBND", "Hương Dịu")


def test_migration_merges_a_tag_only_invisible_characters_told_apart():
    tag = Tag.objects.create(name="ĐắkLắk Đông", slug="daklak-dong")
    twin = Tag.objects.create(name="ĐắkLắk Đông 2", slug="daklak-dong-2")
    store_raw(Tag, twin.pk, name="Đắk\u200bLắk Đông")
    first, second = make_news_item(), make_news_item()
    first.tags.add(tag, twin)
    second.tags.add(twin)
    run_strip_migration()
    assert list(Tag.objects.values_list("name", flat=True)) == ["ĐắkLắk Đông"]
    assert set(tag.news_items.all()) == {first, second}
    assert SlugRedirect.objects.get(slug="daklak-dong-2").tag_id == tag.pk


@pytest.mark.parametrize("feed", ["rss", "atom"])
def test_a_sections_feed_under_its_old_slug_answers_301(client, feed):
    section = make_category("Đồng Tâm", slug="djng-tam")
    section.slug = "dong-tam"
    section.save()
    response = client.get(f"/chuyen-muc/djng-tam/{feed}/")
    assert response.status_code == 301
    assert response["Location"] == f"/chuyen-muc/dong-tam/{feed}/"


def test_an_authors_feed_under_its_old_slug_answers_301(client):
    author = make_author("Hương Dịu", slug="hng-du")
    author.slug = "huong-diu"
    author.save()
    response = client.get("/tac-gia/hng-du/rss/")
    assert response.status_code == 301
    assert response["Location"] == "/tac-gia/huong-diu/rss/"


def test_a_feed_of_an_unknown_slug_is_still_not_found(client):
    assert client.get("/tac-gia/khong-co/rss/").status_code == 404
