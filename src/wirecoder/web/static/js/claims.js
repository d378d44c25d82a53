// The claims view: cumulative figures by claimant over time (/claims), as lines and as a table.

import { allPages, escape, formatNumber } from "./api.js";

const SVG = "http://www.w3.org/2000/svg";
const COLOURS = ["#1a5fb4", "#b3261e", "#26a269", "#c64600", "#613583", "#0b7a75", "#986a44", "#c061cb"];
const MAX_CLAIMS = 5000;

const day = (text) => Date.parse(text + "T00:00:00Z");

/** Claims with a figure and a day, one series per claimant (what each figure counts is in its
 * tooltip and the table), the claimants with the most figures first. */
function series(claims) {
  const groups = new Map();
  for (const claim of claims) {
    if (claim.quantity === null || !claim.as_of) continue;
    const key = claim.claimant || "(no one named)";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(claim);
  }
  return [...groups.entries()].map(([name, points]) => ({ name, points: points.sort((a, b) => a.as_of.localeCompare(b.as_of)) }))
    .sort((a, b) => b.points.length - a.points.length);
}

function chart(element, claims) {
  const lines = series(claims).slice(0, COLOURS.length);
  if (!lines.length) {
    element.innerHTML = '<p class="hint">No dated figures under these filters.</p>';
    return;
  }
  const width = Math.max(element.clientWidth, 400), height = Math.max(element.clientHeight, 200);
  const left = 64, right = 16, top = 10, bottom = 24 + 16 * Math.ceil(lines.length / 2);
  const points = lines.flatMap((l) => l.points);
  let first = Math.min(...points.map((p) => day(p.as_of))), last = Math.max(...points.map((p) => day(p.as_of)));
  if (first === last) { first -= 15 * 86400000; last += 15 * 86400000; }
  const max = Math.max(...points.map((p) => p.quantity), 1);
  const x = (text) => left + ((day(text) - first) / (last - first)) * (width - left - right);
  const y = (v) => height - bottom - (v / max) * (height - top - bottom);
  const drawn = lines.map((line, i) => {
    const colour = COLOURS[i];
    const path = line.points.map((p) => `${x(p.as_of).toFixed(1)},${y(p.quantity).toFixed(1)}`).join(" ");
    const dots = line.points.map((p) => `<circle cx="${x(p.as_of).toFixed(1)}" cy="${y(p.quantity).toFixed(1)}" r="4" fill="${colour}">
      <title>${escape(`${p.as_of}: ${p.qualifier ? p.qualifier + " " : ""}${formatNumber(p.quantity)} ${p.what}, ${p.claimant || "no one named"}`)}</title></circle>`).join("");
    const legendX = left + (i % 2) * (width - left) / 2, legendY = height - bottom + 30 + 16 * Math.floor(i / 2);
    return `<polyline class="series" stroke="${colour}" points="${path}"/>${dots}
      <rect x="${legendX}" y="${legendY - 9}" width="10" height="10" fill="${colour}"/>
      <text class="axis" x="${legendX + 14}" y="${legendY}">${escape(line.name)} (${line.points.length})</text>`;
  }).join("");
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  element.innerHTML = `<svg xmlns="${SVG}" role="img" aria-label="Claimed figures over time, one line per claimant: the table below lists them">
    <line class="axis-line" x1="${left}" x2="${width - right}" y1="${height - bottom}" y2="${height - bottom}"/>
    <text class="axis" x="${left - 6}" y="${top + 8}" text-anchor="end">${formatNumber(max)}</text>
    <text class="axis" x="${left - 6}" y="${height - bottom}" text-anchor="end">0</text>
    <text class="axis" x="${left}" y="${height - bottom + 14}">${iso(first)}</text>
    <text class="axis" x="${width - right}" y="${height - bottom + 14}" text-anchor="end">${iso(last)}</text>
    ${drawn}</svg>`;
}

function table(body, claims) {
  body.innerHTML = claims.map((c) => `<tr>
    <td>${escape(c.as_of || "–")}</td><td>${escape(c.claimant || "–")}</td>
    <td>${escape(c.qualifier ? c.qualifier + " " : "")}${formatNumber(c.quantity)}</td><td>${escape(c.what)}</td>
    <td>${escape(c.country || "–")}</td><td>${escape(c.evidence.text)}</td></tr>`).join("")
    || '<tr><td colspan="6">No claims under these filters.</td></tr>';
}

/** Load and draw the claims the filters select (claimant, country, since, until). */
export async function showClaims({ chartElement, tableBody }, state, signal) {
  const claims = [];
  const params = { claimant: state.claimant, country: state.country, since: state.since, until: state.until, limit: 1000 };
  const { truncated } = await allPages("/claims", params, (page) => page.claims,
                                       { max: MAX_CLAIMS, signal, onPage: (items) => claims.push(...items) });
  chart(chartElement, claims);
  table(tableBody, claims);
  return { count: claims.length, truncated };
}
