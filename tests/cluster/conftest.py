"""The whole production shape (bot/serving/cluster.py), started once for the cluster tests.

Everything listens on free loopback ports; the folder (PostgreSQL's data, logs,
configs) is a throw-away directory under /tmp that the ``postgres`` and
``nobody`` users can reach (pytest's own tmp folder is private to root). The
logs are copied to ``test-artifacts/logs/cluster/`` at the end.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cluster_clients import API_TOKEN, EMBED_ORIGIN

from bot.serving.cluster import Cluster, ClusterPorts
from bot.settings import ROOT

#: Far above what the tests send, so that nginx's per-client limit (all clients are 127.0.0.1) stays out of the way.
TEST_RATE_LIMIT = "100000r/s"


@pytest.fixture(scope="session")
def cluster(trained_model: Path) -> Iterator[Cluster]:
    root = Path(tempfile.mkdtemp(prefix="1e1f-cluster-"))
    os.chmod(root, 0o755)  # nginx's workers (nobody) read the 404 page; PostgreSQL (postgres) its data folder
    started = Cluster(
        root=root, ports=ClusterPorts.free(), model=trained_model, rate_limit=TEST_RATE_LIMIT, api_token=API_TOKEN,
        embed_origins=(EMBED_ORIGIN,),  # a site allowed to embed widget.js
    )
    try:
        started.start(timeout=420)
        yield started
    finally:
        started.stop()
        artifacts = ROOT / "test-artifacts" / "logs" / "cluster"
        shutil.rmtree(artifacts, ignore_errors=True)
        shutil.copytree(started.log_dir, artifacts, dirs_exist_ok=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def healthy_cluster(cluster: Cluster) -> Cluster:
    """The cluster with every process up (a fault test before may have stopped one)."""
    for name in cluster.dead():
        cluster.restart(name)
    for name in ("redis", "postgres", "rasa-1", "rasa-2", "actions-1", "actions-2", "nginx"):
        cluster.wait_ready(name, 240)
    return cluster
