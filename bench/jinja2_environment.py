"""The Jinja2 environment of bench/templates.py's port of the block templates (bench/jinja2/).

It renders what Django's engine does: a printed value goes through Django's own conversion
(local time, localised numbers and dates, Django's escaping, which writes quotes as ``&quot;``
and ``&#x27;`` where MarkupSafe writes ``&#34;`` and ``&#39;``), translations are Django's
gettext, and the filters and helpers that the Django templates use are the same functions
under the same names. The project's pages are rendered by Django's engine alone: see the
README's *Speed and caching* for the figures that decided it.
"""

from django.template import defaultfilters
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.timezone import template_localtime
from jinja2 import Environment, pass_context, pass_environment
from markupsafe import Markup

from bantin.stats import view_token
from bantin.templatetags import bantin_i18n, bantin_seo
from bantin.templatetags.bantin_i18n import content_lang, content_span, interface_lang
from bantin.templatetags.bantin_images import as_sentence, body_pictures, picture


def url(name, *args, **kwargs):
    return reverse(name, args=args or None, kwargs=kwargs or None)


def date(value, arg=None):
    """Django's ``date`` filter, on the value in local time as Django's engine passes it."""
    return defaultfilters.date(template_localtime(value), arg)


def output(value):
    """A printed value as Django's engine prints it: local time, localised, escaped unless
    safe. Jinja2's autoescaping then leaves it as it is (it has ``__html__``)."""
    return conditional_escape(localize(template_localtime(value)))


@pass_context
def language_links(context):
    return bantin_i18n.language_links(context)


@pass_environment
def seo_head(env, page):
    html = env.get_template("bantin/seo/head.html").render(bantin_seo.seo_head(page))
    return Markup(html)  # noqa: S704 - rendered with autoescaping


def environment(**options):
    options.setdefault("extensions", []).append("jinja2.ext.i18n")
    # Django's engine keeps a template's last newline, which matters for included templates.
    options.setdefault("keep_trailing_newline", True)
    options.pop("autoescape", None)  # on, whatever the backend passes
    env = Environment(autoescape=True, finalize=output, **options)
    # Old-style gettext: ``{{ _("…") }}`` is a plain string, escaped as Django's {% translate %}
    # escapes it, and a {% trans %} block is marked safe with its values escaped, as Django's
    # {% blocktranslate %} is.
    env.install_gettext_callables(translation.gettext, translation.ngettext, newstyle=False)
    env.globals.update(
        url=url,
        static=static,
        picture=picture,
        content_lang=content_lang,
        interface_lang=interface_lang,
        language_links=language_links,
        get_current_language=translation.get_language,
        seo_head=seo_head,
        site_feed_title=bantin_seo.site_feed_title,
        view_token=lambda item: view_token(item.pk),
    )
    env.filters.update(
        date=date,
        truncatewords=defaultfilters.truncatewords,
        # Django's: with safe="" it quotes "/", which Jinja2's own leaves.
        urlencode=defaultfilters.urlencode,
        floatformat=defaultfilters.floatformat,
        content_span=content_span,
        as_sentence=as_sentence,
        body_pictures=body_pictures,
    )
    return env
