import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from bantin.models import Layout, Placement

from .factories import make_category, make_news_item, make_user

pytestmark = pytest.mark.django_db


def blocks_on(html):
    """The data-block names of a page, in document order."""
    return re.findall(r'data-block="([a-z]+)"', html)


def test_fresh_install_renders_the_seed_article_layout(client):
    item = make_news_item()
    names = blocks_on(client.get(item.get_absolute_url()).content.decode())
    main = [name for name in names if name in {"toolbar", "viewdata", "othernews", "related"}]
    assert main == ["toolbar", "viewdata", "othernews", "related"]


@pytest.mark.parametrize("page_type", ["home", "category", "article", "search", "author", "tag"])
def test_every_page_type_has_a_default_layout(page_type):
    layout = Layout.objects.get(page_type=page_type, category=None)
    assert layout.placements.exists()


def test_a_section_layout_applies_to_it_and_its_subsections(client):
    economy = make_category("Kinh tế")
    farming = make_category("Nông nghiệp", parent=economy)
    own = Layout.objects.create(page_type="article", category=economy)
    Placement.objects.create(layout=own, region="main", block="viewdata", position=0)
    Placement.objects.create(
        layout=own, region="main", block="html", position=1, settings={"html": "<p>Riêng</p>"}
    )
    in_sub = make_news_item(category=farming)
    elsewhere = make_news_item()
    assert blocks_on(client.get(in_sub.get_absolute_url()).content.decode())[-2:] == [
        "viewdata",
        "html",
    ]
    assert "toolbar" in blocks_on(client.get(elsewhere.get_absolute_url()).content.decode())


def test_a_subsection_layout_wins_over_its_parents():
    from bantin.structure import site_structure

    economy = make_category("Kinh tế")
    farming = make_category("Nông nghiệp", parent=economy)
    parent_layout = Layout.objects.create(page_type="category", category=economy)
    Placement.objects.create(layout=parent_layout, region="main", block="latest")
    child_layout = Layout.objects.create(page_type="category", category=farming)
    Placement.objects.create(layout=child_layout, region="main", block="featured")
    structure = site_structure()
    assert structure.layout("category", farming.pk)["main"] == [("featured", {})]
    assert structure.layout("category", economy.pk)["main"] == [("latest", {})]


def test_section_layouts_only_for_section_page_types():
    layout = Layout(page_type="home", category=make_category())
    with pytest.raises(ValidationError):
        layout.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        layout.save()


def test_only_one_default_layout_per_page_type():
    with pytest.raises(IntegrityError), transaction.atomic():
        Layout.objects.create(page_type="home")


def test_unknown_block_is_refused_with_a_clear_message():
    placement = Placement(layout=Layout.objects.get(page_type="home"), region="main", block="abc")
    with pytest.raises(ValidationError, match="Không có khối nào tên “abc”"):
        placement.full_clean()


def test_invalid_settings_are_refused():
    placement = Placement(
        layout=Layout.objects.get(page_type="home"),
        region="main",
        block="latest",
        settings={"count": -3},
    )
    with pytest.raises(ValidationError) as error:
        placement.full_clean()
    assert "settings" in error.value.message_dict


# The admin


