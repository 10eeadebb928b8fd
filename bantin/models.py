import datetime
import re
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from . import renditions
from .fields import FoldedSlugField, NFCCharField, NFCTextField, SanitizedHTMLField
from .text import credit_name, slugify_vi


def unique_slug(instance, value, max_length):
    """A slug of ``value`` not yet used by another row of ``instance``'s model."""
    base = slugify_vi(value, max_length=max_length - 6) or "muc"
    model = type(instance)
    slug, n = base, 2
    while model._default_manager.filter(slug=slug).exclude(pk=instance.pk).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


class NamedWithSlug:
    """Shared by sections, authors and tags: a slug, when left empty, is made unique from the
    name, and a slug that changes leaves its old value answering with a redirect."""

    def __str__(self):
        return self.name

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_slug = instance.__dict__.get("slug")
        return instance

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name, self._meta.get_field("slug").max_length)
        stored = getattr(self, "_stored_slug", None)
        # Here rather than in the admin: a slug changed from the shell, a script or a fixture
        # would otherwise break every link and search result that points to the old address.
        with transaction.atomic(using=kwargs.get("using")):
            super().save(*args, **kwargs)
            if stored != self.slug:
                keep_old_slug(instance=self, old_slug=stored)
        self._stored_slug = self.slug


class CategoryQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def roots(self):
        return self.filter(parent__isnull=True)


