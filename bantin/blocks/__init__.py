# Importing the modules registers their blocks.
from . import article, lists, navigation  # noqa: E402, F401, I001
from .base import Block, UnknownBlock, register, registry

__all__ = ["Block", "UnknownBlock", "register", "registry"]
