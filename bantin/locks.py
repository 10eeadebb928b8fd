"""A lock shared by every worker through Django's cache (``add`` is atomic in Redis and locmem)."""

import time
from contextlib import contextmanager

from django.core.cache import cache


@contextmanager
def cache_lock(name, *, timeout=5, attempts=200, pause=0.005):
    """Hold the lock ``name`` for at most ``timeout`` seconds; yields False if it was not had
    after ``attempts`` tries."""
    key = f"lock:{name}"
    for _attempt in range(attempts):
        added = cache.add(key, 1, timeout=timeout)
        if added:
            try:
                yield True
            finally:
                cache.delete(key)
            return
        if added is None:
            # django-redis with IGNORE_EXCEPTIONS: Redis is unreachable. Nobody can hold the
            # lock, and waiting for it would only hold up the request.
            break
        time.sleep(pause)
    yield False