def inline_data(layout, rows):
    data = {
        "page_type": layout.page_type,
        "category": layout.category_id or "",
        "placements-TOTAL_FORMS": str(len(rows)),
        "placements-INITIAL_FORMS": str(sum(1 for row in rows if "id" in row)),
        "placements-MIN_NUM_FORMS": "0",
        "placements-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"placements-{index}-{key}"] = value
        data[f"placements-{index}-layout"] = layout.pk
    return data


def existing_rows(layout):
    return [
        {
            "id": placement.pk,
            "region": placement.region,
            "position": placement.position,
            "block": placement.block,
            "settings": json.dumps(placement.settings),
        }
        for placement in layout.placements.all()
    ]


@pytest.fixture
def site_admin(db):
    from bantin import roles

    return make_user("quantri", role=roles.SITE_ADMIN)


def test_an_admin_rebuilds_the_home_page_in_the_admin(client, site_admin):
    make_news_item("Tin trên trang chủ", is_featured=True)
    layout = Layout.objects.get(page_type="home")
    client.force_login(site_admin)
    rows = existing_rows(layout)
    for row in rows:
        row["DELETE"] = "on"
    rows.append(
        {
            "region": "main",
            "position": "0",
            "block": "html",
            "settings": '{"html": "<p>Xin chào</p>"}',
        }
    )
    rows.append(
        {"region": "main", "position": "1", "block": "featured", "settings": '{"count": 1}'}
    )
    assert client.get("/").content.decode().count('data-block="latest"') >= 1
    response = client.post(
        reverse("admin:bantin_layout_change", args=[layout.pk]), inline_data(layout, rows)
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert blocks_on(client.get("/").content.decode()) == ["html", "featured"]


def test_the_admin_refuses_an_unknown_block_and_saves_nothing(client, site_admin):
    layout = Layout.objects.get(page_type="home")
    before = list(layout.placements.values_list("block", flat=True))
    client.force_login(site_admin)
    rows = existing_rows(layout) + [{"region": "main", "position": "9", "block": "bogus"}]
    response = client.post(
        reverse("admin:bantin_layout_change", args=[layout.pk]), inline_data(layout, rows)
    )
    assert response.status_code == 200
    assert "bogus" in response.content.decode()
    assert list(layout.placements.values_list("block", flat=True)) == before


@pytest.mark.parametrize(
    ("raw_settings", "message"),
    [
        ('{"count": 0}', "count"),
        ('{"colour": "đỏ"}', "colour"),
        ("{count: 3", "JSON"),
    ],
)
def test_the_admin_refuses_invalid_settings(client, site_admin, raw_settings, message):
    layout = Layout.objects.get(page_type="home")
    client.force_login(site_admin)
    rows = existing_rows(layout) + [
        {"region": "main", "position": "9", "block": "latest", "settings": raw_settings}
    ]
    response = client.post(
        reverse("admin:bantin_layout_change", args=[layout.pk]), inline_data(layout, rows)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not layout.placements.filter(position=9).exists()


def test_the_admin_previews_a_layout(client, site_admin):
    item = make_news_item("Bài để xem trước")
    client.force_login(site_admin)
    layout = Layout.objects.get(page_type="article")
    response = client.get(reverse("admin:bantin_layout_preview", args=[layout.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert item.title in html and "Bản xem trước" in html
    assert "no-cache" in response["Cache-Control"]


def test_reporters_cannot_edit_layouts(client):
    from bantin import roles

    client.force_login(make_user(role=roles.REPORTER))
    layout = Layout.objects.get(page_type="home")
    assert client.get(reverse("admin:bantin_layout_change", args=[layout.pk])).status_code == 403
    assert client.get(reverse("admin:bantin_layout_preview", args=[layout.pk])).status_code == 403


def test_layout_cache_is_rebuilt_when_a_placement_changes(client, django_assert_max_num_queries):
    make_news_item()
    client.get("/")
    placement = Layout.objects.get(page_type="home").placements.filter(block="featured").get()
    placement.block = "html"
    placement.settings = {"html": "<p>Thông báo mới</p>"}
    placement.save()
    assert "Thông báo mới" in client.get("/").content.decode()


def test_a_placements_settings_are_edited_field_by_field(client, site_admin):
    economy = make_category("Kinh tế")
    placement = Layout.objects.get(page_type="home").placements.get(block="featured")
    client.force_login(site_admin)
    url = reverse("admin:bantin_placement_change", args=[placement.pk])
    form = client.get(url).content.decode()
    assert 'name="setting_count"' in form and 'name="setting_section"' in form
    data = {
        "region": "top",
        "position": "0",
        "setting_count": "3",
        "setting_heading": "Tin tiêu điểm",
        "setting_section": str(economy.pk),
        "setting_compact": "on",
    }
    response = client.post(url, data)
    assert response.status_code == 302
    placement.refresh_from_db()
    assert placement.settings == {
        "count": 3,
        "heading": "Tin tiêu điểm",
        "section": economy.pk,
        "compact": True,
    }


def test_a_placements_settings_form_refuses_bad_values(client, site_admin):
    placement = Layout.objects.get(page_type="home").placements.get(block="featured")
    before = placement.settings
    client.force_login(site_admin)
    url = reverse("admin:bantin_placement_change", args=[placement.pk])
    data = {"region": "top", "position": "0", "setting_count": "500", "setting_section": "99999"}
    response = client.post(url, data)
    assert response.status_code == 200
    placement.refresh_from_db()
    assert placement.settings == before


def test_a_block_is_refused_on_a_page_type_it_cannot_serve():
    placement = Placement(
        layout=Layout.objects.get(page_type="home"), region="main", block="toolbar"
    )
    with pytest.raises(ValidationError, match="không dùng được"):
        placement.full_clean()


def test_a_misplaced_block_already_in_the_database_does_not_break_the_page(client):
    make_news_item()
    Placement.objects.create(
        layout=Layout.objects.get(page_type="home"), region="main", block="toolbar"
    )
    assert client.get("/").status_code == 200


def test_deeply_nested_settings_get_a_message_not_a_500(client, site_admin):
    layout = Layout.objects.get(page_type="home")
    client.force_login(site_admin)
    nested = "[" * 100000 + "]" * 100000
    rows = existing_rows(layout) + [
        {"region": "main", "position": "9", "block": "latest", "settings": nested}
    ]
    response = client.post(
        reverse("admin:bantin_layout_change", args=[layout.pk]), inline_data(layout, rows)
    )
    assert response.status_code == 200
    assert "JSON" in response.content.decode()
