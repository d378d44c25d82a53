// The event panel: an event's fields, its contradictions, sources (independent or copies),
// claimants and history, and each report's text with the evidence sentences marked.

import { escape, formatNumber, getJSON } from "./api.js";
import { precisionText } from "./map.js";

const TIME_PRECISION = { 1: "the day", 2: "the week", 3: "the month" };

function actor(name, inter) {
  return name ? `${escape(name)}${inter ? ` <span class="when">(inter ${inter})</span>` : ""}` : "–";
}

function range(event) {
  const { fatalities, fatalities_low: low, fatalities_high: high } = event;
  const spread = low !== null && high !== null && (low !== fatalities || high !== fatalities) ? ` (reports say ${low}–${high})` : "";
  return `${formatNumber(fatalities)}${spread}`;
}

function fields(event) {
  const rows = [
    ["Type", `${escape(event.event_type)} / ${escape(event.sub_event_type)}`],
    ["Date", `${escape(event.event_date)} <span class="when">(known to ${TIME_PRECISION[event.time_precision] ?? "?"})</span>`],
    ["Actor 1", actor(event.actor1, event.inter1)],
    ["Actor 2", actor(event.actor2, event.inter2)],
    ["Place", [event.location, event.admin2, event.admin1, event.country].filter(Boolean).map(escape).join(", ")],
    ["Coordinates", event.latitude === null ? "–" : `${event.latitude.toFixed(4)}, ${event.longitude.toFixed(4)}`],
    ["Precision", `${event.geo_precision}: ${escape(precisionText(event.geo_precision))}`],
    ["Killed", range(event)],
    ["Injured", formatNumber(event.injuries)],
    ["Arrested", formatNumber(event.arrests)],
    ["Reports", `${event.article_ids.length} (${event.independent_sources} independent)`],
    ["Event id", `<code>${escape(event.event_id)}</code>`],
  ];
  return `<dl>${rows.map(([name, value]) => `<dt>${name}</dt><dd>${value}</dd>`).join("")}</dl>`;
}

function sources(list) {
  const outletOf = Object.fromEntries(list.map((s) => [s.article_id, s.outlet || s.article_id]));
  const rows = list.map((s) => `<tr>
      <td>${escape(s.outlet || "–")}</td>
      <td>${s.url ? `<a href="${escape(s.url)}" rel="noreferrer">${escape(s.title || s.url)}</a>` : escape(s.title || s.article_id)}</td>
      <td>${escape(s.published || "–")}</td>
      <td>${s.independent ? '<span class="tag">independent</span>'
                          : `<span class="tag copy">copy of ${escape(outletOf[s.copy_of] || s.copy_of)}</span>`}</td></tr>`);
  return `<table id="sources"><thead><tr><th scope="col">Outlet</th><th scope="col">Report</th><th scope="col">Published</th>
    <th scope="col">Source</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function history(changes) {
  if (!changes.length) return "<p>–</p>";
  return `<ol class="history">${changes.map((c) => `<li><strong>${escape(c.change)}</strong>: ${escape(c.detail)}
    ${c.article_id ? `<span class="when">(${escape(c.article_id)})</span>` : ""}</li>`).join("")}</ol>`;
}

/** Mark this event's evidence apart from the article's other events' (the API marks them all). */
function markOwn(container, mentionIds) {
  for (const mark of container.querySelectorAll("mark")) {
    const ids = (mark.dataset.mentions || "").split(" ");
    if (ids.some((id) => mentionIds.has(id))) {
      mark.classList.add("this-event");
      mark.title = "Evidence for this event";
    } else {
      mark.title = "Evidence for another event in this report";
    }
  }
}

async function article(container, source, mentionIds, signal) {
  try {
    const found = await getJSON(`/articles/${encodeURIComponent(source.article_id)}`, {}, signal);
    // title_html and text_html are escaped by the API, with only <mark> elements added.
    container.innerHTML = `<div class="article-title">${found.title_html ?? ""}</div>
      <div class="when">${escape(found.outlet || "")} ${escape(found.published || "")}</div>
      <div class="article-text">${found.text_html}</div>`;
    markOwn(container, mentionIds);
  } catch (error) {
    if (error.name !== "AbortError") container.textContent = `This report could not be read: ${error.message}`;
  }
}

/** Fill `body` with event `eventId`; resolves when the event and all its reports are shown. */
export async function showEvent(body, eventId, signal) {
  body.innerHTML = `<p>Loading ${escape(eventId)}…</p>`;
  const detail = await getJSON(`/events/${encodeURIComponent(eventId)}`, {}, signal);
  const event = detail.event;
  const contradictions = event.contradictions.length
    ? `<section class="contradictions" role="alert"><h3>⚠ Reports disagree</h3><ul>${event.contradictions.map((c) =>
        `<li>${escape(c)}</li>`).join("")}</ul></section>` : "";
  body.innerHTML = `
    <h2 id="panel-title">${escape(event.sub_event_type)} in ${escape(event.location)}, ${escape(event.event_date)}</h2>
    ${contradictions}
    ${fields(event)}
    <h3>Notes</h3><p>${escape(event.notes)}</p>
    <h3>Sources</h3>${sources(detail.sources)}
    <h3>Claimants</h3>${event.claimants.length ? `<ul id="claimants-list">${event.claimants.map((c) => `<li>${escape(c)}</li>`).join("")}</ul>` : "<p>No one named: the reports say it themselves.</p>"}
    <h3>History</h3>${history(detail.history)}
    <h3>The reports, evidence marked</h3>
    <p class="hint"><mark class="this-event">Yellow</mark>: what this event was read from; <mark>grey</mark>: other events in the same report.</p>
    <div id="articles"></div>`;
  const mentionIds = new Set(detail.mentions.map((m) => m.mention_id));
  const holder = body.querySelector("#articles");
  await Promise.all(detail.sources.map((source) => {
    const box = document.createElement("section");
    box.className = "article";
    box.setAttribute("aria-label", `Report from ${source.outlet || source.article_id}`);
    holder.append(box);
    return article(box, source, mentionIds, signal);
  }));
  return detail;
}
