"""Revisions, the stale-form guard and the trash."""

import pytest
from django.test import Client
from django.urls import reverse

from bantin import roles, workflow
from bantin.models import Author, Category, NewsItem

from .factories import make_author, make_category, make_news_item, make_user

pytestmark = pytest.mark.django_db

S = NewsItem.Status


def edit_data(item, **changes):
    data = {
        "title": item.title,
        "slug": item.slug,
        "sapo": item.sapo,
        "body": item.body,
        "category": item.category_id,
        "loaded_version": item.version,
        "bylines-TOTAL_FORMS": "0",
        "bylines-INITIAL_FORMS": "0",
        "bylines-MIN_NUM_FORMS": "0",
        "bylines-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


@pytest.fixture
def two_editors():
    first = make_user("bientap1", role=roles.EDITOR, first_name="Minh", last_name="Đức")
    second = make_user("bientap2", role=roles.EDITOR)
    return first, second


def test_a_stale_form_is_refused_and_keeps_the_second_persons_text(two_editors):
    first, second = two_editors
    item = make_news_item(status=S.SUBMITTED, publish_at=None, body="<p>Bản gốc</p>")
    url = reverse("admin:bantin_newsitem_change", args=[item.pk])
    a, b = Client(), Client()
    a.force_login(first)
    b.force_login(second)
    loaded = edit_data(item)  # both opened the same version
    assert a.post(url, {**loaded, "body": "<p>Bản của người thứ nhất</p>"}).status_code == 302
    response = b.post(url, {**loaded, "body": "<p>Bản của người thứ hai</p>"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Minh Đức" in html and "sau khi bạn mở bài" in html
    assert "Bản của người thứ hai" in html  # kept in the form to merge
    item.refresh_from_db()
    assert item.body == "<p>Bản của người thứ nhất</p>"


def test_every_save_stores_a_revision(client, two_editors):
    first, _second = two_editors
    item = make_news_item(status=S.SUBMITTED, publish_at=None)
    client.force_login(first)
    url = reverse("admin:bantin_newsitem_change", args=[item.pk])
    client.post(url, edit_data(item, body="<p>Một</p>"))
    item.refresh_from_db()
    client.post(url, edit_data(item, body="<p>Hai</p>"))
    revisions = list(item.revisions.order_by("created_at", "pk"))
    assert [r.data["body"] for r in revisions] == ["<p>Một</p>", "<p>Hai</p>"]
    assert all(r.created_by == first for r in revisions)
    assert set(revisions[0].data) >= {"title", "sapo", "body", "category", "authors", "tags"}


def test_revisions_compare_word_by_word_and_restore_as_a_new_revision(client, two_editors):
    first, _second = two_editors
    item = make_news_item(status=S.SUBMITTED, publish_at=None)
    client.force_login(first)
    url = reverse("admin:bantin_newsitem_change", args=[item.pk])
    client.post(url, edit_data(item, body="<p>Huyện tổ chức hội nghị tổng kết</p>"))
    item.refresh_from_db()
    client.post(url, edit_data(item, body="<p>Huyện tổ chức lễ tổng kết năm</p>"))
    old, new = item.revisions.order_by("created_at", "pk")
    history = reverse("admin:bantin_newsitem_history", args=[item.pk])
    html = client.get(history, {"a": old.pk, "b": new.pk}).content.decode()
    assert '<del class="diff-removed">hội nghị</del>' in html
    assert '<ins class="diff-added">lễ</ins>' in html
    assert '<ins class="diff-added">năm</ins>' in html
    response = client.post(reverse("admin:bantin_newsitem_restore", args=[item.pk, old.pk]))
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.body == "<p>Huyện tổ chức hội nghị tổng kết</p>"
    assert item.revisions.count() == 3
    assert "Khôi phục" in item.revisions.first().reason


def test_restore_keeps_bylines_and_tags(two_editors):
    first, _second = two_editors
    author = make_author("Hương Dịu")
    item = make_news_item(status=S.SUBMITTED, publish_at=None, authors=[author])
    revision = workflow.news_item_record_revision(item=item, actor=first, reason="x")
    item.bylines.all().delete()
    workflow.news_item_restore_revision(item=item, revision=revision, actor=first)
    assert list(item.authors.all()) == [author]


def test_nobody_restores_what_they_may_not_edit(client):
    reporter = make_user(role=roles.REPORTER)
    item = make_news_item(status=S.SUBMITTED, publish_at=None, created_by=reporter)
    revision = workflow.news_item_record_revision(item=item, actor=reporter, reason="x")
    with pytest.raises(workflow.WorkflowError):
        workflow.news_item_restore_revision(item=item, revision=revision, actor=reporter)


def test_deleting_moves_to_the_trash_and_restoring_brings_it_back(client):
    publisher = make_user(role=roles.PUBLISHER)
    item = make_news_item("Bài sẽ xóa")
    client.force_login(publisher)
    response = client.post(reverse("admin:bantin_newsitem_delete", args=[item.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert "vào thùng rác" in client.get(response["Location"]).content.decode()
    item.refresh_from_db()
    assert item.deleted_at is not None and item.deleted_by == publisher
    assert client.get(item.get_absolute_url()).status_code == 404
    changelist = reverse("admin:bantin_newsitem_changelist")
    assert "Bài sẽ xóa" not in client.get(changelist).content.decode()
    assert "Bài sẽ xóa" in client.get(changelist, {"danh_sach": "thung-rac"}).content.decode()
    client.post(
        changelist + "?danh_sach=thung-rac",
        {"action": "restore_from_trash", "_selected_action": [item.pk]},
    )
    item.refresh_from_db()
    assert item.deleted_at is None
    assert client.get(item.get_absolute_url()).status_code == 200


def test_only_admins_empty_the_trash(client):
    item = make_news_item()
    publisher = make_user(role=roles.PUBLISHER)
    workflow.news_item_trash(item=item, actor=publisher)
    client.force_login(publisher)
    changelist = reverse("admin:bantin_newsitem_changelist") + "?danh_sach=thung-rac"
    client.post(changelist, {"action": "delete_for_good", "_selected_action": [item.pk]})
    assert (
        client.post(
            reverse("admin:bantin_newsitem_delete", args=[item.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    assert NewsItem.objects.filter(pk=item.pk).exists()
    client.force_login(make_user(role=roles.SITE_ADMIN))
    client.post(changelist, {"action": "delete_for_good", "_selected_action": [item.pk]})
    assert not NewsItem.objects.filter(pk=item.pk).exists()


def test_deleting_a_section_in_use_is_refused_with_a_clear_message(client):
    section = make_category("Kinh tế")
    make_news_item(category=section)
    client.force_login(make_user(role=roles.SITE_ADMIN))
    url = reverse("admin:bantin_category_delete", args=[section.pk])
    html = client.post(url, {"post": "yes"}).content.decode()
    assert Category.objects.filter(pk=section.pk).exists()
    assert "Kinh tế" in html and "bản tin" in html.lower()


def test_deleting_an_author_in_use_is_refused_with_a_clear_message(client):
    author = make_author("Hương Dịu")
    make_news_item(authors=[author])
    client.force_login(make_user(role=roles.SITE_ADMIN))
    url = reverse("admin:bantin_author_delete", args=[author.pk])
    client.post(url, {"post": "yes"})
    assert Author.objects.filter(pk=author.pk).exists()


def test_trashed_items_are_not_in_any_public_list(client):
    section = make_category("Kinh tế")
    item = make_news_item("Bài trong thùng rác", category=section, is_featured=True)
    workflow.news_item_trash(item=item, actor=make_user(role=roles.PUBLISHER))
    for url in ["/", section.get_absolute_url(), "/tim-kiem/?q=thùng+rác"]:
        assert "Bài trong thùng rác" not in client.get(url).content.decode()


def test_unused_sections_can_still_be_deleted(client):
    section = make_category("Tạm")
    client.force_login(make_user(role=roles.SITE_ADMIN))
    client.post(reverse("admin:bantin_category_delete", args=[section.pk]), {"post": "yes"})
    assert not Category.objects.filter(pk=section.pk).exists()
