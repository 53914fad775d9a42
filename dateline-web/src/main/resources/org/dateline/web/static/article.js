/*
 * The article view: the text of GET /api/articles/{id} (schema dateline/1) built as text nodes and <span> highlights
 * — never markup — and beside it every extracted item. Clicking an item scrolls to its evidence and flashes it;
 * clicking a highlight flashes its item. Where the highlights go is highlight.js's job.
 *
 * Test hooks: `.article-view[data-article-id]`, highlights `.hl.hl-<kind>[data-kind][data-id]` (kinds: event,
 * trigger, claim, quote, caveat, place, entity, time, number; a span split around another carries `hl-cont`),
 * side items `.item[data-kind][data-id]`.
 */
import { KINDS, annotations, nest } from './highlight.js';
import { el, entityLink, eventLink, fieldList, flash } from './dom.js';
import {
  constantWords, datelineAndFirstWords, formatCount, formatDay, formatEventDate, verificationWords,
} from './format.js';

const KIND_NAMES = {
  event: 'Events', claim: 'Claims', quote: 'Quotes', caveat: 'Caveats', trigger: 'Event triggers', place: 'Places',
  entity: 'Entities', time: 'Times', number: 'Numbers',
};

/** Only http(s) addresses become links. */
function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function renderNodes(text, nodes) {
  return nodes.map((n) => {
    if (n.type === 'text') {
      return document.createTextNode(text.slice(n.start, n.end));
    }
    const s = n.span;
    return el('span', {
      class: ['hl', `hl-${s.kind}`, n.cont ? 'hl-cont' : ''],
      dataset: { kind: s.kind, id: s.id },
      title: s.label,
    }, renderNodes(text, n.children));
  });
}

function spanText(text, span) {
  return span && Number.isInteger(span.start) ? text.slice(span.start, span.end) : '';
}

function eventItem(ev, mergedId) {
  const actors = [ev.actor1, ev.actor2].filter(Boolean)
    .map((a) => `${a.name}${a.text && a.text !== a.name ? ` ("${a.text}")` : ''}`).join(' → ');
  const place = ev.place ? [ev.place.name, ev.place.geo ? `${ev.place.geo.name}, ${ev.place.geo.countryName ?? ev.place.geo.country}` : 'not resolved',
    ev.place.geo && Number.isFinite(ev.place.geo.confidence) ? `confidence ${Number(ev.place.geo.confidence).toFixed(2)}` : null,
    `basis ${constantWords(ev.place.basis)}`].filter(Boolean).join('; ') : null;
  const counts = (ev.counts ?? []).map((c) => `${constantWords(c.kind)} ${formatCount(c.value)}`).join(', ');
  return [
    el('span', { class: 'item-title' }, `${ev.subtype ?? ev.code}`),
    el('span', { class: 'muted' }, ` ${ev.type ?? ''}`),
    fieldList([
      ['Trigger', ev.trigger, 'trigger'],
      ['Actors', actors, 'actors'],
      ['Date', ev.date ? `${formatEventDate(ev.date)} (${ev.date.value}; basis ${constantWords(ev.date.basis)}${ev.date.onOrBefore ? ', on or before' : ''})` : null, 'date'],
      ['Place', place, 'place'],
      ['Counts', counts, 'counts'],
      ['Assertor', ev.assertor ? [ev.assertor.name ? entityLink(ev.assertor.name) : 'unnamed', ` (${constantWords(ev.assertor.kind)})`] : null, 'assertor'],
      ['Status', verificationWords(ev.status), 'status'],
      ['Modality', constantWords(ev.modality), 'modality'],
      ['Background', ev.background ? 'yes' : null, 'background'],
      ['Confidence', Number.isFinite(ev.confidence) ? ev.confidence.toFixed(2) : null, 'confidence'],
      ['Merged event', mergedId ? eventLink(mergedId, 'all its reports') : null, 'merged'],
    ]),
  ];
}

function placeItem(p) {
  const g = p.geo;
  return [
    el('span', { class: 'item-title' }, p.name), el('span', { class: 'muted' }, ` ${[p.kind, constantWords(p.role)].filter(Boolean).join(', ')}`),
    p.text !== p.name ? el('span', { class: 'muted' }, ` "${p.text}"`) : null,
    g ? fieldList([
      ['Resolved to', [g.name, g.admin2, g.admin1, g.countryName ?? g.country].filter(Boolean).join(', '), 'resolution'],
      ['Coordinates', `${g.lat}, ${g.lon}`, 'coordinates'],
      ['Feature', `${g.featureClass}.${g.featureCode}${g.geonameId ? `, GeoNames ${g.geonameId}` : ''}`, 'feature'],
      ['Precision', `${g.geoPrecision}, confidence ${Number(g.confidence).toFixed(2)}`, 'precision'],
      ['Matched by', g.match ? matchWords(g.match) : null, 'match'],
      ['Decided by', (g.context ?? []).map(contextWords).join(', ') || null, 'context'],
    ]) : el('p', { class: 'muted' }, 'Not resolved to coordinates (no entry of the name, or none trusted enough).'),
  ];
}

