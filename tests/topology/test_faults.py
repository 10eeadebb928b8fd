"""Faults of production, each with the real processes of the topology: Redis stopped,
PostgreSQL restarted under load, a gunicorn worker killed mid-save, media that cannot be
written. Each test puts back what it broke."""

import itertools
import os
import pwd
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

import psycopg2
import pytest
import redis
import requests

from bantin import roles
from deploy.topology import APP_USER
from tests.factories import image_bytes

from .conftest import (
    client,
    create_published_item,
    create_section,
    create_user,
    logged_in,
    post_form,
)

_numbers = itertools.count(1)
#: After PostgreSQL is back, the site must serve again by itself within this.
RECOVERY_SECONDS = 5
#: How long PostgreSQL stays down during the restart.
DOWN_SECONDS = 2


def unique(path):
    """``path`` with a query of its own: past nginx's micro-cache and the portal's page cache.
    A ``{n}`` in it takes the number, else a parameter is added."""
    number = next(_numbers)
    if "{n}" in path:
        return path.format(n=number)
    return f"{path}{'&' if '?' in path else '?'}lan={number}"


def new_log(topology, name, offset):
    return topology.log(name).read_bytes()[offset:].decode(errors="replace")


def log_size(topology, name):
    return topology.log(name).stat().st_size


def page_503_heading():
    """The heading of templates/503.html, rendered as the portal renders it."""
    from django.template.loader import render_to_string

    return re.search(r"<h1[^>]*>(.*?)</h1>", render_to_string("503.html"), re.S)[1].strip()


# Redis --------------------------------------------------------------------------------------------


def test_with_redis_stopped_readers_get_pages_and_staff_stay_logged_in(topology):
    article, section = create_published_item(
        topology, "Hội nghị tổng kết công tác dân vận", section="Dân vận"
    )
    password = create_user(topology, "bientap-redis", role=roles.EDITOR)
    staff = logged_in(topology, "bientap-redis", password)
    reader = client(topology)
    assert staff.get(topology.direct_url + "/admin/", timeout=30).status_code == 200
    offset = log_size(topology, "gunicorn")

    topology.stop_redis()
    try:
        for path in ["/", section, article, "/tim-kiem/?q=dan+van"]:
            response = reader.get(topology.direct_url + unique(path), timeout=30)
            assert response.status_code == 200, (path, response.text[:500])
        assert (
            "Hội nghị tổng kết công tác dân vận"
            in reader.get(topology.direct_url + unique(article), timeout=30).text
        )
        admin = staff.get(topology.direct_url + "/admin/", allow_redirects=False, timeout=30)
        assert admin.status_code == 200
        assert "bientap-redis" in admin.text
        changelist = staff.get(
            topology.direct_url + "/admin/bantin/newsitem/", allow_redirects=False, timeout=30
        )
        assert changelist.status_code == 200
        # Each cache error was ignored, and logged with the address it could not reach.
        logged = new_log(topology, "gunicorn", offset)
        assert f"127.0.0.1:{topology.ports['redis']}" in logged, logged[-3000:]
    finally:
        topology.start_redis()

    cache = redis.Redis(host="127.0.0.1", port=topology.ports["redis"])
    assert cache.dbsize() == 0  # a fresh, empty Redis
    assert reader.get(topology.direct_url + unique(section), timeout=30).status_code == 200
    assert cache.dbsize() > 0
    assert staff.get(topology.direct_url + "/admin/", allow_redirects=False).status_code == 200


# PostgreSQL -------------------------------------------------------------------------------------


class Load:
    """Threads requesting uncached pages through nginx until stopped; every answer kept."""

    def __init__(self, topology, sessions_and_paths):
        self.topology = topology
        self.jobs = sessions_and_paths
        self.results = []  # (monotonic time, path, status, headers, body)
        self.errors = []
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self.run, args=job) for job in self.jobs]

    def run(self, session, path):
        while not self.stopping.is_set():
            url = self.topology.direct_url + unique(path)
            try:
                response = session.get(url, allow_redirects=False, timeout=30)
            except requests.RequestException as error:
                self.errors.append((url, repr(error)))
                continue
            self.results.append(
                (time.monotonic(), path, response.status_code, response.headers, response.text)
            )

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopping.set()
        for thread in self.threads:
            thread.join()


