"""The admin: one module per concern."""

from . import layouts, library, news, users  # noqa: F401
