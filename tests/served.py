"""The portal served by gunicorn, in processes of its own, on a database of its own: for tests
of requests that really run at the same time. (Django's live server shares one connection to
the in-memory SQLite test database between its threads, which hides how a file is locked.)"""

import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing, contextmanager
from pathlib import Path

import requests
from django.db import connection

PROJECT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ServedPortal:
    """A running portal: its address, SQL on its database, and shell commands in it."""

    def __init__(self, url, env, sql):
        self.url, self.env, self._sql = url, env, sql

    def query(self, statement, *params):
        return self._sql(statement, params)

    def shell(self, code):
        return subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=PROJECT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def create_user(self, username, role):
        """A staff user with ``role``; its password."""
        password = secrets.token_urlsafe(12)
        self.shell(
            "from django.contrib.auth import get_user_model\n"
            "from django.contrib.auth.models import Group\n"
            f"user = get_user_model().objects.create_user({username!r}, password={password!r},"
            " is_staff=True)\n"
            f"user.groups.add(Group.objects.get(name={role!r}))\n"
        )
        return password

    def session(self, username, password):
        """A logged-in admin session, as a browser keeps it."""
        browser = requests.Session()
        browser.get(f"{self.url}/admin/login/", timeout=30)
        response = browser.post(
            f"{self.url}/admin/login/?next=/admin/",
            data={
                "username": username,
                "password": password,
                "csrfmiddlewaretoken": browser.cookies["csrftoken"],
                "next": "/admin/",
            },
            headers={"Referer": f"{self.url}/admin/login/"},
            timeout=30,
        )
        assert response.url.endswith("/admin/"), response.text[:500]
        return browser


@contextmanager
def _database(tmp_path):
    """A fresh database on the engine the tests run on: its URL and a function running SQL."""
    if connection.vendor == "sqlite":
        path = tmp_path / "served.sqlite3"

        def sql(statement, params):
            with closing(sqlite3.connect(path)) as db:
                return db.execute(statement.replace("%s", "?"), params).fetchall()

        yield f"sqlite:///{path}", sql
        return
    import psycopg2

    settings = connection.settings_dict
    name = f"served_{secrets.token_hex(4)}"
    server = (
        f"postgres://{settings['USER']}:{settings['PASSWORD'] or ''}@"
        f"{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"
    )

    def run(database, statement, params=()):
        db = psycopg2.connect(f"{server}/{database}")
        db.autocommit = True
        try:
            with db.cursor() as cursor:
                cursor.execute(statement, params)
                return cursor.fetchall() if cursor.description else None
        finally:
            db.close()

    run("postgres", f'CREATE DATABASE "{name}"')
    try:
        yield f"{server}/{name}", lambda statement, params: run(name, statement, params)
    finally:
        run("postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def served_portal(tmp_path, *, workers=3, threads=2):
    """The portal, migrated, under gunicorn with ``workers`` × ``threads`` requests at once."""
    with _database(tmp_path) as (database_url, sql):
        port = free_port()
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "PORTAL_PAGE_CACHE": "false",
            "MEDIA_ROOT": str(tmp_path / "media"),
        }
        env.pop("DATABASE_REPLICA_URL", None)
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--verbosity", "0"],
            cwd=PROJECT,
            env=env,
            check=True,
        )
        log = tmp_path / "gunicorn.log"
        with open(log, "wb") as output:
            server = subprocess.Popen(  # noqa: S603 - our own gunicorn
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "portal.wsgi",
                    f"--bind=127.0.0.1:{port}",
                    f"--workers={workers}",
                    f"--threads={threads}",
                    "--timeout=120",
                ],
                cwd=PROJECT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 180
            while True:
                try:
                    if requests.get(f"{url}/healthz", timeout=5).status_code == 200:
                        break
                except requests.RequestException:
                    pass  # not listening yet, or its workers still starting
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn did not start:\n{log.read_text()[-3000:]}")
                time.sleep(0.2)
            yield ServedPortal(url, env, sql)
        finally:
            server.terminate()
            server.wait(timeout=30)
