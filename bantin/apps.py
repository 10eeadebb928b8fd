from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BantinConfig(AppConfig):
    name = "bantin"
    verbose_name = _("Bản tin")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Blocks register themselves when their modules are imported.
        from . import blocks  # noqa: F401
        from .structure import connect_invalidation

        connect_invalidation()
