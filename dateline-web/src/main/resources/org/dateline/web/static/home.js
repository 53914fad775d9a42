/*
 * The panel's lists: the home view (a feed of the events on the map, newest first unless sorted by fatalities or
 * sources, with the events that arrived while the page was open marked new) and the full-text search results, whose
 * matches are marked with <mark> elements built from text.
 * Test hooks: `.home-view`, `.list-summary[data-count]`, `.event-row[data-event-id]` (`.fresh` when new),
 * `#feed-sort`, `.search-view`, `.search-hit[data-article-id]`, `.source-row[data-address]` (`.failing` when its
 * last visit failed).
 */
import { articleLink, el, eventLink, markedSnippet } from './dom.js';
import {
  constantWords, counted, formatCount, formatDay, formatEventDate, formatPlace, headlineOf, modalityWords, typeClass,
  verificationWords,
} from './format.js';

const LIST_MAX = 300;
const SORT_WORDS = { newest: 'Newest first', oldest: 'Oldest first', fatalities: 'Most fatalities', sources: 'Most sources' };

/** One event as a list row linking to its panel; `fresh` marks it as arrived while the page was open. */
export function eventRow(e, fresh = false) {
  const dead = Number(e.fatalities) > 0 ? `${formatCount(e.fatalities)} killed · ` : '';
  const sources = e.independentSources > 1 ? `${e.independentSources} sources · ` : '';
  return el('li', { class: ['event-row', fresh ? 'fresh' : ''], dataset: { eventId: e.id } },
    el('span', { class: ['swatch', typeClass(e.type)], 'aria-hidden': 'true' }), ' ',
    eventLink(e.id, e.subtype ?? constantWords(e.code)),
    fresh ? el('span', { class: 'badge new' }, 'new') : null,
    e.modality && e.modality !== 'ASSERTED'
      ? el('span', { class: ['badge', 'modality', `modality-${e.modality.toLowerCase()}`] }, ` ${modalityWords(e.modality)}`) : null,
    el('span', { class: 'muted' }, ` ${formatEventDate(e.date)} · ${formatPlace(e.place)} · ${dead}${sources}${verificationWords(e.verification)}`));
}

/**
 * The home view.
 * @param stats     GET /api/stats, or null while it loads
 * @param events    the events on the map, in the list's order
 * @param options   {truncated: the server had more, summary: GET /api/summary of the filter (or null), sort, onSort
 *                  (called with a new order), fresh: Set of the ids of events that arrived while the page was open,
 *                  sources: GET /api/sources, the watched sources' health}
 */
export function renderHome(container, stats, events, options = {}) {
  const { truncated = false, summary = null, sort = 'newest', onSort = () => {}, fresh = new Set(), sources = [] } = options;
  const total = summary?.events ?? events.length;
  const unplaced = summary ? summary.events - summary.located : events.filter((e) => !Number.isFinite(e.place?.lat)).length;
  const select = el('select', { id: 'feed-sort', 'aria-label': 'Order of the list', on: { change: (e) => onSort(e.target.value) } },
    Object.entries(SORT_WORDS).map(([value, words]) => el('option', { value, selected: value === sort }, words)));
  container.replaceChildren(el('section', { class: 'home-view' },
    el('div', { class: 'feed-head' }, el('h2', {}, 'Events'), el('label', { class: 'feed-sort' }, select)),
    stats ? el('p', { class: 'muted' },
      `The corpus holds ${counted(stats.articles, 'article')} in ${counted(stats.stories, 'story', 'stories')}: `
      + `${counted(stats.events, 'event report')} merged into ${counted(stats.mergedEvents, 'event')}`
      + `${stats.firstDate ? `, ${formatDay(stats.firstDate)} to ${formatDay(stats.lastDate)}` : ''}. `
      + 'Background, planned, possible and denied events are left out unless the filters ask for them.') : null,
    el('p', { class: 'list-summary', dataset: { count: total } },
      `${counted(total, 'event')} ${total === 1 ? 'matches' : 'match'} the filters`,
      unplaced ? `; ${unplaced} without coordinates (listed, not mapped)` : '', '.',
      fresh.size ? el('span', { class: 'fresh-count' }, ` ${counted(fresh.size, 'new event')} since you opened the page.`) : null,
      truncated ? ` The first ${events.length} are shown: narrow the filters to see the rest.` : ''),
    events.length
      ? el('ul', { class: 'event-list' }, events.slice(0, LIST_MAX).map((e) => eventRow(e, fresh.has(e.id))))
      : el('p', { class: 'muted' }, 'Nothing matches. Widen the filters, or ingest articles with "dateline ingest".'),
    events.length > LIST_MAX ? el('p', { class: 'muted' }, `The list shows the first ${LIST_MAX}; the map shows all.`) : null,
    el('div', { class: 'sources-slot' }, sources.length ? sourceList(sources) : null)));
}

/** Shows the watched sources' health in the home view's slot for it, leaving the rest of the view as it is. */
export function renderSources(container, sources) {
  const slot = container.querySelector('.sources-slot');
  if (slot) {
    slot.replaceChildren(...(sources.length ? [sourceList(sources)] : []));
  }
}

/** The watched sources' health: what each brought, when it last answered, and how it fails. */
export function sourceList(sources) {
  return el('section', { class: 'sources' },
    el('h3', {}, 'Watched sources'),
    el('ul', { class: 'source-list' }, sources.map((s) => {
      const failing = s.consecutiveErrors > 0;
      const seen = s.lastSuccess ? `last read ${formatDay(s.lastSuccess.slice(0, 10))} ${s.lastSuccess.slice(11, 16)} UTC` : 'never read';
      return el('li', { class: ['source-row', failing ? 'failing' : ''], dataset: { address: s.address } },
        el('span', { class: 'source-address' }, s.address), ' ',
        el('span', { class: 'muted' }, `${s.kind ? s.kind.toLowerCase() : 'not read yet'} · ${seen} · `
          + `${counted(s.articlesStored, 'article')} from ${counted(s.itemsSeen, 'item')}`
          + (s.itemErrors ? ` · ${counted(s.itemErrors, 'item')} failed` : '')
          + (s.errors ? ` · ${counted(s.errors, 'failed visit')}` : '')),
        failing ? el('span', { class: 'source-error' }, ` Failing: ${s.lastError}`) : null);
    })));
}

/** The full-text search results for `words`. */
export function renderSearch(container, words, hits) {
  container.replaceChildren(el('section', { class: 'search-view' },
    el('h2', {}, 'Articles matching ', el('q', {}, words)),
    el('p', { class: 'muted' }, counted(hits.length, 'article')),
    hits.length
      ? el('ol', { class: 'search-hits' }, hits.map((h) => el('li', { class: 'search-hit', dataset: { articleId: h.id } },
        el('p', {}, articleLink(h.id, headlineOf(h)),
          el('span', { class: 'muted' }, ` — ${[h.source, formatDay(h.date)].filter(Boolean).join(', ')}`)),
        el('p', { class: 'snippet' }, markedSnippet(h.snippet, h.marks)))))
      : el('p', { class: 'muted' }, 'No article matches.')));
}
