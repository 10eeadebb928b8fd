from axes import apps as axes_apps
from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _

# Modules, not classes, are imported: Django takes every AppConfig class found in this module
# as a candidate for the app's default configuration.


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin, on the portal's own site (the index shows what waits for each user)."""

    default = False
    default_site = "bantin.admin_site.PortalAdminSite"


class LoginLockoutsConfig(axes_apps.AppConfig):
    """django-axes under a name the admin's users understand."""

    default = False
    verbose_name = _("Đăng nhập")


class BantinConfig(AppConfig):
    default = True
    name = "bantin"
    verbose_name = _("Bản tin")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Blocks register themselves when their modules are imported.
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate

        from portal.cache import create_cache_tables

        from . import blocks, checks, pagecache, related, sitesettings, structure  # noqa: F401
        from .admin.display import use_translated_boolean_icons
        from .permission_names import name_builtin_permissions
        from .search import ensure_sqlite_index, register_sqlite_functions

        structure.connect_invalidation()
        # Before the page cache's: related lists are written before the pages are dropped.
        related.connect_updates()
        pagecache.connect_invalidation()
        sitesettings.connect_invalidation()
        connection_created.connect(register_sqlite_functions, dispatch_uid="portal-sqlite-search")
        post_migrate.connect(ensure_sqlite_index, sender=self, dispatch_uid="portal-sqlite-index")
        post_migrate.connect(create_cache_tables, sender=self, dispatch_uid="portal-cache-table")
        # Every app's migration may create permissions, so not only this app's.
        post_migrate.connect(name_builtin_permissions, dispatch_uid="portal-permission-names")
        use_translated_boolean_icons()
