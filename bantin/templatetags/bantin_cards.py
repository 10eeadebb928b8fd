"""``{% cards %}…{% endcards %}`` and ``{% card item … %}``: a list's cards, looked up together.

Inside ``{% cards %}`` each ``{% card %}`` only notes its item and options; when the enclosed
markup is rendered, all the cards are fetched from the cache at once, the missing ones rendered
(see bantin/cards.py), and each put in its place. Outside ``{% cards %}`` a card is rendered
on the spot. The options are those of ``bantin/includes/card.html``: ``compact``,
``show_image``, ``show_section``, ``show_sapo``, ``image_crop`` and ``heading_tag``; in the
first block of a page with pictures (``leads_page``), the first card's picture loads at once.

``{% listed item %}…{% endlisted %}`` marks one item of a list, which the page may leave out
when it has shown it before (bantin/listing.py).
"""

import re

from django import template
from django.template.base import token_kwargs
from django.utils.safestring import mark_safe

from .. import cards, listing

register = template.Library()

#: Where the render context keeps the cards noted inside the innermost {% cards %}.
_NOTED = "bantin_cards.noted"
#: A card's place in the markup until the cards are fetched.
_PLACE = "\x00card:{}\x00"
_PLACES = re.compile("\x00card:([0-9]+)\x00")


class CardsNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        noted = []
        outer = context.render_context.get(_NOTED)
        context.render_context[_NOTED] = noted
        try:
            html = self.nodelist.render(context)
        finally:
            context.render_context[_NOTED] = outer
        if context.get("leads_page"):
            # The page's first block with pictures: its first picture is the largest paint.
            first = next((card for card in noted if card[1]["show_image"]), None)
            if first is not None:
                first[1]["priority"] = True
        rendered = cards.render_all(noted, context.get("page"))
        # The cards' own HTML, escaped when rendered, in the enclosed markup.
        return mark_safe(_PLACES.sub(lambda match: rendered[int(match.group(1))], html))  # noqa: S308


class CardNode(template.Node):
    def __init__(self, item, options):
        self.item = item
        self.options = options

    def render(self, context):
        item = self.item.resolve(context)
        card_options = cards.options(
            **{name: value.resolve(context) for name, value in self.options.items()}
        )
        noted = context.render_context.get(_NOTED)
        if noted is None:
            return cards.render(item, card_options)
        noted.append((item, card_options))
        return _PLACE.format(len(noted) - 1)


@register.tag("cards")
def do_cards(parser, token):
    """``{% cards %}…{% endcards %}``: the cards inside are fetched together."""
    if len(token.split_contents()) != 1:
        raise template.TemplateSyntaxError("{% cards %} takes no arguments.")
    nodelist = parser.parse(("endcards",))
    parser.delete_first_token()
    return CardsNode(nodelist)


@register.tag("card")
def do_card(parser, token):
    """``{% card item show_image=True compact=True … %}``: the card of ``item``."""
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("{% card %} needs an item.")
    item = parser.compile_filter(bits[0])
    options = token_kwargs(bits[1:], parser)
    if len(options) != len(bits) - 1:
        raise template.TemplateSyntaxError("{% card %} takes an item and name=value options.")
    try:
        cards.options(**dict.fromkeys(options))
    except TypeError as error:
        raise template.TemplateSyntaxError(f"{{% card %}}: {error}") from None
    return CardNode(item, options)


class ListedNode(template.Node):
    def __init__(self, item, nodelist):
        self.item = item
        self.nodelist = nodelist

    def render(self, context):
        return listing.listed(self.item.resolve(context).pk, self.nodelist.render(context))


@register.tag("listed")
def do_listed(parser, token):
    """``{% listed item %}…{% endlisted %}``: one item of a list, shown once per page."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% listed %} takes an item.")
    nodelist = parser.parse(("endlisted",))
    parser.delete_first_token()
    return ListedNode(parser.compile_filter(bits[1]), nodelist)
