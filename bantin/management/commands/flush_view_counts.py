from django.core.management.base import BaseCommand

from bantin.stats import flush_view_counts


class Command(BaseCommand):
    help = (
        "Ghi số lượt xem đang đệm trong bộ nhớ đệm vào cơ sở dữ liệu. Việc này cũng tự chạy "
        "định kỳ khi có lượt xem; lệnh dùng cho cron hoặc trước khi tắt máy chủ."
    )

    def handle(self, *args, **options):
        written = flush_view_counts()
        self.stdout.write(self.style.SUCCESS(f"Đã ghi {written} lượt xem."))
