import tempfile
from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from bantin.backup import BackupError, backup_restore, backup_verify


class Command(BaseCommand):
    help = (
        "Phục hồi cơ sở dữ liệu và tệp media từ một bản sao lưu của lệnh backup. Mọi tệp "
        "được kiểm tra mã SHA-256 trước khi thay đổi bất cứ thứ gì."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Tệp .tar do lệnh backup tạo ra.")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Không hỏi xác nhận.",
        )

    def handle(self, *args, path, interactive, **options):
        report = self.stdout.write if options["verbosity"] > 0 else (lambda message: None)
        with tempfile.TemporaryDirectory(prefix="restore-") as work_dir:
            try:
                report(_("Đang kiểm tra bản sao lưu %(path)s…") % {"path": path})
                verified = backup_verify(path, work_dir=work_dir)
            except BackupError as error:
                raise CommandError(str(error)) from None
            manifest = verified.manifest
            report(
                _("Bản sao lưu hợp lệ: tạo lúc %(created)s, %(tables)d bảng, %(files)d tệp media.")
                % {
                    "created": timezone.localtime(
                        datetime.fromisoformat(manifest["created_at"])
                    ).strftime("%d/%m/%Y %H:%M"),
                    "tables": len(manifest["tables"]),
                    "files": len(verified.media),
                }
            )
            if interactive:
                answer = input(
                    _(
                        "Toàn bộ cơ sở dữ liệu và tệp media hiện tại sẽ bị thay bằng bản sao lưu "
                        "này; tệp media không có trong bản sao lưu sẽ bị xóa. Gõ 'yes' để tiếp "
                        "tục, phím khác để hủy: "
                    )
                )
                if answer != "yes":
                    raise CommandError(_("Đã hủy, không có gì thay đổi."))
            try:
                result = backup_restore(verified, report=report)
            except BackupError as error:
                raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                _("Đã phục hồi %(rows)d dòng trong %(tables)d bảng; số dòng khớp bản sao lưu.")
                % {"rows": sum(result.counts.values()), "tables": len(result.counts)}
            )
        )
        if verified.older_schema:
            self.stdout.write(
                self.style.WARNING(
                    _(
                        "Bản sao lưu có lược đồ cũ hơn mã nguồn (thiếu %(count)d migration): "
                        "hãy chạy “manage.py migrate”."
                    )
                    % {"count": len(verified.older_schema)}
                )
            )
        if result.other_tables:
            self.stdout.write(
                self.style.WARNING(
                    _(
                        "Các bảng sau không có trong bản sao lưu, còn lại từ lược đồ mới hơn: "
                        "%(tables)s. Hãy xóa chúng trước khi chạy “manage.py migrate”."
                    )
                    % {"tables": ", ".join(result.other_tables)}
                )
            )
