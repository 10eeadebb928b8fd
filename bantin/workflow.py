"""The editorial workflow: every change of an item's status, and every saved version.

    draft ──submit──► submitted ──send for approval──► awaiting approval ──publish──► published
      ▲                  │                                   │                           │
      └────return────────┴───────────return (comment)────────┘        unpublish ◄───────┘

Each function checks the actor's right, records who, when and why, saves a revision, and after
the commit tells the people concerned by e-mail. Views never assign ``status`` themselves.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mass_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from . import renditions, roles, seo
from .models import (
    Author,
    Category,
    Image,
    NewsItem,
    NewsItemAuthor,
    NewsItemRevision,
    NewsItemTransition,
    Tag,
)
from .sitesettings import site_settings

logger = logging.getLogger(__name__)
Status = NewsItem.Status


class WorkflowError(PermissionDenied):
    """An action the actor may not take, or may not take now; the message says why."""


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    sources: tuple
    target: str
    permission: str
    needs_comment: bool = False


ACTIONS = {
    action.name: action
    for action in [
        Action("submit", gettext_lazy("Gửi biên tập"), (Status.DRAFT, Status.RETURNED),
               Status.SUBMITTED, "bantin.submit_newsitem"),
        Action("send_for_approval", gettext_lazy("Gửi lên duyệt"), (Status.SUBMITTED,),
               Status.AWAITING_APPROVAL, "bantin.review_newsitem"),
        Action("return", pgettext_lazy("action", "Trả lại"), (Status.SUBMITTED, Status.AWAITING_APPROVAL),
               Status.RETURNED, "bantin.review_newsitem", needs_comment=True),
        Action("publish", gettext_lazy("Xuất bản / đặt lịch"),
               (Status.AWAITING_APPROVAL, Status.UNPUBLISHED, Status.PUBLISHED),
               Status.PUBLISHED, "bantin.publish_newsitem"),
        Action("unpublish", pgettext_lazy("action", "Gỡ xuống"), (Status.PUBLISHED,), Status.UNPUBLISHED,
               "bantin.publish_newsitem"),
    ]
}  # fmt: skip

#: Who may edit an item's content in each status, beyond superusers.
EDIT_PERMISSION = {
    Status.SUBMITTED: "bantin.review_newsitem",
    Status.AWAITING_APPROVAL: "bantin.publish_newsitem",
    Status.PUBLISHED: "bantin.publish_newsitem",
    Status.UNPUBLISHED: "bantin.publish_newsitem",
}


def can_edit(user, item):
    """Reporters edit their own drafts and returned items; editors submitted ones; publishers
    items awaiting approval or already out."""
    if item.pk is None:
        return user.has_perm("bantin.add_newsitem")
    if item.deleted_at is not None or not user.has_perm("bantin.change_newsitem"):
        return False
    if user.is_superuser:
        return True
    if item.status in (Status.DRAFT, Status.RETURNED):
        return item.created_by_id == user.pk
    return user.has_perm(EDIT_PERMISSION[item.status])


def can_take(user, item, action):
    if item.deleted_at is not None or item.status not in action.sources:
        return False
    if not user.has_perm(action.permission):
        return False
    if action.name == "submit" and not user.is_superuser:
        # A draft is its writer's own until they hand it over.
        return item.created_by_id == user.pk
    if action.name == "return" and item.status == Status.AWAITING_APPROVAL:
        return user.has_perm("bantin.publish_newsitem")
    return True


def available_actions(user, item):
    return [action for action in ACTIONS.values() if can_take(user, item, action)]


def snapshot(item):
    """Every field of the item that a revision keeps."""
    return {
        "title": item.title,
        "slug": item.slug,
        "sapo": item.sapo,
        "body": item.body,
        "lead_image": item.lead_image_id,
        "lead_image_caption": item.lead_image_caption,
        "category": item.category_id,
        "source": item.source,
        "is_featured": item.is_featured,
        "status": item.status,
        "publish_at": item.publish_at,
        "unpublish_at": item.unpublish_at,
        "authors": list(
            NewsItemAuthor.objects.filter(news_item=item)
            .order_by("position", "pk")
            .values_list("author_id", flat=True)
        ),
        "tags": sorted(item.tags.values_list("pk", flat=True)),
    }


def news_item_record_revision(*, item, actor, reason):
    return NewsItemRevision.objects.create(
        news_item=item, created_by=actor, reason=reason, data=snapshot(item)
    )


def news_item_saved(*, item, actor, created):
    """After the admin saved an item's content (and its bylines and tags): record a revision."""
    reason = _("Tạo bài") if created else _("Lưu nội dung")
    news_item_record_revision(item=item, actor=actor, reason=reason)


