/*
 * The analyst's desk, wired: the filter form and the timeline's brush set one filter; the map, the timeline and the
 * home list show what it selects; the hash route picks what the side panel shows (router.js). Every API error ends
 * in the message area, never in a broken page.
 */
import * as api from './api.js';
import { el } from './dom.js';
import { Filters } from './filters.js';
import { EventMap } from './map.js';
import { Timeline } from './timeline.js';
import { renderEvent } from './panel.js';
import { renderArticle } from './article.js';
import { renderEntity } from './entity.js';
import { renderHome, renderSearch } from './home.js';
import { eventHash, homeHash, parseHash, searchHash } from './router.js';

/** The most events the map asks for at once. */
const EVENT_LIMIT = 5000;
const WIDE_VIEWS = new Set(['article', 'entity']);

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
  filter: null,
  events: [],
  truncated: false,
  stats: null,
  zoom: null, // the timeline's date window when zoomed into a selection
  route: parseHash(location.hash),
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
  });
} catch (e) {
  messages.error(e);
  $('map').append(el('p', { class: 'map-missing' }, 'The map could not be shown; the events are listed in the panel.'));
}

const timeline = new Timeline($('timeline-chart'), $('timeline-caption'), (range) => filters.setDates(range.from, range.to));

const filters = new Filters({
  form: 'filters', types: 'type-groups', actor: 'filter-actor', from: 'filter-from', to: 'filter-to',
  text: 'filter-text', minSources: 'filter-min-sources', verification: 'filter-verification', status: 'filter-status',
  background: 'filter-background', modalities: ['filter-planned', 'filter-possible', 'filter-negated'],
  clearDates: 'dates-clear',
}, (f) => applyFilter(f), (text) => messages.show(text));

$('types-all').addEventListener('click', () => filters.setAllTypes(true));
$('types-none').addEventListener('click', () => filters.setAllTypes(false));
$('timeline-zoom').addEventListener('click', () => {
  const { from, to } = state.filter ?? {};
  state.zoom = state.zoom || !(from || to) ? null : { from, to };
  $('timeline-zoom').textContent = state.zoom ? 'Zoom out' : 'Zoom to dates';
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

function applyFilter(f) {
  state.filter = f;
  timeline.setSelection(f.from, f.to);
  loadEvents();
  loadTimeline();
}

async function loadEvents() {
  const f = state.filter;
  const status = $('map-status');
  if (f.types && f.types.length === 0) {
    showEvents([], false);
    status.textContent = 'No event type is ticked.';
    return;
  }
  status.textContent = 'Loading events…';
  try {
    const { events, truncated } = await api.getEvents(f, EVENT_LIMIT, fresh('events'));
    showEvents(events, truncated);
  } catch (e) {
    if (!api.isAbort(e)) {
      status.textContent = 'The events could not be loaded.';
      messages.error(e);
    }
  }
}

function showEvents(events, truncated) {
  state.events = events;
  state.truncated = truncated;
  const placed = map ? map.setEvents(events) : 0;
  const unplaced = events.filter((e) => !Number.isFinite(e.place?.lat)).length;
  $('map-status').textContent = `${placed} event${placed === 1 ? '' : 's'} on the map`
    + (unplaced ? `, ${unplaced} without coordinates` : '') + (truncated ? ` (the first ${EVENT_LIMIT}; narrow the filters)` : '');
  $('map-status').dataset.count = String(placed);
  if (state.route.view === 'home') {
    renderHome($('panel-body'), state.stats, events, truncated);
  } else if (state.route.view === 'event' && map) {
    map.select(state.route.id);
  }
}

async function loadTimeline() {
  const f = state.filter;
  if (f.types && f.types.length === 0) {
    pending.timeline?.abort();
    timeline.setData({ unit: 'day', bins: [] });
    return;
  }
  try {
    timeline.setData(await api.getTimeline(f, state.zoom, fresh('timeline')));
  } catch (e) {
    messages.error(e);
  }
}

function showStats(stats) {
  state.stats = stats;
  filters.setTypes(stats.kinds);
  $('corpus-stats').textContent = `${stats.articles} articles · ${stats.mergedEvents} events`
    + (stats.firstDate ? ` · ${stats.firstDate} to ${stats.lastDate}` : '');
  if (state.route.view === 'home') {
    renderHome($('panel-body'), stats, state.events, state.truncated);
  }
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
      renderHome(body, state.stats, state.events, state.truncated);
      return;
    }
    body.replaceChildren(el('p', { class: 'muted loading' }, 'Loading…'));
    if (r.view === 'event') {
      const data = await api.getEvent(r.id, signal);
      renderEvent(body, data, (id) => map?.select(id));
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

window.addEventListener('hashchange', route);
route();

if (map) {
  map.addCountries().catch((e) => messages.error(e));
  api.getConfig().then((c) => map.addTiles(c)).catch((e) => messages.error(e));
}
api.getStats().then(showStats).catch((e) => messages.error(e));
applyFilter(filters.value());
