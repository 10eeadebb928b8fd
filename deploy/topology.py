"""docker-compose.yml's production topology as local processes, without Docker.

Reads the compose file (services, environment, commands, volumes), the Dockerfile (the image's
environment and command) and an env file in the place of `.env` (by default `.env.example`), then
starts, in a temporary folder:

- `db`: a PostgreSQL primary (initdb, the compose file's database, user and password), and a
  streaming replica of it (pg_basebackup -R) given to the portal as DATABASE_REPLICA_URL;
- `redis`: redis-server with the compose file's command line;
- the image's build step (collectstatic) and the `migrate` service's command;
- `web`: gunicorn with the image's command (deploy/gunicorn.conf.py) and the service's
  environment, as a user other than root, as in the image;
- `nginx`: the very deploy/nginx.conf inside the nginx image's main configuration.

The only differences from Docker: service names and ports become local ports (``db:5432`` →
``127.0.0.1:<free port>``), the paths inside containers (volumes, the image's collected static
files, nginx's cache) become folders of the temporary folder, and the values an operator writes
into `.env` for a real site — its address, its secret key and password — are this run's own. TLS
is terminated in front of nginx in production: clients send ``X-Forwarded-Proto: https`` as the
terminator would (FORWARDED_HTTPS).

Used as a pytest fixture by tests/topology/, by bench/soak.py, and by hand::

    bin/with-topology                       # prints the URL and waits for Ctrl-C
    bin/with-topology -- sh -c 'curl -H "X-Forwarded-Proto: https" "$TOPOLOGY_URL/"'
"""

import argparse
import json
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
COMPOSE_FILE = PROJECT / "docker-compose.yml"
DOCKERFILE = PROJECT / "Dockerfile"
ENV_EXAMPLE = PROJECT / ".env.example"
VENV_BIN = Path(sys.executable).parent
#: nginx and setpriv live in /usr/sbin and /usr/bin; not every user's PATH has /usr/sbin.
SYSTEM_PATH = os.pathsep.join(
    [str(VENV_BIN), os.environ.get("PATH", ""), "/usr/local/bin", "/usr/bin", "/usr/sbin", "/sbin"]
)
#: What the TLS terminator in front of nginx tells it; every local client sends it.
FORWARDED_HTTPS = {"X-Forwarded-Proto": "https"}
#: The port each image listens on inside its container.
SERVICE_PORTS = {"db": 5432, "redis": 6379, "web": 8000}
#: The image's non-root user (uid 1000, "portal") becomes this existing unprivileged user here.
APP_USER, APP_GROUP = "nobody", "nogroup"
BOOT_SECONDS = 60
STOP_SECONDS = 10


class TopologyError(RuntimeError):
    """The topology could not be started; the message ends with the relevant logs."""


# Reading the compose file, the Dockerfile and the env file ---------------------------------------


def read_env_file(path):
    """``KEY=VALUE`` lines of an env file, as docker compose reads them (comments skipped)."""
    values = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key.strip()] = value
    return values


_VARIABLE = re.compile(r"\$(?:\$|\{(?P<braced>[^}]*)\}|(?P<plain>[A-Za-z_][A-Za-z0-9_]*))")
_BRACED = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?+])(?P<arg>.*))?", re.S)


def interpolate(text, variables):
    """docker compose's ``${NAME}``, ``${NAME:-default}``, ``${NAME:?error}``, ``$$``."""

    def replace(match):
        if match.group(0) == "$$":
            return "$"
        if match["plain"]:
            return variables.get(match["plain"], "")
        parts = _BRACED.fullmatch(match["braced"])
        if not parts:
            raise TopologyError(f"cannot read {match.group(0)!r} in the compose file")
        name, op, arg = parts["name"], parts["op"] or "", parts["arg"] or ""
        value = variables.get(name)
        missing = value is None or (op.startswith(":") and value == "")
        if op.endswith("-"):
            return arg if missing else value
        if op.endswith("?"):
            if missing:
                raise TopologyError(f"{name}: {arg}")
            return value
        if op.endswith("+"):
            return "" if missing else arg
        return value or ""

    return _VARIABLE.sub(replace, text)


