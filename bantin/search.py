"""Search that understands Vietnamese, with or without diacritics.

One interface, two engines chosen by the database in use:

* PostgreSQL: two generated ``tsvector`` columns on ``bantin_newsitem`` — ``search_folded``
  (configuration ``portal_vi``: ``unaccent`` then ``simple``, so "cải" and "cai" and "CẢI" are
  one word, and unaccent maps đ to d) and ``search_exact`` (``simple``: diacritics kept) — both
  weighted title A, sapo B, body C, with GIN indexes; queries by ``websearch_to_tsquery``,
  snippets by ``ts_headline``.
* SQLite: an FTS5 table ``bantin_newsitem_fts`` kept by triggers, holding each text twice —
  as written and folded by :func:`fold` (FTS5's own folding keeps đ) — with bm25 weights.

Either way a match is found on the folded form, a match on the exact form ranks higher, title
above sapo above body, and newer above older among equals. Reader visibility is not decided
here: callers pass ``NewsItem.objects.published()``.
"""

import html
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import connection
from django.db.models import CharField, Func, Q
from django.db.models.expressions import RawSQL
from django.db.models.lookups import Contains
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import nfc

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_PHRASES = 5
DEFAULT_RELATED = ("category", "lead_image")
MARK_START, MARK_END = "\ue000", "\ue001"
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=8192)
def _fold_char(char):
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    if lower == "đ":
        return "d"
    return unicodedata.normalize("NFD", lower)[0]


def fold(text):
    """Lower case, without diacritics, đ → d; one character for each character of NFC text,
    so positions in the folded text are positions in the original."""
    return "".join(map(_fold_char, nfc(text or "")))


_TAG = re.compile(r"<[^>]*>")


def plain_text(body):
    """An article body as text: tags removed, entities decoded. Bodies are sanitised when
    saved, so their markup is regular and a pattern removes it."""
    return html.unescape(_TAG.sub(" ", body or "")).replace("\xa0", " ")


@dataclass
class Query:
    """A reader's query cut to size: loose words and quoted phrases, lower case, NFC."""

    terms: list = field(default_factory=list)
    phrases: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.terms or self.phrases)

    def words(self):
        return [*self.terms, *(word for phrase in self.phrases for word in phrase)]

    def websearch(self):
        """The query as websearch_to_tsquery text: phrases quoted, words ANDed."""
        return " ".join([*(f'"{" ".join(p)}"' for p in self.phrases), *self.terms])


def parse(text):
    text = nfc(str(text or "")).replace("\x00", " ")[:MAX_QUERY_LENGTH].lower()
    phrases = []
    for quoted in re.findall(r'"([^"]*)"', text):
        words = _WORD.findall(quoted)
        if len(words) > 1:
            phrases.append(words)
        elif words:
            text += f" {words[0]}"
    loose = re.sub(r'"[^"]*"', " ", text).replace('"', " ")
    terms = list(dict.fromkeys(_WORD.findall(loose)))
    return Query(terms=terms[:MAX_TERMS], phrases=phrases[:MAX_PHRASES])


def matching(queryset, query):
    """``queryset`` narrowed to the items matching ``query`` (unranked: the admin's list)."""
    if not query:
        return queryset.none()
    if connection.vendor == "postgresql":
        return queryset.extra(  # noqa: S610 - the query text is a parameter
            where=[f"{_PG_FOLDED} @@ {_PG_QF}"], params=[query.websearch()]
        )
    return queryset.filter(
        pk__in=RawSQL(  # noqa: S611 - the match expression is a parameter
            f"SELECT rowid %% {KEY_SCALE} FROM {_TEXT} WHERE {_TEXT} MATCH %s",  # noqa: S608
            [_SqliteTiers(query).all],
        )
    )


