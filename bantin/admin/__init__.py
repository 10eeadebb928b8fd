"""The admin: one module per concern."""

from . import layouts, library, news, site, users  # noqa: F401
