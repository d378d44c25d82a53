// The dashboard's start: filters kept in the URL, the map, the list, the timeline, the event
// panel and the claims view, all read from the API of the app that serves this page.

import { escape, formatNumber, getJSON } from "./api.js";
import { loadEvents as fetchEvents } from "./events.js";
import { createMap } from "./map.js";
import { eventParams, fillForm, readForm, readURL, writeURL } from "./filters.js";
import { drawTimeline, totals } from "./timeline.js";
import { showEvent } from "./panel.js";
import { showClaims } from "./claims.js";

/** The most events the map and list hold; the status line says when a selection has more. */
const MAX_EVENTS = 10000;
const PAGE = 1000;
const LIST_STEP = 200;

const $ = (selector) => document.querySelector(selector);
const form = $("#filters"), list = $("#event-list"), more = $("#more"), statusLine = $("#status"), notice = $("#notice");
const panel = $("#panel"), panelBody = $("#panel-body");

let state = readURL();
let events = [];          // the loaded events' properties, newest first
let shown = 0;            // how many of them the list shows
let loading = null;       // AbortController of the events being loaded
let opening = null;       // AbortController of the event being opened
let returnFocus = null;   // where focus goes back when the panel closes
let ignoreMoves = 0;      // map moves we made ourselves, which must not reload the extent filter

function warn(message) {
  notice.hidden = false;
  notice.insertAdjacentHTML("beforeend", `<p>${escape(message)}</p>`);
}

const map = createMap($("#map"), { onOpen: (id) => openEvent(id), onMoved: mapMoved, warn });

// --- the list of events --------------------------------------------------------------------------

function listItem(p) {
  const item = document.createElement("li");
  const toll = p.fatalities ? `<span class="toll" title="killed">${formatNumber(p.fatalities)}</span>` : "";
  item.innerHTML = `<button type="button" data-event="${escape(p.event_id)}">${toll}
    <span class="when">${escape(p.event_date)} · ${escape(p.country ?? "")}</span><br>
    ${escape(p.sub_event_type)} in ${escape(p.location)}</button>`;
  return item;
}

function showMore() {
  const fragment = document.createDocumentFragment();
  for (const p of events.slice(shown, shown + LIST_STEP)) fragment.append(listItem(p));
  list.append(fragment);
  shown = Math.min(events.length, shown + LIST_STEP);
  more.hidden = shown >= events.length;
  const left = events.length - shown;
  more.textContent = left > LIST_STEP ? `Show ${LIST_STEP} more (${formatNumber(left)} not shown)` : `Show the last ${formatNumber(left)}`;
}

list.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-event]");
  if (button) openEvent(button.dataset.event);
});
list.addEventListener("keydown", (event) => {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const item = event.target.closest("li");
  const next = event.key === "ArrowDown" ? item?.nextElementSibling : item?.previousElementSibling;
  if (next) { next.querySelector("button").focus(); event.preventDefault(); }
});
more.addEventListener("click", showMore);

// --- loading the events under the filters ---------------------------------------------------------

async function timeline(params, weeks, signal) {
  // By week; a selection within four months is drawn by day.
  let period = "week", rows = weeks;
  if (totals(weeks, "week").length <= 17) {
    period = "day";
    rows = (await getJSON("/statistics", { ...params, period, by: "type" }, signal)).rows;
  }
  const drawn = totals(rows, period);
  const sum = drawn.reduce((acc, p) => ({ events: acc.events + p.events, fatalities: acc.fatalities + p.fatalities }),
                           { events: 0, fatalities: 0 });
  $("#timeline-caption").textContent = `(per ${period}: ${formatNumber(sum.events)} events, ${formatNumber(sum.fatalities)} killed)`;
  drawTimeline($("#timeline"), drawn, period, (since, until) => {
    form.elements.since.value = since;
    form.elements.until.value = until;
    form.requestSubmit();
  });
  return sum;
}

async function loadEvents() {
  loading?.abort();
  loading = new AbortController();
  const { signal } = loading;
  const started = performance.now();
  delete document.body.dataset.loaded;
  events = []; shown = 0; list.textContent = ""; more.hidden = true;
  map?.clear();
  statusLine.textContent = "Loading events…";
  const params = eventParams(state);
  let firstPage = null;
  try {
    // The weekly counts draw the timeline and cut the selection into runs fetched side by side.
    const weeks = (await getJSON("/statistics", { ...params, period: "week", by: "type" }, signal)).rows;
    const [sum, pages] = await Promise.all([
      timeline(params, weeks, signal),
      fetchEvents(params, weeks, {
        max: MAX_EVENTS, pageSize: PAGE, signal,
        onPage(features) {
          firstPage ??= Math.round(performance.now());
          map?.add(features);
          events.push(...features.map((f) => f.properties));
          statusLine.textContent = `Loading events… ${formatNumber(events.length)}`;
        },
      }),
    ]);
    events.reverse();  // the API gives the oldest first; the list shows the newest first
    showMore();
    $("#list-count").textContent = `(${formatNumber(events.length)})`;
    if (map && !state.bbox) { ignoreMoves++; map.fitToEvents(); setTimeout(() => { ignoreMoves = Math.max(0, ignoreMoves - 1); }, 600); }
    const elsewhere = sum.events - events.length;
    statusLine.textContent = `${formatNumber(events.length)} events on the map` +
      (pages.truncated ? ` (${formatNumber(sum.events)} selected: the oldest ${formatNumber(MAX_EVENTS)} are loaded, narrow the filters)`
                       : elsewhere > 0 ? ` (${formatNumber(elsewhere)} more without coordinates)` : "");
    const milliseconds = Math.round(performance.now() - started);
    // For bench/dashboard_bench.py: the events' load, and the whole page's since navigation began.
    window.wirecoderLoad = { events: events.length, milliseconds, sinceNavigation: Math.round(performance.now()),
                             firstPageSinceNavigation: firstPage };
    document.body.dataset.loaded = String(events.length);
  } catch (error) {
    if (error.name === "AbortError") return;
    statusLine.textContent = "Could not load the events";
    warn(error.message);
  }
}

