from django.conf import settings
from django.urls import path, re_path

from . import views

app_name = "bantin"

urlpatterns = [
    path("", views.home, name="home"),
    path("chuyen-muc/<slug:slug>/", views.category_detail, name="category"),
    path("tac-gia/<slug:slug>/", views.author_detail, name="author"),
    path("chu-de/<slug:slug>/", views.tag_detail, name="tag"),
    path("tim-kiem/", views.search, name="search"),
    path("luot-xem/<int:pk>/", views.count_view, name="count_view"),
    re_path(
        r"^tin-tuc/(?P<slug>[-a-zA-Z0-9_]+)-(?P<pk>[0-9]{1,18})/$",
        views.article_detail,
        name="article",
    ),
    path("tin-tuc/<int:pk>/", views.article_detail, name="article_by_id"),
    path("xem-truoc/<int:pk>/", views.article_preview, name="preview"),
    path("tai-anh-len/", views.editor_image_upload, name="editor_image_upload"),
    re_path(
        rf"^{settings.MEDIA_URL.lstrip('/')}renditions/(?P<pk>[0-9]{{1,18}})/v(?P<version>[0-9]{{1,9}})/"
        r"(?P<crop>[0-9a-z]{1,10})-(?P<width>[0-9]{1,4})\.(?P<fmt>webp|jpg|png)$",
        views.rendition,
        name="rendition",
    ),
]
