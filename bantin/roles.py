"""Names of the editorial roles (Django groups created by migration 0002)."""

REPORTER = "Phóng viên"
EDITOR = "Biên tập viên"
PUBLISHER = "Người duyệt tin"
SITE_ADMIN = "Quản trị viên"

ALL = (REPORTER, EDITOR, PUBLISHER, SITE_ADMIN)
