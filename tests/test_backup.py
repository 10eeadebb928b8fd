"""Backup and restore: the drill (fill, back up, wipe, restore, compare) on the engine the suite
runs on, and the refusals that leave everything as it was."""

import hashlib
import io
import json
import os
import shutil
import tarfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection

from bantin import renditions, roles
from bantin.models import Category, Image, NewsItem

from .factories import make_author, make_category, make_image, make_news_item, make_user
from .s3 import s3_endpoint_fixture, s3_media_fixture  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db(transaction=True)


def table_counts():
    """Rows per table; SQLite's full-text virtual tables are counted through their data tables."""
    with connection.cursor() as cursor:
        virtual = set()
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
            virtual = {name for (name,) in cursor.fetchall()}
        counts = {}
        for table in set(connection.introspection.table_names(cursor)) - virtual:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


def media_checksums(root):
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in Path(root).rglob("*")
        if path.is_file()
    }


@pytest.fixture
def content(migration_data, media_root):
    """A small site: staff, sections, bylines, pictures with a rendition, published items."""
    make_user("bientapvien", role=roles.EDITOR)
    make_user("phongvien", role=roles.REPORTER)
    authors = [make_author("Hương Dịu"), make_author("Minh Đức")]
    section = make_category("Tin tức – Sự kiện")
    images = [make_image(f"Hồ Ba Bể, ảnh {number}") for number in range(3)]
    for number in range(6):
        make_news_item(
            f"Ba Bể đẩy mạnh cải cách hành chính, kỳ {number}",
            category=section,
            authors=authors[: number % 2 + 1],
            lead_image=images[number % 3],
        )
    renditions.ensure(images[0], "original", images[0].width, "webp")
    default_storage.save("tai-lieu/Báo cáo quý I.txt", ContentFile("Báo cáo".encode()))
    return images


@pytest.fixture
def backup(content, tmp_path):
    folder = tmp_path / "backups"
    call_command("backup", "--output", str(folder), verbosity=0)
    [archive] = folder.iterdir()
    return archive


def rewritten(archive, *, change=None, drop=None, edit_manifest=None):
    """A copy of ``archive`` with one member altered or left out, or its manifest edited."""
    target = archive.with_name("sua-" + archive.name)
    with tarfile.open(archive) as source, tarfile.open(target, "w") as copy:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if member.name == drop:
                continue
            if member.name == change:
                data = data[:-1] + bytes([data[-1] ^ 0xFF])
            if member.name == "manifest.json" and edit_manifest:
                manifest = json.loads(data)
                edit_manifest(manifest)
                data = json.dumps(manifest).encode()
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))
    return target


def a_media_member(archive):
    with tarfile.open(archive) as source:
        return next(name for name in source.getnames() if name.startswith("media/images/"))


def test_backup_wipe_restore_brings_back_every_row_and_file(backup, media_root):
    rows, files = table_counts(), media_checksums(media_root)
    assert rows["bantin_newsitem"] == 6 and rows["bantin_image"] == 3
    assert len(files) == 5  # three pictures, a rendition, a document

    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(media_root)
    assert table_counts()["bantin_newsitem"] == 0 and not media_root.exists()

    call_command("restore", str(backup), "--noinput", verbosity=0)
    assert table_counts() == rows
    assert media_checksums(media_root) == files
    item = NewsItem.objects.published().first()
    assert item.lead_image.file.read()


def test_a_backup_is_one_finished_tar_with_a_manifest(backup, media_root):
    assert backup.name.startswith("backup-") and backup.suffix == ".tar"
    assert [path.name for path in backup.parent.iterdir()] == [backup.name]
    with tarfile.open(backup) as archive:
        manifest = json.loads(archive.extractfile("manifest.json").read())
        names = set(archive.getnames())
    assert manifest["engine"] == connection.vendor
    assert "bantin.0001_initial" in manifest["migrations"]
    assert manifest["tables"]["bantin_newsitem"] == 6
    assert set(manifest["files"]) == names - {"manifest.json"}
    assert {"media/" + name for name in media_checksums(media_root)} <= names
    picture = next(name for name in names if name.startswith("media/images/"))
    stored = (media_root / picture.removeprefix("media/")).read_bytes()
    assert manifest["files"][picture]["sha256"] == hashlib.sha256(stored).hexdigest()


def test_restore_drops_pages_cached_since_the_backup(backup, client):
    later = make_news_item("Tin đăng sau khi sao lưu", category=Category.objects.first())
    assert client.get(later.get_absolute_url()).status_code == 200  # now in the page cache
    call_command("restore", str(backup), "--noinput", verbosity=0)
    assert client.get(later.get_absolute_url()).status_code == 404


def test_restore_removes_media_files_newer_than_the_backup(backup, media_root):
    later = make_image("Ảnh tải lên sau khi sao lưu")
    call_command("restore", str(backup), "--noinput", verbosity=0)
    assert not Path(later.file.path).exists()
    assert not Image.objects.filter(pk=later.pk).exists()


