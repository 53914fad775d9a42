/*
 * A view of the desk as a URL, so that it can be reloaded, bookmarked, sent to a colleague, and gone back to: the
 * filters, the order of the list, the timeline's window and the map's view live in the query string
 * (?type=Battles&from=2022-09-01&sort=newest&map=49.2,37.3,8), the open panel in the hash (#/event/<id>, router.js).
 * Parameters are those of the API where there is one. Defaults are left out, so the plain desk is "/". Pure
 * functions, no DOM: parse a query into a view, format a view as a query.
 *
 * A view: {filter, sort, window: null | {from, to}, map: null | {lat, lon, zoom}}; a filter is filters.js's object.
 */

export const SORTS = Object.freeze(['newest', 'oldest', 'fatalities', 'sources']);
export const DEFAULT_SORT = 'newest';
const MODALITIES = new Set(['PLANNED', 'POSSIBLE', 'NEGATED']);
const VERIFICATIONS = new Set(['REPORTED', 'CLAIMED', 'NOT_VERIFIED']);
const STATUSES = new Set(['SINGLE_SOURCE', 'CORROBORATED', 'CONTRADICTED']);
/** The value of `type` that stands for "no type ticked". */
const NO_TYPE = '-';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filter of the plain desk: every type, what happened, no background. */
export function emptyFilter() {
  return {
    types: null, actor: '', text: '', from: '', to: '', minSources: 0, verification: '', status: '', background: false,
    modalities: [], countries: [], admin1: '', actor1: '', actor2: '', minFatalities: 0,
  };
}

function count(text) {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function day(text) {
  return DAY.test(text ?? '') ? text : '';
}

/** A view from a query string ("?type=Battles&..." or a URLSearchParams); what cannot be read is left at its default. */
export function parseView(search) {
  const p = search instanceof URLSearchParams ? search : new URLSearchParams(search ?? '');
  const f = emptyFilter();
  const types = p.getAll('type').filter(Boolean);
  f.types = types.length === 0 ? null : types.includes(NO_TYPE) ? [] : types;
  f.actor = (p.get('actor') ?? '').trim();
  f.text = (p.get('text') ?? '').trim();
  f.from = day(p.get('from'));
  f.to = day(p.get('to'));
  f.minSources = count(p.get('minSources'));
  f.verification = VERIFICATIONS.has(p.get('verification')) ? p.get('verification') : '';
  f.status = STATUSES.has(p.get('status')) ? p.get('status') : '';
  f.background = p.get('background') === 'true';
  f.modalities = [...new Set(p.getAll('modality').flatMap((m) => m.split(',')).map((m) => m.trim().toUpperCase())
    .filter((m) => MODALITIES.has(m)))].sort();
  f.countries = [...new Set(p.getAll('country').flatMap((c) => c.split(',')).map((c) => c.trim().toUpperCase())
    .filter((c) => /^[A-Z]{2}$/.test(c)))].sort();
  f.admin1 = (p.get('admin1') ?? '').trim();
  f.actor1 = (p.get('actor1') ?? '').trim();
  f.actor2 = (p.get('actor2') ?? '').trim();
  f.minFatalities = count(p.get('minFatalities'));
  const sort = SORTS.includes(p.get('sort')) ? p.get('sort') : DEFAULT_SORT;
  const [wFrom, wTo] = (p.get('window') ?? '').split('..');
  const window = day(wFrom) || day(wTo) ? { from: day(wFrom), to: day(wTo) } : null;
  const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(\d+(?:\.\d+)?)$/.exec(p.get('map') ?? '');
  const map = m && Math.abs(Number(m[1])) <= 90 && Math.abs(Number(m[2])) <= 180 && Number(m[3]) <= 20
    ? { lat: Number(m[1]), lon: Number(m[2]), zoom: Number(m[3]) } : null;
  return { filter: f, sort, window, map };
}

/** The query string of a view ("" for the plain desk, else "?..."), parameters in a fixed order. */
export function formatView(view) {
  const f = { ...emptyFilter(), ...(view?.filter ?? {}) };
  const p = new URLSearchParams();
  if (Array.isArray(f.types)) {
    if (f.types.length === 0) {
      p.append('type', NO_TYPE);
    }
    for (const t of f.types) {
      p.append('type', t);
    }
  }
  const text = (name, value) => {
    if (value) {
      p.set(name, String(value));
    }
  };
  text('actor', f.actor);
  text('text', f.text);
  text('from', f.from);
  text('to', f.to);
  text('minSources', f.minSources > 0 ? f.minSources : '');
  text('verification', f.verification);
  text('status', f.status);
  text('background', f.background ? 'true' : '');
  text('modality', [...(f.modalities ?? [])].sort().join(','));
  text('country', [...(f.countries ?? [])].sort().join(','));
  text('admin1', f.admin1);
  text('actor1', f.actor1);
  text('actor2', f.actor2);
  text('minFatalities', f.minFatalities > 0 ? f.minFatalities : '');
  text('sort', view?.sort && view.sort !== DEFAULT_SORT ? view.sort : '');
  if (view?.window && (view.window.from || view.window.to)) {
    p.set('window', `${view.window.from ?? ''}..${view.window.to ?? ''}`);
  }
  if (view?.map) {
    const { lat, lon, zoom } = view.map;
    p.set('map', `${lat.toFixed(4)},${lon.toFixed(4)},${Math.round(zoom * 2) / 2}`);
  }
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** Whether two views ask for the same events (the map's view and the window aside). */
export function sameFilter(a, b) {
  return formatView({ filter: a?.filter, sort: a?.sort }) === formatView({ filter: b?.filter, sort: b?.sort });
}
