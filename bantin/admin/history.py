"""An item's history in the admin: one page for its workflow steps, revisions and admin log,
the comparison of two versions, the restore of one, and the two versions side by side after a
save was refused because someone else saved first."""

import difflib
import unicodedata
from collections import defaultdict
from datetime import timedelta
from html.parser import HTMLParser

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import NON_FIELD_ERRORS
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import workflow
from ..models import Author, Category, Image, NewsItem, NewsItemRevision, Tag

#: The fields a comparison shows, in the order of the form; the body has a diff of its own.
COMPARED_FIELDS = [
    "title",
    "slug",
    "sapo",
    "lead_image",
    "lead_image_caption",
    "category",
    "tags",
    "authors",
    "source",
    "is_featured",
    "status",
    "publish_at",
    "unpublish_at",
]
#: Which model the ids of a snapshot's field point to.
RELATED = {"lead_image": Image, "category": Category, "tags": Tag, "authors": Author}
#: Elements whose text is a block of its own: a paragraph, a list item, a table cell, a heading.
BLOCK_TAGS = {
    "p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "figcaption", "caption", "dt", "dd", "address",
}  # fmt: skip
#: Events of one person this close together are one moment of the history (a save records its
#: revision and its admin log entry a few milliseconds apart; a workflow step its transition
#: and its revision).
SAME_MOMENT = timedelta(seconds=5)


def local(moment):
    """A moment as the newsroom reads it: ``02/12/2026 22:59`` in the portal's time zone."""
    if isinstance(moment, str):
        moment = parse_datetime(moment)
    return date_format(timezone.localtime(moment), "d/m/Y H:i") if moment else "—"


def person(user):
    return (user.get_full_name() or user.get_username()) if user else _("(không rõ)")


# The body as blocks of words


class _BlockText(HTMLParser):
    """Collects an HTML body as (element, text) blocks, so that words of two paragraphs, list
    items or table cells never run together; an image counts as a block of its own."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.open, self.words = [], [], []

    def flush(self):
        text = " ".join(" ".join(self.words).split())
        if text:
            self.blocks.append((self.open[-1] if self.open else "p", text))
        self.words = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.flush()
            self.open.append(tag)
        elif tag == "br":
            self.words.append(" ")
        elif tag == "img":
            self.flush()
            alt = dict(attrs).get("alt") or ""
            self.blocks.append(("img", _("[Ảnh: %(alt)s]") % {"alt": alt} if alt else _("[Ảnh]")))

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self.flush()
            if tag in self.open:
                del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]

    def handle_data(self, data):
        self.words.append(data)


def body_blocks(html):
    """The text of an HTML body as a list of ``(element, text)`` blocks, in NFC."""
    parser = _BlockText()
    parser.feed(unicodedata.normalize("NFC", html or ""))
    parser.close()
    parser.flush()
    return parser.blocks


def _word_parts(old, new):
    """Two texts word by word: ``(old_parts, new_parts, all_parts)`` of ``(state, words)``."""
    old_words, new_words = old.split(), new.split()
    old_parts, new_parts, parts = [], [], []
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            same = ("same", " ".join(old_words[i1:i2]))
            old_parts.append(same)
            new_parts.append(same)
            parts.append(same)
            continue
        if i2 > i1:
            removed = ("removed", " ".join(old_words[i1:i2]))
            old_parts.append(removed)
            parts.append(removed)
        if j2 > j1:
            added = ("added", " ".join(new_words[j1:j2]))
            new_parts.append(added)
            parts.append(added)
    return old_parts, new_parts, parts


def _row(old=None, new=None):
    """One block of a body diff: kept, changed, removed or added."""
    if old and new:
        old_parts, new_parts, parts = _word_parts(old[1], new[1])
        state = "same" if old == new else "changed"
        return {"state": state, "element": new[0], "old": old_parts, "new": new_parts,
                "parts": parts}  # fmt: skip
    if old:
        parts = [("removed", old[1])]
        return {"state": "removed", "element": old[0], "old": parts, "new": [], "parts": parts}
    parts = [("added", new[1])]
    return {"state": "added", "element": new[0], "old": [], "new": parts, "parts": parts}


def _similarity(old, new):
    return difflib.SequenceMatcher(None, old[1].split(), new[1].split(), autojunk=False).ratio()


def _pair(old_blocks, new_blocks):
    """Rows for a run of blocks that changed: each old block paired with the new block most
    like it (in order), as difflib's ndiff pairs lines; what has no pair was removed or added."""
    if not old_blocks or not new_blocks:
        return [_row(old=block) for block in old_blocks] + [_row(new=block) for block in new_blocks]
    if len(old_blocks) * len(new_blocks) > 400:  # a rewrite: pair in order, not every pair
        rows = [_row(old, new) for old, new in zip(old_blocks, new_blocks, strict=False)]
        rows += [_row(old=block) for block in old_blocks[len(new_blocks) :]]
        return rows + [_row(new=block) for block in new_blocks[len(old_blocks) :]]
    ratio, i, j = max(
        (_similarity(old, new), -i, -j)
        for i, old in enumerate(old_blocks)
        for j, new in enumerate(new_blocks)
    )
    i, j = -i, -j
    if ratio < 0.3:
        return [_row(old=block) for block in old_blocks] + [_row(new=block) for block in new_blocks]
    return [
        *_pair(old_blocks[:i], new_blocks[:j]),
        _row(old_blocks[i], new_blocks[j]),
        *_pair(old_blocks[i + 1 :], new_blocks[j + 1 :]),
    ]


