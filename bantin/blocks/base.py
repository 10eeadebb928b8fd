"""Blocks: the named pieces that public pages are composed of.

A block is a class with a stable ``name``, one template and ``get_context(page, **settings)``.
The registry maps names to blocks, refuses a name registered twice and raises on an unknown one.
"""

from django.template.loader import render_to_string


class UnknownBlock(LookupError):
    pass


class Block:
    name = ""
    template_name = ""
    #: Settings a placement may give, with their defaults.
    defaults = {}

    def get_context(self, page, **settings):
        return {}

    def render(self, page, **settings):
        options = {**self.defaults, **settings}
        context = {"block": self, "page": page, **self.get_context(page, **options)}
        return render_to_string(self.template_name, context, request=page.request)


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

    def __contains__(self, name):
        return name in self._blocks


registry = BlockRegistry()
register = registry.register