def test_a_database_restart_under_load_answers_200_or_the_503_page_and_recovers(topology):
    create_published_item(topology, "Cải cách hành chính năm 2026", section="Cải cách")
    password = create_user(topology, "bientap-db", role=roles.EDITOR)
    staff = logged_in(topology, "bientap-db", password)
    master, workers = topology.gunicorn.pid, topology.worker_pids()
    heading = page_503_heading()

    jobs = [(client(topology), "/tim-kiem/?q=cai+cach+{n}") for _ in range(3)]
    # Staff pages always read the primary; readers' may be served by the replica meanwhile.
    jobs.append((staff, "/admin/bantin/newsitem/?q=cai+{n}"))
    with Load(topology, jobs) as load:
        time.sleep(1)
        topology.stop_database()
        time.sleep(DOWN_SECONDS)
        topology.start_database()
        restarted = time.monotonic()
        recovered = None
        while recovered is None and time.monotonic() - restarted < RECOVERY_SECONDS + 5:
            time.sleep(0.1)
            recent = [r for r in load.results if r[0] > restarted and r[1].startswith("/admin/")]
            if recent and recent[-1][2] == 200:
                recovered = recent[-1][0] - restarted
        time.sleep(1)

    assert load.errors == []
    statuses = {status for _, _, status, _, _ in load.results}
    assert statuses <= {200, 503}, statuses
    unavailable = [r for r in load.results if r[2] == 503]
    assert unavailable, "no request met the restart"
    for _, path, _, headers, body in unavailable:
        assert heading in body, (path, body[:500])
        assert headers.get("Retry-After"), (path, headers)
    for _, path, _, _, body in load.results:
        assert "Traceback" not in body, path
    print(
        f"database restart: {len(load.results)} answers, {len(unavailable)} with the 503 page, "
        f"serving again {recovered} s after PostgreSQL was back"
    )
    assert recovered is not None and recovered <= RECOVERY_SECONDS, recovered
    # From then on, every page answers again, readers' and staff's.
    after = [r for r in load.results if r[0] > restarted + recovered]
    assert {r[1] for r in after} == {path for _, path in jobs}
    assert {r[2] for r in after} == {200}
    # Nothing was restarted but PostgreSQL: the same gunicorn, the same workers.
    assert topology.gunicorn.pid == master and topology.worker_pids() == workers


# A gunicorn worker killed mid-save --------------------------------------------------------------


def hidden_inputs(html):
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))


