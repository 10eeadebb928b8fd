"""System checks of how the portal is deployed."""

from django.conf import settings
from django.core import checks

#: Caches that each process keeps for itself.
PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@checks.register(checks.Tags.caches, deploy=False)
def cache_shared_by_the_workers(app_configs, **kwargs):
    """With several workers, a per-process cache serves pages another worker has made stale
    (an unpublished item stays visible) and rate limits that each worker counts alone."""
    backend = settings.CACHES["default"]["BACKEND"]
    workers = settings.PORTAL_WORKERS
    if backend not in PER_PROCESS_CACHES or workers <= 1:
        return []
    return [
        checks.Warning(
            f"The default cache ({backend}) belongs to one process, and {workers} workers are "
            "configured (WEB_CONCURRENCY or -w in GUNICORN_CMD_ARGS): each would keep pages, "
            "locks and the view beacon's limits of its own, and serve pages another worker or "
            "a manage.py command has made stale.",
            hint="Leave CACHE_URL unset for the database cache every process of the machine "
            "shares, or set it to redis://… .",
            id="bantin.W001",
        )
    ]
