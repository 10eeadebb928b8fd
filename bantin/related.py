"""Tin liên quan: each item's related items, ranked when content changes, not when it is read.

The ranking: the items sharing the most topics first, then those of the same section, then the
newest (``-publish_at, -pk``); among the candidates — the newest CANDIDATES of the item's
section and of each of its topics — never the item itself. Each item keeps its best
RELATED_KEPT on its own row (``NewsItem.related``), as ``[id, shared topics, same section,
publication time in microseconds]``: what ranking a newcomer against them needs. So a
publication costs a handful of queries (:func:`entered`) instead of every read of every article
costing the whole ranking.

The candidates are the items published or scheduled, not expired; the lists are read through
the one rule of what readers see (the related block filters them with ``published()``), so an
item unpublished, trashed or expired since leaves every list at once, the entries after it
standing in. An item whose list was never ranked (``related`` is None) is ranked when read.

Kept lists follow the items they are candidates of: a publication enters the lists of the
newest CANDIDATES of its section and of each of its topics — the items whose windows it enters
— not those of older items, which keep the ranking of their last change until
``manage.py refresh_related``.
"""

import heapq
import threading
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import reduce
from operator import or_

from django.db import connection, transaction
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.dispatch import Signal

from .locks import cache_lock
from .models import NewsItem

#: Candidates: the newest this many of the item's section and of each of its topics. Counting
#: shared topics over every item of a big section or topic read most of the news table.
CANDIDATES = 200
#: The related block's largest count.
SHOWN_AT_MOST = 20
#: Entries kept beyond it: they stand in for items readers no longer see (unpublished, in the
#: trash, expired), which leave the lists they are in only when those are ranked again.
SPARE = 10
#: Entries kept per item.
RELATED_KEPT = SHOWN_AT_MOST + SPARE
#: Ranking reads kept lists, changes them and writes them back: one process at a time, or a
#: publication ranked in one worker could undo another's (bantin/locks.py). After the lock's
#: wait it ranks anyway: a change ranked beside another is better than one not ranked.
LOCK = {"name": "related-lists", "timeout": 120, "attempts": 2400, "pause": 0.05}

Topics = NewsItem.tags.through
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def moment(publish_at):
    """A publication time as whole microseconds since the epoch: exact, and JSON."""
    return (publish_at - _EPOCH) // timedelta(microseconds=1)


def _rank(entry):
    pk, shared, same_section, published = entry
    return (shared, same_section, published, pk)


def _best(entries):
    return heapq.nlargest(RELATED_KEPT, entries, key=_rank)


def candidates(item, topic_ids, items):
    """``items`` narrowed to the candidates of ``item`` (whose topics are ``topic_ids``), each
    with ``shared_topics`` and ``same_section``, best first."""
    others = items.exclude(pk=item.pk)

    def newest(**condition):
        newest_first = others.filter(**condition).order_by("-publish_at", "-pk")
        return newest_first.values("pk")[:CANDIDATES]

    pools = [newest(category_id=item.category_id), *(newest(tags=tag) for tag in topic_ids)]
    if connection.features.supports_slicing_ordering_in_compound:
        # PostgreSQL: one IN over the UNION of the pools. An OR of one IN per pool cannot
        # use an index, and the planner walked the whole table testing each row.
        found = others.filter(pk__in=pools[0].union(*pools[1:]))
    else:
        # SQLite allows no LIMIT inside a UNION; it reads an OR of INs by index anyway.
        found = others.filter(reduce(or_, (Q(pk__in=pool) for pool in pools)))
    return _scored(found, item.category_id, topic_ids).order_by(
        "-shared_topics", "-same_section", "-publish_at", "-pk"
    )


def _scored(items, section_id, topic_ids):
    """``items`` with the topics they share with ``topic_ids`` and whether they are in the
    section ``section_id``."""
    if topic_ids:
        shared = Count("tags", filter=Q(tags__in=topic_ids), distinct=True)
    else:
        shared = Value(0)
    same = Case(When(category_id=section_id, then=1), default=0, output_field=IntegerField())
    return items.annotate(shared_topics=shared, same_section=same)


