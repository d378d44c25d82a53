"""A throwaway PostgreSQL server for the test run: `initdb` into a temporary folder and `pg_ctl start`
on a free port of 127.0.0.1, trusted local logins, no durability (fsync off: the data dies with the run).

PostgreSQL refuses to run as root; as root (CI, this project's machines) the server's folder is given to
the `postgres` system user that Debian's package creates, and the server commands run as that user
(`runuser`). As anyone else they run as oneself. Nothing is skipped when PostgreSQL is missing: the
error says how to install it (`.ci/run` does) or where a running server can be given instead
(WIRECODER_TEST_POSTGRES_URL)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: where Debian's postgresql packages put the server programs (newest version first)
DEBIAN_BINARIES = "/usr/lib/postgresql/*/bin"
SERVER_USER = "postgres"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server programs here, or the server would not start."""


def server_binaries() -> Path:
    """The folder holding initdb and pg_ctl."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob(DEBIAN_BINARIES), key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0)
    for folder in reversed(versions):
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    raise PostgresUnavailable(
        "the PostgreSQL tests need the server programs (initdb, pg_ctl), and none were found: install them "
        "(`apt-get install -y postgresql` on Debian/Ubuntu; `.ci/run` does this), or point the tests at a running "
        "server with WIRECODER_TEST_POSTGRES_URL=postgresql://user@host:port/dbname (a user that may create databases)"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class TestServer:
    """A running server; `url` reaches its `postgres` database as its superuser."""

    folder: Path
    port: int
    binaries: Path
    as_user: str | None
    url: str = ""

    __test__ = False  # not a test class, whatever its name

    def _run(self, *command: str) -> subprocess.CompletedProcess:
        argv = [str(part) for part in command]
        if self.as_user:
            argv = ["runuser", "-u", self.as_user, "--", *argv]
        return subprocess.run(argv, capture_output=True, text=True, cwd=self.folder)

    def start(self) -> TestServer:
        data = self.folder / "data"
        made = self._run(self.binaries / "initdb", "-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8",
                         "--locale=C", "--no-sync")
        if made.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {made.stderr.strip() or made.stdout.strip()}")
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off " \
                  "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        started = self._run(self.binaries / "pg_ctl", "-D", data, "-l", self.folder / "server.log", "-o", options,
                            "-w", "-t", "60", "start")
        if started.returncode != 0:
            log_file = self.folder / "server.log"
            log = log_file.read_text(errors="replace")[-2000:] if log_file.exists() else ""
            raise PostgresUnavailable(f"the test PostgreSQL server did not start: {started.stderr.strip()}\n{log}")
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        return self

    def stop(self) -> None:
        self._run(self.binaries / "pg_ctl", "-D", self.folder / "data", "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def start_test_server() -> TestServer:
    """Start a server of our own for this run; stop() ends it and removes its files."""
    binaries = server_binaries()
    as_user = None
    # as root, in /tmp itself: a TMPDIR of root's own may be closed to the server's user
    folder = Path(tempfile.mkdtemp(prefix="wirecoder-pg-", dir="/tmp" if os.geteuid() == 0 else None))
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam(SERVER_USER)
        except KeyError:
            raise PostgresUnavailable(
                f"PostgreSQL will not run as root and there is no {SERVER_USER!r} user to run it as: install Debian's "
                f"postgresql package (it creates the user), or set WIRECODER_TEST_POSTGRES_URL"
            ) from None
        os.chown(folder, user.pw_uid, user.pw_gid)
        as_user = SERVER_USER
    return TestServer(folder, _free_port(), binaries, as_user).start()
