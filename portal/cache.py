"""The embedded default's cache: Django's database cache, shared by every process of the machine.

Without ``CACHE_URL`` (portal/settings.py) the page cache, the locks, the rate limits of the view
beacon and the cached sessions all live in one table of the site's own database, so that what
one gunicorn worker or a ``manage.py`` command changes is what every other process serves.
Production uses Redis instead.

Two changes to Django's backend. ``set`` and ``set_many`` write with one upsert for all their
keys (Django's backend reads each key, then updates or inserts it, and counts the table for
every key): a publication bumps a dozen tags at once, and a page that is not cached stores its
fragments together. And ``incr`` is atomic. Django's database cache reads the value and
writes it back, so two processes incrementing at once can lose an increment; the rate limits of
the view beacon (django-ratelimit) count with ``add`` and ``incr`` and must not undercount.
``add`` is atomic already: the row's primary key refuses a second insert, and on SQLite every
transaction takes the write lock when it begins (``transaction_mode`` IMMEDIATE, see
``database()`` in portal/settings.py).
"""

import base64
import pickle
from datetime import UTC, datetime

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache as DjangoDatabaseCache
from django.db import connections, router, transaction
from django.utils import timezone

#: Rows written by one statement of an upsert.
UPSERT_BATCH = 200


class DatabaseCache(DjangoDatabaseCache):
    """Django's database cache with batched writes and an atomic ``incr`` (and so ``decr``)."""

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.set_many({key: value}, timeout=timeout, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        """Write every entry of ``data`` in one transaction: the table counted once (and culled
        when over MAX_ENTRIES, as Django's backend does), then ``INSERT … ON CONFLICT DO
        UPDATE``, which is atomic per row on SQLite and PostgreSQL alike, so no write is lost to
        a concurrent one. A database error is raised, not swallowed: a tag's version that was
        not written would leave pages served stale."""
        if not data:
            return []
        rows = [
            (
                self.make_and_validate_key(key, version=version),
                base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1"),
            )
            for key, value in data.items()
        ]
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        if connection.vendor not in ("sqlite", "postgresql"):
            return super().set_many(data, timeout=timeout, version=version)
        expires = connection.ops.adapt_datetimefield_value(self._expiry(timeout))
        quote_name = connection.ops.quote_name
        table = quote_name(self._table)
        key_, value_, expires_ = (quote_name(c) for c in ("cache_key", "value", "expires"))
        # The table's name is the cache's LOCATION setting, quoted; values are parameters.
        upsert = (
            f"INSERT INTO {table} ({key_}, {value_}, {expires_}) VALUES (%s, %s, %s) "  # noqa: S608
            f"ON CONFLICT ({key_}) DO UPDATE SET {value_} = excluded.{value_}, "
            f"{expires_} = excluded.{expires_}"
        )
        with transaction.atomic(using=db), connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608
            count = cursor.fetchone()[0]
            if count > self._max_entries:
                self._cull(db, cursor, timezone.now().replace(microsecond=0), count)
            for start in range(0, len(rows), UPSERT_BATCH):
                batch = rows[start : start + UPSERT_BATCH]
                cursor.executemany(upsert, [(key, value, expires) for key, value in batch])
        return []

    def _expiry(self, timeout):
        """When an entry written now with ``timeout`` expires, to the second as Django's backend
        stores it; the far future for None."""
        timeout = self.get_backend_timeout(timeout)
        if timeout is None:
            return datetime.max.replace(microsecond=0)
        return datetime.fromtimestamp(timeout, tz=UTC).replace(microsecond=0)

    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        quote_name = connection.ops.quote_name
        table = quote_name(self._table)
        lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
        # The table's name is the cache's LOCATION setting, quoted; values are parameters.
        value_, expires_, key_ = (quote_name(c) for c in ("value", "expires", "cache_key"))
        select = f"SELECT {value_}, {expires_} FROM {table} WHERE {key_} = %s{lock}"  # noqa: S608
        update = f"UPDATE {table} SET {value_} = %s WHERE {key_} = %s"  # noqa: S608
        with transaction.atomic(using=db), connection.cursor() as cursor:
            # The row stays locked (PostgreSQL) or the database's write lock is held (SQLite)
            # from this read until the update is committed.
            cursor.execute(select, [key])
            row = cursor.fetchone()
            if row is None or self._expired(connection, row[1]):
                raise ValueError(f"Key '{key}' not found.")
            stored = connection.ops.process_clob(row[0])
            value = pickle.loads(base64.b64decode(stored.encode())) + delta  # noqa: S301 - our own
            encoded = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
            cursor.execute(update, [encoded, key])
        return value

    @staticmethod
    def _expired(connection, expires):
        from django.db import models

        expression = models.Expression(output_field=models.DateTimeField())
        for converter in connection.ops.get_db_converters(
            expression
        ) + expression.get_db_converters(connection):
            expires = converter(expires, expression, connection)
        return expires < timezone.now()


def create_cache_tables(using="default", **kwargs):
    """Make the database cache's table after ``migrate`` (a post_migrate receiver), so the
    embedded default needs no step of its own: ``createcachetable`` leaves an existing table, and
    caches of another kind, alone."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)
