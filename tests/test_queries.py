"""Query budgets of whole pages, independent of how much content exists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .factories import make_author, make_category, make_image, make_news_item

pytestmark = pytest.mark.django_db

ARTICLE_BUDGET = 7
HOME_BUDGET = 4


def fill(sections=3, per_section=10):
    created = []
    for s in range(sections):
        parent = make_category(f"Chuyên mục {s}")
        child = make_category(f"Chuyên mục con {s}", parent=parent)
        for n in range(per_section):
            created.append(
                make_news_item(
                    category=child if n % 2 else parent,
                    lead_image=make_image(),
                    authors=[make_author(), make_author()],
                    is_featured=n % 3 == 0,
                )
            )
    return created


def queries_for(client, url):
    """Queries of a request once the cached site structure is warm (it is rebuilt only after
    a section or layout changes)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_article_page_query_count_does_not_grow_with_content(client):
    small = fill(sections=1, per_section=3)
    few = queries_for(client, small[0].get_absolute_url())
    large = fill(sections=4, per_section=15)
    many = queries_for(client, large[-1].get_absolute_url())
    assert few == many
    assert many <= ARTICLE_BUDGET


def test_home_page_query_count_does_not_grow_with_content(client):
    fill(sections=1, per_section=3)
    few = queries_for(client, "/")
    fill(sections=5, per_section=12)
    many = queries_for(client, "/")
    assert few == many
    assert many <= HOME_BUDGET


def test_section_page_query_count_does_not_grow_with_content(client):
    items = fill(sections=1, per_section=4)
    few = queries_for(client, items[0].category.get_absolute_url())
    items = fill(sections=2, per_section=30)
    many = queries_for(client, items[-1].category.get_absolute_url())
    assert few == many
