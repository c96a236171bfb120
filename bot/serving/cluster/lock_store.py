"""Rasa's Redis lock store, without the wait that never ends when a ticket expires.

Rasa serves a conversation's messages one at a time with numbered tickets that
expire (``TICKET_LOCK_LIFETIME``). A message waiting for its turn checks every
second whether its ticket is the lowest one alive, and removes the expired
ones. When a Rasa server dies holding a ticket (``kill -9``), the message sent
again to the other server waits for that ticket to expire; but if its *own*
ticket expires between two checks too, both are removed, no ticket is left,
Rasa's ``now_serving`` becomes 0, and the message waits until the request
times out (seen in ``tests/cluster/test_load.py``: one conversation in a few
runs, 60 s, then every later message refused). Rasa likewise fails a message
(``LockError``) whose lock was deleted while it waited.

Here a waiting message is served as soon as no *older* ticket is alive, its
own being there or not, and a deleted lock means a free conversation.
"""

from __future__ import annotations

import asyncio
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import RedisLockStore


class ExpiryTolerantRedisLockStore(RedisLockStore):
    """``RedisLockStore`` whose waiting messages never outwait an expired ticket."""

    def __init__(self, endpoint_config: Any) -> None:
        # Rasa gives a lock store named by its module path the whole endpoint configuration.
        super().__init__(host=endpoint_config.url, **endpoint_config.kwargs)

    async def _acquire_lock(self, conversation_id: str, ticket: int, wait_time_in_seconds: float) -> TicketLock:
        while True:
            lock = self.get_lock(conversation_id)
            if lock is None:
                return self.get_or_create_lock(conversation_id)  # deleted: nobody holds it
            if not lock.is_locked(ticket) or all(alive.number > ticket for alive in lock.tickets):
                return lock
            await asyncio.sleep(wait_time_in_seconds)
            self.update_lock(conversation_id)
