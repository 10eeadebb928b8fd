"""WSGI entry point, used by gunicorn in production.

Readers' cached pages are answered in front of Django's handler (bantin/pagecache_wsgi.py).
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

django_application = get_wsgi_application()

from bantin.pagecache_wsgi import CachedPagesApplication  # noqa: E402 - needs Django set up

application = CachedPagesApplication(django_application)
