"""Which language a request is answered in.

Readers' pages take it from their address alone: portal/urls.py puts them in
``i18n_patterns(prefix_default_language=False)``, so ``/tin-tuc/…`` is Vietnamese and
``/en/tin-tuc/…`` English whatever the browser asks, and every cached copy of a page is in one
language. The admin, and the endpoints it uses, follow the user: the language cookie, else the
browser's Accept-Language, else Vietnamese.
"""

from django.conf import settings
from django.middleware import locale
from django.urls import LocalePrefixPattern, Resolver404, get_resolver
from django.utils import translation
from django.utils.cache import cc_delim_re


def outside_language_prefix(path_info, urlconf=None):
    """Whether ``path_info`` is one of the addresses portal/urls.py keeps outside
    ``i18n_patterns`` (the admin, the view beacon, the editor's upload, renditions)."""
    path = path_info.removeprefix("/")
    for pattern in get_resolver(urlconf).url_patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            continue
        try:
            if pattern.resolve(path):
                return True
        except Resolver404:
            continue
    return False


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, except for the addresses outside ``i18n_patterns``.

    With ``prefix_default_language=False`` Django answers every address without a language
    prefix in ``LANGUAGE_CODE`` (django/middleware/locale.py): right for readers' pages, but it
    would keep the admin in Vietnamese for everyone. There the user's language cookie or
    Accept-Language decides again, as it would without ``i18n_patterns``, and only those
    responses vary on Accept-Language: Django says so of every address without a prefix, which
    would make nginx keep a copy of a reader's page per browser language for no difference.
    """

    def process_request(self, request):
        super().process_request(request)
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        request.language_follows_user = outside_language_prefix(request.path_info, urlconf)
        if request.language_follows_user:
            language = translation.get_language_from_request(request, check_path=False)
            translation.activate(language or settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if not getattr(request, "language_follows_user", True) and response.has_header("Vary"):
            vary = [
                header
                for header in cc_delim_re.split(response["Vary"])
                if header and header.lower() != "accept-language"
            ]
            if vary:
                response["Vary"] = ", ".join(vary)
            else:
                del response["Vary"]
        return response
