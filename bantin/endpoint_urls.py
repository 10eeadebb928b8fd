"""Addresses that are not pages — the view beacon, the body editor's image upload, image
renditions under MEDIA_URL — and so are the same in every language: portal/urls.py keeps them
outside the /en/ prefix of the readers' pages. A rendition keeps one address whatever page
shows it, which nginx serves as a file once built."""

from django.conf import settings
from django.urls import path, re_path

from . import renditions, views

app_name = "endpoints"
_MEDIA = settings.MEDIA_URL.lstrip("/")

urlpatterns = [
    path("luot-xem/<int:pk>/", views.count_view, name="count_view"),
    path("tai-anh-len/", views.editor_image_upload, name="editor_image_upload"),
    re_path(
        rf"^{_MEDIA}{renditions.PUBLIC_FOLDER}/(?P<pk>[0-9]{{1,18}})/(?P<version>[0-9]{{1,9}})-"
        rf"(?P<key>[0-9a-f]{{{renditions.KEY_LENGTH}}})/"
        r"(?P<crop>[0-9a-z]{1,10})-(?P<width>[0-9]{1,4})\.(?P<fmt>webp|jpg|png)$",
        views.rendition,
        name="rendition",
    ),
    # The former layout, without a key: redirected for pictures readers may see.
    re_path(
        rf"^{_MEDIA}renditions/(?P<pk>[0-9]{{1,18}})/v(?P<version>[0-9]{{1,9}})/"
        r"(?P<crop>[0-9a-z]{1,10})-(?P<width>[0-9]{1,4})\.(?P<fmt>webp|jpg|png)$",
        views.legacy_rendition,
        name="legacy_rendition",
    ),
]
