"""Backups: the database and every media file in one ``.tar``, with a manifest to check them by.

A backup, ``backup-<date>-<time>.tar``, holds:

- ``database.dump`` (PostgreSQL: ``pg_dump``'s custom format) or ``database.sqlite3`` (SQLite:
  a copy made through SQLite's backup API, consistent even while the site writes);
- ``media/<name>`` for every file of the media storage, read through Django's storage API, so
  media on S3 is backed up the same way as a ``media/`` folder;
- ``manifest.json``: the database engine, the applied migrations, the row count of every table
  and the SHA-256 and size of every other member.

The counts and the dump come from one snapshot of the database. The database is read before the
media: a row names a file only once the file is stored (:func:`bantin.images.store_file`), so
every file the dump names is in the media listing taken after it.

A restore checks everything before it changes anything: every member against its checksum, the
engine, the schema (a backup from a newer version is refused). It then replaces the database
and makes the media storage equal to the backup's, compares the row counts with the manifest
and clears the caches, so no page from before the restore is served.
"""

import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.postgresql.client import DatabaseClient
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone
from django.utils.translation import gettext as _

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA_PREFIX = "media/"
DATABASE_MEMBERS = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
CHUNK = 1024 * 1024
#: How long a PostgreSQL restore waits for a table another session holds, before it gives up
#: (and, being one transaction, changes nothing) rather than hang behind a busy site.
RESTORE_LOCK_TIMEOUT = "60s"


class BackupError(Exception):
    """A backup or restore that cannot be done; the message is for the admin who ran it."""


def _connection():
    # Always the primary: a backup reads, and a restore writes, the database of record.
    return connections[DEFAULT_DB_ALIAS]


def _quiet(message):
    pass


# Reading the database


def _table_names(cursor, vendor):
    if vendor == "sqlite":
        # Virtual tables (full-text indexes) are left out: a contentless one cannot be
        # scanned, and the tables holding their data are counted as any other.
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND upper(coalesce(sql, '')) NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    else:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        )
    return [row[0] for row in cursor.fetchall()]


def _row_counts(cursor, vendor, tables=None):
    """Rows per table: of every table, or of ``tables``, a missing one counted as None."""
    present = _table_names(cursor, vendor)
    counts = {}
    for table in present if tables is None else tables:
        if table not in present:
            counts[table] = None
            continue
        quoted = '"' + table.replace('"', '""') + '"'
        cursor.execute(f"SELECT COUNT(*) FROM {quoted}")  # noqa: S608 (a quoted table name)
        counts[table] = cursor.fetchone()[0]
    return counts


def _applied_migrations(cursor):
    cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
    return [f"{app}.{name}" for app, name in cursor.fetchall()]


@dataclass
class Snapshot:
    """What the manifest records of the database, read in the same state as the dump."""

    tables: dict
    migrations: list
    server_version: str


def _dump_sqlite(target):
    connection = _connection()
    connection.ensure_connection()
    with closing(sqlite3.connect(target)) as copy:
        # One step (pages=-1, the default) holds the read lock for the whole copy.
        connection.connection.backup(copy)
        cursor = copy.cursor()
        return Snapshot(
            tables=_row_counts(cursor, "sqlite"),
            migrations=_applied_migrations(cursor),
            server_version=sqlite3.sqlite_version,
        )


def _postgres_environment(settings_dict):
    """The connection as libpq's environment variables: nothing of it, and above all not the
    password, appears on a command line that other users of the machine can list."""
    _, env = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    env = {**os.environ, **(env or {})}
    options = settings_dict.get("OPTIONS", {})
    for variable, value in (
        ("PGHOST", settings_dict.get("HOST")),
        ("PGPORT", settings_dict.get("PORT")),
        ("PGUSER", settings_dict.get("USER")),
        ("PGDATABASE", options.get("database") or settings_dict.get("NAME")),
    ):
        if value:
            env[variable] = str(value)
    return env


def _major(version_text):
    found = re.search(r"\(PostgreSQL\)\s+(\d+)", version_text)
    return int(found.group(1)) if found else None


