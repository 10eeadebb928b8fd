"""The Content-Security-Policy header, with the admin's one exception."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


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
