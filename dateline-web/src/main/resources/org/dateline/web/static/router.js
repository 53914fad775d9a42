/*
 * Hash routes, so that every view can be linked and the back button works:
 *   #/                      the map and the list of events
 *   #/event/<id>            a merged event ("de6d458e264ae548#ev10", URL-encoded)
 *   #/article/<id>[?focus=<kind>:<itemId>]   an article, optionally scrolled to one item's evidence
 *   #/entity/<name>         a person's or organisation's profile
 *   #/search/<words>        full-text search results
 * Pure functions: parse a hash into a route, format a route as a hash.
 */

const VIEWS = new Set(['event', 'article', 'entity', 'search']);

function decode(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** A hash ("#/event/abc%23ev1") as {view, id, focus}; unknown hashes are the home route. */
export function parseHash(hash) {
  const raw = (hash ?? '').replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const slash = path.indexOf('/');
  const view = slash < 0 ? path : path.slice(0, slash);
  const id = slash < 0 ? '' : decode(path.slice(slash + 1));
  if (!VIEWS.has(view) || id === '') {
    return { view: 'home', id: '', focus: null };
  }
  const focus = query.get('focus');
  const colon = focus ? focus.indexOf(':') : -1;
  return {
    view,
    id,
    focus: colon > 0 ? { kind: focus.slice(0, colon), id: focus.slice(colon + 1) } : null,
  };
}

export function homeHash() {
  return '#/';
}

export function eventHash(id) {
  return `#/event/${encodeURIComponent(id)}`;
}

/** An article, optionally focused on one item's evidence ({kind: "event", id: "ev10"}). */
export function articleHash(id, focus) {
  const base = `#/article/${encodeURIComponent(id)}`;
  return focus ? `${base}?focus=${encodeURIComponent(`${focus.kind}:${focus.id}`)}` : base;
}

export function entityHash(name) {
  return `#/entity/${encodeURIComponent(name)}`;
}

export function searchHash(words) {
  return `#/search/${encodeURIComponent(words)}`;
}
