"""Dates as the pages show them: ``Thứ Năm, 03/12/2026``, in the site's time zone.

The masthead of every page shows today's date, so a cached page or frame must not outlive the
day it was made on (:func:`seconds_left_today`, used by :func:`bantin.pagecache.lifetime`).
"""

from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: Monday first, as :meth:`datetime.date.weekday` counts.
WEEKDAYS = (
    _("Thứ Hai"),
    _("Thứ Ba"),
    _("Thứ Tư"),
    _("Thứ Năm"),
    _("Thứ Sáu"),
    _("Thứ Bảy"),
    _("Chủ Nhật"),
)


def weekday_name(day):
    return WEEKDAYS[day.weekday()]


def seconds_left_today(now=None):
    """Seconds from ``now`` to the next midnight in the site's time zone."""
    now = timezone.localtime(now or timezone.now())
    midnight = datetime.combine(now.date() + timedelta(days=1), time(), tzinfo=now.tzinfo)
    return (midnight - now).total_seconds()
