"""Public pages. Each view finds what the page is about, then renders its layout."""

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.db import transaction
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import fragments, renditions, seo, stats
from .forms import EditorImageUploadForm
from .images import MediaWriteError, files_removed_on_error, store_file
from .locks import cache_lock
from .models import Author, Category, Image, NewsItem, Tag
from .pages import Page, render_page


def home(request):
    return render_page(
        Page(
            request=request,
            kind="home",
            description=_("Tin tức, thông báo và thông tin chính thức của %(site)s.")
            % {"site": seo.site_name()},
            canonical_url=seo.absolute_url(reverse("bantin:home")),
        )
    )


def moved_or_not_found(request, queryset, slug):
    """For a slug that is no section's, author's or tag's (any more): a permanent redirect to
    the one that had it, with the query kept (``?page=2``), or a 404."""
    moved = queryset.filter(old_slugs__slug=slug).first()
    if moved is None:
        raise Http404
    url = moved.get_absolute_url()
    if request.META.get("QUERY_STRING"):
        url = f"{url}?{request.META['QUERY_STRING']}"
    return redirect(url, permanent=True)


def category_detail(request, slug):
    category = Category.objects.active().filter(slug=slug).first()
    if category is None:
        return moved_or_not_found(request, Category.objects.active(), slug)
    return render_page(
        Page(
            request=request,
            kind="category",
            category=category,
            title=category.name,
            description=category.description,
            canonical_url=seo.absolute_url(category.get_absolute_url()),
        )
    )


def author_detail(request, slug):
    author = Author.objects.filter(slug=slug).first()
    if author is None:
        return moved_or_not_found(request, Author.objects.all(), slug)
    return render_page(
        Page(
            request=request,
            kind="author",
            author=author,
            title=author.name,
            description=author.bio,
            canonical_url=seo.absolute_url(author.get_absolute_url()),
        )
    )


def tag_detail(request, slug):
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        return moved_or_not_found(request, Tag.objects.all(), slug)
    return render_page(
        Page(
            request=request,
            kind="tag",
            tag=tag,
            title=tag.name,
            canonical_url=seo.absolute_url(tag.get_absolute_url()),
        )
    )


#: Longer queries are cut: nobody types more, and it bounds the work a request can ask for.
MAX_QUERY_LENGTH = 200


def search(request):
    query = " ".join(request.GET.get("q", "").replace("\x00", "").split())[:MAX_QUERY_LENGTH]
    return render_page(
        Page(
            request=request,
            kind="search",
            query=query,
            title=_("Kết quả tìm kiếm: %(query)s") % {"query": query} if query else _("Tìm kiếm"),
        )
    )


def rendition(request, pk, version, key, crop, width, fmt):
    """Serve a rendition, building it first if it does not exist yet (or was lost).

    An address whose key is not the picture's is refused before any query. One already built
    for readers is served from storage without a query (the web server usually serves it
    before this view is reached). Otherwise the picture must be one readers may see
    (``Image.objects.visible()``), or the request a staff member's who may see the library,
    whose rendition is built where the web server never serves it and is never cached by
    others: the picture of an embargoed draft is nobody else's to fetch.
    """
    pk, version, width = int(pk), int(version), int(width)
    if pk > stats.MAX_ID or not renditions.key_is_valid(pk, version, key):
        raise Http404(_("Không có bản ảnh này."))
    name = renditions.public_name(pk, version, key, crop, width, fmt)
    if fmt in RENDITION_TYPES and default_storage.exists(name):
        return _rendition_response(name, fmt, public=True)
    image = get_object_or_404(Image, pk=pk)
    if not _rendition_is_valid(image, crop, width, fmt):
        raise Http404(_("Không có bản ảnh này."))
    public = Image.objects.visible().filter(pk=pk).exists()
    if not public and not _may_preview_pictures(request):
        raise Http404(_("Không có bản ảnh này."))
    current = renditions.url_of(image, crop, width, fmt)
    if settings.MEDIA_URL + name != current:  # an earlier version, or a rotated SECRET_KEY
        return redirect(current)
    name = renditions.name_of(image, crop, width, fmt) if public else None
    lock_name = name or renditions.preview_name(image, crop, width, fmt)
    with cache_lock(f"rendition:{lock_name}", timeout=120, attempts=2400, pause=0.05):
        name = renditions.ensure(image, crop, width, fmt, public=public)
    return _rendition_response(name, fmt, public=public)