class Folded(Func):
    """:func:`fold` in the database, for columns without an index of their own (tags,
    authors, the media library): ``portal_fold`` on SQLite, ``unaccent`` then ``lower`` on
    PostgreSQL (``lower`` alone keeps capital letters with diacritics under a C locale, and
    unaccent leaves none of them)."""

    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="portal_fold", **extra_context)

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler, connection, template="lower(unaccent(%(expressions)s))", **extra_context
        )


def containing_words(queryset, fields, text):
    """``queryset`` narrowed to rows where every word of ``text`` appears in one of ``fields``,
    with diacritics and case optional and đ as d: "khoi cong", "KHỞI CÔNG" and NFD input all
    find "Khởi công". For the admin's pickers and short lists; articles use the full-text
    index (:func:`matching`)."""
    words = [fold(word) for word in _WORD.findall(nfc(str(text or "")))[:MAX_TERMS]]
    if not words:  # only punctuation: nothing is found, as in the news search
        return queryset.none()
    for word in words:
        any_field = Q()
        for name in fields:
            any_field |= Q(Contains(Folded(name), word))
        queryset = queryset.filter(any_field)
    return queryset


#: The most results a search counts and pages through (50 pages of 20). A reader narrows a
#: wider search with more words or the filters; counting every match of a common word would
#: cost a pass over most of the table on every search.
RESULT_LIMIT = 1000

#: How results are ordered: by the first of these tiers an item belongs to, then newest first.
TIERS = (
    "title, as typed",
    "title, without diacritics",
    "title and sapo, as typed",
    "title and sapo, without diacritics",
    "whole text, as typed",
    "whole text, without diacritics",
)


class Results:
    """Items of ``queryset`` matching ``query``, best first: sliceable and countable up to
    :data:`RESULT_LIMIT` (``more`` tells whether there are more), so it pages with Django's
    Paginator.

    An item ranks by the first tier it belongs to (:data:`TIERS`: title above sapo above body,
    exact diacritics above folded), then newer above older. ``since`` and ``until`` bound the
    publication time: ``since <= publish_at < until``. Each item carries ``search_tier``.
    """

    def __init__(self, queryset, query, *, since=None, until=None, related=DEFAULT_RELATED):
        self.query = query
        self.related = related
        self.model = queryset.model
        self.more = False
        self._count = None
        if not query:
            self._engine = None
        elif connection.vendor == "postgresql":
            self._engine = _PostgresEngine(queryset, query, since, until)
        else:
            self._engine = _SqliteEngine(queryset, query, since, until)

    def count(self):
        if self._count is None:
            if self._engine is None:
                self._count = 0
            else:
                found = self._engine.count(None, RESULT_LIMIT + 1)
                self.more = found > RESULT_LIMIT
                self._count = min(found, RESULT_LIMIT)
        return self._count

    __len__ = count

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start = max(index.start or 0, 0)
        stop = RESULT_LIMIT if index.stop is None else min(index.stop, RESULT_LIMIT)
        if self._engine is None or start >= stop:
            return []
        ranked_ids, skip, wanted = [], start, stop - start
        for tier in range(len(TIERS)):
            if skip:
                # A later page skips whole tiers: count them, no further than needed.
                size = self._engine.count(tier, skip + 1)
                if size <= skip:
                    skip -= size
                    continue
            found = self._engine.ids(tier, skip, wanted)
            ranked_ids += [(pk, tier) for pk in found]
            skip, wanted = 0, wanted - len(found)
            if not wanted:
                break
        items = self.model.objects.select_related(*self.related).in_bulk(
            [pk for pk, _tier in ranked_ids]
        )
        ranked_items = []
        for pk, tier in ranked_ids:
            item = items[pk]
            item.search_tier = tier
            ranked_items.append(item)
        return ranked_items

    def __iter__(self):
        return iter(self[0 : self.count()])


def ranked(queryset, query, **options):
    return Results(queryset, query, **options)


# PostgreSQL: generated vectors of the title, of the head (title and sapo) and of the whole
# text, each folded and as written (migrations 0009 and 0011). Where a tier's condition is on a
# vector without an index, the implied match on the folded one comes first for the planner.

