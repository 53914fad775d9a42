/*
 * The analyst's desk, wired. The view (filters, order, timeline window, map view) lives in the URL's query
 * (viewstate.js) and the open panel in its hash (router.js): every change of the filters or the order is a new
 * history entry, a move of the map replaces the current one, and reload, back and forward restore the view. The map,
 * the timeline, the feed and the header all show one filter, and their counts come from the same server answers
 * (GET /api/summary, /api/timeline, /api/events), so they agree. New articles show up without a reload: the server's
 * event stream (GET /api/stream) says when the corpus changed, and the events that arrived are marked new. Every API
 * error ends in the message area, never in a broken page.
 */
import * as api from './api.js';
import { el } from './dom.js';
import { Filters } from './filters.js';
import { EventMap } from './map.js';
import { Timeline } from './timeline.js';
import { renderEvent } from './panel.js';
import { renderArticle } from './article.js';
import { renderEntity } from './entity.js';
import { renderHome, renderSearch, renderSources } from './home.js';
import { eventHash, homeHash, parseHash, searchHash } from './router.js';
import { formatView, parseView, sameFilter } from './viewstate.js';
import { counted, formatDay } from './format.js';

/** The most events the map asks for at once. */
const EVENT_LIMIT = 5000;
const WIDE_VIEWS = new Set(['article', 'entity']);
const DAY = 86_400_000;

/** The message area: errors stay until dismissed (at most a few at a time), notes go by themselves. */
class Messages {
  constructor(box) {
    this.box = box;
  }

  show(text, level = 'error') {
    const item = el('div', { class: ['message', level], role: level === 'error' ? 'alert' : 'status' },
      el('span', {}, text),
      el('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss', on: { click: () => item.remove() } }, '×'));
    this.box.append(item);
    while (this.box.children.length > 4) {
      this.box.firstElementChild.remove();
    }
    if (level !== 'error') {
      setTimeout(() => item.remove(), 6000);
    }
  }

  error(e) {
    if (api.isAbort(e)) {
      return;
    }
    console.error(e);
    this.show(e instanceof api.ApiError ? `${e.message}${e.status ? ` (HTTP ${e.status})` : ''}` : `Error: ${e?.message ?? e}`);
  }
}

