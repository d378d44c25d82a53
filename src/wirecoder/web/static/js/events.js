// Loading many events quickly: the selection is cut into runs of weeks holding about a page of
// events each (from /statistics' weekly counts), and the runs' GeoJSON pages are fetched a few
// at a time, each run paging on with its own cursor. Runs come back in date order, as /events gives them.

import { allPages } from "./api.js";

const DAY = 86400000;
/** What the map and the list show of each event (the panel reads the rest from /events/{id}): a tenth of the bytes. */
const FIELDS = "event_id,event_date,sub_event_type,location,country,geo_precision,fatalities";
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Runs of weeks [since, until] of about `size` events each, oldest first, within the filters' own dates;
 * stops once `max` events are covered. `weeks` are /statistics rows (period=week), any grouping. */
export function runsOfWeeks(weeks, { since, until }, size, max) {
  const perWeek = new Map();
  for (const row of weeks) perWeek.set(row.period_start, (perWeek.get(row.period_start) ?? 0) + row.events);
  const runs = [];
  let start = null, count = 0, covered = 0;
  const sunday = (week) => iso(Date.parse(week + "T00:00:00Z") + 6 * DAY);
  let previous = null;
  for (const week of [...perWeek.keys()].sort()) {
    if (covered >= max) break;
    const events = perWeek.get(week);
    if (start !== null && count + events > size) {  // a run ends before it needs a second page
      runs.push({ since: start, until: sunday(previous), events: count });
      start = null; count = 0;
    }
    start ??= week;
    count += events;
    covered += events;
    previous = week;
  }
  if (start !== null) runs.push({ since: start, until: sunday(previous), events: count });
  // The first and last weeks may reach beyond the filters' own dates.
  if (runs.length && since && runs[0].since < since) runs[0].since = since;
  if (runs.length && until && runs.at(-1).until > until) runs.at(-1).until = until;
  return runs;
}

/** Every event the filters select (up to `max`), as GeoJSON features handed to `onPage` in date order
 * as soon as the pages before them have come. Resolves to { count, truncated }. */
export async function loadEvents(params, weeks, { max, pageSize, parallel = 4, signal, onPage }) {
  const runs = runsOfWeeks(weeks, params, pageSize, max);
  const selected = weeks.reduce((sum, row) => sum + row.events, 0);
  const pages = runs.map(() => []);
  let next = 0, delivered = 0, count = 0;
  const deliver = () => {  // hand on the runs that are complete, in order
    while (delivered < runs.length && runs[delivered].done) {
      for (const features of pages[delivered]) {
        const room = max - count;
        if (room <= 0) break;
        const kept = features.length > room ? features.slice(0, room) : features;
        count += kept.length;
        onPage(kept);
      }
      pages[delivered] = null;
      delivered++;
    }
  };
  const worker = async () => {
    while (next < runs.length) {
      const index = next++;
      const run = runs[index];
      await allPages("/events", { ...params, since: run.since, until: run.until, format: "geojson", limit: pageSize, fields: FIELDS },
                     (page) => page.features, { signal, onPage: (features) => pages[index].push(features) });
      run.done = true;
      deliver();
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, runs.length) }, worker));
  return { count, truncated: selected > max };
}