_PG_TITLE = "bantin_newsitem.search_title"
_PG_TITLE_EXACT = "bantin_newsitem.search_title_exact"
_PG_HEAD = "bantin_newsitem.search_head"
_PG_HEAD_EXACT = "bantin_newsitem.search_head_exact"
_PG_FOLDED = "bantin_newsitem.search_folded"
_PG_EXACT = "bantin_newsitem.search_exact"
_PG_QF = "websearch_to_tsquery('portal_vi', %s)"
_PG_QE = "websearch_to_tsquery('simple', %s)"
_PG_TIERS = (
    f"{_PG_TITLE} @@ {_PG_QF} AND {_PG_TITLE_EXACT} @@ {_PG_QE}",
    f"{_PG_TITLE} @@ {_PG_QF} AND NOT {_PG_TITLE_EXACT} @@ {_PG_QE}",
    f"{_PG_HEAD} @@ {_PG_QF} AND {_PG_HEAD_EXACT} @@ {_PG_QE} AND NOT {_PG_TITLE} @@ {_PG_QF}",
    f"{_PG_HEAD} @@ {_PG_QF} AND NOT {_PG_TITLE} @@ {_PG_QF} AND NOT {_PG_HEAD_EXACT} @@ {_PG_QE}",
    f"{_PG_EXACT} @@ {_PG_QE} AND NOT {_PG_HEAD} @@ {_PG_QF}",
    f"{_PG_FOLDED} @@ {_PG_QF} AND NOT {_PG_HEAD} @@ {_PG_QF} AND NOT {_PG_EXACT} @@ {_PG_QE}",
)


class _PostgresEngine:
    def __init__(self, queryset, query, since, until):
        if since:
            queryset = queryset.filter(publish_at__gte=since)
        if until:
            queryset = queryset.filter(publish_at__lt=until)
        self.queryset = queryset.order_by()
        self.text = query.websearch()

    def _matching(self, tier):
        condition = f"{_PG_FOLDED} @@ {_PG_QF}" if tier is None else _PG_TIERS[tier]
        # The query text goes in as parameters only; the SQL around it is constant.
        return self.queryset.extra(  # noqa: S610
            where=[condition], params=[self.text] * condition.count("%s")
        )

    def count(self, tier, limit):
        # Counting up to a limit, the planner expects matches spread evenly and would walk the
        # table testing each row's vector, which is read from TOAST storage: slow. The GIN
        # index's bitmap, read until the limit, costs little per row.
        sql, params = self._matching(tier).values("pk")[:limit].query.sql_with_params()
        with connection.cursor() as cursor:
            try:
                cursor.execute(
                    "SET enable_seqscan = off; SET enable_indexscan = off; "  # noqa: S608
                    f"SELECT count(*) FROM ({sql}) found",
                    params,
                )
                return cursor.fetchone()[0]
            finally:
                cursor.execute("RESET enable_seqscan; RESET enable_indexscan")

    def ids(self, tier, offset, limit):
        newest = self._matching(tier).order_by("-publish_at", "-pk")
        return list(newest.values_list("pk", flat=True)[offset : offset + limit])


def _postgres_snippets(items, query):
    if not items:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, ts_headline('portal_vi', sapo || ' ' || "
            "regexp_replace(body, '<[^>]*>', ' ', 'g'), websearch_to_tsquery('portal_vi', %s), "
            "%s) FROM bantin_newsitem WHERE id = ANY(%s)",
            [
                query.websearch(),
                f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, "
                'MaxFragments=2, FragmentDelimiter=" … "',
                [item.pk for item in items],
            ],
        )
        return {pk: html.unescape(text) for pk, text in cursor.fetchall()}


# SQLite: two contentless FTS5 tables whose rowid is a recency key (publish time in seconds ×
# KEY_SCALE + id; migration 0011), so FTS5 hands matches over newest first and a page stops
# early. The head table holds title and sapo, the text table the whole text, each as written and
# folded by :func:`fold` (FTS5's own folding keeps đ). Visibility and filters are checked on
# each matched row.

