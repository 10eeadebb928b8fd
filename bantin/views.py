"""Public pages. Each view finds what the page is about, then renders its layout."""

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from .forms import EditorImageUploadForm
from .models import Author, Category, NewsItem
from .pages import Page, render_page


def home(request):
    return render_page(Page(request=request, kind="home"))


def category_detail(request, slug):
    category = get_object_or_404(Category.objects.active(), slug=slug)
    return render_page(
        Page(
            request=request,
            kind="category",
            category=category,
            title=category.name,
            description=category.description,
            canonical_url=request.build_absolute_uri(category.get_absolute_url()),
        )
    )


def author_detail(request, slug):
    author = get_object_or_404(Author, slug=slug)
    return render_page(
        Page(
            request=request,
            kind="author",
            author=author,
            title=author.name,
            description=author.bio,
        )
    )


def article_page(request, item):
    return Page(
        request=request,
        kind="article",
        item=item,
        title=item.title,
        description=item.sapo,
        canonical_url=request.build_absolute_uri(item.get_absolute_url()),
    )


def article_detail(request, pk, slug=""):
    item = get_object_or_404(NewsItem.objects.published().for_article(), pk=pk)
    if slug != item.slug:
        return redirect(item, permanent=True)
    return render_page(article_page(request, item))


@never_cache
@staff_member_required
@permission_required("bantin.view_newsitem", raise_exception=True)
def article_preview(request, pk):
    """Any item, whatever its status, in its real page layout: for staff only, never cached."""
    item = get_object_or_404(NewsItem.objects.for_article(), pk=pk)
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
    with transaction.atomic():
        image = form.save(uploaded_by=request.user)
    return JsonResponse({"url": image.file.url})