def rank_for(item, *, now=None):
    """The list ``item`` keeps: its best RELATED_KEPT candidates, in one query (and one for
    its topics, unless they are loaded)."""
    topic_ids = [topic.pk for topic in item.tags.all()]
    items = NewsItem.objects.published_or_scheduled(now)
    rows = candidates(item, topic_ids, items).values_list(
        "pk", "shared_topics", "same_section", "publish_at"
    )
    return [
        [pk, shared, same, moment(published)] for pk, shared, same, published in rows[:RELATED_KEPT]
    ]


#: Sent once kept lists are written, with ``ids``, the items whose list changed, or
#: ``ids=None`` when every list was ranked again: the pages showing them are stale (the page
#: cache subscribes, bantin/pagecache.py).
lists_changed = Signal()


def store(lists, *, every=False):
    """Write ``lists`` (ids to lists) in one statement, run once per row; no signal, no
    version, no revision: the items themselves are unchanged. Like ``bulk_update`` without
    building a CASE of one condition per row in Python, which took longer than the ranking."""
    if not lists:
        return
    field = NewsItem._meta.get_field("related")
    table, column, pk_column = (
        connection.ops.quote_name(name)
        for name in (NewsItem._meta.db_table, field.column, NewsItem._meta.pk.column)
    )
    sql = f"UPDATE {table} SET {column} = %s WHERE {pk_column} = %s"  # noqa: S608 - names of the model
    rows = [(field.get_db_prep_save(kept, connection), pk) for pk, kept in lists.items()]
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        cursor.executemany(sql, rows)
    lists_changed.send(sender=NewsItem, ids=None if every else list(lists))


def entered(pk, **options):
    """:func:`rank_into_lists` under the lists' lock."""
    with cache_lock(**LOCK):
        rank_into_lists(pk, **options)


def rank_into_lists(pk, *, former_sections=(), former_topics=(), now=None):
    """Rank the item ``pk``, just published or changed, into the lists of the items it is a
    candidate of, and rank its own list; a handful of queries and one bulk write.

    The lists it may enter are those of the newest CANDIDATES of its section and of each of its
    topics — the windows it ranks among. It enters them where it ranks (replacing its entry of
    before), when it is among those newest itself. ``former_sections`` and ``former_topics``, the
    item's before the change, name the windows where its entries are ranked again, or dropped
    when it is related no more. An item not published (or expired, or in the trash) enters no
    list: the lists it is in skip it when they are read.
    """
    items = NewsItem.objects.published_or_scheduled(now)
    row = items.filter(pk=pk).values_list("category_id", "publish_at", "related").first()
    if row is None:
        return
    section_id, publish_at, own_before = row
    topic_ids = set(Topics.objects.filter(newsitem_id=pk).values_list("tag_id", flat=True))

    def newest(**condition):
        newest_first = items.filter(**condition).order_by("-publish_at", "-pk")
        return list(newest_first.values_list("pk", flat=True)[: CANDIDATES + 1])

    current = [newest(category_id=section_id), *(newest(tags=topic) for topic in topic_ids)]
    former = [newest(category_id=section) for section in set(former_sections) - {section_id}]
    former += [newest(tags=topic) for topic in set(former_topics) - topic_ids]
    own_candidates, entering, affected = set(), set(), set()
    for window in current:
        members = [other for other in window if other != pk][:CANDIDATES]
        own_candidates.update(members)
        if pk in window[:CANDIDATES]:
            entering.update(members)
    for window in former:
        affected.update(other for other in window if other != pk)
    affected |= own_candidates
    if not affected:
        rows = []
    else:
        rows = (
            _scored(NewsItem.objects.filter(pk__in=affected), section_id, list(topic_ids))
            .order_by()
            .values_list("pk", "shared_topics", "same_section", "publish_at", "related")
        )
    published = moment(publish_at)
    own, changed = [], {}
    for other, shared, same, other_published, kept in rows:
        if other in own_candidates:
            own.append([other, shared, same, moment(other_published)])
        if kept is None:
            continue  # never ranked: ranked whole when it is read
        without = [entry for entry in kept if entry[0] != pk]
        if other in entering or (len(without) < len(kept) and (shared or same)):
            without.append([pk, shared, same, published])
        ranked = _best(without)
        if ranked != kept:
            changed[other] = ranked
    own = _best(own)
    if own != own_before:
        changed[pk] = own
    store(changed)


