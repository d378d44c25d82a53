// The timeline: events (bars) and fatalities (a line) per day or week, from /statistics, in SVG.

import { escape, formatNumber } from "./api.js";

const SVG = "http://www.w3.org/2000/svg";

const DAY = 86400000;
const day = (text) => Date.parse(text + "T00:00:00Z");
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** /statistics rows (one per period and group) summed per period, oldest first, quiet periods
 * between the first and the last given as zeros (so the fatalities line drops to the axis). */
export function totals(rows, period = "day") {
  const byPeriod = new Map();
  for (const row of rows) {
    const total = byPeriod.get(row.period_start) ?? { period: row.period_start, events: 0, fatalities: 0 };
    total.events += row.events;
    total.fatalities += row.fatalities;
    byPeriod.set(row.period_start, total);
  }
  const found = [...byPeriod.keys()].sort();
  if (!found.length) return [];
  const step = period === "week" ? 7 * DAY : DAY, all = [];
  for (let ms = day(found[0]); ms <= day(found[found.length - 1]); ms += step) {
    all.push(byPeriod.get(iso(ms)) ?? { period: iso(ms), events: 0, fatalities: 0 });
  }
  return all;
}

/** Draw `periods` into `element`; `onPick(since, until)` when a bar is chosen. */
export function drawTimeline(element, periods, period, onPick) {
  element.textContent = "";
  if (!periods.length) {
    element.innerHTML = '<p class="hint">No events under these filters.</p>';
    return;
  }
  const width = Math.max(element.clientWidth, 300), height = Math.max(element.clientHeight, 80);
  const left = 50, right = 44, top = 8, bottom = 18;
  const step = period === "week" ? 7 * DAY : DAY;
  const first = day(periods[0].period), last = day(periods[periods.length - 1].period) + step;
  const x = (ms) => left + ((ms - first) / (last - first)) * (width - left - right);
  const maxEvents = Math.max(...periods.map((p) => p.events), 1);
  const maxDeaths = Math.max(...periods.map((p) => p.fatalities), 1);
  const yEvents = (v) => height - bottom - (v / maxEvents) * (height - top - bottom);
  const yDeaths = (v) => height - bottom - (v / maxDeaths) * (height - top - bottom);
  const barWidth = Math.max(1, x(first + step) - x(first) - (step === DAY ? 0.5 : 1));

  const bars = periods.map((p) => {
    const start = day(p.period);
    const label = `${period === "week" ? "week of " : ""}${p.period}: ${formatNumber(p.events)} events, ${formatNumber(p.fatalities)} killed`;
    return `<rect class="bar" data-since="${p.period}" data-until="${iso(start + step - DAY)}" x="${x(start).toFixed(1)}"
      y="${yEvents(p.events).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(height - bottom - yEvents(p.events)).toFixed(1)}">
      <title>${escape(label)}</title></rect>`;
  }).join("");
  const line = periods.map((p) => `${x(day(p.period) + step / 2).toFixed(1)},${yDeaths(p.fatalities).toFixed(1)}`).join(" ");
  element.innerHTML = `<svg xmlns="${SVG}" role="img" aria-label="${escape(`${periods.length} ${period}s from ${periods[0].period}: events as bars, fatalities as a red line`)}">
    <line class="axis-line" x1="${left}" x2="${width - right}" y1="${height - bottom}" y2="${height - bottom}"/>
    ${bars}
    <polyline class="deaths" points="${line}"/>
    <text class="axis" x="${left - 4}" y="${top + 8}" text-anchor="end">${formatNumber(maxEvents)}</text>
    <text class="axis" x="${left - 4}" y="${top + 21}" text-anchor="end">events</text>
    <text class="axis" x="${width - right + 4}" y="${top + 8}" fill="#b3261e">${formatNumber(maxDeaths)}</text>
    <text class="axis" x="${width - right + 4}" y="${top + 20}">killed</text>
    <text class="axis" x="${left}" y="${height - 4}">${periods[0].period}</text>
    <text class="axis" x="${width - right}" y="${height - 4}" text-anchor="end">${iso(last - DAY)}</text>
  </svg>`;
  element.querySelector("svg").addEventListener("click", (event) => {
    const bar = event.target.closest(".bar");
    if (bar) onPick(bar.dataset.since, bar.dataset.until);
  });
}
