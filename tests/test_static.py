"""Static files as production serves them: collected under hashed names, compressed, served by
WhiteNoise with far-future caching."""

import re

import pytest
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db


def test_static_files_are_hashed_compressed_and_kept_for_long(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    html = Client().get("/").content.decode()
    (css,) = re.findall(r'href="(/static/bantin/css/portal\.[0-9a-f]{12}\.css)"', html)
    (js,) = re.findall(r'src="(/static/bantin/js/portal\.[0-9a-f]{12}\.js)"', html)
    for url in (css, js):
        assert (
            (tmp_path / url.removeprefix("/static/"))
            .with_name(url.rsplit("/", 1)[1] + ".gz")
            .exists()
        )
        response = Client().get(url, headers={"accept-encoding": "gzip"})
        assert response.status_code == 200
        assert response["Content-Encoding"] == "gzip"
        assert "immutable" in response["Cache-Control"]
        assert "max-age=315360000" in response["Cache-Control"]