def body_diff(old_html, new_html):
    """Two bodies block by block, and word by word within a block that changed.

    A list of rows, each ``{"state", "element", "old", "new", "parts"}``: ``state`` is
    ``same``, ``changed``, ``added`` or ``removed``; ``old`` and ``new`` are the block's words on
    each side as ``(state, words)`` parts, ``parts`` both sides in reading order. Text only: the
    templates escape it like any other value.
    """
    old_blocks, new_blocks = body_blocks(old_html), body_blocks(new_html)
    rows = []
    matcher = difflib.SequenceMatcher(None, old_blocks, new_blocks, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows += [_row(block, block) for block in old_blocks[i1:i2]]
        else:
            rows += _pair(old_blocks[i1:i2], new_blocks[j1:j2])
    return rows


# Fields as people read them


class Values:
    """Shows the fields of item snapshots (``workflow.snapshot``, a revision's data) as people
    read them: labels for a status, local dates, names for ids. One query per related model
    for all the snapshots given."""

    def __init__(self, *snapshots):
        ids = defaultdict(set)
        for data in snapshots:
            for name in RELATED:
                value = data.get(name)
                ids[name].update(value if isinstance(value, list) else [value])
        self.names = {
            name: {obj.pk: str(obj) for obj in model.objects.filter(pk__in=ids[name] - {None})}
            for name, model in RELATED.items()
        }

    def _name(self, field, pk):
        if pk is None:
            return "—"
        return self.names[field].get(pk) or _("(đã xóa, mã %(id)s)") % {"id": pk}

    def display(self, field, value):
        if field in ("lead_image", "category"):
            return self._name(field, value)
        if field in ("tags", "authors"):
            return ", ".join(self._name(field, pk) for pk in value or []) or "—"
        if field == "status":
            return NewsItem.Status(value).label if value in NewsItem.Status.values else value
        if field in ("publish_at", "unpublish_at"):
            return local(value)
        if field == "is_featured":
            return _("Có") if value else _("Không")
        return value if value not in (None, "") else "—"

    def changes(self, before, after, fields=COMPARED_FIELDS):
        """``(label, before, after)`` for each field that differs between two snapshots."""
        rows = []
        for field in fields:
            if field not in after or _same(field, before.get(field), after.get(field)):
                continue
            label = capfirst(NewsItem._meta.get_field(field).verbose_name)
            rows.append(
                (label, self.display(field, before.get(field)), self.display(field, after[field]))
            )
        return rows


def _same(field, before, after):
    if field in ("publish_at", "unpublish_at"):
        before, after = (parse_datetime(v) if isinstance(v, str) else v for v in (before, after))
    if field == "tags":
        before, after = sorted(before or []), sorted(after or [])
    return before == after or (not before and not after)


def comparison(before, after):
    """The context of a comparison of two snapshots: changed fields, the body's diff."""
    return {
        "fields": Values(before, after).changes(before, after),
        "body": body_diff(before.get("body"), after.get("body")),
        "body_changed": body_blocks(before.get("body")) != body_blocks(after.get("body")),
    }


# The history of an item: steps, revisions and the admin's log, one timeline


def timeline(item):
    """The moments of an item's history, newest first. A moment is one person's events a few
    seconds apart: at most one workflow step (with its comment), one revision and one entry of
    the admin's log, so a save or a step reads as one line, not three."""
    events = [
        (step.at, step.actor, "step", step) for step in item.transitions.select_related("actor")
    ]
    events += [
        (revision.created_at, revision.created_by, "revision", revision)
        for revision in item.revisions.select_related("created_by")
    ]
    entries = LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(NewsItem), object_id=str(item.pk)
    ).select_related("user")
    events += [(entry.action_time, entry.user, "log", entry) for entry in entries]
    events.sort(key=lambda event: event[0], reverse=True)
    moments = []
    for at, actor, kind, event in events:
        last = moments[-1] if moments else None
        if (
            last is None
            or kind in last
            or last["actor"] != actor
            or last["oldest"] - at > SAME_MOMENT
        ):
            last = {"at": at, "oldest": at, "actor": actor, "who": person(actor)}
            moments.append(last)
        last[kind] = event
        last["oldest"] = at
    for moment in moments:
        if "log" in moment:
            moment["log_message"] = _log_message(moment["log"])
    return moments


