"""The reader's address, whether the portal is reached directly or through nginx."""

from django.conf import settings


def client_ip(request, credentials=None):
    """The client's IP address.

    Behind our nginx (``DJANGO_BEHIND_PROXY``), nginx overwrites ``X-Real-IP`` with the address
    it was connected from; any X-Forwarded-For sent by the client is ignored, since anybody can
    write it. Also used by django-axes as ``AXES_CLIENT_IP_CALLABLE``.
    """
    if settings.PORTAL_BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_REAL_IP", "").strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "")