def refresh_all(**options):
    """:func:`rank_every_list` under the lists' lock. The count."""
    with cache_lock(**LOCK):
        return rank_every_list(**options)


def rank_every_list(*, now=None):
    """Rank and store the list of every item published or scheduled, in memory: two queries
    to read the items and their topics, and bulk writes. For new databases, generated
    content, and old items' lists that publications since did not enter. The count."""
    items = NewsItem.objects.published_or_scheduled(now)
    rows = list(items.values_list("pk", "category_id", "publish_at"))
    if not rows:
        return 0
    sections = {pk: section for pk, section, _published in rows}
    published = {pk: moment(publish_at) for pk, _section, publish_at in rows}
    topics = {pk: set() for pk in sections}
    pairs = Topics.objects.filter(newsitem_id__in=items.values("pk"))
    for item, topic in pairs.values_list("newsitem_id", "tag_id"):
        topics[item].add(topic)
    lists = rank_in_memory(sections, topics, published)
    store(lists, every=True)
    return len(lists)


def rank_in_memory(sections, topics, published):
    """Every item's list, as :func:`rank_for` ranks it, from each item's section, topics and
    publication :func:`moment` (dicts by id)."""
    newest_first = sorted(published, key=lambda pk: (published[pk], pk), reverse=True)
    windows = {}  # ("section" or "topic", id) -> the newest CANDIDATES + 1, newest first
    for pk in newest_first:
        for window in (("section", sections[pk]), *(("topic", topic) for topic in topics[pk])):
            members = windows.setdefault(window, [])
            if len(members) <= CANDIDATES:
                members.append(pk)
    heads = {window: frozenset(members[:CANDIDATES]) for window, members in windows.items()}
    # Items of one section with the same topics have the same candidates but for themselves
    # and the item after each window's newest CANDIDATES, which stands in for them: ranked
    # once for all of them.
    groups = {}
    lists = {}
    for pk in published:
        own_windows = (("section", sections[pk]), *(("topic", topic) for topic in topics[pk]))
        group_key = (sections[pk], frozenset(topics[pk]))
        group = groups.get(group_key)
        if group is None:
            group = groups[group_key] = _group(
                own_windows, windows, heads, sections, topics, published
            )
        in_heads, ranked = group
        stand_ins = {
            windows[window][CANDIDATES]
            for window in own_windows
            if len(windows[window]) > CANDIDATES and pk in heads[window]
        }
        chosen = []
        for entry in ranked:
            other = entry[0]
            if other != pk and (other in in_heads or other in stand_ins):
                chosen.append(entry)
                if len(chosen) == RELATED_KEPT:
                    break
        lists[pk] = chosen
    return lists


def _group(own_windows, windows, heads, sections, topics, published):
    """For one section and set of topics: the candidates' union without stand-ins, and the
    best of every candidate, enough to pick RELATED_KEPT after dropping one item and the
    stand-ins that do not apply."""
    section_id, topic_ids = own_windows[0][1], {window[1] for window in own_windows[1:]}
    in_heads = frozenset().union(*(heads[window] for window in own_windows))
    everyone = set(in_heads)
    everyone.update(windows[w][CANDIDATES] for w in own_windows if len(windows[w]) > CANDIDATES)
    entries = (
        [
            other,
            len(topic_ids & topics[other]),
            int(sections[other] == section_id),
            published[other],
        ]
        for other in everyone
    )
    return in_heads, heapq.nlargest(RELATED_KEPT + len(own_windows) + 1, entries, key=_rank)


# Kept up to date by signals, so every path — the admin, the workflow, the shell — is covered.
# The work runs after commit: the admin saves an item's topics after the item, and a list
# ranked from an uncommitted state could name what was rolled back.

