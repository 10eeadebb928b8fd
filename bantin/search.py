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
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import connection
from django.db.models import FloatField
from django.db.models.expressions import RawSQL
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from .text import nfc

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_PHRASES = 5
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


def plain_text(body):
    """An article body as text: tags removed, entities decoded."""
    return html.unescape(strip_tags(body or "")).replace("\xa0", " ")


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
        return _postgres_matching(queryset, query)
    return queryset.filter(
        pk__in=RawSQL(  # noqa: S611 - the match expression is a parameter
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",  # noqa: S608
            [fts_expression(query)],
        )
    )


class Results:
    """Items of ``queryset`` matching ``query``, best first: sliceable and countable, so it
    pages with Django's Paginator. Each item carries its ``search_score``."""

    def __init__(self, queryset, query, *, related=("category", "lead_image")):
        self.queryset = queryset
        self.query = query
        self.related = related
        self._count = None

    def count(self):
        if self._count is None:
            if not self.query:
                self._count = 0
            elif connection.vendor == "postgresql":
                self._count = _postgres_matching(self.queryset, self.query).count()
            else:
                self._count = _sqlite_ranked_ids(self.queryset, self.query, count=True)
        return self._count

    __len__ = count

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop
        if not self.query:
            return []
        if connection.vendor == "postgresql":
            ranked_items = _postgres_matching(self.queryset, self.query).order_by(
                "-search_score", "-publish_at", "-pk"
            )
            return list(ranked_items.select_related(*self.related)[start:stop])
        scored = _sqlite_ranked_ids(self.queryset, self.query, start=start, stop=stop)
        found = self.queryset.model.objects.select_related(*self.related).in_bulk(
            [pk for pk, _score in scored]
        )
        items = []
        for pk, score in scored:
            item = found[pk]
            item.search_score = score
            items.append(item)
        return items

    def __iter__(self):
        return iter(self[0 : self.count()])


def ranked(queryset, query):
    return Results(queryset, query)


# PostgreSQL

_PG_SCORE = (
    "ts_rank(bantin_newsitem.search_folded, websearch_to_tsquery('portal_vi', %s))"
    " + ts_rank(bantin_newsitem.search_exact, websearch_to_tsquery('simple', %s))"
)


def _postgres_matching(queryset, query):
    text = query.websearch()
    # The query text goes in as parameters only; the SQL around it is constant.
    return queryset.extra(  # noqa: S610
        where=["bantin_newsitem.search_folded @@ websearch_to_tsquery('portal_vi', %s)"],
        params=[text],
    ).annotate(search_score=RawSQL(_PG_SCORE, [text, text], output_field=FloatField()))  # noqa: S611


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


# SQLite

FTS_TABLE = "bantin_newsitem_fts"
#: bm25 weights of the columns: title, sapo, body as written, then the same folded.
_BM25 = f"bm25({FTS_TABLE}, 20.0, 8.0, 2.0, 10.0, 4.0, 1.0)"


def _fts_group(words):
    exact = " ".join(words)
    folded = fold(exact)
    return f'({{title_f sapo_f body_f}} : "{folded}" OR {{title sapo body}} : "{exact}")'


def fts_expression(query):
    return " AND ".join(
        [*(_fts_group([term]) for term in query.terms), *(_fts_group(p) for p in query.phrases)]
    )


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


def _sqlite_ranked_ids(queryset, query, *, count=False, start=0, stop=None):
    """Ranked (id, score) pairs, or their number, straight from FTS5.

    CROSS JOIN makes SQLite start from the full-text match and look the items up by id; the
    other order runs the match once per item. ``queryset`` (visibility, filters) is applied
    to each matched row.
    """
    condition, params = _row_condition(queryset)
    base = (
        f"FROM {FTS_TABLE} CROSS JOIN bantin_newsitem ON bantin_newsitem.id = {FTS_TABLE}.rowid "
        f"WHERE {FTS_TABLE} MATCH %s AND {condition}"
    )
    arguments = [fts_expression(query), *params]
    with connection.cursor() as cursor:
        if count:
            cursor.execute(f"SELECT count(*) {base}", arguments)  # noqa: S608 - constant SQL, values as parameters
            return cursor.fetchone()[0]
        limit = -1 if stop is None else stop - start
        cursor.execute(
            f"SELECT bantin_newsitem.id, -{_BM25} {base} "  # noqa: S608 - as above
            f"ORDER BY {_BM25}, bantin_newsitem.publish_at DESC, bantin_newsitem.id DESC "
            "LIMIT %s OFFSET %s",
            [*arguments, limit, start],
        )
        return cursor.fetchall()


def _python_snippet(text, query, words=35):
    """A window of ``text`` around the first match, the matched words marked."""
    text = " ".join(nfc(text).split())
    folded = fold(text)
    needles = {fold(word) for word in query.words()}
    spans = [match.span() for match in re.finditer(r"[^\W_]+", folded) if match.group() in needles]
    tokens = list(re.finditer(r"\S+", text))
    if not tokens:
        return ""
    # The window showing the most matched words wins; the earliest among equals.
    hits = [next(i for i, t in enumerate(tokens) if t.end() > span[0]) for span in spans]
    start = 0
    if hits:
        start = max(
            (max(0, hit - 8) for hit in hits),
            key=lambda s: (sum(s <= h < s + words for h in hits), -s),
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
        raw = {
            item.pk: _python_snippet(f"{item.sapo} {plain_text(item.body)}", query)
            for item in items
        }
    return {
        pk: mark_safe(  # noqa: S308 - escaped first, then only our own markers become tags
            escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
        )
        for pk, text in raw.items()
    }


# Keeping the SQLite index: functions the triggers call, on every SQLite connection.


def register_sqlite_functions(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_function("portal_fold", 1, fold, deterministic=True)
        connection.connection.create_function("portal_plain", 1, plain_text, deterministic=True)