/** How a place's name matched its gazetteer entry, in words (NameMatch). */
function matchWords(match) {
  return {
    NAME: 'its own name',
    ALTERNATE_NAME: 'an alternate name',
    AREA_NAME: 'the area\'s name without its kind word',
    ALIAS: 'a known other name',
    TRANSLITERATION: 'another romanisation of its name',
    APPROXIMATE: 'a similar name, near the article\'s other places',
    CONTAINING_AREA: 'no entry: placed at the area the text puts it in',
  }[match] ?? constantWords(match);
}

/** What in the article decided a place's reading, in words (GeoContext). */
function contextWords(context) {
  return {
    STATED_KIND: 'what the text says it is',
    AREA_BESIDE: 'the area named beside it',
    AREA_IN_SENTENCE: 'the area named in its sentence',
    NEAR_PLACE: 'the place it is said to be near',
    DATELINE: 'the dateline',
    ARTICLE_COUNTRY: 'the article\'s country',
    NEARBY_PLACES: 'the article\'s other places nearby',
    FULLER_NAME: 'its full name elsewhere in the article',
    PROMINENCE: 'the most prominent place of the name',
  }[context] ?? constantWords(context);
}

function entityItem(e) {
  const counted = {};
  for (const m of e.mentions ?? []) {
    counted[m.kind] = (counted[m.kind] ?? 0) + 1;
  }
  return [
    entityLink(e.name, { class: 'entity-link item-title' }), el('span', { class: 'muted' }, ` ${constantWords(e.type)}`),
    fieldList([
      ['Titles', (e.titles ?? []).map((t) => t.text).join('; '), 'titles'],
      ['Affiliation', e.affiliation, 'affiliation'],
      ['Mentions', Object.entries(counted).map(([k, n]) => `${n} ${constantWords(k)}`).join(', '), 'mentions'],
    ]),
  ];
}

function quoteItem(q, text) {
  return [
    el('q', { class: 'item-quote' }, q.text),
    fieldList([
      ['Speaker', q.speakerName ? entityLink(q.speakerName) : 'unknown', 'speaker'],
      ['Verb', q.cue ?? spanText(text, q.cueSpan), 'cue'],
      ['Channel', q.channel, 'channel'],
      ['Said', q.date, 'said'],
    ]),
  ];
}

function claimItem(c) {
  return [
    el('span', { class: 'item-title' }, c.sourceName ?? 'Unnamed source'), ` ${c.cue}: `,
    el('span', { class: 'item-quote' }, c.content),
    c.date ? el('span', { class: 'muted' }, ` (${c.date})`) : null,
  ];
}

function timeItem(t) {
  return [
    el('span', { class: 'item-title' }, t.text), ' → ', el('code', {}, t.value ?? 'no value'),
    el('span', { class: 'muted' }, ` ${constantWords(t.type)}, ${t.granularity}${t.mod ? `, ${t.mod}` : ''}${t.rawValue ? ` (tagger said ${t.rawValue})` : ''}`),
  ];
}

/** The side list's items per kind: [kind, id, content]. */
function items(record, merged) {
  const text = record.article.text ?? '';
  return {
    event: (record.events ?? []).map((ev) => [ev.id, eventItem(ev, merged.get(ev.id))]),
    quote: (record.quotes ?? []).map((q) => [q.id, quoteItem(q, text)]),
    claim: (record.claims ?? []).map((c) => [c.id, claimItem(c)]),
    entity: (record.entities ?? []).map((e) => [e.id, entityItem(e)]),
    place: (record.places ?? []).map((p) => [p.id, placeItem(p)]),
    time: (record.times ?? []).map((t) => [t.id, timeItem(t)]),
    number: (record.numbers ?? []).map((n, i) => [`n${i + 1}`,
      [el('span', { class: 'item-title' }, n.text), el('span', { class: 'muted' }, ` ${formatCount(n.value)} × ${n.counted}`)]]),
    caveat: (record.caveats ?? []).map((c, i) => [`k${i + 1}`,
      [el('span', { class: 'item-title' }, c.text), el('span', { class: 'muted' },
        ` ${verificationWords(c.kind)}; covers ${c.covers ?? 'unspecified'}; scope ${constantWords(c.scope)}`)]]),
  };
}

const SIDE_ORDER = ['event', 'quote', 'claim', 'entity', 'place', 'time', 'number', 'caveat'];