_local = threading.local()


def _pending():
    if not hasattr(_local, "pending"):
        _local.pending = {}
        _local.suspended = 0
    return _local.pending


class _Group:
    """The changes of one item within one transaction, ranked once."""

    def __init__(self, pk):
        self.pk = pk
        self.done = False
        self.former_sections = set()
        self.former_topics = set()


def _run(group):
    if group.done:
        return
    group.done = True
    if _pending().get(group.pk) is group:
        del _local.pending[group.pk]
    entered(group.pk, former_sections=group.former_sections, former_topics=group.former_topics)


def _schedule(pk, *, former_sections=(), former_topics=()):
    """Rank ``pk`` into the lists after commit; changes within one transaction join."""
    pending = _pending()
    if _local.suspended:
        return
    group = pending.get(pk)
    if group is None or group.done:
        if len(pending) > 1000:
            pending.clear()  # groups of rolled-back transactions; live ones still run
        group = pending[pk] = _Group(pk)
    group.former_sections.update(former_sections)
    group.former_topics.update(former_topics)

    # Every change registers its own callback, the first to run ranks: a callback of a
    # rolled-back savepoint is dropped without dropping the others.
    # Robust: a failed ranking is logged, and the page cache's receivers after it still run.
    # A function of its own rather than a partial: Django names a failed robust callback.
    def rank_after_commit():
        _run(group)

    transaction.on_commit(rank_after_commit, robust=True)


@contextmanager
def ranked_afterwards(*, now=None):
    """Items saved inside are not ranked one by one; every list is ranked at the end, in
    memory (:func:`refresh_all`). For loading content in bulk."""
    _pending()
    _local.suspended += 1
    try:
        yield
    finally:
        _local.suspended -= 1
    refresh_all(now=now)


def _for_readers(item):
    return item.status == NewsItem.Status.PUBLISHED and item.deleted_at is None


def _item_saved(sender, instance, created=False, raw=False, **kwargs):
    if raw:
        return
    loaded = getattr(instance, "ranked_as_loaded", None)
    state = instance.ranked_state()
    instance.ranked_as_loaded = state
    if not _for_readers(instance):
        return  # the lists it is in skip it when read
    unranked = instance.__dict__.get("related", False) is None
    if not created and loaded is not None and loaded == state and not unranked:
        return  # a change of its text: no list changes
    former = ()
    if loaded is not None and loaded[2] != instance.category_id:
        former = (loaded[2],)
    _schedule(instance.pk, former_sections=former)


def _topics_changed(sender, instance, action, reverse=False, pk_set=None, **kwargs):
    if action not in ("pre_clear", "pre_remove", "post_add", "post_remove", "post_clear"):
        return
    if reverse:  # from the topic's side: pk_set holds items
        if action == "pre_clear":
            pk_set = set(
                Topics.objects.filter(tag_id=instance.pk).values_list("newsitem_id", flat=True)
            )
            instance._related_cleared = pk_set
        elif action == "post_clear":
            pk_set = getattr(instance, "_related_cleared", set())
        if action.startswith("post"):
            for pk in pk_set or ():
                _schedule(pk, former_topics=(instance.pk,))
        return
    if not _for_readers(instance):
        return
    if action == "pre_clear":
        instance._related_former_topics = set(instance.tags.values_list("pk", flat=True))
    elif action == "pre_remove":
        instance._related_former_topics = set(pk_set or ())
    else:
        former = getattr(instance, "_related_former_topics", set()) if action != "post_add" else ()
        _schedule(instance.pk, former_topics=former)


def connect_updates():
    """Keep the lists as items and their topics change. Connected before the page cache's
    receivers: the lists are written before the pages showing them are dropped."""
    from django.db.models.signals import m2m_changed, post_save

    post_save.connect(_item_saved, sender=NewsItem, dispatch_uid="related-NewsItem-saved")
    m2m_changed.connect(_topics_changed, sender=Topics, dispatch_uid="related-topics-changed")
