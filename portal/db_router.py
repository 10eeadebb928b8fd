"""Reads of readers' pages from a streaming replica, without ever showing a reader stale data.

Active only when ``DATABASE_REPLICA_URL`` is set (portal/settings.py). A page the page cache
does not hold, requested by an anonymous reader (GET or HEAD, no session cookie, not the admin,
not a preview), reads from the ``replica`` database if it has replayed every change readers
could see; everything else — staff, every write, reads inside a transaction — uses ``default``.

"Every change readers could see": after such a change is committed, and before the pages
showing it are made stale, the page cache sends ``pages_changed`` (bantin/pagecache.py); the
primary's WAL position at that moment is kept in the cache. A request that may use the replica
asks it, once and only when it first reads, how far it has replayed
(``pg_last_wal_replay_lsn()``); if not that far, or if the replica does not answer, the request
reads from the primary. So a reader right after a publication sees it, and the page cache never
stores a page rendered from a replica that lags behind the versions it is stored under.
"""

import contextvars
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connections

from bantin.locks import cache_lock
from bantin.pagecache import pages_changed

logger = logging.getLogger(__name__)

DEFAULT = "default"
REPLICA = "replica"
#: The primary's WAL position after the latest change readers could see.
POSITION_KEY = "replica:primary-position"
#: After the replica failed to answer, this process leaves it alone for this long rather than
#: wait for a connection timeout on every request.
REPLICA_PAUSE_SECONDS = 5
#: Views that never read from the replica, even for a request without a session cookie.
PRIMARY_VIEWS = {"bantin:preview"}

_replica_paused_until = 0.0


def lsn_value(lsn):
    """A PostgreSQL WAL position (``"16/B374D848"``) as a number, for comparing."""
    high, low = lsn.split("/")
    return (int(high, 16) << 32) + int(low, 16)


def primary_position():
    """The end of the primary's WAL as inserted: past every record of every committed change.
    Not pg_current_wal_lsn(), the position written so far: with synchronous_commit off a
    commit returns before its record is written, and a replica that had replayed up to the
    written position would still lack the change."""
    with connections[DEFAULT].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_insert_lsn()::text")
        return cursor.fetchone()[0]


def replica_position():
    """How far the replica has replayed; None if it is not replaying (promoted, or no replica)."""
    with connections[REPLICA].cursor() as cursor:
        cursor.execute("SELECT pg_last_wal_replay_lsn()::text")
        return cursor.fetchone()[0]


def has_replayed(replayed, required):
    return replayed is not None and lsn_value(replayed) >= lsn_value(required)


def note_primary_position(**kwargs):
    """Keep the primary's current WAL position as the one a replica must have replayed.

    Taken under a lock, so positions are stored in the order they were read and a slower
    worker never puts back an older one.
    """
    if REPLICA not in settings.DATABASES:
        return
    try:
        with cache_lock("replica:position", timeout=5, attempts=50) as locked:
            position = primary_position()
            stored = cache.get(POSITION_KEY)
            if locked or stored is None or lsn_value(position) > lsn_value(stored):
                cache.set(POSITION_KEY, position, timeout=None)
    except DatabaseError:
        # Nothing to note: readers go to the primary while no position is known for certain.
        logger.warning("Could not read the primary's WAL position", exc_info=True)
        cache.delete(POSITION_KEY)


pages_changed.connect(note_primary_position, dispatch_uid="replica-primary-position")


def replica_caught_up():
    """Whether the replica has replayed every change readers could see. One query on the
    replica, and one on the primary when the cache has lost the position."""
    global _replica_paused_until
    if time.monotonic() < _replica_paused_until:
        return False
    required = cache.get(POSITION_KEY)
    if required is None:
        # Evicted, or Redis restarted: everything committed so far is what must be replayed.
        required = primary_position()
        cache.add(POSITION_KEY, required, timeout=None)
    try:
        replayed = replica_position()
    except DatabaseError:
        logger.warning("The read replica does not answer; reading from the primary", exc_info=True)
        _replica_paused_until = time.monotonic() + REPLICA_PAUSE_SECONDS
        connections[REPLICA].close()
        return False
    return has_replayed(replayed, required)


class ReplicaReads:
    """Where the reads of one request eligible for the replica go, decided on its first read."""

    def __init__(self):
        self.alias = None

    def alias_for_reads(self):
        if self.alias is None:
            self.alias = REPLICA if replica_caught_up() else DEFAULT
        return self.alias


#: The current request's ReplicaReads, or None: anything but an eligible request's page.
current_reads = contextvars.ContextVar("replica_reads", default=None)


def may_read_from_replica(request):
    """An anonymous reader's GET or HEAD of a public page. The session cookie is the page
    cache's own test of a reader (bantin/pagecache.py): whoever has one may have just written."""
    match = request.resolver_match
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and match is not None
        and match.app_name != "admin"
        and match.view_name not in PRIMARY_VIEWS
    )


class ReplicaRoutingMiddleware:
    """Marks the requests whose reads may go to the replica, once their view is known.

    In process_view, which runs only when the page cache has no copy: a cached page costs
    no query on either database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        finally:
            current_reads.set(None)

    def process_view(self, request, view_func, view_args, view_kwargs):
        current_reads.set(ReplicaReads() if may_read_from_replica(request) else None)


class ReplicaRouter:
    """Writes, migrations and all reads but those of an eligible request go to ``default``."""

    def db_for_read(self, model, **hints):
        if model is not None and model._meta.app_label == "django_cache":
            # The database cache (portal/cache.py) holds what the replica's position is
            # compared with: it is read where it is written.
            return DEFAULT
        reads = current_reads.get()
        # Inside a transaction the primary's own, uncommitted rows are the ones to read.
        if reads is None or connections[DEFAULT].in_atomic_block:
            return DEFAULT
        return reads.alias_for_reads()

    def db_for_write(self, model, **hints):
        return DEFAULT

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same data on both

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT
