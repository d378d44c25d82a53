"""What `wirecoder watch` remembers, on both stores (store/): feed validators and failures, and the entries taken."""

from __future__ import annotations

from wirecoder.store import FeedState, open_store

FEED = "http://127.0.0.1:8080/world.rss"


def test_a_feed_never_polled_has_no_state(databases) -> None:
    store = open_store(databases.scratch())
    try:
        assert store.feed_state(FEED) is None
        assert store.seen_feed_items(FEED, ["a", "b"]) == set()
    finally:
        store.close()


def test_feed_state_and_items_survive_a_restart(databases) -> None:
    db = databases.new()
    store = open_store(db)
    state = FeedState(url=FEED, etag='"v1"', last_modified="Sat, 06 Apr 2013 09:00:00 GMT", failures=0,
                      checked_at="2013-04-06T09:00:00+00:00")
    store.save_feed_state(state)
    store.add_feed_items(FEED, [("guid-1", "https://testwire.example/1", "art-1"), ("guid-2", None, None)])
    store.close()
    store = open_store(db)
    try:
        assert store.feed_state(FEED) == state
        assert store.seen_feed_items(FEED, ["guid-1", "guid-2", "guid-3"]) == {"guid-1", "guid-2"}
        assert store.seen_feed_items("http://elsewhere.example/feed", ["guid-1"]) == set()
    finally:
        store.close()


def test_saving_replaces_the_state_and_items_are_taken_once(databases) -> None:
    store = open_store(databases.scratch())
    try:
        store.save_feed_state(FeedState(url=FEED, etag='"v1"'))
        failing = FeedState(url=FEED, failures=3, retry_after="2013-04-06T12:00:00+00:00", last_error="HTTP 503")
        store.save_feed_state(failing)
        assert store.feed_state(FEED) == failing
        store.add_feed_items(FEED, [("guid-1", None, "art-1")])
        store.add_feed_items(FEED, [("guid-1", None, "art-1"), ("guid-4", None, None)])
        assert store.seen_feed_items(FEED, ["guid-1", "guid-4"]) == {"guid-1", "guid-4"}
    finally:
        store.close()