def _log_message(entry):
    flags = {
        ADDITION: _("Tạo bài trong trang quản trị."),
        CHANGE: _("Sửa trong trang quản trị."),
        DELETION: _("Xóa trong trang quản trị."),
    }
    message = entry.get_change_message()
    return message if message and entry.change_message else flags.get(entry.action_flag, message)


class NewsItemHistoryMixin:
    """The history views of the news admin, with what the change form shows of them: the
    stale-save comparison and, out of the user's hands, the body as readers see it."""

    def history_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "<int:pk>/phien-ban/",
                wrap(self.revisions_redirect_view),
                name="bantin_newsitem_revisions",
            ),
            path(
                "<int:pk>/phien-ban/<int:revision>/khoi-phuc/",
                wrap(self.restore_view),
                name="bantin_newsitem_restore",
            ),
        ]

    def _context(self, request, item, title):
        return {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "item": item,
            "title": title,
        }

    def history_view(self, request, object_id, extra_context=None):
        """Lịch sử: the item's one history page, with the comparison of two revisions."""
        if not str(object_id).isdigit():
            raise Http404
        item = self._item(request, int(object_id))
        moments = timeline(item)
        by_pk = {m["revision"].pk: m["revision"] for m in moments if "revision" in m}
        newest = next((m["revision"] for m in moments if "revision" in m), None)
        compare = None
        older, newer = request.GET.get("a", ""), request.GET.get("b", "")
        if older or newer:
            a = by_pk.get(int(older)) if older.isdigit() else None
            b = by_pk.get(int(newer)) if newer.isdigit() else None
            if a is None or b is None:
                messages.warning(request, _("Hãy chọn hai phiên bản của bài này để so sánh."))
            else:
                if (a.created_at, a.pk) > (b.created_at, b.pk):
                    a, b = b, a
                compare = {"a": a, "b": b, **comparison(a.data, b.data)}
        context = {
            **self._context(request, item, _("Lịch sử: %(title)s") % {"title": item.title}),
            "moments": moments,
            "newest_revision": newest,
            "checked_a": compare["a"].pk if compare else None,
            "checked_b": compare["b"].pk if compare else None,
            "compare": compare,
            "can_restore": workflow.can_edit(request.user, item),
            **(extra_context or {}),
        }
        if not compare and len(by_pk) > 1:
            revisions = sorted(by_pk.values(), key=lambda r: (r.created_at, r.pk), reverse=True)
            context["checked_a"], context["checked_b"] = revisions[1].pk, revisions[0].pk
        return TemplateResponse(request, "admin/bantin/newsitem/history.html", context)

    def revisions_redirect_view(self, request, pk):
        """The old address of the revisions: the history page, with the same comparison."""
        self._item(request, pk)
        url = reverse("admin:bantin_newsitem_history", args=[pk])
        query = request.GET.urlencode()
        return redirect(f"{url}?{query}" if query else url)

    def restore_view(self, request, pk, revision):
        """Asks first (GET shows what would change), restores on a POST only."""
        item = self._item(request, pk)
        chosen = get_object_or_404(NewsItemRevision, pk=revision, news_item=item)
        if not workflow.can_edit(request.user, item):
            messages.error(request, _("Bạn không thể sửa bài này ở trạng thái hiện tại."))
            return redirect("admin:bantin_newsitem_history", item.pk)
        if request.method == "POST":
            workflow.news_item_restore_revision(item=item, revision=chosen, actor=request.user)
            self.message_user(
                request, _("Đã khôi phục phiên bản thành một phiên bản mới."), messages.SUCCESS
            )
            return redirect("admin:bantin_newsitem_change", item.pk)
        current = workflow.snapshot(item)
        kept = workflow.restorable(chosen.data, item=item)
        restored = {**current, **{k: v for k, v in kept.items() if k in RESTORED_FIELDS}}
        context = {
            **self._context(
                request, item, _("Khôi phục phiên bản: %(title)s") % {"title": item.title}
            ),
            "revision": chosen,
            "left_out": any(kept[name] != chosen.data.get(name) for name in RELATED),
            "revision_by": person(chosen.created_by),
            **comparison(current, restored),
        }
        return TemplateResponse(request, "admin/bantin/newsitem/restore_confirm.html", context)

    # What the change form shows of the history

    @property
    def media(self):
        return super().media + forms.Media(css={"all": ["bantin/admin/history.css"]})

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        # Out of the user's hands: the body as readers see it, not its HTML source.
        return [
            (name, {**options, "fields": [
                "rendered_body" if field == "body" else field for field in options["fields"]
            ]})
            for name, options in fieldsets
        ]  # fmt: skip

    @admin.display(description=gettext_lazy("nội dung"))
    def rendered_body(self, obj):
        from ..templatetags.bantin_images import body_pictures

        if obj is None or obj.pk is None:
            return "—"
        html = mark_safe(obj.body_html) if obj.body_html else body_pictures(obj.body)  # noqa: S308
        return format_html('<div class="rendered-body">{}</div>', html)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context.get("adminform") and context["adminform"].form
        if obj is not None and form is not None and form.has_error(NON_FIELD_ERRORS, "stale"):
            context["stale"] = stale_comparison(form, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)


