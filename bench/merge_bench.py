"""Benchmark merging: time and peak memory to merge N mentions into a fresh SQLite database.

Merging is the one step of `process` that looks at what is already stored, so
its cost is what decides whether a corpus can grow. This script merges
synthetic mentions exactly as `process` does (store the article and its
mention, then `merge_mention`, one transaction each) and reports the time per
10,000 mentions as the database grows, so a cost that grows with the corpus
shows as a rising line, and the peak resident memory of the process (merging
never loads the corpus: each mention is compared with the events its own
country holds within a few days and kilometres, found through the database's
indexes).

The mentions are made up, seeded, to resemble a world news feed: incidents in
--countries countries over --days days at a few thousand towns, each reported by
one to four articles whose days and places differ a little, and naming their
victims (identifiers). B-cubed against that truth is printed as a sanity check.

    .venv/bin/python bench/merge_bench.py [--mentions 100000] [--countries 30] [--days 730]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "src"))

from wirecoder.evaluate.incidents import b_cubed  # noqa: E402
from wirecoder.merge import merge_mention  # noqa: E402
from wirecoder.model import Article, Count, Evidence, Mention, Place  # noqa: E402
from wirecoder.settings import Settings  # noqa: E402
from wirecoder.store import SqliteStore  # noqa: E402

KINDS = [("Violence against civilians", "Attack"), ("Battles", "Armed clash"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Protests", "Peaceful protest")]
FIRST_DAY = date(2020, 1, 1)


def _towns(rng: random.Random, countries: int) -> list[Place]:
    """A few thousand made-up towns: 100 per country, in clusters around a few cities (as reports are)."""
    towns = []
    for number in range(countries):
        code = f"Q{number:02d}"[-2:] if number >= 10 else f"X{number}"
        centre_lat, centre_lon = rng.uniform(-40, 55), rng.uniform(-120, 140)
        for town in range(100):
            city = town % 5
            lat = centre_lat + city * 1.5 + rng.gauss(0, 0.3)
            lon = centre_lon + city * 1.5 + rng.gauss(0, 0.3)
            towns.append(Place(location=f"Town {number}-{town}", country=f"Country {number}", country_code=code, iso3=None,
                               admin1=f"Region {number}-{city}", admin2=None, latitude=lat, longitude=lon, geo_precision=1,
                               geonameid=number * 1000 + town, feature="city"))
    return towns


def _mentions(total: int, countries: int, days: int, seed: int = 20111203) -> tuple[list[Mention], dict[str, str]]:
    rng = random.Random(seed)
    towns = _towns(rng, countries)
    mentions: list[Mention] = []
    truth: dict[str, str] = {}
    incident = 0
    while len(mentions) < total:
        incident += 1
        index = rng.randrange(len(towns))
        town = towns[index]
        # a report may name a neighbouring town of the same city (same country block of 100, same cluster)
        neighbours = [towns[i] for i in range(index - index % 100, index - index % 100 + 100) if i % 5 == index % 5]
        day = FIRST_DAY + timedelta(days=rng.randrange(days))
        kind = rng.choice(KINDS)
        killed = rng.choice([0, 0, 1, 1, 2, 3, 5, 12])
        victims = [f"name:victim{incident}-{n}" for n in range(rng.randint(0, 2))]
        for report in range(rng.choice([1, 1, 1, 2, 2, 3, 4])):
            article_id = f"a{len(mentions):07d}"
            place = town if rng.random() < 0.85 else rng.choice(neighbours)
            mentions.append(Mention(
                mention_id=f"{article_id}:m1", article_id=article_id, event_type=kind[0], sub_event_type=kind[1],
                event_date=day + timedelta(days=rng.choice([0, 0, 0, 1, -1]) if report else 0), time_precision=1,
                place=place, fatalities=Count.exact(killed + (report % 2)),
                evidence=[Evidence(article_id, 0, 10, "made up.")], outlet=f"Outlet {rng.randrange(200)}",
                published=day + timedelta(days=1 + report), identifiers=sorted(set(victims) | {f"age:{rng.randint(15, 60)}"}),
            ))
            truth[article_id] = str(incident)
    mentions = mentions[:total]
    mentions.sort(key=lambda m: (m.published, m.article_id))  # a feed arrives in publication order
    return mentions, {m.article_id: truth[m.article_id] for m in mentions}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--countries", type=int, default=30)
    parser.add_argument("--days", type=int, default=730)
    options = parser.parse_args()
    mentions, truth = _mentions(options.mentions, options.countries, options.days)
    settings = Settings()
    with tempfile.TemporaryDirectory() as folder:
        store = SqliteStore(Path(folder) / "bench.db")
        started = step = time.perf_counter()
        for number, mention in enumerate(mentions, start=1):
            with store.transaction():
                store.add_article(Article(id=mention.article_id, text="made up.", content_hash=mention.article_id), [mention], [])
                merge_mention(mention, store, settings)
            if number % 10_000 == 0:
                now = time.perf_counter()
                print(f"  {number:>7} mentions: last 10,000 in {now - step:5.1f} s", flush=True)
                step = now
        seconds = time.perf_counter() - started
        predicted = {}
        for event in store.events():
            for article_id in event.article_ids:
                predicted[article_id] = event.event_id
        events = store.count("events")
        store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    scores = b_cubed(predicted, truth)
    print(f"{len(mentions)} mentions merged into {events} events in {seconds:.1f} s "
          f"({len(mentions) / seconds:.0f} mentions/s), peak memory {peak_mb:.0f} MB; "
          f"B-cubed against the made-up truth: P {scores['precision']} R {scores['recall']} F1 {scores['f1']}")


if __name__ == "__main__":
    main()
