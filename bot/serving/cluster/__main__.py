"""``python -m bot.serving.cluster config --out DIR``: the cluster's nginx.conf and endpoints.yml for a server.

The same templates as ``make cluster``, rendered for a Region server
(``docs/deploiement.md``): nginx listening on ``--public-host``, the page served
from ``--web-dir`` (the 404 page beside the configuration), logs and temporary files under ``--log-dir`` and
``--run-dir``, the Redis password read from ``--redis-password-file``. Ports are
those of ``make cluster`` (``ClusterPorts.fixed``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot import settings
from bot.serving.cluster import ClusterPorts, endpoints_config, nginx_config
from bot.serving.web_server import NOT_FOUND_PAGE, WEB_DIR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.serving.cluster", description="configuration de la forme de production")
    commands = parser.add_subparsers(dest="command", required=True)
    config = commands.add_parser("config", help="écrit nginx.conf et endpoints.yml dans --out")
    config.add_argument("--out", type=Path, required=True)
    config.add_argument("--public-host", default="0.0.0.0")
    config.add_argument("--public-port", type=int, default=settings.DEFAULT_CLUSTER_PORT)
    config.add_argument("--public-url", required=True, help="adresse publique, par exemple https://assistant.paysdelaloire.fr")
    config.add_argument("--rate-limit", default=settings.DEFAULT_RATE_LIMIT)
    config.add_argument("--api", action="store_true", help="ouvre /conversations et /status (Rasa vérifie BOT_API_TOKEN)")
    config.add_argument("--web-dir", type=Path, default=WEB_DIR)
    config.add_argument("--run-dir", type=Path, default=Path("/var/lib/assistant/nginx"))
    config.add_argument("--log-dir", type=Path, default=Path("/var/log/assistant"))
    config.add_argument("--redis-password-file", type=Path, required=True)
    args = parser.parse_args(argv)

    ports = ClusterPorts.fixed(args.public_port)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "404.html").write_text(NOT_FOUND_PAGE, encoding="utf-8")
    (args.out / "nginx.conf").write_text(
        nginx_config(
            ports=ports, public_host=args.public_host, public_url=args.public_url, rate_limit=args.rate_limit, api_token=args.api,
            run_dir=args.run_dir, log_dir=args.log_dir, pages_dir=args.out.resolve(), web_dir=args.web_dir,
            run_as_root=True, worker_processes=2,
        ),
        encoding="utf-8",
    )
    endpoints = args.out / "endpoints.yml"
    endpoints.touch(mode=0o600)
    endpoints.write_text(endpoints_config(ports.redis, args.redis_password_file.read_text(encoding="utf-8").strip()), encoding="utf-8")
    print(f"{args.out / 'nginx.conf'} et {endpoints} écrits.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
