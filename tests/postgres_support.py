"""A throw-away PostgreSQL server for tests (Debian's binaries, loopback, trust authentication)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from bot.serving.ports import free_port


@contextmanager
def throwaway_postgres(prefix: str) -> Iterator[str]:
    """Start a PostgreSQL cluster in a temporary folder; yield its server URL (no database name)."""
    bin_dir = next((d for d in (Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"))) if (d / "initdb").exists()), None)
    if bin_dir is None:
        message = "PostgreSQL n'est pas installé (paquet Debian postgresql)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    root = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    root.chmod(0o755)
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []  # PostgreSQL refuses root
    if as_user:
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", free_port()
    ctl = [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data)]
    subprocess.run([*as_user, str(bin_dir / "initdb"), "-D", str(data), "-U", "bot", "--auth=trust", "-E", "UTF8"],
                   check=True, capture_output=True, timeout=120)
    subprocess.run([*ctl, "-o", f"-p {port} -k {root} -h 127.0.0.1", "-l", str(root / "server.log"), "-w", "-t", "60", "start"],
                   check=True, capture_output=True, timeout=90)
    try:
        yield f"postgresql://bot@127.0.0.1:{port}"
    finally:
        subprocess.run([*ctl, "-m", "fast", "-w", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(server: str, prefix: str) -> str:
    """Create an empty database on ``server``; return its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    engine = create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    engine.dispose()
    return f"{server}/{name}"
