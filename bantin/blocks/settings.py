"""Settings forms shared by blocks. A field's ``initial`` is the block's default."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Category

#: The most items any list block shows (the count fields' maximum): an item further down its
#: top-level section than this is in no "latest" list.
LIST_DEPTH = 30


def count_field(initial, maximum=50):
    return forms.IntegerField(label=_("số tin"), min_value=1, max_value=maximum, initial=initial)


def heading_field(initial):
    return forms.CharField(label=_("tiêu đề khối"), max_length=100, required=False, initial=initial)


def flag_field(label, initial):
    return forms.BooleanField(label=label, required=False, initial=initial)


class SectionField(forms.ModelChoiceField):
    """A section chosen by id; empty means the page's own section, or the whole site."""

    def __init__(self, **kwargs):
        super().__init__(
            queryset=Category.objects.all(),
            required=False,
            label=_("chuyên mục"),
            error_messages={"invalid_choice": _("Chuyên mục này không tồn tại.")},
            **kwargs,
        )
