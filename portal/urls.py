from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from bantin import sitemaps

admin.site.site_header = _("Quản trị cổng thông tin")
admin.site.site_title = _("Quản trị cổng thông tin")
admin.site.index_title = _("Bảng điều khiển")

# Readers' pages in Vietnamese at their plain address (/tin-tuc/…), in English under /en/
# (/en/tin-tuc/…): the address alone decides, never the browser, so every cached copy of a page
# is in one language. The admin follows the user's language cookie or browser instead, and
# what is not a page (beacon, upload, renditions) has one address for every language.
urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("bantin.endpoint_urls")),
    # For crawlers, one address whatever the language (their URLs are the Vietnamese pages').
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-news.xml", sitemaps.news, name="sitemap_news"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap_section"),
    *i18n_patterns(path("", include("bantin.urls")), prefix_default_language=False),
]

if settings.DEBUG:
    # The originals alone (random names, see bantin.models.image_upload_to), as nginx serves
    # them: renditions are the view's to answer (bantin/endpoint_urls.py), and nothing under
    # private/ (masters, staff previews) or renditions/ (the former layout) is served as a file.
    urlpatterns += static(
        f"{settings.MEDIA_URL}images/", document_root=Path(settings.MEDIA_ROOT) / "images"
    )

# A database that cannot be reached answers 503 rather than 500 or 400 (portal/errors.py).
handler400 = "portal.errors.bad_request"
# The other error pages in the site's frame, in the reader's language, without a query.
handler403 = "portal.errors.permission_denied"
handler500 = "portal.errors.server_error"
