"""The admin: one module per concern."""

from . import layouts, library, lockouts, news, site, users  # noqa: F401
