"""The Content-Security-Policy header, with the admin's one exception; request bodies bounded
before they are read."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse
from django.template import loader
from django.urls import reverse
from django.utils import translation


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, adding ``PORTAL_ADMIN_CSP`` to the policy of the admin's pages.

    CKEditor 5 writes inline styles into the page as it builds the editor, which a strict
    ``style-src`` blocks; readers' pages need no such exception, so it is kept to the admin
    rather than loosening the policy everywhere.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if parts.update is None and request.path_info.startswith(reverse("admin:index")):
            parts.update = settings.PORTAL_ADMIN_CSP
        return parts


class RequestBodyLimitMiddleware:
    """Refuses a request body larger than ``PORTAL_MAX_REQUEST_BYTES`` from its declared
    Content-Length, before a byte of it is read: 413 with a page in the site's frame.

    nginx stops such a body first in production; this is the same bound where the portal is
    reached without it (runserver, gunicorn alone). It must come before anything that reads the
    body — the CSRF check reads a POST's form, and Django's upload handlers write files over
    FILE_UPLOAD_MAX_MEMORY_SIZE to a temporary file as they read — so it is the first middleware
    after the probes'. A body sent without a Content-Length (chunked) is refused too (411):
    Django would read none of it, and the servers would drain it unbounded; browsers always
    send the length of a form.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        declared = request.META.get("CONTENT_LENGTH") or ""
        if not declared:
            if request.META.get("HTTP_TRANSFER_ENCODING"):
                return self.refusal(request, status=411)
        elif not declared.isdigit():
            return self.refusal(request, status=411)
        elif int(declared) > settings.PORTAL_MAX_REQUEST_BYTES:
            return self.refusal(request, status=413)
        return self.get_response(request)

    @staticmethod
    def refusal(request, *, status):
        from bantin.sitesettings import site_settings

        try:
            site = site_settings()
        except DatabaseError:  # the refusal needs no database: the frame then takes the settings'
            site = None
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        with translation.override(language):
            html = loader.get_template("413.html").render(
                {
                    "site": site,
                    "length_required": status == 411,
                    "limit_bytes": settings.PORTAL_MAX_REQUEST_BYTES,
                    "image_bytes": settings.IMAGE_MAX_UPLOAD_BYTES,
                }
            )
        response = HttpResponse(html, status=status)
        response["Cache-Control"] = "no-store"
        # Set here, outside CommonMiddleware: a client reads the answer to its end without
        # waiting for the connection to close, which a server draining the body would delay.
        response["Content-Length"] = str(len(response.content))
        return response
