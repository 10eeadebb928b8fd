"""Block templates and the page frame under Django's engine and under Jinja2: µs per render.

The Jinja2 port of the templates is in bench/jinja2/, its environment in
bench/jinja2_environment.py; the site itself renders with Django's engine only.

    DATABASE_URL=sqlite:////tmp/bench-pages.sqlite3 .venv/bin/python bench/templates.py

Production's settings (no template reloading, no debug annotations) need collected static
files: ``STATIC_ROOT=/tmp/static manage.py collectstatic --noinput``, then run with
``DJANGO_DEBUG=false DJANGO_SECRET_KEY=… STATIC_ROOT=/tmp/static``; the header says which.

Contexts are real ones: an article, the home page, the biggest section and a search of the
database are put together as their views would, and each block placed on them gets its context
from its own ``get_context`` with the placement's settings, once (a generated data set has no
views counted: the most-read list gets the newest items instead). Then each template is
rendered ``--number`` times per round under each engine, rounds alternating, and the fastest
round is reported, in CPU time of this process (as timeit takes the fastest: on a shared
machine the slower rounds measure the other load). The two outputs must be equal: byte for
byte, or else but for whitespace that shows nothing (a ``{% load %}`` line of a Django template
leaves a newline that its Jinja2 port does not have). A template changed without its port
makes the script fail.

Then whole pages, as bench/render.py requests them (the page cache and the fragment cache off,
every block rendered): each address is requested once with the blocks and the frame rendered by
Django's engine and once by the port, in alternating order, and the median CPU time of this
process per page is reported.
"""

import argparse
import contextlib
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ["PORTAL_PAGE_CACHE"] = "off"
os.environ.setdefault("CACHE_URL", "locmemcache://bench-templates?max_entries=200000")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.template import engines  # noqa: E402
from django.template.backends.jinja2 import Jinja2  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402
from django.utils.safestring import mark_safe  # noqa: E402

from bantin import views  # noqa: E402
from bantin.blocks import registry  # noqa: E402
from bantin.models import Category, NewsItem  # noqa: E402

ENGINES = ("django", "jinja2")
BACKENDS = {
    "django": engines["django"],
    # As a TEMPLATES entry would make it, with the frame's context processor.
    "jinja2": Jinja2(
        {
            "NAME": "jinja2",
            "DIRS": [PROJECT / "bench" / "jinja2"],
            "APP_DIRS": False,
            "OPTIONS": {
                "environment": "jinja2_environment.environment",
                "context_processors": ["bantin.context_processors.portal"],
            },
        }
    ),
}


def article():
    """A published article with a lead image, bylines and topics: the fullest article page."""
    item = (
        NewsItem.objects.published()
        .annotate(topic_count=Count("tags"), author_count=Count("bylines"))
        .filter(lead_image__isnull=False, topic_count__gt=0, author_count__gt=0)
        .order_by("-publish_at")
        .first()
    )
    return NewsItem.objects.published().for_article().get(pk=item.pk)


def pages(factory):
    """The pages whose blocks are measured, as their views build them."""
    item = article()
    section = max(Category.objects.active(), key=lambda s: s.news_items.count())
    home_page = views.Page(request=factory.get("/"), kind="home")
    article_page = views.article_page(factory.get(item.get_absolute_url()), item)
    section_page = views.Page(
        request=factory.get(section.get_absolute_url()),
        kind="category",
        category=section,
        title=section.name,
        description=section.description,
    )
    query = item.title.split()[0]
    search_page = views.Page(
        request=factory.get(reverse("bantin:search"), {"q": query}),
        kind="search",
        query=query,
        title=query,
    )
    return {
        "article": article_page,
        "home": home_page,
        "section": section_page,
        "search": search_page,
    }


def placements(page):
    """Each block placed on ``page``'s layout, with its region and the context it renders."""
    section_id = page.section.pk if page.section is not None else None
    layout = page.structure.layout(page.kind, section_id)
    for region, region_placements in layout.items():
        for name, block_settings in region_placements:
            if name not in registry or not registry.get(name).fits(page.kind):
                continue
            block = registry.get(name)
            context = {"block": block, "page": page, "request": page.request}
            options = block.options(block_settings)
            context.update(block.get_context(page, **options))
            if block.name == "mostread" and not context["items"]:
                # No view counted in a generated data set: the newest items, as a list that
                # renders as the most read would.
                newest = NewsItem.objects.published().for_cards().newest_first()
                context["items"] = list(newest[: options["count"]])
            yield region, block, context


def render(engine, template_name, context, request=None):
    # What render_to_string does once the engine is known, as Block.render_with_tags does.
    return BACKENDS[engine].get_template(template_name).render(dict(context), request)


def without_spaces(html):
    """``html`` without the whitespace that shows nothing: runs of it, and between tags."""
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", html)).strip()


def equal(a, b):
    # The view beacon's token is signed with the time, to the second.
    a, b = (re.sub(r'data-view-token="[^"]*"', 'data-view-token=""', html) for html in (a, b))
    if a == b:
        return "bytes"
    if without_spaces(a) == without_spaces(b):
        return "space"
    return ""


def first_difference(a, b):
    a, b = without_spaces(a), without_spaces(b)
    at = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return f"django: …{a[max(0, at - 60) : at + 80]!r}\n  jinja2: …{b[max(0, at - 60) : at + 80]!r}"


def measure(template_name, context, number, rounds, request=None):
    """µs per render for each engine, in the fastest round, the queries of one render, and their equality."""
    outputs, queries = {}, {}
    for engine in ENGINES:
        render(engine, template_name, context, request)  # what a first render loads, loaded
        with CaptureQueriesContext(connection) as captured:
            outputs[engine] = render(engine, template_name, context, request)
        queries[engine] = len(captured)
    times = {engine: [] for engine in ENGINES}
    for _round in range(rounds):
        for engine in ENGINES:
            start = time.process_time()
            for _ in range(number):
                render(engine, template_name, context, request)
            times[engine].append((time.process_time() - start) / number * 1e6)
    best = {engine: min(times[engine]) for engine in ENGINES}
    return best, queries, outputs


