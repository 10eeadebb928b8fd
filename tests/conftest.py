import os
import shutil

import pytest

from bantin import roles

from .factories import make_user

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(autouse=True, scope="session")
def cache_of_the_run():
    """The suite's cache is local memory, one for the run: tests pin the queries of pages, and
    the embedded default's database cache would add its own. Tests of what depends on the
    shared default take the ``shared_cache`` fixture; tests/test_processes.py runs servers on it."""
    from django.test import override_settings

    local = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}
    with override_settings(CACHES={"default": {**local, "OPTIONS": {"MAX_ENTRIES": 50_000}}}):
        yield


@pytest.fixture
def shared_cache(settings, db):
    """The embedded default's cache, a table of the test database (portal/cache.py)."""
    from django.core.cache import cache
    from django.core.management import call_command

    from portal.settings import shared_database_cache

    settings.CACHES = {"default": shared_database_cache()}
    call_command("createcachetable", verbosity=0)
    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the cached site structure, view buffers."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def vietnamese_to_begin_with():
    """Each test starts in the default language. A request for an /en/ page leaves English
    active in the thread (LocaleMiddleware sets a request's language and never resets it), and
    the next test's reverse() and get_absolute_url() would give /en/ addresses."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True, scope="session")
def static_files_from_the_source(tmp_path_factory):
    """Static files straight from the app folders, without collectstatic's hashed names
    (tests/test_static.py collects them and checks those); an empty STATIC_ROOT."""
    from django.conf import settings
    from django.test import override_settings

    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    with override_settings(
        STORAGES={**settings.STORAGES, "staticfiles": plain},
        STATIC_ROOT=tmp_path_factory.mktemp("static"),
    ):
        yield


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    """Real hashers cost a third of a second per user; tests create hundreds of users."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads of a test go to its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def editor(db):
    return make_user("bientapvien", role=roles.EDITOR)


@pytest.fixture
def reporter(db):
    return make_user("phongvien", role=roles.REPORTER)


@pytest.fixture
def migration_data(transactional_db):
    """What data migrations create (role groups, default layouts), which transactional tests
    lose when the database is flushed between them. Permissions come back with the flush."""
    from importlib import import_module

    from django.apps import apps

    roles = import_module("bantin.migrations.0002_roles")
    layouts = import_module("bantin.migrations.0004_default_layouts")
    roles.assign_roles(apps)
    layouts.seed_layouts(apps)
    layouts.assign_permissions(apps)
    import_module("bantin.migrations.0006_workflow_roles").assign_workflow_permissions(apps)
    import_module("bantin.migrations.0008_reporters_edit_own_images").grant(apps, None)
    import_module("bantin.migrations.0010_search_layout").forwards(apps, None)
    import_module("bantin.migrations.0014_site_settings").assign(apps)
    import_module("bantin.migrations.0021_lockouts_and_photo_credit").assign(apps)


@pytest.fixture(scope="session")
def demo_pages(django_db_setup, django_db_blocker, tmp_path_factory):
    """The HTML of every public page type with the demo content, rendered once for the run in a
    transaction that is then rolled back (tests/public_pages.py). Tests using it are marked
    django_db: without such a test in the run, pytest-django creates no test database."""
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import transaction
    from django.test import override_settings

    from .public_pages import render_pages, restore_migration_data

    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        cache.clear()
        with transaction.atomic():
            restore_migration_data()
            call_command("load_demo", "--no-users", verbosity=0)
            pages = render_pages()
            transaction.set_rollback(True)
        cache.clear()
    return pages


def chromium_path():
    return (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )


@pytest.fixture(scope="session")
def browser():
    """A real headless Chromium. Under CI=true its absence fails the run instead of skipping."""
    executable = chromium_path()
    if not executable:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is required under CI=true (apt-get install chromium).")
        pytest.skip("Chromium is not installed (apt-get install chromium).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(browser):
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    yield page
    context.close()


def pytest_collection_modifyitems(config, items):
    """Tests of PostgreSQL's own behaviour (marked postgres_only) are left out of a run on
    another database, not skipped: `make test` runs them in its PostgreSQL run."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    left_out = [item for item in items if item.get_closest_marker("postgres_only")]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not item.get_closest_marker("postgres_only")]
