"""The production topology (docker-compose.yml) as real local processes, once per test session:
PostgreSQL primary and streaming replica, Redis, gunicorn and nginx (deploy/topology.py).

These tests run only with `make test-topology` (`pytest tests/topology`); the default runs
leave this folder out (pyproject.toml's addopts). They talk to the topology through nginx, as a
browser behind the TLS terminator would, and look at its database with SQL: pytest-django's test
database is not involved.
"""

import json
import os
import re
import secrets

import pytest
import requests

from deploy.topology import FORWARDED_HTTPS, Topology, missing_tools

#: gunicorn workers: enough to show a worker replaced while the other serves, on two cores.
WORKERS = 2


@pytest.fixture(scope="session")
def topology():
    """The running topology. Under CI=true a missing server fails the run instead of skipping."""
    missing = missing_tools()
    if missing:
        message = "the production topology needs " + ", ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    with Topology(workers=WORKERS) as running:
        yield running


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """A failed test's report ends with the end of every process's log."""
    report = yield
    running = item.funcargs.get("topology") if hasattr(item, "funcargs") else None
    if report.failed and running is not None and running.workdir:
        report.sections.append(("topology logs", running.logs(lines=60)))
    return report


def create_user(topology, username, *, role=None, superuser=False):
    """A staff user in the topology's database, made with `manage.py shell`; its password."""
    password = secrets.token_urlsafe(16)
    topology.shell(
        "from django.contrib.auth import get_user_model\n"
        "from django.contrib.auth.models import Group\n"
        f"username, password, role = {[username, password, role]!r}\n"
        "User = get_user_model()\n"
        f"create = User.objects.create_superuser if {superuser!r} else User.objects.create_user\n"
        "user = create(username, password=password, is_staff=True)\n"
        "if role:\n"
        "    user.groups.add(Group.objects.get(name=role))\n"
    )
    return password


def create_section(topology, name):
    """A section (Category) in the topology's database; its URL."""
    return topology.shell(
        "from bantin.models import Category\n"
        f"print(Category.objects.create(name={json.dumps(name)}).get_absolute_url())"
    ).strip()


class LoopbackCookieJar(requests.cookies.RequestsCookieJar):
    """Sends the portal's Secure cookies back over http://127.0.0.1, as browsers do for
    loopback: TLS ends in front of nginx, which the topology leaves out. (The browser test
    checks that the portal marks them Secure.)"""

    def set_cookie(self, cookie, *args, **kwargs):
        cookie.secure = False
        return super().set_cookie(cookie, *args, **kwargs)


def client(topology):
    """An HTTP client of nginx that says, as the TLS terminator would, that it came by HTTPS."""
    session = requests.Session()
    session.headers.update(FORWARDED_HTTPS)
    session.cookies = LoopbackCookieJar()
    return session


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]


def post_form(session, topology, path, data, files=None, timeout=30):
    """POST a form of ``path`` with its CSRF token, from the site's own origin."""
    form = session.get(topology.direct_url + path, timeout=30)
    form.raise_for_status()
    return session.post(
        topology.direct_url + path,
        data={"csrfmiddlewaretoken": csrf_token(form.text), **data},
        files=files,
        headers={"Origin": topology.direct_url, "Referer": topology.direct_url + path},
        timeout=timeout,
    )


def logged_in(topology, username, password):
    """A client logged in to the admin through nginx."""
    session = client(topology)
    response = post_form(
        session, topology, "/admin/login/", {"username": username, "password": password}
    )
    assert "sessionid" in session.cookies, response.text[:2000]
    return session


def create_published_item(topology, title, *, section):
    """A news item readers see, in a new section; (its URL, the section's URL)."""
    output = topology.shell(
        "from django.utils import timezone\n"
        "from bantin.models import Category, NewsItem\n"
        f"title, section = {json.dumps([title, section])}\n"
        "category = Category.objects.create(name=section)\n"
        "item = NewsItem.objects.create(title=title, sapo='Đoạn mở đầu.', body='<p>Nội dung.</p>',\n"
        "    category=category, status=NewsItem.Status.PUBLISHED, publish_at=timezone.now())\n"
        "print(item.get_absolute_url(), category.get_absolute_url())\n"
    )
    article, section_url = output.split()
    return article, section_url
