/*
 * The entity page: what the corpus holds on one person or organisation (GET /api/entities/{name}, EntityProfile) —
 * the titles it was given over time (a bar per title from first to last seen), its quotes and the events in which it
 * acts or asserts. Test hooks: `.entity-view[data-entity]`, `.title-row`, `.quote-row`, `.event-row`.
 */
import { articleLink, el, entityLink, fieldList } from './dom.js';
import { constantWords, formatDay, headlineOf } from './format.js';
import { eventRow } from './home.js';
import { parseDay } from './timescale.js';

const DAY = 86_400_000;

/** Titles as rows with a bar placed between the earliest and the latest day any title was seen. */
function titleChart(titles) {
  const days = titles.flatMap((t) => [parseDay(t.firstSeen), parseDay(t.lastSeen)]).filter(Number.isFinite);
  const lo = Math.min(...days);
  const hi = Math.max(...days) + DAY;
  return el('table', { class: 'titles' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Title'), el('th', { scope: 'col' }, 'Seen'),
      el('th', { scope: 'col' }, 'Articles'), el('th', { scope: 'col', class: 'span-col' }, `${formatDay(new Date(lo).toISOString().slice(0, 10))} – ${formatDay(new Date(hi - DAY).toISOString().slice(0, 10))}`))),
    el('tbody', {}, titles.map((t) => {
      const bar = el('span', { class: 'title-bar' });
      const a = parseDay(t.firstSeen);
      const b = parseDay(t.lastSeen) + DAY;
      if (Number.isFinite(a) && Number.isFinite(b) && hi > lo) {
        bar.style.left = `${((a - lo) / (hi - lo)) * 100}%`;
        bar.style.width = `${Math.max(1.5, ((b - a) / (hi - lo)) * 100)}%`;
      }
      return el('tr', { class: 'title-row' },
        el('td', {}, t.title),
        el('td', { class: 'nowrap' }, t.firstSeen === t.lastSeen ? formatDay(t.firstSeen) : `${formatDay(t.firstSeen)} – ${formatDay(t.lastSeen)}`),
        el('td', { class: 'num' }, String(t.articles)),
        el('td', { class: 'span-col' }, el('span', { class: 'title-track' }, bar)));
    })));
}

function quoteRow(q) {
  return el('li', { class: 'quote-row', dataset: { articleId: q.articleId, quoteId: q.quoteId } },
    el('q', {}, q.text),
    el('p', { class: 'muted' },
      [q.cue ? constantWords(q.cue) : null, q.channel ? `on ${q.channel}` : null, q.said ? `(${q.said})` : null]
        .filter(Boolean).join(' '), q.cue || q.channel || q.said ? ' — ' : '',
      articleLink(q.articleId, headlineOf(q), { kind: 'quote', id: q.quoteId }),
      `, ${[q.source, formatDay(q.published)].filter(Boolean).join(', ')}`));
}

/**
 * Renders an EntityProfile into `container`.
 * @param onFilterActor called with the name when the user asks to filter the map by it
 */
export function renderEntity(container, p, onFilterActor) {
  const titles = p.titles ?? [];
  const quotes = p.quotes ?? [];
  const events = p.events ?? [];
  const others = p.otherNames ?? [];
  container.replaceChildren(el('article', { class: 'entity-view', dataset: { entity: p.name } },
    el('p', { class: 'kicker' }, constantWords(p.type) || 'entity'),
    el('h2', {}, p.name),
    fieldList([
      ['Mentioned', `${p.mentions} time${p.mentions === 1 ? '' : 's'} in ${p.articles} article${p.articles === 1 ? '' : 's'}`, 'mentions'],
      ['Also matches', others.flatMap((n, i) => (i ? [', ', entityLink(n)] : [entityLink(n)])), 'other-names'],
    ]),
    el('p', {}, el('button', { type: 'button', on: { click: () => onFilterActor(p.name) } }, 'Show this actor’s events on the map')),
    el('h3', {}, `Titles over time (${titles.length})`),
    titles.length ? titleChart(titles) : el('p', { class: 'muted' }, 'No titles recorded.'),
    el('h3', {}, `Quotes (${quotes.length})`),
    quotes.length ? el('ul', { class: 'quotes' }, quotes.map(quoteRow)) : el('p', { class: 'muted' }, 'No quotes recorded.'),
    el('h3', {}, `Events (${events.length})`),
    events.length ? el('ul', { class: 'event-list' }, events.map(eventRow)) : el('p', { class: 'muted' }, 'No events recorded.')));
}