const $ = (id) => document.getElementById(id);
const messages = new Messages($('messages'));
window.addEventListener('error', (e) => messages.error(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => messages.error(e.reason));

const state = {
  view: parseView(location.search),
  events: [],
  truncated: false,
  stats: null,
  sources: [], // the health of the watched sources (GET /api/sources)
  summary: null,
  timeline: null,
  route: parseHash(location.hash),
  known: new Set(), // every event id shown so far
  fresh: new Set(), // those that arrived while the page was open
  version: null, // the corpus's data version the page shows
};
const pending = {}; // one AbortController per kind of request: a newer request cancels the older

function fresh(kind) {
  pending[kind]?.abort();
  pending[kind] = new AbortController();
  return pending[kind].signal;
}

let map = null;
try {
  map = new EventMap($('map'), (id) => {
    location.hash = eventHash(id);
  }, (view) => {
    state.view.map = view;
    writeUrl(false);
  }, (e) => messages.error(e));
} catch (e) {
  messages.error(e);
  $('map').append(el('p', { class: 'map-missing' }, 'The map could not be shown; the events are listed in the panel.'));
}

const timeline = new Timeline($('timeline-chart'), $('timeline-caption'), (range) => filters.setDates(range.from, range.to));

const filters = new Filters({
  form: 'filters', types: 'type-groups', actor: 'filter-actor', from: 'filter-from', to: 'filter-to',
  text: 'filter-text', minSources: 'filter-min-sources', verification: 'filter-verification', status: 'filter-status',
  background: 'filter-background', modalities: ['filter-planned', 'filter-possible', 'filter-negated'],
  country: 'filter-country', admin1: 'filter-admin1', actor1: 'filter-actor1', actor2: 'filter-actor2',
  actors1: 'actors1', actors2: 'actors2', minFatalities: 'filter-min-fatalities', clearDates: 'dates-clear',
}, (f) => {
  state.view.filter = f;
  writeUrl(true);
  load({ fit: true });
}, (text) => messages.show(text));

/** Puts the view into the address: a new history entry for a new filter, order or window; the map replaces. */
function writeUrl(newEntry) {
  const url = `${location.pathname}${formatView(state.view)}${location.hash}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) {
    return;
  }
  if (newEntry) {
    history.pushState(null, '', url);
  } else {
    history.replaceState(null, '', url);
  }
}

$('types-all').addEventListener('click', () => filters.setAllTypes(true));
$('types-none').addEventListener('click', () => filters.setAllTypes(false));
$('timeline-zoom').addEventListener('click', () => {
  const { from, to } = state.view.filter;
  state.view.window = state.view.window || !(from || to) ? null : { from, to };
  writeUrl(true);
  showWindow();
  loadTimeline();
});
$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const words = $('search-input').value.trim();
  if (words) {
    location.hash = searchHash(words);
  }
});
$('filters-toggle').addEventListener('click', () => {
  const open = document.body.classList.toggle('filters-open');
  $('filters-toggle').setAttribute('aria-expanded', String(open));
});
$('copy-link').addEventListener('click', () => copyLink());
$('new-events').addEventListener('click', () => {
  state.view.sort = 'newest';
  writeUrl(true);
  location.hash = homeHash();
  loadEvents({ fit: false });
});

async function copyLink() {
  const link = location.href;
  try {
    await navigator.clipboard.writeText(link);
    messages.show(`Link copied: ${link}`, 'info');
  } catch {
    const input = el('input', { type: 'text', value: link, readonly: true, class: 'link-field', 'aria-label': 'Link to this view' });
    messages.show('Copy this link (the browser did not allow copying):', 'info');
    messages.box.lastElementChild.prepend(input);
    input.select();
  }
}

function showWindow() {
  $('timeline-zoom').textContent = state.view.window ? 'Zoom out' : 'Zoom to dates';
}

/** Shows the view of the address: the form, the order, the window, the map. */
function applyView(view, { fit }) {
  state.view = view;
  filters.set(view.filter);
  timeline.setSelection(view.filter.from, view.filter.to);
  showWindow();
  if (view.map && map) {
    map.setView(view.map);
  }
  load({ fit: fit && !view.map });
}

/** Loads what the filter shows: the events (map, feed), their summary (counts, choices) and the timeline. */
function load({ fit }) {
  timeline.setSelection(state.view.filter.from, state.view.filter.to);
  updateExports();
  loadEvents({ fit });
  loadSummary();
  loadTimeline();
}

function updateExports() {
  for (const format of ['csv', 'geojson', 'jsonl']) {
    $(`export-${format}`).href = api.exportUrl(format, state.view.filter, state.view.sort);
  }
}

function noType() {
  return Array.isArray(state.view.filter.types) && state.view.filter.types.length === 0;
}

async function loadEvents({ fit, arrived = false }) {
  const status = $('map-status');
  if (noType()) {
    pending.events?.abort(); // a request of the view before (back from a kind) must not land after this
    showEvents([], false, { fit: false });
    status.textContent = 'No event type is ticked.';
    return;
  }
  status.textContent = 'Loading events…';
  try {
    const { events, truncated } = await api.getEvents(state.view.filter, EVENT_LIMIT, fresh('events'), state.view.sort);
    if (arrived) {
      for (const e of events) {
        if (!state.known.has(e.id)) {
          state.fresh.add(e.id);
        }
      }
    }
    events.forEach((e) => state.known.add(e.id));
    showEvents(events, truncated, { fit });
    showFresh();
  } catch (e) {
    if (!api.isAbort(e)) {
      status.textContent = 'The events could not be loaded.';
      messages.error(e);
    }
  }
}

function showEvents(events, truncated, { fit }) {
  state.events = events;
  state.truncated = truncated;
  const placed = map ? map.setEvents(events, { fit }) : 0;
  const unplaced = events.filter((e) => !Number.isFinite(e.place?.lat)).length;
  $('map-status').textContent = `${counted(placed, 'event')} on the map`
    + (unplaced ? `, ${unplaced} without coordinates` : '') + (truncated ? ` (the first ${EVENT_LIMIT}; narrow the filters)` : '');
  $('map-status').dataset.count = String(placed);
  $('map-status').dataset.unplaced = String(unplaced);
  if (state.route.view === 'home') {
    showHome();
  } else if (state.route.view === 'event' && map) {
    map.select(state.route.id);
  }
}

function showHome() {
  renderHome($('panel-body'), state.stats, state.events, {
    truncated: state.truncated,
    summary: state.summary,
    sort: state.view.sort,
    fresh: state.fresh,
    sources: state.sources,
    onSort: (sort) => {
      state.view.sort = sort;
      writeUrl(true);
      updateExports();
      loadEvents({ fit: false });
    },
  });
}

function showFresh() {
  const button = $('new-events');
  const n = state.events.filter((e) => state.fresh.has(e.id)).length;
  button.hidden = n === 0;
  button.textContent = counted(n, 'new event');
  button.dataset.count = String(n);
}

async function loadSummary() {
  if (noType()) {
    pending.summary?.abort();
    state.summary = { events: 0, located: 0, kinds: state.summary?.kinds ?? [], countries: [], areas: [], actors1: [], actors2: [] };
    showHeader();
    return;
  }
  try {
    state.summary = await api.getSummary(state.view.filter, fresh('summary'));
    filters.setFacets(state.summary);
    showHeader();
    if (state.route.view === 'home') {
      showHome();
    }
  } catch (e) {
    messages.error(e);
  }
}

async function loadTimeline() {
  if (noType()) {
    pending.timeline?.abort();
    state.timeline = { unit: 'day', bins: [] };
    timeline.setData(state.timeline);
    showHeader();
    return;
  }
  try {
    state.timeline = await api.getTimeline(state.view.filter, state.view.window, fresh('timeline'));
    timeline.setData(state.timeline);
    showHeader();
  } catch (e) {
    messages.error(e);
  }
}

/**
 * The header: the corpus's articles, the events the filter shows (the summary's count, which the feed, the legend
 * and the timeline add up to) and the span the timeline draws, with the events dated outside it.
 */
function showHeader() {
  const s = state.summary;
  const t = state.timeline;
  const parts = [];
  if (state.stats) {
    parts.push(counted(state.stats.articles, 'article'));
  }
  if (s) {
    parts.push(counted(s.events, 'event'));
  }
  const bins = t?.bins ?? [];
  if (bins.length && !state.view.window) {
    const last = bins[bins.length - 1].date;
    const unitEnd = { day: 1, week: 7 }[t.unit];
    const lastDay = unitEnd ? new Date(Date.parse(last) + (unitEnd - 1) * DAY).toISOString().slice(0, 10) : null;
    parts.push(`${formatDay(bins[0].date)} to ${lastDay ? formatDay(lastDay) : `${t.unit} of ${formatDay(last)}`}`);
    const outside = (t.earlier ?? 0) + (t.later ?? 0);
    if (outside) {
      parts.push(`${outside} dated outside`);
    }
  }
  const header = $('corpus-stats');
  header.textContent = parts.join(' · ');
  if (s) {
    header.dataset.events = String(s.events);
  }
}

function showStats(stats) {
  const first = state.stats === null;
  state.stats = stats;
  if (first || stats.kinds.length !== filters.groups.length) {
    filters.tickTypes(filters.selectedTypes());
    filters.setTypes(stats.kinds);
    if (state.summary) {
      filters.setFacets(state.summary);
    }
  }
  showHeader();
  if (state.route.view === 'home') {
    showHome();
  }
}

/** Reads the watched sources' health again; an older server without the route shows none. */
function loadSources() {
  api.getSources(fresh('sources')).then((sources) => {
    state.sources = sources;
    renderSources($('panel-body'), sources);
  }).catch((e) => {
    if (!api.isAbort(e) && !(e instanceof api.ApiError && e.status === 404)) {
      messages.error(e);
    }
  });
}

/** The corpus changed (an article was posted, or another process ingested): what the page shows is read again. */
function corpusChanged(change) {
  if (state.version === null) {
    state.version = change.version;
    return;
  }
  if (change.version === state.version) {
    return;
  }
  state.version = change.version;
  api.getStats().then(showStats).catch((e) => messages.error(e));
  loadSources();
  loadEvents({ fit: false, arrived: true });
  loadSummary();
  loadTimeline();
}

/** Shows the view the hash names in the side panel. */
async function route() {
  const r = parseHash(location.hash);
  state.route = r;
  const body = $('panel-body');
  document.body.classList.toggle('wide', WIDE_VIEWS.has(r.view));
  document.body.dataset.view = r.view;
  $('panel-nav').hidden = r.view === 'home';
  if (map && r.view !== 'event') {
    map.select(null);
  }
  const signal = fresh('panel');
  try {
    if (r.view === 'home') {
      showHome();
      return;
    }
    body.replaceChildren(el('p', { class: 'muted loading' }, 'Loading…'));
    if (r.view === 'event') {
      const data = await api.getEvent(r.id, signal);
      renderEvent(body, data, (id) => map?.select(id));
      map?.closePopup?.();
      map?.select(r.id);
    } else if (r.view === 'article') {
      renderArticle(body, await api.getArticle(r.id, signal), r.focus);
    } else if (r.view === 'entity') {
      renderEntity(body, await api.getEntity(r.id, signal), (name) => {
        filters.setActor(name);
        location.hash = homeHash();
      });
    } else if (r.view === 'search') {
      $('search-input').value = r.id;
      renderSearch(body, r.id, await api.search(r.id, signal));
    }
    $('panel').scrollTop = 0;
    const heading = body.querySelector('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  } catch (e) {
    if (api.isAbort(e)) {
      return;
    }
    messages.error(e);
    body.replaceChildren(el('div', { class: 'panel-error', role: 'alert' },
      el('p', {}, `The ${r.view} could not be shown: ${e.message}`),
      el('p', {}, el('a', { href: homeHash() }, 'Back to the events'))));
  }
}

/** Routes when the hash names another panel: back to an address without a hash fires popstate, not hashchange. */
function routeIfMoved() {
  if (JSON.stringify(parseHash(location.hash)) !== JSON.stringify(state.route)) {
    route();
  }
}

window.addEventListener('hashchange', routeIfMoved);
window.addEventListener('popstate', () => {
  routeIfMoved();
  const view = parseView(location.search);
  if (!sameFilter(view, state.view)) {
    applyView(view, { fit: true });
    return;
  }
  const windowChanged = JSON.stringify(view.window) !== JSON.stringify(state.view.window);
  state.view.window = view.window;
  if (windowChanged) {
    showWindow();
    loadTimeline();
  }
  if (view.map && map) {
    state.view.map = view.map;
    map.setView(view.map);
  }
});

route();
if (map) {
  Promise.all([api.getBaseMap(), api.getConfig()])
    .then(([basemap, config]) => map.addBaseMap(basemap, config))
    .catch((e) => messages.error(e));
}
api.getStats().then(showStats).catch((e) => messages.error(e));
loadSources();
api.watchCorpus(corpusChanged);
applyView(state.view, { fit: true });