@contextlib.contextmanager
def pages_rendered_by(engine):
    """Blocks (Block.render_with_tags) and the frame (render_page) rendered by ``engine``."""
    if engine == "django":
        yield
        return

    def render_to_string(template_name, context=None, request=None):
        # Django's backend returns a SafeString, the Jinja2 one a plain str.
        html = BACKENDS[engine].get_template(template_name).render(context, request)
        return mark_safe(html)  # noqa: S308 - rendered with autoescaping

    with (
        mock.patch("bantin.blocks.base.render_to_string", render_to_string),
        mock.patch("bantin.pages.render_to_string", render_to_string),
    ):
        yield


def whole_pages(articles, repeat, language):
    """Median CPU ms per page under each engine, for random articles, home and a section, in
    ``language``."""
    published = list(NewsItem.objects.published().values_list("pk", "slug"))
    chosen = random.Random(2026).sample(published, min(articles, len(published)))
    section = max(Category.objects.active(), key=lambda s: s.news_items.count())
    with translation.override(language):  # the addresses of the pages in that language
        urls = {
            "article": [NewsItem(pk=pk, slug=slug).get_absolute_url() for pk, slug in chosen],
            "home": [reverse("bantin:home")] * repeat,
            "section p1": [section.get_absolute_url()] * repeat,
            "section p5": [section.get_absolute_url() + "?page=5"] * repeat,
        }
    client = Client(HTTP_HOST="127.0.0.1")
    for engine in ENGINES:
        with pages_rendered_by(engine):
            client.get("/")  # the site structure and settings, the templates compiled
    failures = 0
    for kind, addresses in urls.items():
        times = {engine: [] for engine in ENGINES}
        different = 0
        for number, url in enumerate(addresses):
            html = {}
            for engine in ENGINES if number % 2 else reversed(ENGINES):
                with pages_rendered_by(engine):
                    start = time.process_time()
                    response = client.get(url)
                    times[engine].append((time.process_time() - start) * 1000)
                if response.status_code != 200:
                    raise RuntimeError(f"{url} answered {response.status_code}")
                html[engine] = response.content.decode()
            different += not equal(html["django"], html["jinja2"])
        django_ms, jinja_ms = (statistics.median(times[engine]) for engine in ENGINES)
        print(
            f"{kind:<12} {django_ms:>9.1f} {jinja_ms:>9.1f} {django_ms - jinja_ms:>8.1f}"
            f" {1 - jinja_ms / django_ms:>6.0%}"
            + (f"  {different} of {len(addresses)} pages differ" if different else "")
        )
        failures += different
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--number", type=int, default=200, help="renders of a template a round")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--language", default=settings.LANGUAGE_CODE, help="vi or en")
    parser.add_argument("--articles", type=int, default=100, help="random articles, whole pages")
    parser.add_argument("--repeat", type=int, default=30, help="requests of each listing")
    args = parser.parse_args()
    translation.activate(args.language)
    factory = RequestFactory(HTTP_HOST="127.0.0.1")
    print(
        f"database: {connection.vendor}, published items: {NewsItem.objects.published().count()},"
        f" language: {args.language}, DEBUG: {settings.DEBUG},"
        f" CPU µs, fastest of {args.rounds} rounds of {args.number} renders"
    )
    print(
        f"{'page':<8} {'template (region)':<30} {'django µs':>9} {'jinja2 µs':>9} {'saved':>6} equal"
    )
    failures = 0
    for kind, page in pages(factory).items():
        page.load_details()
        regions = {}
        totals = dict.fromkeys(ENGINES, 0.0)
        for region, block, context in placements(page):
            best, queries, outputs = measure(block.template_name, context, args.number, args.rounds)
            regions.setdefault(region, []).append(outputs["django"])
            same = equal(outputs["django"], outputs["jinja2"])
            failures += not same
            for engine in ENGINES:
                totals[engine] += best[engine]
            row(kind, f"{block.name} ({region})", best, same, queries)
            if not same:
                print("  " + first_difference(outputs["django"], outputs["jinja2"]))
        frame = {"page": page, "regions": regions}
        best, queries, outputs = measure(
            "bantin/page.html", frame, args.number, args.rounds, request=page.request
        )
        same = equal(outputs["django"], outputs["jinja2"])
        failures += not same
        row(kind, "page.html (the frame)", best, same, queries)
        if not same:
            print("  " + first_difference(outputs["django"], outputs["jinja2"]))
        row(kind, "the page's blocks together", totals, "", {})
    print(f"\nwhole pages, every block rendered: median CPU ms of {args.articles} articles,")
    print(f"{args.repeat} of each listing")
    print(f"{'page':<12} {'django':>9} {'jinja2':>9} {'saved':>8} {'share':>6}")
    with override_settings(PORTAL_FRAGMENT_CACHE=False):
        failures += whole_pages(args.articles, args.repeat, args.language)
    if failures:
        sys.exit(f"{failures} templates or pages render differently")


def row(kind, name, best, same, queries):
    django_us, jinja_us = best["django"], best["jinja2"]
    saved = f"{1 - jinja_us / django_us:.0%}" if django_us else ""
    extra = f" ({queries['django']}/{queries['jinja2']} queries)" if any(queries.values()) else ""
    print(f"{kind:<8} {name:<30} {django_us:>9.0f} {jinja_us:>9.0f} {saved:>6} {same}{extra}")


if __name__ == "__main__":
    main()
