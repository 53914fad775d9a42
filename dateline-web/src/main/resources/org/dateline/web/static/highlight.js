/*
 * Where the highlights of an article go. `annotations` turns an analysed record (schema dateline/1) into flat spans
 * {kind, id, start, end, label}; `nest` arranges spans over the text as a tree in which every span lies inside its
 * parent: a span that crosses the end of an enclosing one is split there (both pieces keep its kind and id, the
 * later piece is marked `cont`). Offsets are UTF-16 indices, as JavaScript strings count. Pure, no DOM.
 */
import { verificationWords } from './format.js';

/**
 * The kinds of highlight, outermost first when two spans cover the same characters; the order is also the order of
 * the side list.
 */
export const KINDS = Object.freeze(['event', 'claim', 'quote', 'caveat', 'trigger', 'place', 'entity', 'time', 'number']);

const RANK = new Map(KINDS.map((k, i) => [k, i]));

function validSpan(start, end, length) {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
}

function placeLabel(p) {
  const g = p.geo;
  const where = g
    ? `${[g.name, g.admin1, g.countryName ?? g.country].filter(Boolean).join(', ')} (${g.lat}, ${g.lon})`
    : 'not resolved';
  return `Place: ${p.name} (${[p.kind, p.role?.toLowerCase()].filter(Boolean).join(', ')}) → ${where}`;
}

function entityLabel(e, m) {
  const as = m.kind && m.kind !== 'NAME' ? ` — ${m.kind.toLowerCase()} "${m.text}"` : '';
  const titles = (e.titles ?? []).map((t) => t.text).filter(Boolean);
  return `${(e.type ?? 'Entity').toLowerCase()}: ${e.name}${titles.length ? `, ${titles.join(', ')}` : ''}${as}`;
}

function eventLabel(ev) {
  const who = ev.assertor?.name ? `, according to ${ev.assertor.name}` : '';
  return `Event: ${ev.subtype ?? ev.code} (${ev.type ?? 'no type'})${who} — ${verificationWords(ev.status)}`;
}

/**
 * The highlightable spans of a record, in record order: each {kind, id, start, end, label}; spans whose offsets do
 * not fit the text are left out and counted in `dropped`.
 */
export function annotations(record) {
  const text = record?.article?.text ?? '';
  const spans = [];
  let dropped = 0;
  const add = (kind, id, start, end, label) => {
    if (validSpan(start, end, text.length)) {
      spans.push({ kind, id: String(id), start, end, label });
    } else {
      dropped++;
    }
  };
  for (const ev of record?.events ?? []) {
    add('event', ev.id, ev.start, ev.end, eventLabel(ev));
    if (ev.triggerSpan) {
      add('trigger', ev.id, ev.triggerSpan.start, ev.triggerSpan.end, `Trigger of ${ev.subtype ?? ev.code}: "${ev.trigger}"`);
    }
  }
  for (const c of record?.claims ?? []) {
    add('claim', c.id, c.start, c.end, `Claim by ${c.sourceName ?? 'an unnamed source'} (${c.cue})`);
  }
  for (const q of record?.quotes ?? []) {
    add('quote', q.id, q.start, q.end, `Quote by ${q.speakerName ?? 'an unknown speaker'}`);
  }
  (record?.caveats ?? []).forEach((c, i) => {
    add('caveat', `k${i + 1}`, c.start, c.end, `Caveat (${verificationWords(c.kind)}): ${c.covers ?? c.text}`);
  });
  for (const p of record?.places ?? []) {
    add('place', p.id, p.start, p.end, placeLabel(p));
  }
  for (const e of record?.entities ?? []) {
    for (const m of e.mentions ?? []) {
      add('entity', e.id, m.start, m.end, entityLabel(e, m));
    }
  }
  for (const t of record?.times ?? []) {
    add('time', t.id, t.start, t.end, `Time (${(t.type ?? '').toLowerCase()}): ${t.value ?? 'no value'}`);
  }
  (record?.numbers ?? []).forEach((n, i) => {
    add('number', `n${i + 1}`, n.start, n.end, `Count: ${n.value} ${n.counted ?? ''}`.trim());
  });
  return { spans, dropped };
}

function compare(a, b) {
  return a.start - b.start || b.end - a.end || RANK.get(a.kind) - RANK.get(b.kind);
}

/**
 * The spans over text[start, end) as a tree: a list of {type: "text", start, end} and
 * {type: "span", span, start, end, cont, children} nodes that tile [start, end) in order.
 */
export function nest(spans, start, end) {
  const out = [];
  let queue = spans.filter((s) => s.start < s.end && s.start >= start && s.end <= end).sort(compare);
  let cursor = start;
  while (queue.length > 0) {
    const a = queue.shift();
    if (a.start < cursor) {
      continue; // cannot happen: spans starting inside an earlier sibling were moved into it or split at its end
    }
    if (a.start > cursor) {
      out.push({ type: 'text', start: cursor, end: a.start });
    }
    const inner = [];
    const rest = [];
    for (const b of queue) {
      if (b.start >= a.end) {
        rest.push(b);
      } else if (b.end <= a.end) {
        inner.push(b);
      } else {
        inner.push({ ...b, end: a.end });
        rest.push({ ...b, start: a.end, cont: true });
      }
    }
    out.push({ type: 'span', span: a, start: a.start, end: a.end, cont: Boolean(a.cont), children: nest(inner, a.start, a.end) });
    cursor = a.end;
    queue = rest.sort(compare);
  }
  if (cursor < end) {
    out.push({ type: 'text', start: cursor, end });
  }
  return out;
}