def postgres_tool(name, server_major):
    """The path of ``pg_dump`` or ``pg_restore`` of the server's major version or newer.

    ``PG_BIN`` names the folder to use; without it, the newest of Debian's
    ``/usr/lib/postgresql/<version>/bin``, then the one on PATH. A client older than the server
    cannot read its dumps: that is refused with the versions named.
    """
    if os.environ.get("PG_BIN"):
        candidates = [Path(os.environ["PG_BIN"]) / name]
    else:
        candidates = sorted(
            Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
            key=lambda path: int(path.parts[-3]) if path.parts[-3].isdigit() else 0,
            reverse=True,
        )
        if shutil.which(name):
            candidates.append(Path(shutil.which(name)))
    found = []
    for candidate in candidates:
        if not candidate.is_file():
            continue
        result = subprocess.run(  # noqa: S603 (a fixed program, no shell)
            [str(candidate), "--version"], capture_output=True, text=True, check=False
        )
        major = _major(result.stdout)
        if major is not None and major >= server_major:
            return str(candidate)
        found.append(f"{candidate} ({result.stdout.strip() or '?'})")
    if not found:
        raise BackupError(
            _(
                "Không tìm thấy %(tool)s. Hãy cài gói postgresql-client phiên bản %(major)d trở "
                "lên (hoặc đặt biến môi trường PG_BIN là thư mục chứa nó)."
            )
            % {"tool": name, "major": server_major}
        )
    raise BackupError(
        _(
            "%(tool)s cũ hơn máy chủ PostgreSQL %(major)d nên không dùng được: %(found)s. Hãy cài "
            "postgresql-client phiên bản %(major)d trở lên (hoặc đặt PG_BIN)."
        )
        % {"tool": name, "major": server_major, "found": "; ".join(found)}
    )


def _run(command, env, tool):
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(
            _("%(tool)s thất bại (mã %(code)d): %(error)s")
            % {"tool": tool, "code": result.returncode, "error": result.stderr.strip()}
        )


def _dump_postgres(target):
    snapshot_connection = _connection().copy()
    try:
        snapshot_connection.set_autocommit(False)
        server_major = snapshot_connection.pg_version // 10000
        pg_dump = postgres_tool("pg_dump", server_major)
        with snapshot_connection.cursor() as cursor:
            # pg_dump joins this transaction's snapshot: the dump and the counts see one state.
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot(), current_setting('server_version')")
            snapshot_id, server_version = cursor.fetchone()
            snapshot = Snapshot(
                tables=_row_counts(cursor, "postgresql"),
                migrations=_applied_migrations(cursor),
                server_version=server_version,
            )
            _run(
                [
                    pg_dump,
                    "--format=custom",
                    "--no-password",
                    f"--snapshot={snapshot_id}",
                    f"--file={target}",
                ],
                _postgres_environment(snapshot_connection.settings_dict),
                "pg_dump",
            )
        snapshot_connection.rollback()
    finally:
        snapshot_connection.close()
    return snapshot


# Media


