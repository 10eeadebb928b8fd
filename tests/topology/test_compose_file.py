"""docker-compose.yml, the Dockerfile, .env.example and deploy/nginx.conf, read as files (there
is no Docker engine here), and what the running topology shows of them through nginx."""

import gzip
import re
import subprocess

import redis
import requests

from deploy.topology import (
    COMPOSE_FILE,
    DOCKERFILE,
    ENV_EXAMPLE,
    PROJECT,
    VENV_BIN,
    Compose,
    dockerfile_instructions,
    read_env_file,
)

NGINX_CONF = PROJECT / "deploy" / "nginx.conf"
MIB = 1024 * 1024


def compose():
    return Compose(read_env_file(ENV_EXAMPLE) | {"POSTGRES_PASSWORD": "x"})


def test_the_compose_file_follows_the_compose_specification():
    # The Compose Specification's JSON schema as check-jsonschema ships it (no download).
    checked = subprocess.run(  # noqa: S603
        [
            str(VENV_BIN / "check-jsonschema"),
            "--builtin-schema",
            "vendor.compose-spec",
            str(COMPOSE_FILE),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_every_variable_the_settings_read_is_in_env_example():
    read = set()
    for source in [PROJECT / "portal" / "settings.py", PROJECT / "deploy" / "gunicorn.conf.py"]:
        text = source.read_text(encoding="utf-8")
        read |= set(re.findall(r'\benv(?:\.\w+)?\(\s*"([A-Z][A-Z0-9_]+)"', text))
        read |= set(re.findall(r'environ(?:\.get\(|\[)\s*"([A-Z][A-Z0-9_]+)"', text))
    listed = set(
        re.findall(r"(?m)^#? ?([A-Z][A-Z0-9_]+)=", ENV_EXAMPLE.read_text(encoding="utf-8"))
    )
    assert "DJANGO_SECRET_KEY" in read and "WEB_CONCURRENCY" in read
    assert read - listed == set()


def test_the_app_containers_take_every_setting_from_the_env_file():
    services = compose()
    for name in ["web", "migrate"]:
        service = services.service(name)
        assert service["env_file"] == ".env"
        environment = services.environment(name)
        # What follows from the services themselves: their names and the volume's path.
        assert environment["DATABASE_URL"].startswith("postgres://portal:x@db:5432/")
        assert environment["CACHE_URL"] == "redis://redis:6379/0"
    web = services.service("web")
    assert "command" not in web  # the image's own: gunicorn with deploy/gunicorn.conf.py
    assert web["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert "/readyz" in " ".join(web["healthcheck"]["test"])
    assert "/healthz" in " ".join(services.service("nginx")["healthcheck"]["test"])
    assert "migrate --noinput" in " ".join(services.command("migrate"))


def test_the_image_runs_gunicorn_as_a_user_other_than_root_with_pg_dump_at_hand():
    instructions = dockerfile_instructions(DOCKERFILE)
    runs = " ".join(arguments for instruction, arguments in instructions if instruction == "RUN")
    assert "postgresql-client" in runs and "collectstatic --noinput" in runs
    users = [arguments for instruction, arguments in instructions if instruction == "USER"]
    assert users and users[-1] not in ("root", "0")
    command = [arguments for instruction, arguments in instructions if instruction == "CMD"][-1]
    assert "gunicorn" in command and "deploy/gunicorn.conf.py" in command


def test_nginx_lets_through_the_largest_upload_the_portal_accepts_and_no_more():
    limit = int(read_env_file(ENV_EXAMPLE)["IMAGE_MAX_UPLOAD_BYTES"])
    size = re.search(r"client_max_body_size (\d+)m;", NGINX_CONF.read_text())[1]
    assert limit < int(size) * MIB <= limit + 2 * MIB


# The running topology ---------------------------------------------------------------------------


def test_nginx_refuses_a_request_body_over_its_limit(topology):
    response = requests.post(
        topology.direct_url + "/admin/bantin/image/add/",
        data=b"\0" * (22 * MIB),
        headers={"X-Forwarded-Proto": "https", "Content-Type": "application/octet-stream"},
        timeout=30,
    )
    assert response.status_code == 413


def test_nginx_compresses_pages_and_serves_precompressed_static_files_for_a_year(topology):
    headers = {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}
    page = requests.get(topology.direct_url + "/", headers=headers, stream=True, timeout=30)
    assert page.status_code == 200
    assert page.headers["Content-Encoding"] == "gzip"
    assert b"<html" in gzip.decompress(page.raw.read())
    assert page.headers["X-Cache-Status"] in {"MISS", "HIT", "EXPIRED", "STALE", "UPDATING"}

    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', requests.get(
        topology.direct_url + "/", headers={"X-Forwarded-Proto": "https"}, timeout=30
    ).text)[1]  # fmt: skip
    css = requests.get(topology.direct_url + stylesheet, headers=headers, timeout=30)
    assert css.status_code == 200
    assert css.headers["Content-Encoding"] == "gzip"
    assert "immutable" in css.headers["Cache-Control"]


def test_probes_answer_over_plain_http_and_never_from_the_micro_cache(topology):
    for path in ["/healthz", "/readyz"]:
        response = requests.get(topology.direct_url + path, allow_redirects=False, timeout=30)
        assert response.status_code == 200, (path, response.status_code)
        assert "X-Cache-Status" not in response.headers


def test_the_services_run_with_the_compose_files_settings(topology):
    # redis-server with the compose file's command line.
    policy = redis.Redis(port=topology.ports["redis"]).config_get("maxmemory-policy")
    assert policy == {"maxmemory-policy": "allkeys-lru"}
    # gunicorn with WEB_CONCURRENCY workers, none of them root.
    assert len(topology.worker_pids()) == int(topology.web_env["WEB_CONCURRENCY"])
    for pid in [topology.gunicorn.pid, *topology.worker_pids()]:
        status = open(f"/proc/{pid}/status").read()  # noqa: PTH123
        assert re.search(r"(?m)^Uid:\s+(\d+)", status)[1] != "0"
    # A streaming replica stands for the read replica an operator would name in .env.
    assert topology.web_env["DATABASE_REPLICA_URL"] == topology.replica_url
    assert topology.sql("SELECT pg_is_in_recovery()", replica=True) == [(True,)]