def legacy_rendition(request, pk, version, crop, width, fmt):
    """An address of the former layout (``renditions/<id>/v<version>/…``), without a key, as
    pages, feeds and other sites handed them out: a picture readers may see moves for good to
    its current rendition; any other is not found, as its new address would be."""
    image = get_object_or_404(Image, pk=min(int(pk), stats.MAX_ID))
    if not _rendition_is_valid(image, crop, int(width), fmt):
        raise Http404(_("Không có bản ảnh này."))
    if not (Image.objects.visible().filter(pk=image.pk).exists() or _may_preview_pictures(request)):
        raise Http404(_("Không có bản ảnh này."))
    return redirect(renditions.url_of(image, crop, int(width), fmt), permanent=True)


def _rendition_is_valid(image, crop, width, fmt):
    return (
        crop in renditions.CROPS
        and fmt in ("webp", renditions.fallback_format(image))
        and width in renditions.widths_for(image)
        and not renditions.is_animated(image)
    )


def _may_preview_pictures(request):
    """Staff who may see the media library see its pictures before readers do."""
    user = request.user
    return user.is_active and user.is_staff and user.has_perm("bantin.view_image")


def _rendition_response(name, fmt, *, public):
    response = FileResponse(default_storage.open(name, "rb"), content_type=RENDITION_TYPES[fmt])
    if public:
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    else:
        # A staff member's browser only: no shared cache may keep it for the public.
        response["Cache-Control"] = "private, no-store"
    return response


RENDITION_TYPES = {"webp": "image/webp", "jpg": "image/jpeg", "png": "image/png"}


#: What the beacon answers, by what became of it: 204 whenever the view is not refused.
BEACON_STATUS = {
    stats.Beacon.CROSS_SITE: 403,
    stats.Beacon.BAD_TOKEN: 403,
    stats.Beacon.OVER_LIMIT: 429,
}


# CSRF-exempt: cached pages carry no per-reader token. bantin/stats.py checks instead that the
# beacon comes from one of the site's own pages, with the page's signed token.
@csrf_exempt
@require_POST
def count_view(request, pk):
    """The view beacon: counts a reader's view of an item (bantin/stats.py)."""
    outcome = stats.view_record(request=request, item_id=pk, token=request.POST.get("token"))
    return HttpResponse(status=BEACON_STATUS.get(outcome, 204))


def article_page(request, item):
    return Page(
        request=request,
        kind="article",
        item=item,
        title=item.title,
        description=item.sapo,
        canonical_url=seo.absolute_url(item.get_absolute_url()),
    )


def article_detail(request, pk, slug=""):
    # Where the page may come from fragments, the rest of the row, bylines and tags are loaded
    # only if a part of it must be rendered; where it may not, at once.
    details = not fragments.may_serve(request)
    item = get_object_or_404(NewsItem.objects.published().for_article(details=details), pk=pk)
    if slug != item.slug:
        return redirect(item, permanent=True)
    return render_page(article_page(request, item))


@never_cache
@staff_member_required
def article_preview(request, pk):
    """Any item, whatever its status, in its real page layout: for staff who may see it in the
    admin (a reporter, only their own), never cached."""
    from django.contrib import admin

    model_admin = admin.site.get_model_admin(NewsItem)
    item = get_object_or_404(model_admin.get_queryset(request).for_article(), pk=pk)
    if not model_admin.has_view_or_change_permission(request, item):
        raise PermissionDenied
    page = article_page(request, item)
    page.preview = True
    response = render_page(page)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_POST
@staff_member_required
def editor_image_upload(request):
    """CKEditor 5's image upload: the file becomes an ``Image`` of the library."""
    if not request.user.has_perm("bantin.add_image"):
        return JsonResponse(
            {"error": {"message": _("Bạn không có quyền tải ảnh lên.")}}, status=403
        )
    form = EditorImageUploadForm(data={}, files=request.FILES)
    if not form.is_valid():
        message = " ".join(error for errors in form.errors.values() for error in errors)
        return JsonResponse({"error": {"message": message}}, status=400)
    try:
        with files_removed_on_error(), transaction.atomic():
            if form.duplicate_of() is None:  # a duplicate reuses the library's stored copy
                store_file(form.instance)
            image = form.save(uploaded_by=request.user)
    except MediaWriteError as error:
        return JsonResponse({"error": {"message": str(error)}}, status=503)
    return JsonResponse({"url": image.file.url})
