"""Query budgets of whole pages, independent of how much content exists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .factories import make_author, make_category, make_image, make_news_item, search_query_budget

pytestmark = pytest.mark.django_db

#: With no fragment to serve from, the lookup reads the whole row with its section and lead
#: image, then bylines and topics; the lists of links read no join.
ARTICLE_BUDGET = 7
HOME_BUDGET = 5  # the latest block's second query: a section short of recent items
SECTION_BUDGET = 6
AUTHOR_BUDGET = 5
TAG_BUDGET = 6


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


#: With the page's frame and every block's fragment in the cache: the lookup's few fields of the
#: item's row, no join (the rest, bylines and topics are read only when a part of the page must
#: be rendered).
ARTICLE_WARM_BUDGET = 1
#: With every block's fragment in the cache, what the page is about: a section, author or tag.
LISTING_WARM_BUDGET = 1


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """The budgets are of rendering a page: the cached page would need none. Every block is
    rendered (cold fragments) unless a test says otherwise."""
    settings.PORTAL_PAGE_CACHE = False
    settings.PORTAL_FRAGMENT_CACHE = False


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
    assert many <= SECTION_BUDGET


def test_a_deep_section_page_costs_what_the_first_does(client):
    items = fill(sections=1, per_section=45)
    url = items[0].category.get_absolute_url()
    first = queries_for(client, url)
    deep = queries_for(client, url + "?page=3")
    assert first == deep <= SECTION_BUDGET
    html = client.get(url + "?page=3").content.decode()
    # The section lists its subsection's items too: all of them here.
    newest_first = sorted(items, key=lambda item: (item.publish_at, item.pk), reverse=True)

    def listed(item):
        return f'href="{item.get_absolute_url()}"' in html

    assert listed(newest_first[40]) and listed(newest_first[44]) and not listed(newest_first[39])


def test_author_and_tag_pages_query_counts_do_not_grow_with_content(client):
    from bantin.models import Tag

    tag = Tag.objects.create(name="Nông thôn mới", slug="nong-thon-moi")
    author = make_author()
    for item in fill(sections=1, per_section=3):
        item.tags.add(tag)
        item.bylines.create(author=author, position=2)
    few = (
        queries_for(client, author.get_absolute_url()),
        queries_for(client, tag.get_absolute_url()),
    )
    for item in fill(sections=3, per_section=12):
        item.tags.add(tag)
        item.bylines.create(author=author, position=2)
    many = (
        queries_for(client, author.get_absolute_url()),
        queries_for(client, tag.get_absolute_url()),
    )
    assert few == many
    assert many[0] <= AUTHOR_BUDGET and many[1] <= TAG_BUDGET


def test_search_page_query_count_does_not_grow_with_content(client):
    fill(sections=1, per_section=3)
    few = queries_for(client, "/tim-kiem/?q=ban+tin")
    fill(sections=3, per_section=15)
    many = queries_for(client, "/tim-kiem/?q=ban+tin")
    assert few == many
    assert many <= search_query_budget()


def test_an_uncached_article_with_warm_fragments_makes_one_query(client, settings):
    settings.PORTAL_FRAGMENT_CACHE = True
    item = fill(sections=2, per_section=6)[-1]
    item.tags.create(name="Nông thôn mới", slug="nong-thon-moi")
    assert queries_for(client, item.get_absolute_url()) <= ARTICLE_WARM_BUDGET
    client.get(item.get_absolute_url())
    with CaptureQueriesContext(connection) as captured:
        response = client.get(item.get_absolute_url())
    assert response.status_code == 200 and len(captured) == 1
    lookup = captured.captured_queries[0]["sql"]
    # Neither a join nor the body: the page came from fragments.
    assert "JOIN" not in lookup and '"body' not in lookup


def test_a_warm_article_on_the_database_cache_makes_three_queries(client, settings, shared_cache):
    """The embedded default's cache is read with queries too: the lookup, the site structure and
    one read of the page's frame, fragments and change clock — also on a cache just emptied,
    which has no change clock yet (the tags' versions are then not read on every request)."""
    settings.PORTAL_FRAGMENT_CACHE = True
    url = fill(sections=2, per_section=6)[-1].get_absolute_url()
    shared_cache.clear()
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    assert len(captured) == 3, [query["sql"][:80] for query in captured.captured_queries]


def test_a_page_made_stale_reads_each_tags_version_once_and_is_stored_in_one_write(
    client, settings, shared_cache
):
    """After a publication on the database cache: the stale page's tags are read once, and
    serve the fragments' lookup and both stores; what was rendered is written with the page."""
    from bantin import pagecache

    settings.PORTAL_PAGE_CACHE = True
    settings.PORTAL_FRAGMENT_CACHE = True
    items = fill(sections=2, per_section=6)
    url = items[-1].get_absolute_url()
    client.get(url)
    # A publication in the article's section: its own "other news" is rendered again.
    pagecache.bump("news", "latest", f"section:{items[-1].category_id}")
    client.get(items[0].get_absolute_url())  # another page renders the site-wide lists first
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    statements = [query["sql"] for query in captured.captured_queries]
    assert len([sql for sql in statements if pagecache.TAG_PREFIX in sql]) == 1, statements
    assert len([sql for sql in statements if "INSERT INTO" in sql]) == 1, statements


def test_an_article_rendered_from_its_lookup_shows_its_whole_row(client, settings):
    settings.PORTAL_FRAGMENT_CACHE = True
    item = fill(sections=1, per_section=2)[-1]
    item.body = "<p>Toàn văn bài viết về đường giao thông nông thôn.</p>"
    item.save()
    html = client.get(item.get_absolute_url()).content.decode()
    assert "Toàn văn bài viết về đường giao thông nông thôn." in html
    assert item.category.name in html


def test_listings_with_warm_fragments_look_up_only_what_they_are_about(client, settings):
    from bantin.models import Tag

    settings.PORTAL_FRAGMENT_CACHE = True
    items = fill(sections=2, per_section=6)
    tag = Tag.objects.create(name="Giao thông", slug="giao-thong")
    items[0].tags.add(tag)
    author = items[0].bylines.first().author
    assert queries_for(client, "/") == 0
    for url in (
        items[0].category.get_absolute_url(),
        author.get_absolute_url(),
        tag.get_absolute_url(),
    ):
        assert queries_for(client, url) <= LISTING_WARM_BUDGET, url
