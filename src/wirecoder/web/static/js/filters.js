// The filters: the form, the page's URL and the API's query parameters say the same thing.

/** The /events filters, named as the API names them. */
export const EVENT_FILTERS = ["since", "until", "country", "admin1", "type", "sub_type", "actor", "min_fatalities", "q", "bbox"];
/** What else the URL keeps: the view, the open event, the claimant of the claims view. */
const PAGE_STATE = ["view", "event", "claimant"];

export function readURL() {
  const query = new URLSearchParams(location.search);
  const state = {};
  for (const name of [...EVENT_FILTERS, ...PAGE_STATE]) {
    const value = query.get(name);
    if (value) state[name] = value;
  }
  return state;
}

export function writeURL(state, { push = false } = {}) {
  const query = new URLSearchParams();
  for (const name of [...EVENT_FILTERS, ...PAGE_STATE]) {
    if (state[name]) query.set(name, state[name]);
  }
  const text = query.toString();
  const target = `${location.pathname}${text ? "?" + text : ""}`;
  if (target !== `${location.pathname}${location.search}`) history[push ? "pushState" : "replaceState"](null, "", target);
}

export function fillForm(form, state) {
  for (const name of [...EVENT_FILTERS, "claimant"]) {
    if (form.elements[name]) form.elements[name].value = state[name] ?? "";
  }
  form.elements.extent.checked = Boolean(state.bbox);
}

/** The form's values (bbox comes from the map, not the form). */
export function readForm(form) {
  const state = {};
  for (const name of [...EVENT_FILTERS, "claimant"]) {
    const field = form.elements[name];
    const value = field ? field.value.trim() : "";
    if (value) state[name] = value;
  }
  return state;
}

export function eventParams(state) {
  return Object.fromEntries(EVENT_FILTERS.filter((name) => state[name]).map((name) => [name, state[name]]));
}