def assert_refused_and_nothing_changed(archive, media_root, message):
    make_category("Chuyên mục tạo sau khi sao lưu")
    rows, files = table_counts(), media_checksums(media_root)
    with pytest.raises(CommandError, match=message):
        call_command("restore", str(archive), "--noinput", verbosity=0)
    assert table_counts() == rows
    assert media_checksums(media_root) == files


def test_a_tampered_file_is_refused_and_nothing_changes(backup, media_root):
    tampered = rewritten(backup, change=a_media_member(backup))
    assert_refused_and_nothing_changed(tampered, media_root, "không khớp mã kiểm tra SHA-256")


def test_a_tampered_database_dump_is_refused(backup, media_root):
    database = "database.sqlite3" if connection.vendor == "sqlite" else "database.dump"
    tampered = rewritten(backup, change=database)
    assert_refused_and_nothing_changed(tampered, media_root, "không khớp mã kiểm tra SHA-256")


def test_a_missing_file_is_refused_and_nothing_changes(backup, media_root):
    incomplete = rewritten(backup, drop=a_media_member(backup))
    assert_refused_and_nothing_changed(incomplete, media_root, "thiếu 1 tệp")


def test_a_backup_of_another_engine_is_refused(backup, media_root):
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    foreign = rewritten(backup, edit_manifest=lambda manifest: manifest.update(engine=other))
    assert_refused_and_nothing_changed(foreign, media_root, f"cơ sở dữ liệu {other}")


def test_a_backup_of_a_newer_schema_is_refused(backup, media_root):
    newer = rewritten(
        backup,
        edit_manifest=lambda manifest: manifest["migrations"].append("bantin.9999_tuong_lai"),
    )
    assert_refused_and_nothing_changed(newer, media_root, "bantin.9999_tuong_lai")


def test_a_file_that_is_not_a_backup_is_refused(tmp_path, content, media_root):
    (tmp_path / "khong-phai.tar").write_bytes(b"khong phai tar")
    assert_refused_and_nothing_changed(tmp_path / "khong-phai.tar", media_root, "không phải")


def test_restore_asks_before_replacing_anything(backup, media_root, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "không")
    make_category("Chuyên mục tạo sau khi sao lưu")
    rows = table_counts()
    with pytest.raises(CommandError, match="Đã hủy"):
        call_command("restore", str(backup), verbosity=0)
    assert table_counts() == rows


def test_restore_fails_loudly_when_the_row_counts_differ(backup):
    def claim_one_more_item(manifest):
        manifest["tables"]["bantin_newsitem"] += 1

    wrong = rewritten(backup, edit_manifest=claim_one_more_item)
    with pytest.raises(CommandError, match="bantin_newsitem: 7 → 6"):
        call_command("restore", str(wrong), "--noinput", verbosity=0)


def test_a_failed_backup_leaves_no_archive_behind(content, media_root, tmp_path):
    # A media file that vanishes between the listing and the read: a real FileNotFoundError.
    os.symlink(media_root / "khong-con", media_root / "da-xoa.jpg")
    folder = tmp_path / "backups"
    with pytest.raises(CommandError, match="da-xoa.jpg"):
        call_command("backup", "--output", str(folder), verbosity=0)
    assert list(folder.iterdir()) == []


def test_a_postgresql_client_older_than_the_server_is_refused():
    from bantin.backup import BackupError, postgres_tool

    with pytest.raises(BackupError, match="99"):
        postgres_tool("pg_dump", 99)


def test_pg_bin_names_the_client_to_use(tmp_path, monkeypatch):
    from bantin.backup import BackupError, postgres_tool

    old = tmp_path / "pg_dump"
    old.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n")
    old.chmod(0o755)
    monkeypatch.setenv("PG_BIN", str(tmp_path))
    with pytest.raises(BackupError, match=r"cũ hơn máy chủ PostgreSQL 15.*9\.6\.24"):
        postgres_tool("pg_dump", 15)
    assert postgres_tool("pg_dump", 9) == str(old)


def test_restoring_a_backup_of_an_older_schema_asks_for_migrate(content, tmp_path):
    from django.db.migrations.recorder import MigrationRecorder

    latest = MigrationRecorder.Migration.objects.filter(app="bantin").latest("name")
    latest.delete()  # as if the backup were made before the latest migration
    try:
        call_command("backup", "--output", str(tmp_path / "backups"), verbosity=0)
        [archive] = (tmp_path / "backups").iterdir()
        output = io.StringIO()
        call_command("restore", str(archive), "--noinput", stdout=output)
    finally:
        MigrationRecorder.Migration.objects.get_or_create(app="bantin", name=latest.name)
    assert "thiếu 1 migration" in output.getvalue()
    assert "manage.py migrate" in output.getvalue()


def test_backup_and_restore_media_on_s3(s3_media, content, tmp_path):
    """The same drill with media in an S3 bucket: files go through Django's storage API."""
    rows, objects = table_counts(), s3_media.checksums()
    assert len(objects) == 5
    call_command("backup", "--output", str(tmp_path / "backups"), verbosity=0)
    [archive] = (tmp_path / "backups").iterdir()

    call_command("flush", interactive=False, verbosity=0)
    s3_media.empty()
    call_command("restore", str(archive), "--noinput", verbosity=0)
    assert table_counts() == rows
    assert s3_media.checksums() == objects
