from __future__ import annotations

from pathlib import Path

import pytest

from reconnect.lib.env import database_from_url, envbool, envint, envstr, persisted_secret_key


class TestEnvHelpers:
    def test_envbool_reads_common_spellings(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for value, expected in [
            ("1", True),
            ("true", True),
            ("Yes", True),
            ("0", False),
            ("off", False),
            ("", False),
        ]:
            monkeypatch.setenv("X_FLAG", value)
            assert envbool("X_FLAG") is expected
        monkeypatch.delenv("X_FLAG")
        assert envbool("X_FLAG", True) is True

    def test_envint_and_envstr_file(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        monkeypatch.setenv("X_NUM", "42")
        assert envint("X_NUM", 1) == 42
        secret = tmp_path / "secret"
        secret.write_text("from-a-file\n")
        monkeypatch.setenv("X_KEY", "from-env")
        monkeypatch.setenv("X_KEY_FILE", str(secret))
        assert envstr("X_KEY") == "from-a-file"

    def test_the_secret_key_is_made_once_and_kept(self, tmp_path: Path) -> None:
        first = persisted_secret_key(tmp_path)
        assert len(first) >= 50
        assert persisted_secret_key(tmp_path) == first
        assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


class TestDatabaseFromUrl:
    def test_default_is_sqlite_in_the_data_dir_with_wal(self, tmp_path: Path) -> None:
        db = database_from_url("", tmp_path)
        assert db["ENGINE"] == "django.db.backends.sqlite3"
        assert db["NAME"] == str(tmp_path / "reconnect.sqlite3")
        options = db["OPTIONS"]
        assert isinstance(options, dict)
        assert options["transaction_mode"] == "IMMEDIATE"
        assert "journal_mode=WAL" in options["init_command"]

    def test_postgres_urls_are_split_into_parts(self, tmp_path: Path) -> None:
        db = database_from_url(
            "postgres://app:p%40ss@db.local:5433/reconnect?sslmode=require", tmp_path
        )
        assert (db["NAME"], db["USER"], db["PASSWORD"], db["HOST"], db["PORT"]) == (
            "reconnect",
            "app",
            "p@ss",
            "db.local",
            "5433",
        )
        assert db["OPTIONS"] == {"sslmode": "require"}

    def test_an_unknown_scheme_is_a_clear_error(self, tmp_path: Path) -> None:
        with pytest.raises(ValueError, match="not supported"):
            database_from_url("mysql://x/y", tmp_path)
