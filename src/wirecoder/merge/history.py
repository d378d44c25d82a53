"""What a mention changed in its event, as the entries of the event's history.

Users trust a merged toll when they can see how it came about: which report
created the event, which sources joined it and when the figures, day or place
moved ("fatalities 6 -> 9 after Other Wire's report"). Each call to
`merge_mention` records the differences between the event before and after the
mention joined it."""

from __future__ import annotations

from ..model import Event, EventChange, Mention


def _source(mention: Mention) -> str:
    return f"{mention.outlet or 'unknown outlet'} (article {mention.article_id})"


def _place(event: Event) -> str:
    return ", ".join(part for part in (event.place.location, event.place.admin1, event.place.country) if part)


def changes_made(before: Event | None, after: Event, mention: Mention) -> list[EventChange]:
    """The history entries for `mention` turning `before` (None: no event yet) into `after`."""

    def entry(change: str, detail: str) -> EventChange:
        return EventChange(event_id=after.event_id, change=change, detail=detail, article_id=mention.article_id)

    if before is None:
        return [entry("created", f"created from {_source(mention)}: {after.sub_event_type}, {after.event_date.isoformat()}, "
                                 f"{_place(after)}, fatalities {after.fatalities}")]
    changes = []
    if mention.article_id not in before.article_ids:
        changes.append(entry("source added", f"source added: {_source(mention)}"))
    if after.fatalities != before.fatalities:
        changes.append(entry("fatalities revised", f"fatalities {before.fatalities} -> {after.fatalities}"))
    if after.injuries != before.injuries:
        changes.append(entry("injuries revised", f"injuries {before.injuries} -> {after.injuries}"))
    if after.event_date != before.event_date:
        changes.append(entry("date revised", f"date {before.event_date.isoformat()} -> {after.event_date.isoformat()}"))
    if _place(after) != _place(before):
        changes.append(entry("place revised", f"place {_place(before)} -> {_place(after)}"))
    if after.sub_event_type != before.sub_event_type:
        changes.append(entry("type revised", f"type {before.sub_event_type} -> {after.sub_event_type}"))
    for contradiction in after.contradictions:
        if contradiction not in before.contradictions:
            changes.append(entry("contradiction", contradiction))
    return changes