def _transition(*, item, actor, action_name, comment="", **changes):
    action = ACTIONS[action_name]
    with transaction.atomic():
        item = NewsItem.objects.select_for_update().get(pk=item.pk)
        if not can_take(actor, item, action):
            raise WorkflowError(
                _("Bạn không thể “%(action)s” bài ở trạng thái “%(status)s”.")
                % {"action": action.label, "status": item.get_status_display()}
            )
        comment = (comment or "").strip()
        if action.needs_comment and not comment:
            raise ValidationError(_("Hãy ghi ý kiến khi trả lại bài."))
        previous = item.status
        item.status = action.target
        for field, value in changes.items():
            setattr(item, field, value)
        item.full_clean(exclude=["slug"])
        item.version += 1
        item.updated_by = actor
        item.save()
        NewsItemTransition.objects.create(
            news_item=item,
            from_status=previous,
            to_status=item.status,
            actor=actor,
            comment=comment,
        )
        news_item_record_revision(item=item, actor=actor, reason=str(action.label))
        transaction.on_commit(
            lambda: notify(item=item, action=action, actor=actor, comment=comment)
        )
        if previous == NewsItem.Status.PUBLISHED and item.status != previous:
            _withdraw_pictures_after_commit(item)
    return item


def _withdraw_pictures_after_commit(item):
    """The pictures of an item readers no longer see stop being served to them, unless
    another item still shows them (bantin/renditions.py)."""
    image_ids = [item.lead_image_id, *item.body_images.values_list("pk", flat=True)]
    transaction.on_commit(lambda: renditions.withdraw_unless_visible(image_ids))


def news_item_submit(*, item, actor, comment=""):
    return _transition(item=item, actor=actor, action_name="submit", comment=comment)


def news_item_send_for_approval(*, item, actor, comment=""):
    return _transition(item=item, actor=actor, action_name="send_for_approval", comment=comment)


def news_item_return(*, item, actor, comment):
    return _transition(item=item, actor=actor, action_name="return", comment=comment)


def news_item_publish(*, item, actor, publish_at=None, unpublish_at=None, comment=""):
    """Publish now, or at ``publish_at``; readers see it from then until ``unpublish_at``."""
    return _transition(
        item=item,
        actor=actor,
        action_name="publish",
        comment=comment,
        publish_at=publish_at or timezone.now(),
        unpublish_at=unpublish_at,
    )


def news_item_unpublish(*, item, actor, comment=""):
    return _transition(item=item, actor=actor, action_name="unpublish", comment=comment)


def news_item_take(*, item, actor, action_name, **fields):
    """Run the named action (as the admin's buttons name them)."""
    functions = {
        "submit": news_item_submit,
        "send_for_approval": news_item_send_for_approval,
        "return": news_item_return,
        "publish": news_item_publish,
        "unpublish": news_item_unpublish,
    }
    return functions[action_name](item=item, actor=actor, **fields)


def _set_trashed(*, item, actor, trashed, refusal, reason):
    if not actor.has_perm("bantin.delete_newsitem"):
        raise WorkflowError(refusal)
    with transaction.atomic():
        item = NewsItem.objects.select_for_update().get(pk=item.pk)
        item.deleted_at = timezone.now() if trashed else None
        item.deleted_by = actor if trashed else None
        item.version += 1
        item.save(update_fields=["deleted_at", "deleted_by", "version", "updated_at"])
        news_item_record_revision(item=item, actor=actor, reason=reason)
        if trashed:
            _withdraw_pictures_after_commit(item)
    return item


def news_item_trash(*, item, actor):
    """Move an item to the trash: readers no longer see it; it can be restored."""
    return _set_trashed(
        item=item,
        actor=actor,
        trashed=True,
        refusal=_("Bạn không có quyền xóa bài."),
        reason=_("Chuyển vào thùng rác"),
    )


