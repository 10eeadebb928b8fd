from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from bantin.backup import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Sao lưu cơ sở dữ liệu và mọi tệp media vào một tệp .tar, kèm manifest ghi mã SHA-256 "
        "của từng tệp, số dòng của từng bảng và các migration đã áp dụng."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=".",
            help="Thư mục ghi bản sao lưu (mặc định: thư mục hiện tại).",
        )

    def handle(self, *args, output, **options):
        report = self.stdout.write if options["verbosity"] > 0 else (lambda message: None)
        try:
            path = backup_create(output_dir=output, report=report)
        except BackupError as error:
            raise CommandError(str(error)) from None
        except OSError as error:
            raise CommandError(
                _("Sao lưu thất bại, không có bản sao lưu nào được tạo: %(error)s")
                % {"error": error}
            ) from None
        self.stdout.write(
            self.style.SUCCESS(
                _("Đã sao lưu vào %(path)s (%(size).1f MB).")
                % {"path": path, "size": path.stat().st_size / (1024 * 1024)}
            )
        )
