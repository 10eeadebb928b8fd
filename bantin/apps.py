from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BantinConfig(AppConfig):
    name = "bantin"
    verbose_name = _("Bản tin")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Blocks register themselves when their modules are imported.
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate

        from portal.cache import create_cache_tables

        from . import blocks, checks, pagecache, sitesettings, structure  # noqa: F401
        from .admin.display import use_translated_boolean_icons
        from .permission_names import name_builtin_permissions
        from .search import ensure_sqlite_index, register_sqlite_functions

        structure.connect_invalidation()
        pagecache.connect_invalidation()
        sitesettings.connect_invalidation()
        connection_created.connect(register_sqlite_functions, dispatch_uid="portal-sqlite-search")
        post_migrate.connect(ensure_sqlite_index, sender=self, dispatch_uid="portal-sqlite-index")
        post_migrate.connect(create_cache_tables, sender=self, dispatch_uid="portal-cache-table")
        # Every app's migration may create permissions, so not only this app's.
        post_migrate.connect(name_builtin_permissions, dispatch_uid="portal-permission-names")
        use_translated_boolean_icons()