class Category(NamedWithSlug, models.Model):
    """Chuyên mục: a section of the portal, arranged as a tree."""

    name = NFCCharField(_("tên chuyên mục"), max_length=200)
    slug = FoldedSlugField(
        _("đường dẫn"),
        max_length=200,
        unique=True,
        help_text=_(
            "Phần địa chỉ web của chuyên mục, chỉ gồm chữ không dấu, số và dấu gạch ngang."
        ),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("chuyên mục cha"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Để trống nếu đây là chuyên mục cấp cao nhất."),
    )
    position = models.PositiveIntegerField(
        _("thứ tự"), default=0, help_text=_("Số nhỏ hơn được xếp trước trên trình đơn.")
    )
    description = NFCTextField(
        _("mô tả"), blank=True, help_text=_("Giới thiệu ngắn, hiển thị ở đầu trang chuyên mục.")
    )
    is_active = models.BooleanField(
        _("đang hoạt động"),
        default=True,
        help_text=_("Bỏ chọn để ẩn chuyên mục khỏi trình đơn và trang chủ."),
    )

    objects = CategoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("chuyên mục")
        verbose_name_plural = pgettext_lazy("plural", "chuyên mục")
        ordering = ["position", "name"]

    def get_absolute_url(self):
        return reverse("bantin:category", kwargs={"slug": self.slug})

    def clean(self):
        ancestor, seen = self.parent, set()
        while ancestor is not None and ancestor.pk not in seen:
            if self.pk is not None and ancestor.pk == self.pk:
                raise ValidationError({"parent": _("Một chuyên mục không thể nằm trong chính nó.")})
            seen.add(ancestor.pk)
            ancestor = ancestor.parent


class Author(NamedWithSlug, models.Model):
    """Tác giả / bút danh: a byline. It may belong to a user account but need not."""

    name = NFCCharField(_("tên / bút danh"), max_length=200)
    slug = FoldedSlugField(_("đường dẫn"), max_length=200, unique=True, blank=True)
    bio = NFCTextField(_("giới thiệu"), blank=True)
    photo = models.ForeignKey(
        "Image",
        verbose_name=_("ảnh chân dung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pen_names",
        help_text=_("Tài khoản của người viết, nếu có. Một người có thể có nhiều bút danh."),
    )

    class Meta:
        verbose_name = _("tác giả")
        verbose_name_plural = pgettext_lazy("plural", "tác giả")
        ordering = ["name"]

    def get_absolute_url(self):
        return reverse("bantin:author", kwargs={"slug": self.slug})


def image_upload_to(instance, filename):
    """A fresh random name: never the uploaded one, never one that exists already."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in Image.EXTENSIONS:
        extension = "bin"
    now = timezone.now()
    return f"images/{now:%Y/%m}/{uuid.uuid4().hex}.{extension}"


class ImageQuerySet(models.QuerySet):
    def visible(self, now=None):
        """Pictures a reader may see: the lead image or a body picture of an item readers may
        see (``NewsItem.objects.published()``), an author's photo (every author has a public
        page) or the site's emblem. One query with the rest of the chain."""
        published = NewsItem.objects.published(now)
        return self.filter(
            Q(pk__in=published.values("lead_image"))
            | Q(pk__in=published.values("body_images"))
            | Q(pk__in=Author.objects.values("photo"))
            | Q(pk__in=SiteSettings.objects.values("emblem"))
        )


class Image(models.Model):
    """Ảnh: one picture of the media library, reused wherever it appears."""

    EXTENSIONS = {"jpg", "png", "gif", "webp", "avif"}

    file = models.ImageField(
        _("tệp ảnh"), upload_to=image_upload_to, width_field="width", height_field="height"
    )
    alt_text = NFCCharField(
        _("văn bản thay thế"),
        max_length=300,
        help_text=_("Mô tả nội dung ảnh cho người khiếm thị và khi ảnh không tải được."),
    )
    caption = NFCTextField(_("chú thích"), blank=True)
    credit = NFCCharField(
        _("tác giả ảnh"),
        max_length=200,
        blank=True,
        help_text=_("Người chụp hoặc nguồn ảnh, ví dụ “Tư liệu”; trang tự thêm “Ảnh:” phía trước."),
    )
    focal_x = models.FloatField(
        _("tâm ảnh (ngang)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("Bấm vào ảnh để chọn điểm cần giữ khi ảnh được cắt theo tỉ lệ."),
    )
    focal_y = models.FloatField(
        _("tâm ảnh (dọc)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )
    content_hash = models.CharField(
        _("mã băm nội dung"), max_length=64, blank=True, db_index=True, editable=False
    )
    file_size = models.PositiveIntegerField(_("dung lượng tải lên"), null=True, editable=False)
    rendition_version = models.PositiveIntegerField(default=1, editable=False)
    #: The addresses and sizes pages show of this version of the picture, computed when it is
    #: saved (bantin/renditions.py: :func:`~bantin.renditions.rendition_set_of`).
    rendition_set = models.JSONField(
        _("địa chỉ các cỡ ảnh"), default=dict, blank=True, editable=False
    )
    width = models.PositiveIntegerField(_("chiều rộng"), null=True, editable=False)
    height = models.PositiveIntegerField(_("chiều cao"), null=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tải lên"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("thời điểm tải lên"), auto_now_add=True)

    objects = ImageQuerySet.as_manager()

    class Meta:
        verbose_name = _("ảnh")
        verbose_name_plural = pgettext_lazy("plural", "ảnh")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.alt_text

    def save(self, *args, **kwargs):
        # A file stored before the row (FieldFile.save(save=False), as the demo loader and the
        # upload paths do) leaves the dimensions unset, and Django then opens the file to
        # measure it every time a row is loaded: a disk read per picture on every page, and an
        # error on every page when the file is missing.
        if self.file and (self.width is None or self.height is None):
            self._meta.get_field("file").update_dimension_fields(self, force=True)
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "width", "height"}
        # The rendition set follows the version, dimensions and file; it is written with the
        # row when they are known before it is, else right after (a new row has no id yet, a
        # new file no name until stored).
        if self.pk is not None:
            self.rendition_set = renditions.rendition_set_of(self)
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "rendition_set"}
        super().save(*args, **kwargs)
        computed = renditions.rendition_set_of(self)
        if computed != self.rendition_set:
            self.rendition_set = computed
            Image.objects.using(self._state.db).filter(pk=self.pk).update(rendition_set=computed)

    def get_absolute_url(self):
        return self.file.url

    @property
    def credit_name(self):
        """The credit as the pages show it after "Ảnh:", without one typed into it."""
        return credit_name(self.credit)


class Tag(NamedWithSlug, models.Model):
    """Chủ đề: a keyword linking news items across sections."""

    name = NFCCharField(_("tên chủ đề"), max_length=100, unique=True)
    slug = FoldedSlugField(_("đường dẫn"), max_length=120, unique=True, blank=True)

    class Meta:
        verbose_name = _("chủ đề")
        verbose_name_plural = pgettext_lazy("plural", "chủ đề")
        ordering = ["name"]

    def get_absolute_url(self):
        return reverse("bantin:tag", kwargs={"slug": self.slug})


class SlugRedirect(models.Model):
    """Đường dẫn cũ: a slug a section, author or tag no longer has. Its old address answers
    with a permanent redirect to the current one, so links from other sites, bookmarks and
    search engines' copies keep working. Kept by :func:`keep_old_slug`."""

    slug = models.SlugField(_("đường dẫn cũ"), max_length=200)
    category = models.ForeignKey(
        Category,
        verbose_name=_("chuyên mục"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="old_slugs",
    )
    author = models.ForeignKey(
        Author,
        verbose_name=_("tác giả"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="old_slugs",
    )
    tag = models.ForeignKey(
        Tag,
        verbose_name=_("chủ đề"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="old_slugs",
    )
    created_at = models.DateTimeField(_("thời điểm đổi"), auto_now_add=True)

    #: The models whose old slugs are kept, by the name of their field here.
    TARGETS = ("category", "author", "tag")

    class Meta:
        verbose_name = _("đường dẫn cũ")
        verbose_name_plural = pgettext_lazy("plural", "đường dẫn cũ")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(category__isnull=False, author__isnull=True, tag__isnull=True)
                | Q(category__isnull=True, author__isnull=False, tag__isnull=True)
                | Q(category__isnull=True, author__isnull=True, tag__isnull=False),
                name="slugredirect_one_target",
            ),
            *(
                models.UniqueConstraint(
                    fields=["slug"],
                    condition=Q(**{f"{target}__isnull": False}),
                    name=f"slugredirect_{target}_unique",
                )
                for target in ("category", "author", "tag")
            ),
        ]

    def __str__(self):
        return self.slug


def keep_old_slug(*, instance, old_slug):
    """Remember that ``instance`` (a section, author or tag) was at ``old_slug``; its current
    slug, being live again, stops being an old one."""
    target = instance._meta.get_field("old_slugs").field.name
    of_kind = SlugRedirect.objects.filter(**{f"{target}__isnull": False})
    of_kind.filter(slug=instance.slug).delete()
    if old_slug:
        # The latest owner of an old slug gets its visitors.
        of_kind.update_or_create(slug=old_slug, defaults={target: instance})


def _published_status():
    return Q(status=NewsItemStatus.PUBLISHED, deleted_at__isnull=True)


def _live(now):
    """The one rule of what a reader may see, as a condition: published, already out, not yet
    expired, not in the trash."""
    return (
        _published_status()
        & Q(publish_at__lte=now)
        & (Q(unpublish_at__isnull=True) | Q(unpublish_at__gt=now))
    )


def _scheduled(now):
    return _published_status() & Q(publish_at__gt=now)


def _expired(now):
    return _published_status() & Q(unpublish_at__lte=now)


class PublicationState(models.TextChoices):
    """Where a published item stands for readers now; the admin's list tells them apart."""

    SCHEDULED = "scheduled", _("Đã lên lịch")
    LIVE = "live", _("Đang hiển thị")
    EXPIRED = "expired", _("Hết hạn")


class NewsItemQuerySet(models.QuerySet):
    def published(self, now=None):
        """What a reader may see: published, already out, not yet expired."""
        return self.filter(_live(now or timezone.now()))

    def scheduled(self, now=None):
        """Published for a time still to come: readers see it from ``publish_at``."""
        return self.filter(_scheduled(now or timezone.now()))

    def published_or_scheduled(self, now=None):
        """Published and not expired: what readers see now or will see from ``publish_at``.
        A list kept from one moment to the next (``NewsItem.related``) names these; what
        reads it filters again with :meth:`published`."""
        return self.filter(_published_status()).exclude(unpublish_at__lte=now or timezone.now())

    def expired(self, now=None):
        """Published, but past ``unpublish_at``: readers no longer see it."""
        return self.filter(_expired(now or timezone.now()))

    def in_publication_state(self, state, now=None):
        """Items in one :class:`PublicationState`."""
        now = now or timezone.now()
        conditions = {
            PublicationState.SCHEDULED: _scheduled,
            PublicationState.LIVE: _live,
            PublicationState.EXPIRED: _expired,
        }
        return self.filter(conditions[state](now))

    def with_publication_state(self, now=None):
        """Each item with ``publication_state``: a :class:`PublicationState` for a published
        item, empty for the others; by the same conditions as :meth:`published`."""
        now = now or timezone.now()
        return self.annotate(
            publication_state=models.Case(
                models.When(_scheduled(now), then=models.Value(PublicationState.SCHEDULED)),
                models.When(_expired(now), then=models.Value(PublicationState.EXPIRED)),
                models.When(_live(now), then=models.Value(PublicationState.LIVE)),
                default=models.Value(""),
                output_field=models.CharField(),
            )
        )

    def open_to(self, user):
        """The items ``user`` may open in the admin (list, form, preview, versions).

        A draft is its writer's own until they submit it: nobody else sees it, whatever
        their role (superusers aside, who run the system). Reporters see only what they
        wrote; the other roles see every item that has been handed over at least once,
        returned ones included, since whoever returned an item follows it up.
        """
        if user.is_superuser:
            return self
        own = Q(created_by=user.pk)
        if not user.has_perm("bantin.review_newsitem"):
            return self.filter(own)
        return self.filter(own | ~Q(status=NewsItemStatus.DRAFT))

    def waiting_for(self, user):
        """Chờ tôi xử lý: what waits for ``user``'s next step — their own drafts and returned
        items, and what their role takes on (submitted items for editors, items awaiting
        approval for publishers). Items in the trash wait for nobody."""
        waiting = []
        if user.has_perm("bantin.publish_newsitem"):
            waiting.append(NewsItemStatus.AWAITING_APPROVAL)
        if user.has_perm("bantin.review_newsitem"):
            waiting.append(NewsItemStatus.SUBMITTED)
        own = Q(created_by=user.pk, status__in=[NewsItemStatus.DRAFT, NewsItemStatus.RETURNED])
        return self.filter(own | Q(status__in=waiting), deleted_at__isnull=True)

    def not_deleted(self):
        return self.filter(deleted_at__isnull=True)

    def in_trash(self):
        return self.filter(deleted_at__isnull=False)

    def in_section(self, section, *, with_subsections=True):
        """Items of ``section`` (a section or its id) and, by default, of every section below
        it; the tree comes from the cached site structure, so this adds no query."""
        from .structure import site_structure

        pk = getattr(section, "pk", section)
        if with_subsections:
            return self.filter(category_id__in=site_structure().descendant_ids(pk))
        return self.filter(category_id=pk)

    def featured(self):
        return self.filter(is_featured=True)

    def newest_first(self):
        return self.order_by("-publish_at", "-pk")

    def for_article(self, *, details=True):
        """Everything the article page shows: bylines in order with their authors, and tags.
        ``details=False`` reads only what finding the page's fragments needs
        (:data:`ARTICLE_LOOKUP_FIELDS`, no join), leaving the rest of the row, the section, the
        lead image, bylines and tags to :meth:`NewsItem.load_article_details`, for a page that
        may come whole from the fragment cache."""
        if not details:
            return self.only(*ARTICLE_LOOKUP_FIELDS)
        items = self.select_related("category", "lead_image")
        return items.prefetch_related(*article_details())

    def for_links(self):
        """Just what a list of links shows: title, address and date, no join."""
        return self.only("pk", "title", "slug", "publish_at")

    def for_cards(self):
        """Just what a list of cards shows: title, sapo, date, section and thumbnail."""
        return self.select_related("category", "lead_image").only(
            "pk",
            "title",
            "slug",
            "sapo",
            "publish_at",
            "is_featured",
            "category__name",
            "category__slug",
            "lead_image__file",
            "lead_image__alt_text",
            "lead_image__width",
            "lead_image__height",
            "lead_image__focal_x",
            "lead_image__focal_y",
            "lead_image__rendition_version",
            "lead_image__rendition_set",
        )


#: The years a publication or expiry time may fall in, in the site's time zone. Beyond them a
#: slip of the keyboard (0001, 9999) is stored as a date before Christ on PostgreSQL, overflows
#: SQLite's search key (publication second × 10⁹ from 2263 on) and breaks feeds and sitemaps.
PUBLICATION_YEARS = (2000, 2100)


def validate_publication_time(value):
    """Refuse a publication or expiry time outside :data:`PUBLICATION_YEARS`."""
    first, last = PUBLICATION_YEARS
    zone = timezone.get_default_timezone()
    earliest = datetime.datetime(first, 1, 1, tzinfo=zone)
    after_last = datetime.datetime(last + 1, 1, 1, tzinfo=zone)
    if timezone.is_naive(value):
        value = value.replace(tzinfo=zone)
    if not earliest <= value < after_last:
        raise ValidationError(
            _("Hãy chọn một thời điểm từ năm %(first)s đến hết năm %(last)s."),
            code="out_of_range",
            params={"first": first, "last": last},
        )


class NewsItemStatus(models.TextChoices):
    DRAFT = "draft", _("Nháp")
    SUBMITTED = "submitted", _("Chờ biên tập")
    AWAITING_APPROVAL = "awaiting_approval", _("Chờ duyệt")
    PUBLISHED = "published", _("Đã xuất bản")
    UNPUBLISHED = "unpublished", _("Gỡ xuống")
    RETURNED = "returned", _("Trả lại")


class NewsItem(models.Model):
    """Bản tin: a news item, written by reporters and published after approval."""

    Status = NewsItemStatus

    title = NFCCharField(_("tiêu đề"), max_length=300)
    slug = FoldedSlugField(
        _("đường dẫn"),
        max_length=200,
        blank=True,
        help_text=_(
            "Tạo tự động từ tiêu đề. Đổi đường dẫn không làm hỏng liên kết cũ: "
            "địa chỉ bài viết có mã số của bài."
        ),
    )
    sapo = NFCTextField(
        _("sapo"),
        help_text=_("Đoạn mở đầu tóm tắt bài viết, hiển thị dưới tiêu đề và trong danh sách."),
    )
    body = SanitizedHTMLField(_("nội dung"), blank=True)
    #: The body as readers get it, prepared when the item is saved (see :meth:`save`).
    body_html = models.TextField(_("nội dung đã dựng"), blank=True, default="", editable=False)
    #: The library pictures the body shows, kept with ``body_html``: whether readers may see a
    #: picture's renditions is asked of the items that show it (``Image.objects.visible()``).
    body_images = models.ManyToManyField(
        Image,
        verbose_name=_("ảnh trong nội dung"),
        related_name="+",
        blank=True,
        editable=False,
    )
    lead_image = models.ForeignKey(
        Image,
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_caption = NFCTextField(
        _("chú thích ảnh đại diện"),
        blank=True,
        help_text=_("Để trống để dùng chú thích có sẵn của ảnh."),
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("chuyên mục"),
        on_delete=models.PROTECT,
        related_name="news_items",
    )
    authors = models.ManyToManyField(
        Author,
        verbose_name=pgettext_lazy("plural", "tác giả"),
        through="NewsItemAuthor",
        related_name="news_items",
        blank=True,
    )
    tags = models.ManyToManyField(
        Tag,
        verbose_name=pgettext_lazy("plural", "chủ đề"),
        related_name="news_items",
        blank=True,
        help_text=_("Các chủ đề giúp bạn đọc tìm tin liên quan."),
    )
    source = NFCCharField(
        _("nguồn"),
        max_length=300,
        blank=True,
        help_text=_("Nguồn tin, nếu bài được lấy từ nơi khác."),
    )
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    publish_at = models.DateTimeField(
        _("thời điểm xuất bản"),
        null=True,
        blank=True,
        help_text=_("Bài hiện với bạn đọc từ thời điểm này. Có thể đặt trong tương lai."),
        validators=[validate_publication_time],
    )
    unpublish_at = models.DateTimeField(
        _("thời điểm hết hạn"),
        null=True,
        blank=True,
        help_text=_("Bài tự ẩn khỏi bạn đọc từ thời điểm này. Để trống nếu không hết hạn."),
        validators=[validate_publication_time],
    )
    is_featured = models.BooleanField(
        _("tin nổi bật"), default=False, help_text=_("Hiển thị ở vùng tin nổi bật trên trang chủ.")
    )
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tạo"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("ngày cập nhật"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người cập nhật"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    version = models.PositiveIntegerField(
        _("phiên bản"),
        default=1,
        editable=False,
        help_text=_("Tăng sau mỗi lần lưu; để phát hiện hai người cùng sửa một bài."),
    )
    deleted_at = models.DateTimeField(_("thời điểm xóa"), null=True, blank=True, editable=False)
    #: Tin liên quan, ranked when content changes rather than when an article is read
    #: (bantin/related.py): up to RELATED_KEPT entries ``[id, shared topics, same section,
    #: publication time in microseconds since the epoch]``, best first. None: never ranked.
    related = models.JSONField(
        _("tin liên quan"), null=True, blank=True, default=None, editable=False
    )
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người xóa"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = NewsItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("bản tin")
        verbose_name_plural = pgettext_lazy("plural", "bản tin")
        permissions = [
            ("submit_newsitem", _("Gửi bài của mình để biên tập")),
            ("review_newsitem", _("Biên tập, trả lại, gửi bài lên duyệt")),
            ("publish_newsitem", _("Duyệt, xuất bản, gỡ bài")),
            ("empty_trash_newsitem", _("Xóa vĩnh viễn bài trong thùng rác")),
        ]
        ordering = ["-publish_at", "-pk"]
        indexes = [
            # The rest of the visibility rule, the section and the id ride along, so a list's
            # page of ids is read from the index alone, however deep the page (an index-only
            # scan on PostgreSQL; SQLite keeps the id in every index anyway). A section with
            # subsections is an IN over several ids, read from the first index newest first.
            models.Index(
                fields=["status", "-publish_at", "deleted_at", "unpublish_at", "category", "id"],
                name="newsitem_visible_list",
            ),
            models.Index(
                fields=["category", "status", "-publish_at", "deleted_at", "unpublish_at", "id"],
                name="newsitem_section_list",
            ),
            # Featured items are a few in a hundred: without an index of their own, a section's
            # featured list tests every item of the site newest first until it has found enough.
            models.Index(
                fields=["status", "-publish_at", "deleted_at", "unpublish_at", "category", "id"],
                condition=Q(is_featured=True),
                name="newsitem_featured_list",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=NewsItemStatus.values),
                name="newsitem_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(publish_at__isnull=False),
                name="newsitem_published_has_date",
            ),
            models.CheckConstraint(
                condition=Q(unpublish_at__isnull=True)
                | Q(publish_at__isnull=True)
                | Q(unpublish_at__gt=models.F("publish_at")),
                name="newsitem_expiry_after_publish",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify_vi(self.title, max_length=200) or "tin"
        update_fields = kwargs.get("update_fields")
        body_prepared = update_fields is None or "body" in update_fields
        if body_prepared:
            self.prepare_body()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "body_html"}
        if update_fields is None and not self._state.adding and not self.get_deferred_fields():
            # The related list is kept in bulk (bantin/related.py) while a form or a step has
            # the item loaded: saving the whole row would write back the list it loaded.
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name != "related"
            ]
        super().save(*args, **kwargs)
        if body_prepared:
            self.body_images.set(self._body_image_ids)

    def get_absolute_url(self):
        return reverse("bantin:article", kwargs={"slug": self.slug, "pk": self.pk})

    def clean(self):
        if self.status == self.Status.PUBLISHED and self.publish_at is None:
            raise ValidationError({"publish_at": _("Bài đã xuất bản phải có thời điểm xuất bản.")})
        if self.publish_at and self.unpublish_at and self.unpublish_at <= self.publish_at:
            raise ValidationError(
                {"unpublish_at": _("Thời điểm hết hạn phải sau thời điểm xuất bản.")}
            )

    def prepare_body(self):
        """Fill ``body_html``: the sanitised body with its library images as responsive
        pictures. Done once per save instead of on every view of the article."""
        from .templatetags.bantin_images import render_body

        self.body = self._meta.get_field("body").clean_value(self.body)
        with translation.override(settings.LANGUAGE_CODE):
            html, images = render_body(self.body)
        self.body_html = str(html)
        self._body_image_ids = [image.pk for image in images]

    def load_article_details(self):
        """What :meth:`NewsItemQuerySet.for_article` loads: the whole row with its section and
        lead image (one query, when only the lookup's fields were read), bylines with their
        authors, and tags; nothing that is loaded already."""
        deferred = self.get_deferred_fields()
        if deferred:
            whole = NewsItem.objects.select_related("category", "lead_image").get(pk=self.pk)
            for name in deferred:
                setattr(self, name, getattr(whole, name))
            self.category = whole.category
            self.lead_image = whole.lead_image
        models.prefetch_related_objects([self], *article_details())

    @property
    def caption(self):
        """The lead image's caption for this item: its own, else the image's."""
        if self.lead_image_caption:
            return self.lead_image_caption
        return self.lead_image.caption if self.lead_image else ""

    #: What the related lists of items depend on (bantin/related.py), besides topics.
    RANKED_FIELDS = ("status", "deleted_at", "category_id", "publish_at", "unpublish_at")

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance.ranked_as_loaded = instance.ranked_state()
        return instance

    def ranked_state(self):
        """The values of RANKED_FIELDS, or None when some were not loaded."""
        loaded = self.__dict__
        if any(name not in loaded for name in self.RANKED_FIELDS):
            return None
        return tuple(loaded[name] for name in self.RANKED_FIELDS)


class NewsItemAuthor(models.Model):
    """An author's place in a news item's byline."""

    news_item = models.ForeignKey(
        NewsItem, verbose_name=_("bản tin"), on_delete=models.CASCADE, related_name="bylines"
    )
    author = models.ForeignKey(
        Author, verbose_name=_("tác giả"), on_delete=models.PROTECT, related_name="bylines"
    )
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("tác giả của bài")
        verbose_name_plural = pgettext_lazy("plural", "tác giả của bài")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["news_item", "author"], name="byline_unique_author"),
        ]

    def __str__(self):
        return str(self.author)


#: What an article's lookup reads when the page may come from the fragment cache: whether it
#: is visible, its address, what the page's title and description say, and what the keys of its
#: fragments depend on (its section, its related list).
ARTICLE_LOOKUP_FIELDS = (
    "pk",
    "slug",
    "title",
    "sapo",
    "status",
    "publish_at",
    "unpublish_at",
    "deleted_at",
    "category_id",
    "related",
)


def article_details():
    """What an article page shows of an item beyond its row: bylines in order with their
    authors (and their photos), and tags; as prefetch lookups."""
    bylines = NewsItemAuthor.objects.select_related("author", "author__photo")
    return (models.Prefetch("bylines", queryset=bylines), "tags")


class PageType(models.TextChoices):
    HOME = "home", _("Trang chủ")
    CATEGORY = "category", _("Trang chuyên mục")
    ARTICLE = "article", _("Trang bài viết")
    SEARCH = "search", _("Trang tìm kiếm")
    AUTHOR = "author", _("Trang tác giả")
    TAG = "tag", _("Trang chủ đề")


#: Page types a section may give a layout of its own (inherited by its subsections).
SECTION_PAGE_TYPES = (PageType.CATEGORY, PageType.ARTICLE)


class Region(models.TextChoices):
    TOP = "top", _("Đầu trang (toàn chiều rộng)")
    MAIN = "main", _("Cột chính")
    ASIDE = "aside", _("Cột bên")
    BOTTOM = "bottom", _("Cuối trang (toàn chiều rộng)")


class Layout(models.Model):
    """Bố cục: which blocks a kind of page shows, region by region."""

    page_type = models.CharField(_("loại trang"), max_length=20, choices=PageType.choices)
    category = models.ForeignKey(
        Category,
        verbose_name=_("chuyên mục"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="layouts",
        help_text=_(
            "Để trống cho bố cục mặc định. Chọn một chuyên mục để dùng bố cục riêng cho "
            "trang chuyên mục hoặc trang bài viết của chuyên mục đó và các chuyên mục con."
        ),
    )
    updated_at = models.DateTimeField(_("ngày cập nhật"), auto_now=True)

    class Meta:
        verbose_name = _("bố cục trang")
        verbose_name_plural = pgettext_lazy("plural", "bố cục trang")
        ordering = ["page_type", "category__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["page_type"],
                condition=Q(category__isnull=True),
                name="layout_one_default_per_page_type",
            ),
            models.UniqueConstraint(
                fields=["page_type", "category"], name="layout_one_per_section_and_type"
            ),
            models.CheckConstraint(
                condition=Q(category__isnull=True) | Q(page_type__in=SECTION_PAGE_TYPES),
                name="layout_section_only_for_section_pages",
            ),
        ]

    def __str__(self):
        if self.category_id:
            return f"{self.get_page_type_display()} — {self.category}"
        return _("%(page_type)s (mặc định)") % {"page_type": self.get_page_type_display()}

    def regions(self):
        """This layout's placements as the structure holds them: region → [(block, settings)]."""
        regions = {region: [] for region in Region.values}
        for placement in self.placements.order_by("position", "pk"):
            regions.setdefault(placement.region, []).append((placement.block, placement.settings))
        return regions

    def clean(self):
        if self.category_id and self.page_type not in SECTION_PAGE_TYPES:
            raise ValidationError(
                {"category": _("Chỉ trang chuyên mục và trang bài viết mới có bố cục riêng.")}
            )
        duplicate = Layout.objects.filter(page_type=self.page_type, category=self.category)
        if self.page_type and duplicate.exclude(pk=self.pk).exists():
            raise ValidationError(_("Bố cục này đã có. Hãy sửa bố cục hiện có."))


class Placement(models.Model):
    """A block placed in a region of a layout, with its own settings."""

    layout = models.ForeignKey(
        Layout, verbose_name=_("bố cục"), on_delete=models.CASCADE, related_name="placements"
    )
    region = models.CharField(_("vùng"), max_length=10, choices=Region.choices)
    block = models.CharField(_("khối"), max_length=50)
    position = models.PositiveIntegerField(
        _("thứ tự"), default=0, help_text=_("Số nhỏ hơn đứng trước trong vùng.")
    )
    settings = models.JSONField(
        _("thiết lập"),
        default=dict,
        blank=True,
        help_text=_('Thiết lập riêng của khối, dạng JSON, ví dụ {"count": 5}.'),
    )

    class Meta:
        verbose_name = _("khối trong bố cục")
        verbose_name_plural = _("các khối trong bố cục")
        ordering = ["region", "position", "pk"]

    def __str__(self):
        return f"{self.block} ({self.get_region_display()})"

    def clean(self):
        from .blocks import UnknownBlock, registry

        try:
            block = registry.get(self.block)
        except UnknownBlock:
            raise ValidationError(
                {"block": _("Không có khối nào tên “%(name)s”.") % {"name": self.block}}
            ) from None
        layout = self.layout if self.layout_id else None
        if layout is not None and not block.fits(layout.page_type):
            raise ValidationError(
                {
                    "block": _("Khối “%(name)s” không dùng được trên %(page)s.")
                    % {"name": self.block, "page": layout.get_page_type_display().lower()}
                }
            )
        try:
            self.settings = block.clean_settings(self.settings)
        except ValidationError as error:
            raise ValidationError({"settings": error.messages}) from None


class DailyViewCount(models.Model):
    """Lượt xem: how many readers opened an item on a day, written in batches."""

    news_item = models.ForeignKey(
        NewsItem, verbose_name=_("bản tin"), on_delete=models.CASCADE, related_name="daily_views"
    )
    date = models.DateField(_("ngày"))
    count = models.PositiveIntegerField(_("lượt xem"), default=0)

    class Meta:
        verbose_name = _("lượt xem trong ngày")
        verbose_name_plural = _("lượt xem theo ngày")
        ordering = ["-date", "-count"]
        constraints = [
            models.UniqueConstraint(fields=["news_item", "date"], name="daily_views_unique_day"),
        ]
        indexes = [models.Index(fields=["date"], name="daily_views_date")]

    def __str__(self):
        return f"{self.news_item_id} {self.date}: {self.count}"


class NewsItemTransition(models.Model):
    """One step of an item's workflow: who moved it from which status to which, when and why."""

    news_item = models.ForeignKey(
        NewsItem, verbose_name=_("bản tin"), on_delete=models.CASCADE, related_name="transitions"
    )
    from_status = models.CharField(
        _("từ trạng thái"), max_length=20, choices=NewsItemStatus.choices
    )
    to_status = models.CharField(
        _("sang trạng thái"), max_length=20, choices=NewsItemStatus.choices
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("thời điểm"), default=timezone.now)
    comment = NFCTextField(_("ý kiến"), blank=True)

    class Meta:
        verbose_name = _("bước xử lý")
        verbose_name_plural = _("lịch sử xử lý")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


class NewsItemRevision(models.Model):
    """Phiên bản: every field of an item as it was saved, by whom and when."""

    news_item = models.ForeignKey(
        NewsItem, verbose_name=_("bản tin"), on_delete=models.CASCADE, related_name="revisions"
    )
    created_at = models.DateTimeField(_("thời điểm"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người lưu"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = NFCCharField(_("lý do"), max_length=200, blank=True)
    data = models.JSONField(_("nội dung"), encoder=DjangoJSONEncoder)

    class Meta:
        verbose_name = _("phiên bản")
        verbose_name_plural = pgettext_lazy("plural", "phiên bản")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.news_item_id} @ {self.created_at:%d/%m/%Y %H:%M}"


def default_site_name():
    return settings.PORTAL_SITE_NAME


def default_site_tagline():
    return settings.PORTAL_SITE_TAGLINE


class SiteSettings(models.Model):
    """Thiết lập cổng thông tin: the agency's name, emblem, contacts and the publisher
    information the law asks every page to show. One row, edited by site admins."""

    #: The primary key of the only row.
    SINGLETON_PK = 1

    name = NFCCharField(
        _("tên cổng thông tin"),
        max_length=200,
        default=default_site_name,
        help_text=_(
            "Hiển thị ở đầu và cuối mọi trang, ví dụ “Cổng thông tin điện tử huyện Ba Bể”."
        ),
    )
    tagline = NFCCharField(
        _("dòng phụ"),
        max_length=200,
        blank=True,
        default=default_site_tagline,
        help_text=_("Dòng chữ nhỏ dưới tên, ví dụ tên tỉnh."),
    )
    emblem = models.ForeignKey(
        Image,
        verbose_name=_("biểu trưng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Quốc huy hoặc biểu trưng của cơ quan, chọn từ thư viện ảnh; nên là ảnh vuông. "
            "Để trống để dùng biểu trưng mặc định."
        ),
    )
    owner = NFCCharField(
        _("cơ quan chủ quản"),
        max_length=200,
        blank=True,
        help_text=_("Ví dụ “Ủy ban nhân dân huyện Ba Bể”."),
    )
    address = NFCCharField(_("địa chỉ"), max_length=300, blank=True)
    phone = NFCCharField(
        _("điện thoại"), max_length=50, blank=True, help_text=_("Ví dụ “0209 3876 123”.")
    )
    email = models.EmailField(_("thư điện tử"), blank=True)
    responsible_person = NFCCharField(
        _("người chịu trách nhiệm"),
        max_length=200,
        blank=True,
        help_text=_("Họ tên và chức vụ, ví dụ “Ông Nguyễn Văn A – Chánh Văn phòng HĐND và UBND”."),
    )
    licence = NFCCharField(
        _("giấy phép"),
        max_length=300,
        blank=True,
        help_text=_(
            "Số giấy phép, cơ quan cấp và ngày cấp, ví dụ “Giấy phép số 12/GP-TTĐT do Sở "
            "Thông tin và Truyền thông cấp ngày 15/3/2024”. Hiển thị nguyên văn ở cuối trang."
        ),
    )
    updated_at = models.DateTimeField(_("ngày cập nhật"), auto_now=True)

    class Meta:
        verbose_name = _("thiết lập cổng thông tin")
        verbose_name_plural = _("thiết lập cổng thông tin")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(condition=Q(id=1), name="site_settings_single_row"),
        ]

    def __str__(self):
        return str(_("Thiết lập cổng thông tin"))

    def save(self, *args, **kwargs):
        self.pk = self.SINGLETON_PK
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("bantin:home")

    @property
    def phone_uri(self):
        """The phone number as a ``tel:`` link: its digits, and a leading + if written."""
        number = re.sub(r"[^0-9+]", "", self.phone)
        return f"tel:{number}" if number else ""

    @classmethod
    def load(cls):
        """The row, or unsaved defaults when no admin has saved it yet (nothing is written)."""
        found = cls.objects.select_related("emblem").filter(pk=cls.SINGLETON_PK).first()
        return found or cls(pk=cls.SINGLETON_PK)
