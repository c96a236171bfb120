"""The cluster's lock store: a message whose ticket expired while it waited is still served (no Redis needed)."""

from __future__ import annotations

import asyncio
import time

import pytest
from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from bot.serving.cluster.lock_store import ExpiryTolerantRedisLockStore


class _Memory:
    """Stands for Redis: the lock store's get/save/delete on a dict."""

    def __init__(self, store: RedisLockStore) -> None:
        self.locks: dict[str, TicketLock] = {}
        store.get_lock = self.locks.get  # type: ignore[method-assign]
        store.save_lock = lambda lock: self.locks.__setitem__(lock.conversation_id, lock)  # type: ignore[method-assign]
        store.delete_lock = lambda conversation_id: self.locks.pop(conversation_id, None)  # type: ignore[method-assign]


def _both_tickets_expired(store: RedisLockStore) -> _Memory:
    """A dead server's ticket 0 and this message's ticket 1, both expired before the first check."""
    memory = _Memory(store)
    past = time.time() - 1
    memory.locks["c"] = TicketLock("c", [Ticket(0, past), Ticket(1, past)])
    return memory


def _store(cls: type[RedisLockStore]) -> RedisLockStore:
    config = EndpointConfig(url="127.0.0.1", port=1, type="redis")
    return cls(endpoint_config=config) if cls is ExpiryTolerantRedisLockStore else cls(host="127.0.0.1", port=1)


def test_rasa_own_store_waits_forever_once_both_tickets_expired() -> None:
    store = _store(RedisLockStore)
    _both_tickets_expired(store)
    with pytest.raises(asyncio.TimeoutError):
        asyncio.run(asyncio.wait_for(store._acquire_lock("c", 1, 0.01), timeout=0.5))


def test_the_cluster_store_serves_the_message() -> None:
    store = _store(ExpiryTolerantRedisLockStore)
    _both_tickets_expired(store)
    lock = asyncio.run(asyncio.wait_for(store._acquire_lock("c", 1, 0.01), timeout=5))
    assert lock.conversation_id == "c"


def test_an_older_live_ticket_still_goes_first() -> None:
    store = _store(ExpiryTolerantRedisLockStore)
    memory = _Memory(store)
    memory.locks["c"] = TicketLock("c", [Ticket(0, time.time() + 60), Ticket(1, time.time() - 1)])
    with pytest.raises(asyncio.TimeoutError):
        asyncio.run(asyncio.wait_for(store._acquire_lock("c", 1, 0.01), timeout=0.3))
    memory.locks["c"].tickets = [t for t in memory.locks["c"].tickets if t.number != 0]  # the older one finishes
    assert asyncio.run(asyncio.wait_for(store._acquire_lock("c", 1, 0.01), timeout=5)).conversation_id == "c"


def test_a_deleted_lock_means_a_free_conversation() -> None:
    store = _store(ExpiryTolerantRedisLockStore)
    _Memory(store)
    assert asyncio.run(asyncio.wait_for(store._acquire_lock("gone", 3, 0.01), timeout=5)).conversation_id == "gone"
