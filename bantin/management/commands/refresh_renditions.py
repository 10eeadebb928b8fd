from django.core.management.base import BaseCommand
from django.db import transaction

from bantin import renditions
from bantin.models import Image

BATCH = 500


class Command(BaseCommand):
    help = (
        "Tính lại địa chỉ các cỡ ảnh lưu cùng mỗi ảnh trong thư viện, sau khi đổi SECRET_KEY "
        "hoặc MEDIA_URL: đến lúc đó các trang vẫn đúng nhưng phải tự tính địa chỉ mỗi lần."
    )

    def handle(self, *args, **options):
        rows = Image.objects.values_list(*renditions.ROW_FIELDS, "rendition_set").order_by("pk")
        changed = []
        for *row, stored in rows.iterator(chunk_size=BATCH):
            computed = renditions.rendition_set_of_row(*row)
            if computed != stored:
                changed.append(Image(pk=row[0], rendition_set=computed))
        with transaction.atomic():
            Image.objects.bulk_update(changed, ["rendition_set"], batch_size=BATCH)
        self.stdout.write(f"Đã tính lại địa chỉ các cỡ ảnh của {len(changed)} ảnh.")