#: What restoring a revision brings back (``workflow.news_item_restore_revision``).
RESTORED_FIELDS = [
    "title", "slug", "sapo", "body", "lead_image", "lead_image_caption", "source",
    "is_featured", "category", "authors", "tags",
]  # fmt: skip


def stale_comparison(form, obj):
    """What is saved now beside what the refused form holds, field by field, and the body
    block by block; the form keeps the typed text. The form now counts as opened on the saved
    version, so the merged text saves unless someone saves again in the meantime."""
    saved_item = NewsItem.objects.get(pk=obj.pk)
    saved = workflow.snapshot(saved_item)
    typed = {}
    for name in form.fields:
        if name not in COMPARED_FIELDS and name != "body":
            continue
        if name in form.cleaned_data:
            value = form.cleaned_data[name]
            if name in ("lead_image", "category"):
                value = value.pk if value else None
            elif name == "tags":
                value = sorted(tag.pk for tag in value)
            typed[name] = value
        else:
            typed[name] = form.data.get(form.add_prefix(name), "")
    data = form.data.copy()
    data[form.add_prefix("loaded_version")] = str(saved_item.version)
    form.data = data
    last = saved_item.revisions.select_related("created_by").first()
    return {
        "who": person(last.created_by) if last else _("người khác"),
        "when": local(last.created_at if last else None),
        "fields": Values(saved, typed).changes(saved, typed),
        "body": body_diff(saved.get("body"), typed.get("body", saved.get("body"))),
        "body_changed": "body" in typed
        and body_blocks(saved.get("body")) != body_blocks(typed["body"]),
    }
