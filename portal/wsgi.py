"""WSGI entry point, used by gunicorn in production.

Readers' cached pages are answered by the page cache's middleware, the first after the probes
(bantin/pagecache.py).
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

application = get_wsgi_application()
