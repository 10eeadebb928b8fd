"""Full-text search indexes: generated tsvector columns on PostgreSQL, FTS5 on SQLite.

See bantin/search.py. Other databases get nothing here and cannot search.
"""

from django.db import migrations

POSTGRES_VECTOR = """
    setweight(to_tsvector('{config}'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('{config}'::regconfig, coalesce(sapo, '')), 'B') ||
    setweight(to_tsvector('{config}'::regconfig,
        regexp_replace(coalesce(body, ''), '<[^>]*>', ' ', 'g')), 'C')
"""

POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_vi",
    "CREATE TEXT SEARCH CONFIGURATION portal_vi (COPY = simple)",
    "ALTER TEXT SEARCH CONFIGURATION portal_vi "
    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple",
    "ALTER TABLE bantin_newsitem ADD COLUMN search_folded tsvector GENERATED ALWAYS AS ("
    + POSTGRES_VECTOR.format(config="portal_vi")
    + ") STORED",
    "ALTER TABLE bantin_newsitem ADD COLUMN search_exact tsvector GENERATED ALWAYS AS ("
    + POSTGRES_VECTOR.format(config="simple")
    + ") STORED",
    "CREATE INDEX bantin_newsitem_search_folded ON bantin_newsitem USING GIN (search_folded)",
    "CREATE INDEX bantin_newsitem_search_exact ON bantin_newsitem USING GIN (search_exact)",
]
POSTGRES_BACKWARD = [
    "ALTER TABLE bantin_newsitem DROP COLUMN IF EXISTS search_folded",
    "ALTER TABLE bantin_newsitem DROP COLUMN IF EXISTS search_exact",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_vi",
]

SQLITE_VALUES = (
    "{row}.id, {row}.title, {row}.sapo, portal_plain({row}.body), portal_fold({row}.title), "
    "portal_fold({row}.sapo), portal_fold(portal_plain({row}.body))"
)
SQLITE_COLUMNS = "rowid, title, sapo, body, title_f, sapo_f, body_f"
SQLITE_INSERT = f"INSERT INTO bantin_newsitem_fts({SQLITE_COLUMNS}) "
# A contentless table (content=''): only the index is stored, not a second copy of the text.
# Removing a row from it takes the values it was indexed with, which the triggers recompute.
SQLITE_REMOVE = (
    f"INSERT INTO bantin_newsitem_fts(bantin_newsitem_fts, {SQLITE_COLUMNS}) "
    "VALUES ('delete', " + SQLITE_VALUES.format(row="old") + ");"
)
SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE bantin_newsitem_fts USING fts5("
    "title, sapo, body, title_f, sapo_f, body_f, content = '', "
    "tokenize = 'unicode61 remove_diacritics 0')",
    "CREATE TRIGGER bantin_newsitem_fts_insert AFTER INSERT ON bantin_newsitem BEGIN "
    + SQLITE_INSERT
    + "VALUES ("
    + SQLITE_VALUES.format(row="new")
    + "); END",
    "CREATE TRIGGER bantin_newsitem_fts_update AFTER UPDATE OF title, sapo, body "
    "ON bantin_newsitem BEGIN "
    + SQLITE_REMOVE
    + SQLITE_INSERT
    + "VALUES ("
    + SQLITE_VALUES.format(row="new")
    + "); END",
    "CREATE TRIGGER bantin_newsitem_fts_delete AFTER DELETE ON bantin_newsitem BEGIN "
    + SQLITE_REMOVE
    + " END",
    SQLITE_INSERT
    + "SELECT "
    + SQLITE_VALUES.format(row="bantin_newsitem")
    + " FROM bantin_newsitem",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS bantin_newsitem_fts_insert",
    "DROP TRIGGER IF EXISTS bantin_newsitem_fts_update",
    "DROP TRIGGER IF EXISTS bantin_newsitem_fts_delete",
    "DROP TABLE IF EXISTS bantin_newsitem_fts",
]


def run(statements):
    def operation(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for statement in statements.get(vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("bantin", "0008_reporters_edit_own_images")]

    operations = [
        migrations.RunPython(
            run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        )
    ]
