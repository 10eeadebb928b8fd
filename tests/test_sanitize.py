import pytest

from bantin.sanitize import sanitize_html

from .factories import make_news_item


@pytest.mark.parametrize(
    ("dirty", "forbidden"),
    [
        ("<p>a</p><script>alert(1)</script>", "<script"),
        ('<img src="/media/a.jpg" onerror="alert(1)">', "onerror"),
        ('<p onclick="steal()">a</p>', "onclick"),
        ('<a href="javascript:alert(1)">x</a>', "javascript:"),
        ('<a href="JaVaScRiPt:alert(1)">x</a>', "alert"),
        ('<iframe src="https://example.com"></iframe>', "<iframe"),
        ('<p style="position:fixed">a</p>', "style"),
        ('<img src="https://tracker.example/p.gif">', "tracker.example"),
        ('<img src="data:image/png;base64,AAAA">', "data:"),
        ("<svg><script>alert(1)</script></svg>", "<svg"),
        ('<form action="/"><input name="x"></form>', "<input"),
        ("<object data='x'></object>", "<object"),
    ],
)
def test_dangerous_markup_is_removed(dirty, forbidden):
    assert forbidden.lower() not in sanitize_html(dirty).lower()


@pytest.mark.parametrize(
    "safe",
    [
        "<p>Đoạn <strong>đậm</strong> và <em>nghiêng</em></p>",
        "<h2>Tiêu đề phụ</h2>",
        "<ul><li>một</li></ul>",
        '<figure class="image"><img src="/media/images/a.jpg" alt="Ảnh"><figcaption>Chú thích</figcaption></figure>',
        "<blockquote><p>Trích dẫn</p></blockquote>",
        '<figure class="table"><table><tbody><tr><td colspan="2">ô</td></tr></tbody></table></figure>',
    ],
)
def test_what_the_editor_produces_is_kept(safe):
    assert sanitize_html(safe) == safe


@pytest.mark.parametrize("href", ["https://example.gov.vn/a", "mailto:a@b.vn", "tel:0209123456"])
def test_allowed_links_are_kept_with_noopener(href):
    cleaned = sanitize_html(f'<a href="{href}">x</a>')
    assert f'href="{href}"' in cleaned
    assert 'rel="noopener noreferrer"' in cleaned


@pytest.mark.django_db
def test_body_is_sanitised_on_every_save():
    item = make_news_item(body="<p>ok</p><script>alert(1)</script>")
    item.body = '<p onmouseover="x()">lại</p>'
    item.save()
    item.refresh_from_db()
    assert item.body == "<p>lại</p>"


@pytest.mark.parametrize(
    "src",
    [
        "/media/../admin/logout/",
        "/media/%2e%2e/admin/",
        "/media/./../x",
        "/media//evil.example/x.jpg",
    ],
)
def test_body_images_cannot_climb_out_of_media(src):
    assert "src" not in sanitize_html(f'<img src="{src}" alt="x">')