def worker_with_connection_from(topology, client_port):
    """The gunicorn worker whose socket has ``client_port`` as its local port (/proc/net/tcp
    gives the socket's inode, the worker's fd table holds it)."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].split(":")[1], 16) == client_port:
            inodes.add(fields[9])
    for pid in topology.worker_pids():
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:[") and target[8:-1] in inodes:
                return pid
    raise AssertionError(f"no worker holds the connection from port {client_port}")


def test_a_worker_killed_in_the_middle_of_saving_an_item_leaves_nothing_half_saved(topology):
    password = create_user(topology, "quantri-kill", superuser=True)
    staff = logged_in(topology, "quantri-kill", password)
    create_section(topology, "Thời sự")
    category = topology.sql("SELECT id FROM bantin_category WHERE name = %s", ("Thời sự",))[0][0]
    title = "Bài lưu dở khi tiến trình bị dừng"
    counts = "SELECT (SELECT count(*) FROM bantin_newsitemrevision), (SELECT count(*) FROM bantin_newsitemtransition)"
    before = topology.sql(counts)[0]
    workers_before = topology.worker_pids()

    add = "/admin/bantin/newsitem/add/"
    form = staff.get(topology.direct_url + add, timeout=30).text
    management = {k: v for k, v in hidden_inputs(form).items() if k.endswith("_FORMS")}
    management.update({k: "0" for k in management if k.endswith("-TOTAL_FORMS")})
    data = {
        **management,
        "csrfmiddlewaretoken": hidden_inputs(form)["csrfmiddlewaretoken"],
        "title": title,
        "slug": "bai-luu-do",
        "sapo": "Đoạn mở đầu.",
        "body": "<p>Nội dung.</p>",
        "category": str(category),
        "_save": "Lưu",
    }

    # Readers and writers of the revision table wait behind this lock: the save writes the
    # item's row, then blocks on its first revision, inside the admin's transaction.
    lock = psycopg2.connect(topology.database_url)
    answers = []
    try:
        with lock.cursor() as cursor:
            cursor.execute("LOCK TABLE bantin_newsitemrevision IN ACCESS EXCLUSIVE MODE")

        def save():
            try:
                answers.append(
                    staff.post(
                        topology.direct_url + add,
                        data=data,
                        headers={"Origin": topology.direct_url},
                        timeout=60,
                    ).status_code
                )
            except requests.RequestException as error:
                answers.append(repr(error))

        saving = threading.Thread(target=save)
        saving.start()
        blocked = []
        deadline = time.monotonic() + 20
        while not blocked and time.monotonic() < deadline:
            time.sleep(0.05)
            blocked = topology.sql(
                "SELECT pid, client_port FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND query ILIKE %s",
                ("%bantin_newsitemrevision%",),
            )
        assert blocked, "the save never reached the revision table"
        backend, client_port = blocked[0]
        assert topology.sql(
            "SELECT count(*) FROM pg_locks WHERE pid = %s AND granted "
            "AND relation = 'bantin_newsitem'::regclass AND mode = 'RowExclusiveLock'",
            (backend,),
        )[0][0], "the item's row was not written yet"
        worker = worker_with_connection_from(topology, client_port)

        os.kill(worker, signal.SIGKILL)
    finally:
        lock.rollback()
        lock.close()
    saving.join(60)

    # PostgreSQL ends the dead worker's session, rolling its transaction back.
    deadline = time.monotonic() + 20
    while topology.sql("SELECT 1 FROM pg_stat_activity WHERE pid = %s", (backend,)):
        assert time.monotonic() < deadline, "the killed worker's session lives on"
        time.sleep(0.1)
    assert topology.sql("SELECT count(*) FROM bantin_newsitem WHERE title = %s", (title,)) == [(0,)]
    assert topology.sql(counts)[0] == before
    for table in ["bantin_newsitemrevision", "bantin_newsitemtransition"]:
        orphans = topology.sql(
            f"SELECT count(*) FROM {table} t LEFT JOIN bantin_newsitem n "  # noqa: S608
            "ON n.id = t.news_item_id WHERE n.id IS NULL"
        )
        assert orphans == [(0,)], table
    print(f"killed worker {worker} mid-save; the client got {answers}")
    # nginx answered the cut-off request itself; gunicorn replaced the worker.
    assert answers and (answers[0] in (502, 504) or "Connection" in str(answers[0])), answers
    replaced = topology.wait_for_workers()
    assert worker not in replaced and len(replaced) == len(workers_before)
    assert client(topology).get(topology.direct_url + unique("/"), timeout=30).status_code == 200
    assert staff.get(topology.direct_url + add, timeout=30).status_code == 200


# Media that cannot be written -------------------------------------------------------------------


def files_under(folder):
    return {str(path.relative_to(folder)) for path in Path(folder).rglob("*") if path.is_file()}


def mount_full_tmpfs(folder):
    """A tiny tmpfs over ``folder``, owned by the web user, filled to the last byte."""
    user = pwd.getpwnam(APP_USER)
    options = f"size=64k,mode=0755,uid={user.pw_uid},gid={user.pw_gid}"
    mounted = subprocess.run(  # noqa: S603
        ["/usr/bin/mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        message = f"cannot mount a tmpfs ({mounted.stderr.strip()}): needs root"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    filler = os.open(folder / "day-o-dia", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while os.write(filler, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(filler)


@pytest.fixture(params=["disk full", "not writable"])
def unwritable_media(request, topology):
    """MEDIA_ROOT that the web user cannot write: a full tmpfs mounted over it, or every
    folder in it made read-only (gunicorn runs as a user other than root, who would ignore it)."""
    media = topology.media_root
    if request.param == "disk full":
        mount_full_tmpfs(media)
        yield media
        subprocess.run(["/usr/bin/umount", str(media)], check=True)  # noqa: S603
        return
    folders = [media, *(path for path in media.rglob("*") if path.is_dir())]
    modes = {folder: folder.stat().st_mode for folder in folders}
    for folder in folders:
        folder.chmod(0o555)
    yield media
    for folder, mode in modes.items():
        folder.chmod(mode)


def test_an_upload_to_media_that_cannot_be_written_is_refused_with_a_clear_message(
    topology, unwritable_media
):
    username = f"phongvien-media-{next(_numbers)}"
    password = create_user(topology, username, role=roles.REPORTER)
    staff = logged_in(topology, username, password)
    images_before = topology.sql("SELECT count(*) FROM bantin_image")
    files_before = files_under(unwritable_media)

    response = post_form(
        staff,
        topology,
        "/admin/bantin/image/add/",
        {"alt_text": "Ảnh không lưu được", "_save": "Lưu"},
        files={"file": ("anh.jpg", image_bytes(size=(400, 300)), "image/jpeg")},
    )

    assert response.status_code == 200, response.status_code
    # The form's own error (not the admin's general "please correct the errors" note), in
    # Vietnamese with its diacritics.
    errors = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.text, re.S)
    message = " ".join(re.sub(r"<[^>]+>", " ", error) for error in errors)
    assert re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", message), message
    assert topology.sql("SELECT count(*) FROM bantin_image") == images_before
    assert files_under(unwritable_media) == files_before