KEY_SCALE = 1_000_000_000
_HEAD = "bantin_search_head"
_TEXT = "bantin_search_text"


def _fts_all(columns, groups, *, folded):
    """Every word or phrase of ``groups`` in one of ``columns``, as an FTS5 expression. The
    words come from :func:`parse`, so they hold no quote or operator."""

    def phrase(words):
        text = " ".join(words)
        return fold(text) if folded else text

    return "(" + " AND ".join(f'{{{columns}}} : "{phrase(words)}"' for words in groups) + ")"


class _SqliteTiers:
    """Each tier as (table, FTS5 expression, whether the head's matches are left out)."""

    def __init__(self, query):
        groups = [[term] for term in query.terms] + query.phrases
        title = _fts_all("title", groups, folded=False)
        title_f = _fts_all("title_f", groups, folded=True)
        head = _fts_all("title sapo", groups, folded=False)
        self.head_f = _fts_all("title_f sapo_f", groups, folded=True)
        text = _fts_all("exact", groups, folded=False)
        self.all = _fts_all("folded", groups, folded=True)
        self.tiers = (
            (_HEAD, title, False),
            (_HEAD, f"{title_f} NOT {title}", False),
            (_HEAD, f"{head} NOT {title_f}", False),
            (_HEAD, f"{self.head_f} NOT ({title_f} OR {head})", False),
            (_TEXT, text, True),
            (_TEXT, f"{self.all} NOT {text}", True),
        )


def _key(moment):
    return int(moment.timestamp()) * KEY_SCALE


class _SqliteEngine:
    def __init__(self, queryset, query, since, until):
        self.tiers = _SqliteTiers(query)
        self.condition, self.condition_params = _row_condition(queryset)
        self.low = _key(since) if since else 0
        # Nothing published after the current second is visible yet.
        self.high = _key(timezone.now()) + KEY_SCALE - 1
        if until:
            self.high = min(self.high, _key(until) - 1)

    def _select(self, tier, column):
        if tier is None:
            table, expression, without_head = _TEXT, self.tiers.all, False
        else:
            table, expression, without_head = self.tiers.tiers[tier]
        # The tables and expressions are constant or built by this module; values are parameters.
        sql = (
            f"SELECT {column.format(table=table)} FROM {table} CROSS JOIN bantin_newsitem "  # noqa: S608
            f"ON bantin_newsitem.id = {table}.rowid %% {KEY_SCALE} "
            f"WHERE {table} MATCH %s AND {table}.rowid BETWEEN %s AND %s"
        )
        params = [expression, self.low, self.high]
        if without_head:
            sql += f" AND {table}.rowid NOT IN (SELECT rowid FROM {_HEAD} WHERE {_HEAD} MATCH %s)"  # noqa: S608
            params.append(self.tiers.head_f)
        sql += f" AND {self.condition}"
        return sql, [*params, *self.condition_params]

    def count(self, tier, limit):
        sql, params = self._select(tier, "1")
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({sql} LIMIT %s)", [*params, limit])  # noqa: S608
            return cursor.fetchone()[0]

    def ids(self, tier, offset, limit):
        sql, params = self._select(tier, "{table}.rowid")
        with connection.cursor() as cursor:
            cursor.execute(f"{sql} ORDER BY 1 DESC LIMIT %s OFFSET %s", [*params, limit, offset])
            return [key % KEY_SCALE for (key,) in cursor.fetchall()]


def _row_condition(queryset):
    """``queryset``'s conditions as SQL on the ``bantin_newsitem`` row itself, when it has no
    joins (visibility and the search filters have none); otherwise an ``IN`` subquery, which
    costs a pass over every row it selects."""
    query = queryset.query
    if len(query.alias_map) <= 1 and not query.is_sliced:
        compiler = query.get_compiler(connection=connection)
        where, params = compiler.compile(query.where)
        if where:
            return where, list(params)
        return "1", []
    subquery, params = queryset.values("pk").query.sql_with_params()
    return f"bantin_newsitem.id IN ({subquery})", list(params)


