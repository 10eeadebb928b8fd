from django.urls import path, re_path

from . import feeds, views

app_name = "bantin"

urlpatterns = [
    path("", views.home, name="home"),
    path("chuyen-muc/<slug:slug>/", views.category_detail, name="category"),
    path("tac-gia/<slug:slug>/", views.author_detail, name="author"),
    path("rss/", feeds.LatestNewsFeed(), name="feed"),
    path("atom/", feeds.LatestNewsAtomFeed(), name="feed_atom"),
    path("chuyen-muc/<slug:slug>/rss/", feeds.SectionFeed(), name="section_feed"),
    path("chuyen-muc/<slug:slug>/atom/", feeds.SectionAtomFeed(), name="section_feed_atom"),
    path("tac-gia/<slug:slug>/rss/", feeds.AuthorFeed(), name="author_feed"),
    path("tac-gia/<slug:slug>/atom/", feeds.AuthorAtomFeed(), name="author_feed_atom"),
    path("chu-de/<slug:slug>/", views.tag_detail, name="tag"),
    path("tim-kiem/", views.search, name="search"),
    re_path(
        r"^tin-tuc/(?P<slug>[-a-zA-Z0-9_]+)-(?P<pk>[0-9]{1,18})/$",
        views.article_detail,
        name="article",
    ),
    path("tin-tuc/<int:pk>/", views.article_detail, name="article_by_id"),
    path("xem-truoc/<int:pk>/", views.article_preview, name="preview"),
]
