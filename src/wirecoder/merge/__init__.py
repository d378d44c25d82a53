"""Merging: reports of the same incident become one event listing all its sources."""

from .follow_ups import fold_follow_ups, follow_up_changes
from .fusion import fuse
from .history import changes_made
from .incidents import event_id_for, find_event, merge_mention
from .order import article_order, mention_order
from .stories import assign_story

__all__ = ["article_order", "assign_story", "changes_made", "event_id_for", "find_event", "fold_follow_ups", "follow_up_changes", "fuse", "mention_order", "merge_mention"]