def dockerfile_instructions(path=DOCKERFILE):
    """(instruction, arguments) of each Dockerfile line, continuation lines joined."""
    instructions, current = [], ""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not current and (not stripped or stripped.startswith("#")):
            continue
        if stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            current += stripped[:-1] + " "
            continue
        current += stripped
        instruction, _, arguments = current.partition(" ")
        instructions.append((instruction.upper(), arguments.strip()))
        current = ""
    return instructions


def image_environment(path=DOCKERFILE):
    env = {}
    for instruction, arguments in dockerfile_instructions(path):
        if instruction == "ENV":
            for pair in shlex.split(arguments):
                key, _, value = pair.partition("=")
                env[key] = value
    return env


def image_command(path=DOCKERFILE):
    commands = [args for instruction, args in dockerfile_instructions(path) if instruction == "CMD"]
    return json.loads(commands[-1])


def image_workdir(path=DOCKERFILE):
    workdirs = [a for instruction, a in dockerfile_instructions(path) if instruction == "WORKDIR"]
    return workdirs[-1]


class Compose:
    """The compose file's services, with ``${…}`` filled in from ``variables`` (the `.env`)."""

    def __init__(self, variables, path=COMPOSE_FILE):
        self.path = Path(path)
        self.data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        self.variables = variables

    def service(self, name):
        return self.data["services"][name]

    def environment(self, name):
        environment = self.service(name).get("environment") or {}
        if isinstance(environment, list):
            environment = dict(item.partition("=")[::2] for item in environment)
        return {key: interpolate(str(value), self.variables) for key, value in environment.items()}

    def command(self, name):
        command = self.service(name).get("command")
        if command is None:
            return None
        if isinstance(command, str):
            command = shlex.split(command)
        return [interpolate(str(part), self.variables) for part in command]

    def volumes(self, name):
        """(volume name, path in the container) of the service's named volumes."""
        mounts = []
        for mount in self.service(name).get("volumes") or []:
            source, target = mount.split(":")[:2]
            if source in (self.data.get("volumes") or {}):
                mounts.append((source, target))
        return mounts

    def container_port(self, name):
        return int(str(self.service(name)["ports"][0]).rsplit(":", 1)[1])


class PathMap:
    """Paths inside a container → local folders, longest prefix first."""

    def __init__(self, mapping):
        self.mapping = sorted(mapping.items(), key=lambda item: -len(item[0]))

    def local(self, path):
        for prefix, local in self.mapping:
            if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
                return str(local) + path[len(prefix.rstrip("/")) :]
        return None

    def words(self, text):
        """``text`` with every word that is a mapped absolute path made local."""
        return re.sub(r"(?<![^\s=\"'])/[^\s\"';&|]*", lambda m: self.local(m[0]) or m[0], text)


def localize_hosts(text, ports):
    """``db:5432`` → ``127.0.0.1:<its local port>``, for every service in ``ports``."""
    for service, local in ports.items():
        container = SERVICE_PORTS[service]
        text = re.sub(rf"(?<![\w.-]){service}:{container}(?!\d)", f"127.0.0.1:{local}", text)
    return text


# Processes ------------------------------------------------------------------------------------


def postgres_bin():
    configured = os.environ.get("PG_BIN")
    if configured:
        return Path(configured)
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else None


def missing_tools():
    """What is missing to start the topology, with the Debian package to install."""
    missing = []
    pg = postgres_bin()
    if not pg or not (pg / "initdb").exists() or not (pg / "pg_basebackup").exists():
        missing.append("PostgreSQL server binaries (apt-get install postgresql)")
    if not shutil.which("redis-server", path=SYSTEM_PATH):
        missing.append("redis-server (apt-get install redis-server)")
    if not shutil.which("nginx", path=SYSTEM_PATH):
        missing.append("nginx (apt-get install nginx)")
    if not (VENV_BIN / "gunicorn").exists():
        missing.append(f"gunicorn ({VENV_BIN}/pip install -e '.[production]')")
    if os.geteuid() == 0 and not shutil.which("setpriv", path=SYSTEM_PATH):
        missing.append("setpriv (apt-get install util-linux)")
    return missing


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def http_status(url, *, timeout=5, headers=None):
    """Status of a GET of ``url``, or None when nothing answers."""
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 (local URL)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def child_pids(parent):
    """Ids of the processes whose parent is ``parent``."""
    children = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
            )
        except OSError:
            continue
        if int(fields.get("PPid", "0").strip() or 0) == parent:
            children.append(int(status.parent.name))
    return sorted(children)


