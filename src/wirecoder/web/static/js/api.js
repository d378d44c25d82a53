// The API as the dashboard uses it: JSON over fetch, errors as the API words them.

/** Thrown for any answer but 2xx: the API's own message ("bbox ...: give four numbers ..."). */
export class ApiError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}

/** `path` with the non-empty `params` as its query string. */
export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(name, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export async function getJSON(path, params = {}, signal = undefined) {
  const response = await fetch(url(path, params), { signal, headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && body.error ? body.error : { code: "http_error", message: `${response.status} ${response.statusText}` };
    throw new ApiError(response.status, error.code, error.message);
  }
  return body;
}

/** Every page of a cursor listing, handing each page to `onPage` as it arrives; stops at `max` items. */
export async function allPages(path, params, itemsOf, { max = Infinity, signal, onPage = () => {} } = {}) {
  let cursor = null, count = 0;
  do {
    const page = await getJSON(path, { ...params, cursor }, signal);
    const items = itemsOf(page);
    count += items.length;
    onPage(items, page);
    cursor = page.next_cursor;
  } while (cursor && count < max);
  return { count, truncated: Boolean(cursor) };
}

/** Text made safe to put in HTML (the API's text_html is already escaped: this is for our own strings). */
export function escape(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

export function formatNumber(value) {
  return value === null || value === undefined ? "–" : Number(value).toLocaleString("en");
}