/**
 * Renders GET /api/articles/{id}'s answer ({record, storyId, events: [{eventId, mergedEventId}]}) into `container`;
 * `focus` ({kind, id}) names an item whose evidence to show first.
 */
export function renderArticle(container, view, focus) {
  const record = view.record;
  const merged = new Map((view.events ?? []).filter((l) => l.mergedEventId).map((l) => [l.eventId, l.mergedEventId]));
  const a = record.article ?? {};
  const text = a.text ?? '';
  const { spans, dropped } = annotations(record);
  const body = el('div', { class: 'article-text', lang: 'en' }, renderNodes(text, nest(spans, 0, text.length)));
  const side = el('div', { class: 'article-side', 'aria-label': 'Extracted items' });
  const lists = items(record, merged);
  for (const kind of SIDE_ORDER) {
    const list = lists[kind];
    side.append(el('section', { class: 'item-section', dataset: { kind } },
      el('h3', {}, `${KIND_NAMES[kind]} (${list.length})`),
      list.length ? el('ul', { class: 'items' }, list.map(([id, content]) =>
        el('li', { class: ['item', `item-${kind}`], dataset: { kind, id } },
          el('button', { type: 'button', class: 'item-jump', title: 'Show in the text', 'aria-label': `Show ${kind} ${id} in the text` }, '¶'),
          ' ', content))) : el('p', { class: 'muted' }, 'None.')));
  }
  const url = safeUrl(a.url);
  const toggles = el('fieldset', { class: 'layer-toggles' }, el('legend', {}, 'Highlight'),
    KINDS.filter((k) => k !== 'trigger').map((kind) => el('label', { class: `toggle-${kind}` },
      el('input', { type: 'checkbox', checked: true, dataset: { layer: kind },
        on: { change: (e) => body.classList.toggle(`hide-${kind}`, !e.target.checked) } }),
      ` ${KIND_NAMES[kind]}`)));
  container.replaceChildren(el('article', { class: 'article-view', dataset: { articleId: a.id } },
    el('header', { class: 'article-head' },
      el('h2', { class: a.title ? null : 'untitled' }, a.title || datelineAndFirstWords(a.dateline?.text, a.text)),
      el('p', { class: 'muted' }, [a.source, formatDay(a.date), a.dateline?.text ? `dateline ${a.dateline.text}` : null,
        view.storyId && view.storyId !== a.id ? `story ${view.storyId}` : null]
        .filter(Boolean).join(' · '), url ? ' · ' : '', url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null),
      dropped ? el('p', { class: 'warning' }, `${dropped} item(s) have offsets outside the text and are not highlighted.`) : null,
      toggles),
    el('div', { class: 'article-columns' }, body, side)));

  const textNodes = (kind, id) => [...body.querySelectorAll(`.hl[data-kind="${CSS.escape(kind)}"][data-id="${CSS.escape(id)}"]`)];
  const showEvidence = (kind, id) => {
    const nodes = textNodes(kind, id);
    if (nodes.length === 0) {
      return false;
    }
    nodes[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    flash(nodes);
    return true;
  };
  side.addEventListener('click', (e) => {
    const button = e.target.closest('.item-jump');
    const item = e.target.closest('.item');
    if (!item || (!button && e.target.closest('a, button'))) {
      return; // links inside an item keep their own meaning
    }
    item.classList.add('current');
    setTimeout(() => item.classList.remove('current'), 1600);
    showEvidence(item.dataset.kind, item.dataset.id);
  });
  body.addEventListener('click', (e) => {
    // the innermost highlight, and those around it that cover the same words ("Kyiv" as a place and an entity)
    const innermost = e.target.closest('.hl');
    const found = [];
    for (let hl = innermost; hl && body.contains(hl); hl = hl.parentElement.closest('.hl')) {
      if (hl !== innermost && hl.textContent !== innermost.textContent) {
        break;
      }
      const kind = hl.dataset.kind === 'trigger' ? 'event' : hl.dataset.kind;
      const item = side.querySelector(`.item[data-kind="${CSS.escape(kind)}"][data-id="${CSS.escape(hl.dataset.id)}"]`);
      if (item) {
        found.push(item);
      }
    }
    if (found.length > 0) {
      found[0].scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      flash(found);
    }
  });
  if (focus) {
    for (const node of textNodes(focus.kind, focus.id)) {
      node.classList.add('focused');
    }
    const item = side.querySelector(`.item[data-kind="${CSS.escape(focus.kind)}"][data-id="${CSS.escape(focus.id)}"]`);
    item?.classList.add('focused');
    requestAnimationFrame(() => {
      item?.scrollIntoView({ block: 'nearest' });
      showEvidence(focus.kind, focus.id);
    });
  }
}