def news_item_restore_from_trash(*, item, actor):
    return _set_trashed(
        item=item,
        actor=actor,
        trashed=False,
        refusal=_("Bạn không có quyền khôi phục bài."),
        reason=_("Khôi phục từ thùng rác"),
    )


def news_item_empty_trash(*, actor, items):
    """Delete items in the trash for good. Only admins may."""
    if not actor.has_perm("bantin.empty_trash_newsitem"):
        raise WorkflowError(_("Chỉ quản trị viên mới được xóa vĩnh viễn."))
    return NewsItem.objects.in_trash().filter(pk__in=[item.pk for item in items]).delete()


def restorable(data, *, item):
    """A revision's content as it can come back today: sections, images, authors and topics
    deleted since are left out (the item keeps its current section), so a restore never points
    at a row that is gone."""

    def existing(model, ids):
        found = set(
            model.objects.filter(pk__in=[pk for pk in ids if pk]).values_list("pk", flat=True)
        )
        return [pk for pk in ids if pk in found]

    return {
        **data,
        "lead_image": (existing(Image, [data["lead_image"]]) or [None])[0],
        "category": (existing(Category, [data["category"]]) or [item.category_id])[0],
        "authors": existing(Author, data["authors"]),
        "tags": existing(Tag, data["tags"]),
    }


def news_item_restore_revision(*, item, revision, actor):
    """Bring back a revision's content (not its status or dates) as a new revision."""
    if not can_edit(actor, item):
        raise WorkflowError(_("Bạn không thể sửa bài này ở trạng thái hiện tại."))
    with transaction.atomic():
        item = NewsItem.objects.select_for_update().get(pk=item.pk)
        data = restorable(revision.data, item=item)
        for field in [
            "title",
            "slug",
            "sapo",
            "body",
            "lead_image_caption",
            "source",
            "is_featured",
        ]:
            setattr(item, field, data[field])
        item.lead_image_id = data["lead_image"]
        item.category_id = data["category"]
        item.version += 1
        item.updated_by = actor
        item.save()
        NewsItemAuthor.objects.filter(news_item=item).delete()
        NewsItemAuthor.objects.bulk_create(
            NewsItemAuthor(news_item=item, author_id=author_id, position=position)
            for position, author_id in enumerate(data["authors"])
        )
        item.tags.set(data["tags"])
        news_item_record_revision(
            item=item,
            actor=actor,
            reason=_("Khôi phục phiên bản lúc %(time)s")
            % {"time": timezone.localtime(revision.created_at).strftime("%d/%m/%Y %H:%M")},
        )
    return item


def notify(*, item, action, actor, comment):
    """E-mail the people concerned by a step; a mail failure never undoes the step."""
    User = get_user_model()
    if action.name in ("return", "publish"):
        recipients = User.objects.filter(pk=item.created_by_id)
    elif action.name == "submit":
        recipients = User.objects.filter(groups__name=roles.EDITOR)
    elif action.name == "send_for_approval":
        recipients = User.objects.filter(groups__name=roles.PUBLISHER)
    else:
        return
    addresses = sorted(
        {
            user.email
            for user in recipients.filter(is_active=True).exclude(pk=actor.pk)
            if user.email
        }
    )
    if not addresses:
        return
    # In the site's language, not in the one the actor's admin happens to show.
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(
            (
                _("[%(site)s] %(action)s: %(title)s")
                % {"site": site_settings().name, "action": action.label, "title": item.title}
            ).split()
        )
        lines = [
            _("Bài “%(title)s” đã chuyển sang trạng thái “%(status)s”.")
            % {"title": item.title, "status": item.get_status_display()},
            _("Người thực hiện: %(actor)s")
            % {"actor": actor.get_full_name() or actor.get_username()},
        ]
        if comment:
            lines.append(_("Ý kiến: %(comment)s") % {"comment": comment})
        # Read in a mail program, far from the site: the link carries the site's address.
        lines.append(seo.absolute_url(reverse("admin:bantin_newsitem_change", args=[item.pk])))
    try:
        send_mass_mail([(subject, "\n".join(lines), None, [address]) for address in addresses])
    except Exception:  # the step is committed already; a mail problem is logged, not raised
        logger.exception("Could not send workflow e-mail for news item %s", item.pk)
