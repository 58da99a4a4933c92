from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve Reconnect with gunicorn (migrates and collects static files first)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", default=os.environ.get("PORT", "8000"))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_WORKERS", "2")))
        parser.add_argument("--no-migrate", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["no_migrate"]:
            call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        bind = f"{options['host']}:{options['port']}"
        self.stdout.write(f"Reconnect is running at http://{bind}/  (Ctrl+C stops it)")
        # No access log: request lines would record which pages a person visited.
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "reconnect.wsgi:application",
            "--bind",
            bind,
            "--workers",
            str(options["workers"]),
        ]
        os.execv(sys.executable, argv)
