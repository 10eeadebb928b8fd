"""Blocks: the named pieces that public pages are composed of.

A block is a class with a stable ``name``, one template and ``get_context(page, **settings)``.
Its settings are described by a Django form (``settings_form``), which validates what an admin
enters for a placement. The registry maps names to blocks, refuses a name registered twice and
raises on an unknown one.
"""

from django import forms
from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _

from .. import listing

#: The option the page's first block with pictures gets (see :meth:`Block.shows_pictures`).
LEADS = "leads_page"


class UnknownBlock(LookupError):
    pass


class NoSettings(forms.Form):
    pass


class Block:
    name = ""
    template_name = ""
    #: A short description for the admins who place blocks.
    description = ""
    #: The form validating a placement's settings; its fields' initial values are the defaults.
    settings_form = NoSettings
    #: The page types the block can be placed on; None means every page type.
    page_types = None

    def fits(self, page_type):
        return self.page_types is None or page_type in self.page_types

    #: What the block shows, as the page cache's tags (see bantin/pagecache.py): by default
    #: lists of items from anywhere on the site. Blocks showing less say so here, or in
    #: cache_tags when it depends on the page.
    shows = frozenset({"news"})

    def cache_tags(self, page, **settings):
        return set(self.shows)

    def shown_tags(self, context):
        """Tags of what the rendered block turned out to show, beyond :meth:`cache_tags`: a
        list ranked by something other than its content (most read) names its items here,
        so that editing one of them makes the list stale."""
        return set()

    def page_tags(self, page, **settings):
        """Tags the page showing the block carries beyond the block's own: what changes which
        of its fragments the page shows (a key from :meth:`fragment_vary`) rather than the
        fragment's HTML. Asked on every page, the fragment found or not: no query."""
        return set()

    def fragment_vary(self, page, **settings):
        """What of the page the block's HTML depends on, besides its settings, the language
        and its tags: the block is kept as one fragment per distinct value (bantin/fragments.py).
        None — the default, and for blocks shaped by the reader's own input — renders the
        block afresh on every page."""
        return None

    @property
    def defaults(self):
        return {name: field.initial for name, field in self.settings_form.base_fields.items()}

    def clean_settings(self, settings):
        """Validated settings for a placement, or ValidationError with every problem named."""
        if settings in (None, ""):
            settings = {}
        if not isinstance(settings, dict):
            raise ValidationError(_('Thiết lập phải là một đối tượng JSON, ví dụ {"count": 5}.'))
        fields = self.settings_form.base_fields
        unknown = sorted(set(settings) - set(fields))
        if unknown:
            raise ValidationError(
                _(
                    "Khối “%(block)s” không có thiết lập: %(names)s. Các thiết lập hợp lệ: %(valid)s."
                )
                % {
                    "block": self.name,
                    "names": ", ".join(unknown),
                    "valid": ", ".join(fields) or _("không có"),
                }
            )
        form = self.settings_form(data={**self.defaults, **settings})
        if not form.is_valid():
            raise ValidationError(
                [f"{name}: {message}" for name, errors in form.errors.items() for message in errors]
            )
        cleaned = {}
        for name in settings:
            value = form.cleaned_data[name]
            cleaned[name] = value.pk if isinstance(value, Model) else value
        return cleaned

    def get_context(self, page, **settings):
        return {}

    def shows_at_most(self, **settings):
        """How many of the items the block lists a page shows, leaving out those the page
        showed before it (its own item, earlier blocks'); None shows every one. A block that
        says a number lists more than it (see :data:`bantin.listing.EXTRA`), each item in
        ``{% listed %}``, so that a page still has enough after leaving some out."""
        return None

    #: A list ranked by something other than the news (the most read): it leaves out only the
    #: page's own item, not those shown before it.
    ranking = False

    def shows_pictures(self, **settings):
        """Whether the block shows pictures: the first such block of a page loads its first
        one at once, the page's largest paint (``leads_page`` in its context)."""
        return False

    def options(self, settings):
        """A placement's settings over the block's defaults, as ``get_context`` receives them."""
        options = self.defaults
        options.update(
            (key, value)
            for key, value in (settings or {}).items()
            if key in options and not is_default_text(value, options[key])
        )
        return options

    def render(self, page, **settings):
        """The block's HTML on its own, as no page around it changes it."""
        options = self.options(settings)
        html = self.render_with_tags(page, options)[0]
        return listing.shown_once(html, set(), self.shows_at_most(**options), ranking=self.ranking)

    def render_with_tags(self, page, options):
        """The block's HTML for ``options`` (see :meth:`options`; ``leads_page`` when it is the
        page's first block with pictures) and :meth:`shown_tags`. The items it lists are marked
        for :func:`bantin.listing.shown_once`."""
        context = {"block": self, "page": page, "request": page.request}
        context["leads_page"] = options.get(LEADS, False)
        context.update(self.get_context(page, **options))
        # A plain context: the page's context processors run once for the page, not per block.
        return render_to_string(self.template_name, context), self.shown_tags(context)


def is_default_text(value, default):
    """Whether a saved setting is a default text of the code, as some language put it. The
    settings form shows an admin the default heading in the admin's language and saves it as
    typed; it stays the default, in the page's language, rather than content in Vietnamese
    (or English) on every page."""
    if not isinstance(default, Promise) or not isinstance(value, str):
        return False
    for code, _name in django_settings.LANGUAGES:
        with translation.override(code):
            if value == str(default):
                return True
    return False


class BlockRegistry:
    def __init__(self):
        self._blocks = {}

    def register(self, block_class):
        """Register ``block_class`` under its name; usable as a class decorator."""
        name = block_class.name
        if not name:
            raise ValueError(f"{block_class.__name__} has no name.")
        if name in self._blocks:
            raise ValueError(f"A block named {name!r} is registered already.")
        self._blocks[name] = block_class()
        return block_class

    def get(self, name):
        try:
            return self._blocks[name]
        except KeyError:
            raise UnknownBlock(name) from None

    def names(self):
        return sorted(self._blocks)

    def choices(self):
        return [(name, f"{name} — {self._blocks[name].description}") for name in self.names()]

    def __contains__(self, name):
        return name in self._blocks


registry = BlockRegistry()
register = registry.register