@lru_cache(maxsize=1)
def _letters_folding_to():
    """For each folded letter, every letter (Latin and Vietnamese) that folds to it."""
    letters = {}
    for code in (*range(0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        if char.isalpha():
            letters.setdefault(_fold_char(char), set()).add(char)
    return letters


def _matcher(query):
    """A pattern finding the query's words in unfolded text, with or without diacritics: the
    regular expression engine scans the text instead of folding it character by character."""
    letters = _letters_folding_to()

    def pattern(word):
        return "".join(
            "[" + "".join(sorted(letters[char])) + "]" if char in letters else re.escape(char)
            for char in fold(word)
        )

    alternatives = "|".join(sorted({pattern(word) for word in query.words()}, key=len)[::-1])
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)


def _python_snippet(text, query, words=35, matcher=None):
    """A window of ``text`` around the first match, the matched words marked."""
    text = " ".join(nfc(text).split())
    matcher = matcher or _matcher(query)
    spans = [match.span() for match in matcher.finditer(text)]
    tokens = list(re.finditer(r"\S+", text))
    if not tokens:
        return ""
    # The window showing the most matched words wins; the earliest among equals.
    ends = [token.end() for token in tokens]
    hits = [bisect_right(ends, span_start) for span_start, _end in spans]  # sorted
    start = 0
    if hits:
        start = max(
            (max(0, hit - 8) for hit in hits),
            key=lambda s: (bisect_left(hits, s + words) - bisect_left(hits, s), -s),
        )
    window = tokens[start : start + words]
    begin, end = window[0].start(), window[-1].end()
    marked, cursor = [], begin
    for span_start, span_end in spans:
        if span_start < begin or span_end > end:
            continue
        marked += [text[cursor:span_start], MARK_START, text[span_start:span_end], MARK_END]
        cursor = span_end
    marked.append(text[cursor:end])
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + words < len(tokens) else ""
    return prefix + "".join(marked) + suffix


def snippets(items, query):
    """``{item id: safe HTML}``: a passage of each item's sapo and body, matches in <mark>."""
    if connection.vendor == "postgresql":
        raw = _postgres_snippets(items, query)
    else:
        matcher = _matcher(query)
        raw = {
            item.pk: _python_snippet(f"{item.sapo} {plain_text(item.body)}", query, matcher=matcher)
            for item in items
        }
    return {
        pk: mark_safe(  # noqa: S308 - escaped first, then only our own markers become tags
            escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
        )
        for pk, text in raw.items()
    }


# Keeping the SQLite index: functions the triggers call, on every SQLite connection.


def ensure_sqlite_index(sender=None, using="default", **kwargs):
    """After every ``migrate``: put back the search triggers if a migration lost them, and index
    every item again, since edits made meanwhile were missed.

    Django remakes a SQLite table for most column changes and the remade table has no triggers;
    checking here covers every such migration, present and future.
    """
    from importlib import import_module

    from django.db import connections

    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    tiers = import_module("bantin.migrations.0011_search_tiers")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT type, name FROM sqlite_master WHERE name IN (%s, %s, %s, %s)",
            [_TEXT, "bantin_search_insert", "bantin_search_update", "bantin_search_delete"],
        )
        found = {name for _type, name in cursor.fetchall()}
        if _TEXT not in found or len(found) == 4:
            return  # not migrated that far yet, or nothing lost
        first = import_module("bantin.migrations.0009_search")
        for statement in tiers.SQLITE_BACKWARD[: -len(first.SQLITE_FORWARD)]:
            cursor.execute(statement)
        for statement in tiers.SQLITE_FORWARD:
            cursor.execute(statement)


def register_sqlite_functions(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_function("portal_fold", 1, fold, deterministic=True)
        connection.connection.create_function("portal_plain", 1, plain_text, deterministic=True)
