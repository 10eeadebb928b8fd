"""Read counts: each counted view is added to ``DailyViewCount`` at once, in the database.

An article page carries a token signed with the site's key (:func:`view_token`): the item's id
and when the page was rendered. Its script posts the token to the view beacon
(``POST /luot-xem/<id>/``), and :func:`view_record` counts the view only if

- the browser says the request comes from one of the site's own pages (``Sec-Fetch-Site`` and
  ``Origin``): another site cannot make its visitors count for it;
- the token is the site's, for this item, and younger than ``PORTAL_VIEW_TOKEN_SECONDS``: a
  view costs fetching the page, at least once every few minutes;
- the user agent is not a known robot;
- this address has not been counted for this item in the last ``REPEAT_WINDOW``, whatever user
  agent it claims;
- this address has not reached its ceiling, ``PORTAL_VIEW_ADDRESS_RATE`` counted views.

The two limits are django-ratelimit's, counted in the default cache, which every process shares.
What is counted is written by an atomic increment of the day's row, never kept in the cache:
nothing a cache evicts or loses can take a counted view with it.
"""

import enum
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django_ratelimit.core import is_ratelimited

from .net import client_ip
from .pagecache import bump

#: One count per address per item in this window (django-ratelimit's rate syntax).
REPEAT_WINDOW = "1/30m"
TOKEN_SALT = "bantin.stats.view-token"  # noqa: S105 - a namespace for the signer, not a secret
MAX_ID = 2**63 - 1

BOT_MARKERS = (
    "bot",
    "crawl",
    "spider",
    "slurp",
    "fetch",
    "preview",
    "scanner",
    "curl",
    "wget",
    "python-requests",
    "httpclient",
    "facebookexternalhit",
    "headless",
    "lighthouse",
)


class Beacon(enum.Enum):
    """What became of one beacon."""

    COUNTED = "counted"
    REPEATED = "repeated"  # this address was counted for this item within REPEAT_WINDOW
    ROBOT = "robot"
    CROSS_SITE = "cross-site"  # sent from another site's page, or not by a browser's page
    BAD_TOKEN = "bad-token"  # noqa: S105 - missing, forged, for another item, or expired
    OVER_LIMIT = "over-limit"  # the address reached PORTAL_VIEW_ADDRESS_RATE
    NOT_SHOWN = "not-shown"  # no such item for readers


def is_bot(user_agent):
    lowered = (user_agent or "").lower()
    return not lowered or any(marker in lowered for marker in BOT_MARKERS)


def view_token(item_id):
    """The token an article page carries for its beacon: the same for every reader of a cached
    page, valid for ``PORTAL_VIEW_TOKEN_SECONDS`` after the page was rendered."""
    return signing.TimestampSigner(salt=TOKEN_SALT).sign(str(item_id))


def token_is_valid(token, item_id):
    try:
        value = signing.TimestampSigner(salt=TOKEN_SALT).unsign(
            token or "", max_age=settings.PORTAL_VIEW_TOKEN_SECONDS
        )
    except signing.BadSignature:  # SignatureExpired included
        return False
    return value == str(item_id)


def site_origins(request):
    """The origins the site's own pages have: the public address, the one this request reached
    (as Django's CSRF check takes it) and the trusted ones."""
    public = urlsplit(settings.PORTAL_BASE_URL)
    origins = {f"{public.scheme}://{public.netloc}", *settings.CSRF_TRUSTED_ORIGINS}
    try:
        origins.add(f"{request.scheme}://{request.get_host()}")
    except Exception:  # noqa: BLE001, S110 - a host not allowed gives no origin of its own
        pass
    return origins


def sent_by_own_page(request):
    """Whether the browser says the beacon comes from one of the site's pages. Browsers send
    ``Origin`` with every POST and, since 2020-2023, ``Sec-Fetch-Site``; a request without
    Origin was not sent by a page's script."""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site != "same-origin":
        return False
    return request.headers.get("origin") in site_origins(request)


def view_record(*, request, item_id, token):
    """Count one reader's view of ``item_id`` if the beacon passes every rule (see the module);
    returns what became of it."""
    if item_id > MAX_ID:
        return Beacon.NOT_SHOWN
    if not sent_by_own_page(request):
        return Beacon.CROSS_SITE
    if not token_is_valid(token, item_id):
        return Beacon.BAD_TOKEN
    if is_bot(request.headers.get("user-agent")):
        return Beacon.ROBOT
    if not client_ip(request):  # no address to hold to the limits (a misconfigured proxy)
        return Beacon.OVER_LIMIT
    if is_ratelimited(
        request, group=f"bantin.views.item:{item_id}", key="ip", rate=REPEAT_WINDOW, increment=True
    ):
        return Beacon.REPEATED
    if is_ratelimited(
        request,
        group="bantin.views.address",
        key="ip",
        rate=settings.PORTAL_VIEW_ADDRESS_RATE,
        increment=True,
    ):
        return Beacon.OVER_LIMIT
    if not view_add(item_id=item_id):
        return Beacon.NOT_SHOWN
    return Beacon.COUNTED


def view_add(*, item_id, day=None):
    """Add one view to the item's count of ``day`` (today by default), atomically; False when
    readers cannot see the item. The most-read lists are refreshed at most every
    ``PORTAL_MOST_READ_REFRESH_SECONDS``."""
    from .models import DailyViewCount, NewsItem

    day = day or timezone.localdate()
    today = DailyViewCount.objects.filter(news_item_id=item_id, date=day)
    with transaction.atomic():
        if not today.update(count=F("count") + 1):
            if not NewsItem.objects.published().filter(pk=item_id).exists():
                return False
            try:
                with transaction.atomic():
                    DailyViewCount.objects.create(news_item_id=item_id, date=day, count=1)
            except IntegrityError:  # another process made the day's row meanwhile
                today.update(count=F("count") + 1)
    if cache.add("views:most-read-refreshed", 1, timeout=settings.PORTAL_MOST_READ_REFRESH_SECONDS):
        bump("mostread")
    return True
