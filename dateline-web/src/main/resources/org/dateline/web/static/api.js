/*
 * The REST API as functions: one per endpoint, each returning the parsed JSON or throwing an ApiError that carries
 * the server's {"error", "status"} message. Filters become query parameters here and nowhere else.
 */

/** An API call that failed: the server's message (or why the server could not be reached) and HTTP status (0: none). */
export class ApiError extends Error {
  constructor(message, status, path) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.path = path;
  }
}

/** Whether an error only says that a newer request replaced this one. */
export function isAbort(error) {
  return error?.name === 'AbortError';
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (isAbort(e)) {
      throw e;
    }
    throw new ApiError(`The server cannot be reached (${path})`, 0, path);
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const message = body && typeof body.error === 'string' ? body.error : `${response.status} ${response.statusText}`;
    throw new ApiError(message, body?.status ?? response.status, path);
  }
  if (body === null) {
    throw new ApiError(`The server sent no JSON for ${path}`, response.status, path);
  }
  return body;
}

/**
 * The query parameters of a filter (see filters.js for its fields). `dates: false` leaves out from/to (the timeline
 * shows every date so that the brush can select among them).
 */
export function filterParams(filter, { dates = true } = {}) {
  const p = new URLSearchParams();
  for (const t of filter.types ?? []) {
    p.append('type', t);
  }
  if (filter.actor) {
    p.set('actor', filter.actor);
  }
  if (filter.text) {
    p.set('text', filter.text);
  }
  if (dates && filter.from) {
    p.set('from', filter.from);
  }
  if (dates && filter.to) {
    p.set('to', filter.to);
  }
  if (filter.minSources > 0) {
    p.set('minSources', String(filter.minSources));
  }
  if (filter.verification) {
    p.set('verification', filter.verification);
  }
  if (filter.status) {
    p.set('status', filter.status);
  }
  if (filter.background) {
    p.set('background', 'true');
  }
  if (filter.modalities?.length) {
    p.set('modality', ['ASSERTED', ...filter.modalities].join(','));
  }
  if (filter.countries?.length) {
    p.set('country', filter.countries.join(','));
  }
  for (const name of ['admin1', 'actor1', 'actor2']) {
    if (filter[name]) {
      p.set(name, filter[name]);
    }
  }
  if (filter.minFatalities > 0) {
    p.set('minFatalities', String(filter.minFatalities));
  }
  return p;
}

function withQuery(path, params) {
  const q = params.toString();
  return q ? `${path}?${q}` : path;
}

/** {"tiles", "attribution"} when the server offers an online tile layer; {} when it does not. */
export async function getConfig(signal) {
  try {
    return await getJson('/api/config', signal);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      return {};
    }
    throw e;
  }
}

/** GET /api/sources: the health of the sources `dateline watch` follows into the corpus (none: an empty list). */
export function getSources(signal) {
  return getJson('/api/sources', signal);
}

/** The corpus in numbers; its event kinds ({code, type, subtype, count}) are `kinds` (older servers: `types`). */
export async function getStats(signal) {
  const stats = await getJson('/api/stats', signal);
  return { ...stats, kinds: stats.kinds ?? stats.types ?? [] };
}

/** The largest page GET /api/events serves. */
export const EVENT_PAGE = 1000;

/**
 * The merged events of a filter, at most `max`, read page by page ({items, next}; a bare array is taken whole):
 * {events, truncated}, truncated when the server has more.
 */
export async function getEvents(filter, max, signal, sort = 'oldest') {
  const events = [];
  let offset = 0;
  while (offset !== null && events.length < max) {
    const params = filterParams(filter);
    if (sort && sort !== 'oldest') {
      params.set('sort', sort);
    }
    params.set('limit', String(Math.min(EVENT_PAGE, max - events.length)));
    if (offset > 0) {
      params.set('offset', String(offset));
    }
    const body = await getJson(withQuery('/api/events', params), signal);
    if (Array.isArray(body)) {
      events.push(...body);
      return { events: events.slice(0, max), truncated: events.length > max };
    }
    events.push(...(body.items ?? []));
    offset = Number.isInteger(body.next) && (body.items ?? []).length > 0 ? body.next : null;
  }
  return { events, truncated: offset !== null };
}

/**
 * {"unit", "bins": [{date, count}], "earlier", "later"} of a filter, without its dates unless `window` ({from, to})
 * narrows them.
 */
export function getTimeline(filter, window, signal) {
  const params = filterParams(filter, { dates: false });
  if (window?.from) {
    params.set('from', window.from);
  }
  if (window?.to) {
    params.set('to', window.to);
  }
  return getJson(withQuery('/api/timeline', params), signal);
}

/**
 * What a filter selects in numbers: {events, located, firstDate, lastDate, kinds, countries, areas, actors1, actors2}
 * (each facet counted without its own choice).
 */
export function getSummary(filter, signal) {
  return getJson(withQuery('/api/summary', filterParams(filter)), signal);
}

/** The address of an export of a filter's events, in the list's order: format csv, geojson or jsonl. */
export function exportUrl(format, filter, sort) {
  const params = filterParams(filter);
  if (sort && sort !== 'oldest') {
    params.set('sort', sort);
  }
  return withQuery(`/api/export/${encodeURIComponent(format)}`, params);
}

/** What the offline base map can draw (GET /api/basemap); {} when the server has no such route. */
export async function getBaseMap(signal) {
  try {
    return await getJson('/api/basemap', signal);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      return {};
    }
    throw e;
  }
}

/** The place names of a map tile: [{name, lat, lon, kind, population}]. */
export function getPlaceNames(z, x, y, signal) {
  return getJson(`/api/places/${z}/${x}/${y}`, signal);
}

/**
 * Listens to the corpus's changes (GET /api/stream, server-sent events): `onChange` gets {version, articles,
 * mergedEvents} on connecting and after every change. Returns the EventSource (close() stops it); the browser
 * reconnects by itself after a dropped connection.
 */
export function watchCorpus(onChange) {
  if (typeof EventSource === 'undefined') {
    return null;
  }
  const source = new EventSource('/api/stream');
  source.addEventListener('corpus', (e) => {
    try {
      onChange(JSON.parse(e.data));
    } catch {
      // a malformed message is skipped; the next one says it all again
    }
  });
  return source;
}

/** {"event": MergedEvent, "reports": [StoredReport], "quotes": [QuoteRow]}; the id ("article#ev3") is URL-encoded. */
export function getEvent(id, signal) {
  return getJson(`/api/events/${encodeURIComponent(id)}`, signal);
}

/**
 * An article: {record: its analysed record (schema dateline/1), storyId, events: [{eventId, mergedEventId}]}; a bare
 * record is taken as the record.
 */
export async function getArticle(id, signal) {
  const body = await getJson(`/api/articles/${encodeURIComponent(id)}`, signal);
  return body.record ? body : { record: body, storyId: null, events: [] };
}

/** The profile of a person or organisation (EntityProfile). */
export function getEntity(name, signal) {
  return getJson(`/api/entities/${encodeURIComponent(name)}?limit=100`, signal);
}

/** Articles matching full-text words: [{id, date, title, source, snippet}]. */
export async function search(words, signal) {
  const body = await getJson(withQuery('/api/search', new URLSearchParams({ q: words, limit: '50' })), signal);
  return Array.isArray(body) ? body : (body.items ?? []);
}
