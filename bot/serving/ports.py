"""Free loopback ports for servers started by tests, the bench and the terminal chat."""

from __future__ import annotations

import socket
from contextlib import ExitStack


def free_ports(count: int, host: str = "127.0.0.1") -> list[int]:
    """``count`` distinct ports free right now on ``host``.

    All sockets stay bound until every port is chosen, so the kernel cannot
    hand the same port out twice (as it may when asked one at a time).
    """
    with ExitStack() as stack:
        ports = []
        for _ in range(count):
            sock = stack.enter_context(socket.socket())
            sock.bind((host, 0))
            ports.append(int(sock.getsockname()[1]))
        return ports


def free_port(host: str = "127.0.0.1") -> int:
    """One port free right now on ``host``."""
    return free_ports(1, host)[0]