def media_names(storage=default_storage, folder=""):
    """Every file of ``storage``, walked through ``listdir`` so any backend answers."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a media folder not created yet
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for name in sorted(folders):
        yield from media_names(storage, f"{folder}/{name}" if folder else name)


class _HashingReader:
    def __init__(self, file):
        self.file = file
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        data = self.file.read(size)
        self.sha256.update(data)
        return data


def file_sha256(file):
    sha256 = hashlib.sha256()
    while chunk := file.read(CHUNK):
        sha256.update(chunk)
    return sha256.hexdigest()


# Backup


def _add(archive, name, file, size):
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(timezone.now().timestamp())
    info.mode = 0o644
    reader = _HashingReader(file)
    archive.addfile(info, reader)
    return {"sha256": reader.sha256.hexdigest(), "size": size}


def backup_create(*, output_dir, report=_quiet):
    """Write a backup into ``output_dir`` and return its path.

    The archive is written under a hidden temporary name and renamed when complete, so a
    backup that fails half-way never looks like a finished one.
    """
    connection = _connection()
    vendor = connection.vendor
    if vendor not in DATABASE_MEMBERS:
        raise BackupError(_("Chưa hỗ trợ sao lưu cơ sở dữ liệu %(engine)s.") % {"engine": vendor})
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    final = output_dir / f"backup-{stamp}.tar"
    serial = 1
    while final.exists():
        serial += 1
        final = output_dir / f"backup-{stamp}-{serial}.tar"
    partial = output_dir / f".{final.name}.partial"
    database_member = DATABASE_MEMBERS[vendor]
    try:
        with tempfile.TemporaryDirectory(dir=output_dir, prefix=".backup-") as work:
            dump = Path(work) / database_member
            report(_("Đang sao lưu cơ sở dữ liệu…"))
            snapshot = _dump_sqlite(dump) if vendor == "sqlite" else _dump_postgres(dump)
            files = {}
            with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT) as archive:
                with dump.open("rb") as handle:
                    files[database_member] = _add(
                        archive, database_member, handle, dump.stat().st_size
                    )
                dump.unlink()
                report(_("Đang sao lưu tệp media…"))
                for name in media_names():
                    with default_storage.open(name, "rb") as handle:
                        files[MEDIA_PREFIX + name] = _add(
                            archive, MEDIA_PREFIX + name, handle, default_storage.size(name)
                        )
                manifest = {
                    "format": FORMAT,
                    "created_at": timezone.now().isoformat(),
                    "engine": vendor,
                    "server_version": snapshot.server_version,
                    "migrations": snapshot.migrations,
                    "tables": snapshot.tables,
                    "database": database_member,
                    "files": files,
                }
                content = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
                _add(archive, MANIFEST, io.BytesIO(content), len(content))
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final)
        _fsync_folder(output_dir)
    except BaseException:
        with suppress(FileNotFoundError):
            partial.unlink()
        raise
    return final


def _fsync_folder(folder):
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# Checking a backup


@dataclass
class VerifiedBackup:
    """A backup whose every member matched the manifest, its database file extracted."""

    path: Path
    manifest: dict
    database_file: Path
    older_schema: list

    @property
    def media(self):
        return {
            name[len(MEDIA_PREFIX) :]: entry
            for name, entry in self.manifest["files"].items()
            if name.startswith(MEDIA_PREFIX)
        }


def _read_manifest(archive, path):
    try:
        member = archive.getmember(MANIFEST)
        manifest = json.loads(archive.extractfile(member).read())
    except (KeyError, AttributeError, ValueError):
        raise BackupError(
            _("%(path)s không phải là bản sao lưu: thiếu hoặc hỏng manifest.json.") % {"path": path}
        ) from None
    required = {"engine", "migrations", "tables", "database", "files"}
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != FORMAT
        or not required <= manifest.keys()
        or manifest["database"] not in manifest["files"]
    ):
        raise BackupError(_("%(path)s có định dạng sao lưu không nhận ra được.") % {"path": path})
    return manifest


def _check_schema(manifest):
    """Refuse a backup made by a newer version; name the migrations an older one lacks."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = {f"{app}.{name}" for app, name in loader.disk_migrations}
    for migration in loader.replacements.values():
        known.update(f"{app}.{name}" for app, name in migration.replaces)
    unknown = sorted(set(manifest["migrations"]) - known)
    if unknown:
        raise BackupError(
            _(
                "Bản sao lưu được tạo bởi phiên bản mới hơn của cổng thông tin (các migration "
                "chưa có ở đây: %(names)s). Hãy nâng cấp mã nguồn trước khi phục hồi."
            )
            % {"names": ", ".join(unknown[:10])}
        )
    return sorted(known - set(manifest["migrations"]))


