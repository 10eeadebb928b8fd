"""Search indexes shaped for ranking by tiers (see bantin/search.py).

PostgreSQL: small generated vectors of the title and of the head (title and sapo), folded and
as written, beside the whole-text vectors of 0009; GIN indexes on the folded ones. Separate
columns rather than weights: the planner has statistics for each, and none for weights.

SQLite: the one FTS5 table of 0009 becomes two contentless tables whose rowid is a recency key
(publish time in seconds × 10⁹ + id), so a match can be read newest first and stop after a page:
``bantin_search_head`` (title and sapo, as written and folded) and ``bantin_search_text``
(title, sapo and body as one text, as written and folded).
"""

from importlib import import_module

from django.db import migrations

previous = import_module("bantin.migrations.0009_search")

POSTGRES_VECTOR = "to_tsvector('{config}'::regconfig, {text})"
POSTGRES_COLUMNS = {
    "search_title": ("portal_vi", "coalesce(title, '')"),
    "search_title_exact": ("simple", "coalesce(title, '')"),
    "search_head": ("portal_vi", "coalesce(title, '') || ' ' || coalesce(sapo, '')"),
    "search_head_exact": ("simple", "coalesce(title, '') || ' ' || coalesce(sapo, '')"),
}
POSTGRES_FORWARD = [
    *(
        f"ALTER TABLE bantin_newsitem ADD COLUMN {column} tsvector GENERATED ALWAYS AS ("
        + POSTGRES_VECTOR.format(config=config, text=text)
        + ") STORED"
        for column, (config, text) in POSTGRES_COLUMNS.items()
    ),
    "CREATE INDEX bantin_newsitem_search_title ON bantin_newsitem USING GIN (search_title)",
    "CREATE INDEX bantin_newsitem_search_head ON bantin_newsitem USING GIN (search_head)",
]
POSTGRES_BACKWARD = [
    f"ALTER TABLE bantin_newsitem DROP COLUMN IF EXISTS {column}" for column in POSTGRES_COLUMNS
]

KEY_SCALE = 1_000_000_000
KEY = f"(coalesce(unixepoch({{row}}.publish_at), 0) * {KEY_SCALE} + {{row}}.id)"
ALL_TEXT = "{row}.title || ' ' || {row}.sapo || ' ' || portal_plain({row}.body)"
TABLES = {
    "bantin_search_head": (
        "title, sapo, title_f, sapo_f",
        "{row}.title, {row}.sapo, portal_fold({row}.title), portal_fold({row}.sapo)",
    ),
    "bantin_search_text": ("exact, folded", f"{ALL_TEXT}, portal_fold({ALL_TEXT})"),
}


def _insert(table, row):
    columns, values = TABLES[table]
    return (
        f"INSERT INTO {table}(rowid, {columns}) "  # noqa: S608 - constant SQL
        f"VALUES ({KEY.format(row=row)}, {values.format(row=row)});"
    )


def _remove(table, row):
    # A contentless table forgets a row when given the values it was indexed with.
    columns, values = TABLES[table]
    return (
        f"INSERT INTO {table}({table}, rowid, {columns}) "  # noqa: S608 - constant SQL
        f"VALUES ('delete', {KEY.format(row=row)}, {values.format(row=row)});"
    )


# Django remakes a SQLite table for most column changes, which drops its triggers: a migration
# that changes bantin_newsitem on SQLite runs these again (see 0012).
SQLITE_TRIGGERS = [
    "CREATE TRIGGER IF NOT EXISTS bantin_search_insert AFTER INSERT ON bantin_newsitem BEGIN "
    + "".join(_insert(table, "new") for table in TABLES)
    + " END",
    "CREATE TRIGGER IF NOT EXISTS bantin_search_update AFTER UPDATE OF title, sapo, body, publish_at "
    "ON bantin_newsitem BEGIN "
    + "".join(_remove(table, "old") + _insert(table, "new") for table in TABLES)
    + " END",
    "CREATE TRIGGER IF NOT EXISTS bantin_search_delete AFTER DELETE ON bantin_newsitem BEGIN "
    + "".join(_remove(table, "old") for table in TABLES)
    + " END",
]
SQLITE_FORWARD = [
    *previous.SQLITE_BACKWARD,
    *(
        f"CREATE VIRTUAL TABLE {table} USING fts5({columns}, content = '', columnsize = 0, "
        "tokenize = 'unicode61 remove_diacritics 0')"
        for table, (columns, _values) in TABLES.items()
    ),
    *SQLITE_TRIGGERS,
    *(
        f"INSERT INTO {table}(rowid, {columns}) SELECT {KEY.format(row='bantin_newsitem')}, "  # noqa: S608
        f"{values.format(row='bantin_newsitem')} FROM bantin_newsitem"
        for table, (columns, values) in TABLES.items()
    ),
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS bantin_search_insert",
    "DROP TRIGGER IF EXISTS bantin_search_update",
    "DROP TRIGGER IF EXISTS bantin_search_delete",
    *(f"DROP TABLE IF EXISTS {table}" for table in TABLES),
    *previous.SQLITE_FORWARD,
]


def run(statements):
    def operation(apps, schema_editor):
        # Straight to the database cursor: no parameter substitution in these statements.
        with schema_editor.connection.cursor() as cursor:
            for statement in statements.get(schema_editor.connection.vendor, []):
                cursor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("bantin", "0010_search_layout")]

    operations = [
        migrations.RunPython(
            run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        )
    ]
