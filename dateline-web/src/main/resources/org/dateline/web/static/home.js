/*
 * The panel's lists: the home view (what the corpus holds and the events on the map, as a keyboard-friendly list)
 * and the full-text search results, whose [bracketed] matches are marked with <mark> elements built from text.
 * Test hooks: `.home-view`, `.event-row[data-event-id]`, `.search-view`, `.search-hit[data-article-id]`.
 */
import { articleLink, el, eventLink, markedSnippet } from './dom.js';
import { constantWords, formatDay, formatEventDate, formatPlace, modalityWords, typeClass, verificationWords } from './format.js';

const LIST_MAX = 300;

/** One event as a list row linking to its panel. */
export function eventRow(e) {
  return el('li', { class: 'event-row', dataset: { eventId: e.id } },
    el('span', { class: ['swatch', typeClass(e.type)], 'aria-hidden': 'true' }), ' ',
    eventLink(e.id, e.subtype ?? constantWords(e.code)),
    e.modality && e.modality !== 'ASSERTED'
      ? el('span', { class: ['badge', 'modality', `modality-${e.modality.toLowerCase()}`] }, ` ${modalityWords(e.modality)}`) : null,
    el('span', { class: 'muted' }, ` ${formatEventDate(e.date)} · ${formatPlace(e.place)} · ${verificationWords(e.verification)}`));
}

/**
 * The home view.
 * @param stats     GET /api/stats, or null while it loads
 * @param events    the events on the map
 * @param truncated whether the server had more events than were asked for
 */
export function renderHome(container, stats, events, truncated) {
  const unplaced = events.filter((e) => !Number.isFinite(e.place?.lat)).length;
  container.replaceChildren(el('section', { class: 'home-view' },
    el('h2', {}, 'Events'),
    stats ? el('p', { class: 'muted' },
      `The corpus holds ${stats.articles} articles in ${stats.stories} stories: ${stats.events} event reports merged into `
      + `${stats.mergedEvents} events${stats.firstDate ? `, ${formatDay(stats.firstDate)} to ${formatDay(stats.lastDate)}` : ''}.`) : null,
    el('p', { class: 'list-summary', dataset: { count: events.length } },
      `${events.length}${truncated ? '+' : ''} event${events.length === 1 ? '' : 's'} match the filters`,
      unplaced ? `; ${unplaced} without coordinates (listed, not mapped)` : '', '.',
      truncated ? ' Only the first ones are shown: narrow the filters to see the rest.' : ''),
    events.length
      ? el('ul', { class: 'event-list' }, events.slice(0, LIST_MAX).map(eventRow))
      : el('p', { class: 'muted' }, 'Nothing matches. Widen the filters, or ingest articles with "dateline ingest".'),
    events.length > LIST_MAX ? el('p', { class: 'muted' }, `The list shows the first ${LIST_MAX}; the map shows all.`) : null));
}

/** The full-text search results for `words`. */
export function renderSearch(container, words, hits) {
  container.replaceChildren(el('section', { class: 'search-view' },
    el('h2', {}, 'Articles matching ', el('q', {}, words)),
    el('p', { class: 'muted' }, `${hits.length} article${hits.length === 1 ? '' : 's'}`),
    hits.length
      ? el('ol', { class: 'search-hits' }, hits.map((h) => el('li', { class: 'search-hit', dataset: { articleId: h.id } },
        el('p', {}, articleLink(h.id, h.title || 'Untitled article'),
          el('span', { class: 'muted' }, ` — ${[h.source, formatDay(h.date)].filter(Boolean).join(', ')}`)),
        el('p', { class: 'snippet' }, markedSnippet(h.snippet)))))
      : el('p', { class: 'muted' }, 'No article matches.')));
}