def backup_verify(path, *, work_dir):
    """Check the backup at ``path`` completely, changing nothing; raises :class:`BackupError`.

    The database file is extracted into ``work_dir`` as it is checked, so what is restored is
    exactly what was checked.
    """
    path = Path(path)
    connection = _connection()
    try:
        archive = tarfile.open(path, "r:")
    except (OSError, tarfile.TarError):
        raise BackupError(
            _("Không mở được %(path)s: không phải tệp sao lưu .tar.") % {"path": path}
        ) from None
    with archive:
        manifest = _read_manifest(archive, path)
        if manifest.get("engine") != connection.vendor:
            raise BackupError(
                _(
                    "Bản sao lưu là của cơ sở dữ liệu %(backup)s, còn cổng thông tin đang dùng "
                    "%(current)s: không phục hồi được."
                )
                % {"backup": manifest.get("engine"), "current": connection.vendor}
            )
        older_schema = _check_schema(manifest)
        if connection.vendor == "postgresql":  # a client too old is refused before the question
            connection.ensure_connection()
            postgres_tool("pg_restore", connection.pg_version // 10000)
        expected = manifest["files"]
        members = {}
        for member in archive.getmembers():
            if member.name == MANIFEST:
                continue
            if member.name not in expected or not member.isfile() or member.name in members:
                raise BackupError(
                    _("Bản sao lưu có tệp lạ không ghi trong manifest: %(name)s.")
                    % {"name": member.name}
                )
            members[member.name] = member
        missing = sorted(set(expected) - set(members))
        if missing:
            raise BackupError(
                _("Bản sao lưu thiếu %(count)d tệp, ví dụ %(name)s.")
                % {"count": len(missing), "name": missing[0]}
            )
        database_file = Path(work_dir) / manifest["database"]
        for name, member in members.items():
            source = archive.extractfile(member)
            if name == manifest["database"]:
                with database_file.open("wb") as target:
                    reader = _HashingReader(source)
                    shutil.copyfileobj(reader, target, CHUNK)
                    digest = reader.sha256.hexdigest()
            else:
                digest = file_sha256(source)
            if digest != expected[name]["sha256"] or member.size != expected[name]["size"]:
                raise BackupError(
                    _(
                        "Tệp %(name)s trong bản sao lưu không khớp mã kiểm tra SHA-256: bản sao "
                        "lưu đã bị hỏng hoặc bị sửa. Không phục hồi gì cả."
                    )
                    % {"name": name}
                )
    return VerifiedBackup(path, manifest, database_file, older_schema)


# Restoring


def _restore_sqlite(database_file):
    connection = _connection()
    connection.ensure_connection()
    with closing(sqlite3.connect(database_file)) as source:
        source.backup(connection.connection)


def _restore_postgres(database_file):
    connection = _connection()
    connection.ensure_connection()
    pg_restore = postgres_tool("pg_restore", connection.pg_version // 10000)
    env = _postgres_environment(connection.settings_dict)
    env["PGOPTIONS"] = f"{env.get('PGOPTIONS', '')} -c lock_timeout={RESTORE_LOCK_TIMEOUT}"
    # Nothing of this process may hold a table the restore drops.
    connection.close()
    _run(
        [
            pg_restore,
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--exit-on-error",
            "--no-owner",
            "--no-privileges",
            "--no-password",
            f"--dbname={env['PGDATABASE']}",
            str(database_file),
        ],
        env,
        "pg_restore",
    )


def _restore_media(verified, report):
    wanted = verified.media
    with verified.path.open("rb") as raw, tarfile.open(fileobj=raw, mode="r:") as archive:
        for name, entry in wanted.items():
            if default_storage.exists(name):
                with default_storage.open(name, "rb") as current:
                    if file_sha256(current) == entry["sha256"]:
                        continue
                default_storage.delete(name)
            content = File(archive.extractfile(MEDIA_PREFIX + name), name=name)
            content.size = entry["size"]
            saved = default_storage.save(name, content)
            if saved != name:
                raise BackupError(
                    _("Không ghi được tệp media %(name)s đúng tên của nó (được lưu là %(saved)s).")
                    % {"name": name, "saved": saved}
                )
    extra = [name for name in media_names() if name not in wanted]
    for name in extra:
        default_storage.delete(name)
    report(
        _("Đã phục hồi %(count)d tệp media, xóa %(extra)d tệp không có trong bản sao lưu.")
        % {"count": len(wanted), "extra": len(extra)}
    )


def live_row_counts(tables=None):
    connection = _connection()
    with connection.cursor() as cursor:
        return _row_counts(cursor, connection.vendor, tables)


def clear_caches():
    """Empty every cache: cached pages and the site structure describe the replaced data."""
    for cache in caches.all(initialized_only=False):
        cache.clear()
    ContentType.objects.clear_cache()


@dataclass
class RestoreResult:
    """Rows per table after a restore (equal to the backup's), and any table it lacks."""

    counts: dict
    #: Tables of the live database the backup does not have: left by a newer schema.
    other_tables: list


def backup_restore(verified, *, report=_quiet):
    """Replace the database and the media with the verified backup, then check the counts."""
    manifest = verified.manifest
    report(_("Đang phục hồi cơ sở dữ liệu…"))
    if manifest["engine"] == "sqlite":
        _restore_sqlite(verified.database_file)
    else:
        _restore_postgres(verified.database_file)
    report(_("Đang phục hồi tệp media…"))
    _restore_media(verified, report)
    try:
        clear_caches()
    except Exception as error:
        # Still compare the counts; the admin learns both.
        cache_error = error
    else:
        cache_error = None
    counts = live_row_counts()
    different = {
        table: (expected, counts.get(table))
        for table, expected in manifest["tables"].items()
        if counts.get(table) != expected
    }
    if different:
        raise BackupError(
            _("Số dòng sau khi phục hồi khác với bản sao lưu: %(tables)s.")
            % {
                "tables": "; ".join(
                    f"{table}: {expected} → {'—' if found is None else found}"
                    for table, (expected, found) in sorted(different.items())
                )
            }
        )
    if cache_error is not None:
        raise BackupError(
            _(
                "Đã phục hồi nhưng không xóa được bộ nhớ đệm (%(error)s): trang cũ có thể còn "
                "được phục vụ. Hãy xóa bộ nhớ đệm, ví dụ khởi động lại Redis."
            )
            % {"error": cache_error}
        )
    return RestoreResult(
        counts={table: counts[table] for table in manifest["tables"]},
        other_tables=sorted(set(counts) - set(manifest["tables"])),
    )
