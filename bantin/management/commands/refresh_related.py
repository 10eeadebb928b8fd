from django.core.management.base import BaseCommand

from bantin import related


class Command(BaseCommand):
    help = (
        "Xếp hạng lại tin liên quan của mọi bản tin đã xuất bản hoặc hẹn giờ: sau khi nâng cấp "
        "cơ sở dữ liệu có sẵn, hoặc để các bài cũ có cả những tin mới xuất bản."
    )

    def handle(self, *args, **options):
        count = related.refresh_all()
        self.stdout.write(self.style.SUCCESS(f"Đã xếp hạng tin liên quan của {count} bản tin."))
