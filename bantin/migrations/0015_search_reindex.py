"""Rebuild the SQLite search index: ``portal_plain`` now puts a space where it removes a tag, so
words of adjacent paragraphs or list items no longer run together. A contentless FTS5 table
forgets a row only when given the very values it indexed, so every row is indexed again with the
new function. PostgreSQL is unaffected (its vectors strip tags in SQL)."""

from importlib import import_module

from django.db import migrations

search = import_module("bantin.migrations.0011_search_tiers")
first = import_module("bantin.migrations.0009_search")

DROP = search.SQLITE_BACKWARD[: -len(first.SQLITE_FORWARD)]


class Migration(migrations.Migration):
    dependencies = [("bantin", "0014_site_settings")]

    operations = [
        migrations.RunPython(
            search.run({"sqlite": DROP + search.SQLITE_FORWARD}), migrations.RunPython.noop
        )
    ]
