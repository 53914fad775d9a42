/*
 * The event panel: one merged event (GET /api/events/{id}) with what vouches for it — verification in words,
 * corroboration, independent sources, who asserts it, the outlets —, every report with its article, assertor and
 * evidence sentence, and what the assertors are quoted as saying in those articles. Test hooks: `#panel .event-view[data-event-id]`, `[data-field="assertors"]`,
 * `[data-field="verification"]`, `.report` items.
 */
import { articleLink, el, entityLink, fieldList } from './dom.js';
import {
  constantWords, formatCount, formatDay, formatEventDate, formatPlace, headlineOf, precisionWords, statusWords, typeClass,
  verificationWords,
} from './format.js';

function actor(a) {
  if (!a?.name) {
    return null;
  }
  const about = [constantWords(a.category), a.country].filter(Boolean).join(', ');
  return [entityLink(a.name), about ? ` (${about})` : ''];
}

function names(list) {
  const out = [];
  (list ?? []).forEach((name, i) => {
    if (i > 0) {
      out.push(', ');
    }
    out.push(entityLink(name));
  });
  return out;
}

function dateDetails(date) {
  if (!date) {
    return null;
  }
  const more = [date.precision ? precisionWords(date.precision) : null,
    date.value && date.value !== date.from ? `TIMEX ${date.value}` : null].filter(Boolean);
  return `${formatEventDate(date)}${more.length ? ` (${more.join('; ')})` : ''}`;
}

function placeDetails(place) {
  if (!place) {
    return null;
  }
  const coords = Number.isFinite(place.lat) ? `${place.lat.toFixed(4)}, ${place.lon.toFixed(4)}` : 'no coordinates';
  const precision = place.geoPrecision ? `; ${precisionWords(place.geoPrecision, 'geo')}` : '';
  return `${formatPlace(place)} (${coords}${precision})`;
}

function report(r) {
  const focus = r.eventId ? { kind: 'event', id: r.eventId } : null;
  const assertor = r.assertor
    ? ['According to ', entityLink(r.assertor), r.assertorKind ? ` (${constantWords(r.assertorKind)})` : '']
    : ['No assertor named'];
  const notes = [
    r.verification ? verificationWords(r.verification) : null,
    r.modality && r.modality !== 'ASSERTED' ? constantWords(r.modality) : null,
    r.background ? 'recalled as background' : null,
    r.placeName ? `place: ${r.placeName}` : null,
    r.dateFrom ? `date: ${r.dateFrom === r.dateTo || !r.dateTo ? r.dateFrom : `${r.dateFrom} to ${r.dateTo}`}` : null,
    Number.isFinite(r.fatalities) ? `fatalities: ${formatCount(r.fatalities)}` : null,
  ].filter(Boolean).join(' · ');
  return el('li', { class: 'report', dataset: { articleId: r.articleId, reportEventId: r.eventId } },
    el('p', { class: 'report-source' },
      articleLink(r.articleId, headlineOf(r), focus),
      el('span', { class: 'muted' }, ` — ${[r.source, formatDay(r.published)].filter(Boolean).join(', ')}`)),
    el('p', { class: 'report-assertor', dataset: { field: 'report-assertor' } }, assertor),
    notes ? el('p', { class: 'report-notes muted' }, notes) : null,
    r.evidence
      ? el('blockquote', { class: 'evidence' }, r.evidence)
      : el('p', { class: 'muted' }, 'The evidence sentence is not available.'),
    focus ? el('p', {}, articleLink(r.articleId, 'Show the evidence in the article', focus)) : null);
}

/**
 * Renders GET /api/events/{id}'s answer into `container`.
 * @param onShowOnMap called when the user asks to see the event on the map
 */
export function renderEvent(container, data, onShowOnMap) {
  const e = data.event;
  const reports = data.reports ?? [];
  const quotes = data.quotes ?? [];
  const sources = `${e.independentSources} independent source${e.independentSources === 1 ? '' : 's'}`;
  const reportCount = `${e.reportCount} report${e.reportCount === 1 ? '' : 's'}`;
  const located = Number.isFinite(e.place?.lat);
  container.replaceChildren(el('article', { class: 'event-view', dataset: { eventId: e.id } },
    el('p', { class: 'kicker' }, el('span', { class: ['swatch', typeClass(e.type)], 'aria-hidden': 'true' }),
      ` ${e.type ?? 'No ACLED type'}`, el('span', { class: 'muted' }, ` · ${e.code}`)),
    el('h2', { dataset: { field: 'subtype' } }, e.subtype ?? constantWords(e.code)),
    el('p', { class: 'badges' },
      e.modality && e.modality !== 'ASSERTED'
        ? el('span', { class: ['badge', 'modality', `modality-${e.modality.toLowerCase()}`], dataset: { field: 'modality-badge' } },
          modalityWords(e.modality)) : null,
      el('span', { class: ['badge', `verification-${e.verification}`], dataset: { field: 'verification' } },
        verificationWords(e.verification)),
      el('span', { class: ['badge', `status-${e.status}`], dataset: { field: 'status' } }, statusWords(e.status)),
      el('span', { class: 'badge plain', dataset: { field: 'sources' } }, `${sources}, ${reportCount}`)),
    e.assertors?.length
      ? el('p', { class: 'according' }, 'According to ', el('span', { dataset: { field: 'assertors' } }, names(e.assertors)))
      : null,
    fieldList([
      ['Date', dateDetails(e.date), 'date'],
      ['Place', placeDetails(e.place), 'place'],
      ['Actor', actor(e.actor1), 'actor1'],
      ['Acted on', actor(e.actor2), 'actor2'],
      ['Fatalities', formatCount(e.fatalities), 'fatalities'],
      ['Modality', e.modality && e.modality !== 'ASSERTED' ? constantWords(e.modality) : null, 'modality'],
      ['Background', e.background ? 'only recalled as background' : null, 'background'],
      ['Outlets', (e.outlets ?? []).join(', '), 'outlets'],
      ['First reported', e.earliestArticle
        ? [formatDay(e.earliestPublished), ' in ', articleLink(e.earliestArticle, 'the earliest article',
          { kind: 'event', id: e.id.slice(e.id.indexOf('#') + 1) })]
        : null, 'earliest'],
    ]),
    located ? el('p', {}, el('button', { type: 'button', class: 'show-on-map', on: { click: () => onShowOnMap(e.id) } },
      'Show on map')) : el('p', { class: 'muted' }, 'This event has no coordinates, so it is not on the map.'),
    el('h3', {}, `Reports (${reports.length})`),
    reports.length
      ? el('ol', { class: 'reports' }, reports.map(report))
      : el('p', { class: 'muted' }, 'No reports were returned.'),
    quotes.length ? [
      el('h3', {}, `What the assertors said in these articles (${quotes.length})`),
      el('ul', { class: 'quotes' }, quotes.map(quote)),
    ] : null));
}

function quote(q) {
  return el('li', { class: 'quote-row', dataset: { articleId: q.articleId, quoteId: q.quoteId } },
    el('q', {}, q.text),
    el('p', { class: 'muted' }, q.speakerName ? entityLink(q.speakerName) : 'unknown speaker',
      q.channel ? ` on ${q.channel}` : '', ' — ',
      articleLink(q.articleId, headlineOf(q), { kind: 'quote', id: q.quoteId }),
      `, ${[q.source, formatDay(q.published)].filter(Boolean).join(', ')}`));
}