def resident_kib(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def tail(path, lines=40):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def as_app_user(command):
    """``command`` run as the unprivileged user when we are root, as the image runs `web`.

    Here the venv's Python may live under root's private home (pyenv in /root), which an
    unprivileged user cannot even open; then the process keeps one capability, to read and
    search directories (CAP_DAC_READ_SEARCH), and nothing else: what it may write is still
    only what that user owns, as in the image.
    """
    if os.geteuid() != 0:
        return list(command)
    return [*_setpriv(), "--", *command]


_setpriv_cache = []


def _setpriv():
    if _setpriv_cache:
        return _setpriv_cache[0]
    setpriv = [
        shutil.which("setpriv", path=SYSTEM_PATH),
        f"--reuid={APP_USER}",
        f"--regid={APP_GROUP}",
        "--clear-groups",
    ]
    probe = subprocess.run(  # noqa: S603 (our own command line)
        [*setpriv, "--", "/bin/sh", "-c", f"{shlex.quote(sys.executable)} -c 'import django'"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        setpriv += ["--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"]
    _setpriv_cache.append(setpriv)
    return setpriv


def as_postgres(command):
    """PostgreSQL refuses to run as root."""
    if os.geteuid() != 0:
        return list(command)
    return ["runuser", "-u", "postgres", "--", *command]


def chown_to(path, user, group=None):
    if os.geteuid() == 0:
        shutil.chown(path, user, group)


def make_owned_folder(folder, root):
    """``folder`` and its parents up to ``root``, owned by the unprivileged user (nginx's
    workers write their cache and temporary files there)."""
    folder.mkdir(parents=True, exist_ok=True)
    while True:
        chown_to(folder, APP_USER, APP_GROUP)
        if folder == root or root not in folder.parents:
            break
        folder = folder.parent


class Topology:
    """One run of the production topology in a temporary folder. Use as a context manager."""

    def __init__(
        self,
        *,
        env_file=ENV_EXAMPLE,
        database_url=None,
        replica=True,
        workers=None,
        access_log=True,
        site_settings=None,
    ):
        """``database_url``: an existing database to use instead of starting PostgreSQL (it
        is migrated, never emptied). ``site_settings``: more `.env` values of this run."""
        self.env_file = Path(env_file)
        self.given_database_url = database_url
        self.with_replica = replica and not database_url
        self.workers = workers
        self.access_log = access_log
        self.site_settings = dict(site_settings or {})
        self.workdir = None
        self.processes = {}
        self.pg = postgres_bin()

    # Starting

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def start(self):
        missing = missing_tools()
        if missing:
            raise TopologyError("missing: " + ", ".join(missing))
        self.workdir = Path(tempfile.mkdtemp(prefix="topology-"))
        try:
            self._start()
        except TopologyError as error:
            logs = self.logs()
            self.stop()
            raise TopologyError(f"{error}\n{logs}") from None
        except BaseException:
            self.stop()
            raise

    def _start(self):
        self.workdir.chmod(0o755)
        for folder in ["logs", "run", "volumes", "image", "containers"]:
            (self.workdir / folder).mkdir()
        (self.workdir / "logs").chmod(0o777)
        self.ports = {"nginx": free_port(), "web": free_port(), "redis": free_port()}
        self.url = f"http://localhost:{self.ports['nginx']}"
        #: The same server by address, for clients that should not try ::1 first.
        self.direct_url = f"http://127.0.0.1:{self.ports['nginx']}"
        self.web_url = f"http://127.0.0.1:{self.ports['web']}"

        # The operator's .env: the example's values, with this run's site and secrets.
        dotenv = read_env_file(self.env_file)
        dotenv.update(
            {
                "PORTAL_BASE_URL": self.url,
                "DJANGO_ALLOWED_HOSTS": "localhost,127.0.0.1",
                # The browser's origin keeps the port, which the Host nginx passes on drops.
                "DJANGO_CSRF_TRUSTED_ORIGINS": f"{self.url},{self.direct_url}",
            }
        )
        for secret in ["DJANGO_SECRET_KEY", "POSTGRES_PASSWORD"]:
            if not dotenv.get(secret):
                dotenv[secret] = secrets.token_urlsafe(32)
        if self.workers:
            dotenv["WEB_CONCURRENCY"] = str(self.workers)
        dotenv.update(self.site_settings)
        self.dotenv = dotenv
        self.compose = Compose(dotenv)

        self.volumes = {}
        for name in self.compose.data.get("volumes") or {}:
            self.volumes[name] = self.workdir / "volumes" / name
            self.volumes[name].mkdir()
        self.media_root = self.volumes["media"]
        self.static_root = self.volumes["static"]
        for name in ["media", "static"]:
            chown_to(self.volumes[name], APP_USER, APP_GROUP)

        self.build_error = None
        builder = threading.Thread(target=self._build_image_static)
        builder.start()
        try:
            self._start_database()
            self._start_redis()
        finally:
            builder.join()
        if self.build_error:
            raise self.build_error
        self.web_env = self._service_environment("web")
        self._run_migrate_service()
        self._start_web()
        self._start_nginx()

    def _image_paths(self):
        """The image's own files: WORKDIR is the project; collected static files are here."""
        image_static = image_environment()["STATIC_ROOT"]
        return {image_workdir(): PROJECT, image_static: self.workdir / "image" / "staticfiles"}

    def _path_map(self, service):
        mapping = self._image_paths() if "build" in self.compose.service(service) else {}
        for volume, target in self.compose.volumes(service):
            mapping[target] = self.volumes[volume]
        return PathMap(mapping)

    def _localize(self, value, paths):
        if value.startswith("/"):
            value = paths.local(value) or value
        return localize_hosts(value, {name: self.ports[name] for name in SERVICE_PORTS})

    def _service_environment(self, service):
        """The process environment of a service built from the Dockerfile: the image's ENV,
        the env file, then the service's own environment, made local."""
        paths = self._path_map(service)
        env = {**image_environment(), **self.dotenv, **self.compose.environment(service)}
        env = {key: self._localize(value, paths) for key, value in env.items()}
        if self.given_database_url:
            env["DATABASE_URL"] = self.given_database_url
        if self.with_replica:
            env["DATABASE_REPLICA_URL"] = self.replica_url
        env["PATH"] = SYSTEM_PATH
        env["HOME"] = str(self.workdir / "run")
        env["LANG"] = env["LC_ALL"] = "C.UTF-8"
        return env

    def _build_image_static(self):
        """The Dockerfile's build step: collectstatic into the image's STATIC_ROOT, with the
        image's environment alone (a build has no .env)."""
        try:
            env = {**os.environ, **image_environment(), "DJANGO_SECRET_KEY": "build-only"}
            env["STATIC_ROOT"] = str(self.workdir / "image" / "staticfiles")
            self.run(
                "build",
                [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity=0"],
                env=env,
            )
        except Exception as error:  # raised in the main thread
            self.build_error = error

    def _start_database(self):
        if self.given_database_url:
            self.database_url = self.given_database_url
            self.ports["db"] = 0
            return
        db = self.compose.environment("db")
        self.db_name, self.db_user = db["POSTGRES_DB"], db["POSTGRES_USER"]
        self.db_password = db["POSTGRES_PASSWORD"]
        self.ports["db"] = free_port()
        self.primary_data = self.volumes["pgdata"]
        chown_to(self.primary_data, "postgres")
        self.primary_data.chmod(0o700)
        password_file = self.workdir / "run" / "pgpass"
        password_file.write_text(self.db_password + "\n")
        chown_to(password_file, "postgres")
        # As the postgres image does: POSTGRES_USER is the superuser, password auth over TCP.
        self.run(
            "initdb",
            as_postgres(
                [
                    str(self.pg / "initdb"),
                    "-D",
                    str(self.primary_data),
                    "-U",
                    self.db_user,
                    f"--pwfile={password_file}",
                    "--auth-host=scram-sha-256",
                    "--auth-local=trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                ]
            ),
        )
        password_file.unlink()
        self.start_database()
        import psycopg2

        connection = psycopg2.connect(self._dsn("postgres"))
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{self.db_name}"')
        connection.close()
        self.database_url = (
            f"postgres://{self.db_user}:{self.db_password}@127.0.0.1:{self.ports['db']}/"
            f"{self.db_name}"
        )
        if self.with_replica:
            self._start_replica()

    def _dsn(self, database=None, port=None):
        return (
            f"host=127.0.0.1 port={port or self.ports['db']} user={self.db_user} "
            f"password={self.db_password} dbname={database or self.db_name}"
        )

    def _postgres_options(self, port):
        # Durability is not under test and the data is thrown away: no fsync.
        return (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {self.workdir / 'run'} "
            "-c fsync=off -c full_page_writes=off"
        )

    def _pg_ctl(self, data, port, action, log_name, mode="fast"):
        log = self.workdir / "logs" / f"{log_name}.log"
        if not log.exists():
            log.touch()
            chown_to(log, "postgres")
        command = [str(self.pg / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60"]
        if action == "start":
            command += ["-o", self._postgres_options(port), "start"]
        else:
            command += ["-m", mode, "stop"]
        self.run(log_name, as_postgres(command), check=action == "start")

    def start_database(self):
        """Start the primary (again): the same data, port and settings."""
        (self.workdir / "run").chmod(0o777)
        self._pg_ctl(self.primary_data, self.ports["db"], "start", "postgres-primary")

    def stop_database(self, mode="fast"):
        self._pg_ctl(self.primary_data, self.ports["db"], "stop", "postgres-primary", mode)

    def _start_replica(self):
        self.ports["replica"] = free_port()
        self.replica_data = self.workdir / "volumes" / "pgdata-replica"
        self.replica_data.mkdir(mode=0o700)
        chown_to(self.replica_data, "postgres")
        self.run(
            "pg_basebackup",
            as_postgres(
                [
                    str(self.pg / "pg_basebackup"),
                    "-D",
                    str(self.replica_data),
                    "-R",
                    "-X",
                    "stream",
                    # A checkpoint now, not spread over the next minutes.
                    "--checkpoint=fast",
                    "-d",
                    self._dsn(),
                ]
            ),
        )
        self._pg_ctl(self.replica_data, self.ports["replica"], "start", "postgres-replica")
        self.replica_url = (
            f"postgres://{self.db_user}:{self.db_password}@127.0.0.1:{self.ports['replica']}/"
            f"{self.db_name}"
        )

    def _start_redis(self):
        command = self.compose.command("redis")
        command[0] = shutil.which(command[0], path=SYSTEM_PATH)
        data = self.workdir / "containers" / "redis"
        data.mkdir()
        self.redis_command = [
            *command,
            "--port",
            str(self.ports["redis"]),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(data),
            "--daemonize",
            "no",
        ]
        self.start_redis()

    def start_redis(self):
        """Start redis-server (again), empty, on the same port."""
        process = self.spawn("redis", self.redis_command)
        self._wait(lambda: self._redis_answers(), "redis", process)

    def stop_redis(self):
        self._stop_process("redis")

    def _redis_answers(self):
        try:
            with socket.create_connection(("127.0.0.1", self.ports["redis"]), timeout=1) as s:
                s.sendall(b"PING\r\n")
                return s.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def _run_migrate_service(self):
        """The `migrate` service's command, as the image's user: migrations, then the image's
        static files published on the volume nginx serves."""
        paths = self._path_map("migrate")
        env = self._service_environment("migrate")
        command = [paths.words(part) for part in self.compose.command("migrate")]
        self.run("migrate", as_app_user(command), env=env, cwd=PROJECT)

    def _start_web(self):
        command = self.compose.command("web") or image_command()
        command[0] = str(VENV_BIN / command[0]) if command[0] == "gunicorn" else command[0]
        # The only change: the address it binds (the command line wins over the config file).
        command += ["--bind", f"127.0.0.1:{self.ports['web']}"]
        self.web_command = as_app_user(command)
        self.workers_expected = int(self.web_env.get("WEB_CONCURRENCY") or 1)
        process = self.spawn("gunicorn", self.web_command, env=self.web_env)
        self._wait(
            lambda: (
                len(self.worker_pids()) >= self.workers_expected
                and http_status(self.web_url + "/healthz") is not None
            ),
            "gunicorn",
            process,
        )

    def _nginx_config(self):
        """deploy/nginx.conf as the nginx image includes it, with local hosts and paths."""
        mounts = {}
        for mount in self.compose.service("nginx")["volumes"]:
            source, target = mount.split(":")[:2]
            mounts[target] = source
        site_file = next(target for target, source in mounts.items() if source.startswith("./"))
        site = (self.compose.path.parent / mounts[site_file]).read_text(encoding="utf-8")
        paths = self._path_map("nginx")
        container_root = self.workdir / "containers" / "nginx"

        def local_path(match):
            path = match["path"]
            local = paths.local(path)
            if local is None:
                # A folder of the container's own, e.g. nginx's cache.
                local = str(container_root) + path
                make_owned_folder(Path(local), container_root)
            return f"{match['directive']}{local}"

        site = re.sub(r"(?P<directive>\b(?:root|alias|proxy_cache_path)\s+)(?P<path>/\S*)",
                      local_path, site)  # fmt: skip
        port = self.compose.container_port("nginx")
        site = re.sub(
            rf"(?m)^(\s*listen\s+){port}\b", rf"\g<1>127.0.0.1:{self.ports['nginx']}", site
        )
        site = localize_hosts(site, {"web": self.ports["web"]})
        run, logs = self.workdir / "run", self.workdir / "logs"
        temp = container_root / "var" / "lib" / "nginx"
        make_owned_folder(temp, container_root)
        access_log = (
            f"access_log {logs}/nginx-access.log main buffer=64k flush=1s;"
            if self.access_log
            else "access_log off;"
        )
        return f"""# The nginx image's /etc/nginx/nginx.conf, with this run's folders.
{"user " + APP_USER + " " + APP_GROUP + ";" if os.geteuid() == 0 else ""}
worker_processes auto;
daemon off;
error_log {logs}/nginx-error.log notice;
pid {run}/nginx.pid;

events {{
    worker_connections 1024;
}}

http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    log_format main '$remote_addr - $remote_user [$time_local] "$request" '
                    '$status $body_bytes_sent "$http_referer" '
                    '"$http_user_agent" "$http_x_forwarded_for" $upstream_cache_status';
    {access_log}
    sendfile on;
    keepalive_timeout 65;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;

    # {site_file}
{site}
}}
"""

    def _start_nginx(self):
        config = self.workdir / "containers" / "nginx.conf"
        config.write_text(self._nginx_config(), encoding="utf-8")
        nginx = shutil.which("nginx", path=SYSTEM_PATH)
        prefix = self.workdir / "containers" / "nginx"
        self.run("nginx-test", [nginx, "-t", "-q", "-p", str(prefix), "-c", str(config)])
        process = self.spawn("nginx", [nginx, "-p", str(prefix), "-c", str(config)])
        self._wait(lambda: http_status(self.direct_url + "/healthz") is not None, "nginx", process)

    # Running processes

    def run(self, name, command, *, env=None, cwd=PROJECT, check=True, input=None):
        """Run ``command`` to its end, its output appended to logs/<name>.log."""
        log = self.workdir / "logs" / f"{name}.log"
        with open(log, "ab") as output:
            finished = subprocess.run(  # noqa: S603 (our own command lines)
                command,
                cwd=cwd,
                env=env,
                input=input,
                stdout=output,
                stderr=subprocess.STDOUT,
                check=False,
            )
        if check and finished.returncode != 0:
            raise TopologyError(f"{name} failed ({finished.returncode}):\n{tail(log)}")
        return finished

    def spawn(self, name, command, *, env=None):
        log = self.workdir / "logs" / f"{name}.log"
        with open(log, "ab") as output:
            # A session of its own: the whole group is stopped together, and Ctrl-C in a
            # terminal reaches only us.
            process = subprocess.Popen(  # noqa: S603 (our own command lines)
                command,
                cwd=PROJECT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.processes[name] = process
        return process

    def _wait(self, ready, name, process, timeout=BOOT_SECONDS):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise TopologyError(f"{name} exited with {process.returncode}")
            if ready():
                return
            time.sleep(0.1)
        raise TopologyError(f"{name} not ready after {timeout} s")

    def _stop_process(self, name):
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def manage(self, *args, input=None, check=True):
        """``manage.py`` with the web service's environment, as the web user; its output."""
        finished = subprocess.run(  # noqa: S603 (our own command line)
            as_app_user([sys.executable, "manage.py", *args]),
            cwd=PROJECT,
            env=self.web_env,
            input=input,
            capture_output=True,
            text=True,
            check=False,
        )
        if check and finished.returncode != 0:
            raise TopologyError(f"manage.py {' '.join(args)}: {finished.stderr}")
        return finished.stdout

    def shell(self, code):
        """Python run by ``manage.py shell`` against the topology's database; its output."""
        return self.manage("shell", "--no-imports", "-c", code)

    def sql(self, query, params=(), *, replica=False):
        """Rows of ``query`` on the primary (or the replica), committed."""
        import psycopg2

        connection = psycopg2.connect(self.replica_url if replica else self.database_url)
        try:
            with connection, connection.cursor() as cursor:
                cursor.execute(query, params)
                return cursor.fetchall() if cursor.description else []
        finally:
            connection.close()

    # Looking at it

    @property
    def gunicorn(self):
        return self.processes["gunicorn"]

    def worker_pids(self):
        process = self.processes.get("gunicorn")
        return child_pids(process.pid) if process else []

    def worker_memory(self):
        """Resident memory of each gunicorn worker, in KiB, by process id."""
        return {pid: kib for pid in self.worker_pids() if (kib := resident_kib(pid)) is not None}

    def wait_for_workers(self, timeout=BOOT_SECONDS):
        deadline = time.monotonic() + timeout
        while len(self.worker_pids()) < self.workers_expected:
            if time.monotonic() > deadline:
                raise TopologyError("gunicorn did not bring its workers back")
            time.sleep(0.1)
        return self.worker_pids()

    def log(self, name):
        return self.workdir / "logs" / f"{name}.log"

    def logs(self, lines=40):
        """The end of every log, for a failure's report."""
        if not self.workdir or not (self.workdir / "logs").exists():
            return ""
        parts = []
        for log in sorted((self.workdir / "logs").glob("*.log")):
            text = tail(log, lines)
            if text.strip():
                parts.append(f"--- {log.name} ---\n{text}")
        return "\n".join(parts)

    # Stopping

    def _unmount_under_workdir(self):
        """A test may have mounted a tmpfs in a volume; never delete through a mount."""
        try:
            mounts = Path("/proc/mounts").read_text().splitlines()
        except OSError:
            return
        for line in reversed(mounts):
            target = line.split()[1].replace("\\040", " ")
            if target.startswith(str(self.workdir) + "/"):
                subprocess.run(["umount", "-l", target], check=False)  # noqa: S603, S607

    def stop(self):
        """Stop everything and remove the temporary folder; safe to call more than once."""
        if not self.workdir:
            return
        for name in ["nginx", "gunicorn", "redis"]:
            try:
                self._stop_process(name)
            except OSError:
                pass
        for data in [getattr(self, "replica_data", None), getattr(self, "primary_data", None)]:
            if data and (data / "postmaster.pid").exists():
                subprocess.run(  # noqa: S603 (our own command line)
                    as_postgres(
                        [str(self.pg / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]
                    ),
                    capture_output=True,
                    check=False,
                )
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
        self.processes.clear()
        self._unmount_under_workdir()
        shutil.rmtree(self.workdir, ignore_errors=True)
        self.workdir = None


def main():
    parser = argparse.ArgumentParser(
        description="Start docker-compose.yml's topology as local processes (see deploy/topology.py)."
    )
    parser.add_argument("--env-file", default=str(ENV_EXAMPLE), help="in the place of .env")
    parser.add_argument("--database-url", help="use this database instead of a new PostgreSQL")
    parser.add_argument("--workers", type=int, help="WEB_CONCURRENCY (default: the env file's)")
    parser.add_argument("--no-replica", action="store_true", help="no streaming replica")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- a command to run, then stop")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    # A SIGTERM unwinds like Ctrl-C, through the cleanup.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    topology = Topology(
        env_file=args.env_file,
        database_url=args.database_url,
        replica=not args.no_replica,
        workers=args.workers,
    )
    try:
        topology.start()
        print(f"topology: {topology.url} (nginx; send X-Forwarded-Proto: https)", file=sys.stderr)
        print(f"  gunicorn {topology.web_url}, workers {topology.worker_pids()}", file=sys.stderr)
        print(f"  DATABASE_URL={topology.web_env['DATABASE_URL']}", file=sys.stderr)
        print(f"  logs in {topology.workdir / 'logs'}", file=sys.stderr)
        if not command:
            print("Ctrl-C stops it.", file=sys.stderr)
            signal.pause()
            return 0
        env = {
            **os.environ,
            "TOPOLOGY_URL": topology.direct_url,
            "DATABASE_URL": topology.web_env["DATABASE_URL"],
        }
        return subprocess.run(command, env=env, check=False).returncode  # noqa: S603
    except KeyboardInterrupt:
        return 130
    finally:
        topology.stop()


if __name__ == "__main__":
    sys.exit(main())
