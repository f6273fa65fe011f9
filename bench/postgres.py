"""A throwaway PostgreSQL server from the distribution's packages, for Dagster's storage.

Started in a temporary directory with `initdb` and `pg_ctl`, listening on 127.0.0.1 only (no
Unix socket), with a random password for `scram-sha-256` logins, and removed when done. Used by
the bookkeeping benchmark and the deployment tests. PostgreSQL refuses to run as root, so as root
the server runs as the `postgres` user the Debian package creates (or `nobody`).
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SERVICE_USERS = ("postgres", "nobody")
START_SECONDS = 120
STOP_SECONDS = 60


class PostgresNotInstalled(RuntimeError):
    pass


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str
    password: str
    database: str
    data_dir: Path

    def dagster_env(self) -> dict[str, str]:
        """The environment variables deploy/dagster.yaml reads its connection from."""
        return {
            "DAGSTER_PG_HOST": self.host,
            "DAGSTER_PG_PORT": str(self.port),
            "DAGSTER_PG_USER": self.user,
            "DAGSTER_PG_PASSWORD": self.password,
            "DAGSTER_PG_DB": self.database,
        }

    def connect(self):
        import psycopg2

        return psycopg2.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            dbname=self.database,
            connect_timeout=10,
        )


def postgres_bin_dir() -> Path:
    """The newest installed server's binaries (Debian keeps them off PATH, per major version)."""
    candidates = sorted(
        (Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")),
        key=lambda d: int(d.parent.name) if d.parent.name.isdigit() else 0,
    )
    if candidates:
        return candidates[-1]
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    raise PostgresNotInstalled(
        "no PostgreSQL server binaries (pg_ctl) under /usr/lib/postgresql/*/bin or on PATH: "
        "install them with `apt-get install postgresql`"
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _service_user() -> str | None:
    """None when not root: the server then runs as whoever runs this."""
    if os.geteuid() != 0:
        return None
    for name in SERVICE_USERS:
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise PostgresNotInstalled(f"running as root and none of the users {SERVICE_USERS} exists")


def _as_user(user: str | None, command: list[str]) -> list[str]:
    return command if user is None else ["runuser", "-u", user, "--", *command]


@contextmanager
def postgres_server(database: str = "dagster") -> Iterator[PostgresServer]:
    bin_dir = postgres_bin_dir()
    user = _service_user()
    # Not under pytest's tmp_path: its parents are private to root, and the server may not be.
    root = Path(tempfile.mkdtemp(prefix="suanli-pg-"))
    data_dir = root / "data"
    password = secrets.token_urlsafe(24)
    password_file = root / "pwfile"
    password_file.write_text(password + "\n", encoding="utf-8")
    password_file.chmod(0o600)
    if user is not None:
        entry = pwd.getpwnam(user)
        for path in (root, password_file):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    port = free_port()
    log = root / "server.log"
    started = False
    try:
        _run(
            _as_user(
                user,
                [
                    str(bin_dir / "initdb"),
                    *("-D", str(data_dir)),
                    *("-U", "suanli", "--pwfile", str(password_file)),
                    "--auth=scram-sha-256",
                    "--encoding=UTF8",
                    "--no-instructions",
                ],
            ),
            "initdb",
        )
        password_file.unlink()
        options = f"-h 127.0.0.1 -p {port} -k '' -c fsync=on"
        _run(
            _as_user(
                user,
                [
                    str(bin_dir / "pg_ctl"),
                    *("-D", str(data_dir), "-l", str(log), "-o", options),
                    *("-w", "-t", str(START_SECONDS), "start"),
                ],
            ),
            "pg_ctl start",
            log,
        )
        started = True
        server = PostgresServer("127.0.0.1", port, "suanli", password, "postgres", data_dir)
        con = server.connect()
        try:
            con.autocommit = True  # CREATE DATABASE cannot run inside a transaction
            with con.cursor() as cursor:
                cursor.execute(f'CREATE DATABASE "{database}"')
        finally:
            con.close()
        yield PostgresServer("127.0.0.1", port, "suanli", password, database, data_dir)
    finally:
        if started:
            subprocess.run(
                _as_user(
                    user,
                    [
                        str(bin_dir / "pg_ctl"),
                        *("-D", str(data_dir), "-m", "immediate", "-w", "stop"),
                    ],
                ),
                capture_output=True,
                timeout=STOP_SECONDS,
                check=False,
            )
        shutil.rmtree(root, ignore_errors=True)


def _run(command: list[str], what: str, log: Path | None = None) -> None:
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=START_SECONDS, check=False
    )
    if result.returncode != 0:
        detail = result.stdout + result.stderr
        if log is not None and log.exists():
            detail += log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"PostgreSQL {what} failed ({result.returncode}): {detail[-3000:]}")