// --- the event panel -------------------------------------------------------------------------------

async function openEvent(eventId, { push = true } = {}) {
  opening?.abort();
  opening = new AbortController();
  if (panel.hidden) returnFocus = document.activeElement;
  for (const button of list.querySelectorAll("[aria-current]")) button.removeAttribute("aria-current");
  list.querySelector(`button[data-event="${CSS.escape(eventId)}"]`)?.setAttribute("aria-current", "true");
  state.event = eventId;
  writeURL(state, { push });
  panel.hidden = false;
  panel.focus();
  try {
    const { event } = await showEvent(panelBody, eventId, opening.signal);
    document.body.dataset.openEvent = eventId;
    if (map && event.latitude !== null && state.view !== "claims") {
      const covered = panel.getBoundingClientRect().width;
      ignoreMoves++;
      map.reveal(event.latitude, event.longitude, covered);
      setTimeout(() => { ignoreMoves = Math.max(0, ignoreMoves - 1); }, 600);
    }
  } catch (error) {
    if (error.name !== "AbortError") panelBody.innerHTML = `<p>The event could not be shown: ${escape(error.message)}</p>`;
  }
}

function closeEvent({ push = true } = {}) {
  if (panel.hidden) return;
  opening?.abort();
  panel.hidden = true;
  delete state.event;
  delete document.body.dataset.openEvent;
  writeURL(state, { push });
  (returnFocus && document.contains(returnFocus) ? returnFocus : list).focus();
}

$("#panel-close").addEventListener("click", () => closeEvent());
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !panel.hidden) closeEvent();
});

// --- filters, map extent, views ---------------------------------------------------------------------

function apply({ push = true } = {}) {
  const keep = { view: state.view };
  state = { ...keep, ...readForm(form) };
  if (form.elements.extent.checked && map) state.bbox = map.bbox();
  closeEvent({ push: false });
  writeURL(state, { push });
  return show();
}

let moveTimer = null;
function mapMoved() {
  if (ignoreMoves > 0 || !form.elements.extent.checked || state.view === "claims") return;
  clearTimeout(moveTimer);
  moveTimer = setTimeout(() => apply({ push: false }), 350);
}

form.addEventListener("submit", (event) => { event.preventDefault(); apply(); });
form.elements.extent.addEventListener("change", () => apply());
$("#reset").addEventListener("click", () => { form.reset(); apply(); });

function setView(view) {
  state.view = view === "claims" ? "claims" : undefined;
  writeURL(state, { push: true });
  show();
}
$("#tab-events").addEventListener("click", () => setView("events"));
$("#tab-claims").addEventListener("click", () => setView("claims"));

let claimsLoading = null;
async function loadClaims() {
  claimsLoading?.abort();
  claimsLoading = new AbortController();
  statusLine.textContent = "Loading claims…";
  try {
    const { count, truncated } = await showClaims({ chartElement: $("#claims-chart"), tableBody: $("#claims-table tbody") },
                                                  state, claimsLoading.signal);
    statusLine.textContent = `${formatNumber(count)} claims${truncated ? " (the first ones: narrow the filters)" : ""}`;
  } catch (error) {
    if (error.name !== "AbortError") { statusLine.textContent = "Could not load the claims"; warn(error.message); }
  }
}

function show() {
  const claims = state.view === "claims";
  document.body.classList.toggle("claims", claims);
  $("#events-view").hidden = claims;
  $("#claims-view").hidden = !claims;
  $("#tab-events").setAttribute("aria-pressed", String(!claims));
  $("#tab-claims").setAttribute("aria-pressed", String(claims));
  if (claims) return loadClaims();
  map?.invalidate();
  return loadEvents();
}

window.addEventListener("popstate", () => {
  state = readURL();
  fillForm(form, state);
  show();
  if (state.event) openEvent(state.event, { push: false }); else closeEvent({ push: false });
});

// --- start ------------------------------------------------------------------------------------------

async function options() {
  const fill = (id, values) => { $(id).innerHTML = values.map((v) => `<option value="${escape(v)}">`).join(""); };
  try {
    const codebook = await getJSON("/app/codebook.json");
    fill("#event-types", codebook.event_types);
    fill("#sub-event-types", Object.keys(codebook.sub_event_types));
    fill("#claimants", (await getJSON("/claimants")).map((c) => c.claimant).filter(Boolean));
    const countries = (await getJSON("/statistics", { period: "week", by: "country" })).rows.map((r) => r.group).filter(Boolean);
    fill("#countries", [...new Set(countries)].sort());
  } catch (error) {
    warn(`The filters' suggestions could not be loaded: ${error.message}`);
  }
}

async function start() {
  fillForm(form, state);
  getJSON("/app/vendor/assets.json").then((assets) => { if (!assets.installed) warn(assets.message); }).catch(() => {});
  if (map && state.bbox) { ignoreMoves++; map.fitToBbox(state.bbox); setTimeout(() => { ignoreMoves--; }, 600); }
  const shown = show();
  if (state.event) openEvent(state.event, { push: false });
  await shown;
  options();
}

start();
