/*
 * Words and formats of the desk: how a verification, a corroboration status, an ACLED type or a date reads on the
 * page, and how a search snippet's [bracketed] matches split into plain and marked parts. Pure functions, no DOM, so
 * they can be tested under Node (src/test/js).
 */

/** The verification status in words (MergedEvent.verification, a report's verification, an event's status). */
const VERIFICATION_WORDS = Object.freeze({
  REPORTED: 'Reported by the outlet',
  CLAIMED: 'Claimed by a source',
  NOT_VERIFIED: 'Not independently verified',
});

/** The corroboration status in words (MergedEvent.status). */
const STATUS_WORDS = Object.freeze({
  SINGLE_SOURCE: 'Single source',
  CORROBORATED: 'Corroborated',
  CONTRADICTED: 'Contradicted',
});

/** ACLED's six event types, in ACLED's order, with the CSS class that colours them (app.css). */
export const EVENT_TYPES = Object.freeze([
  ['Battles', 'type-battles'],
  ['Explosions/Remote violence', 'type-explosions'],
  ['Violence against civilians', 'type-civilians'],
  ['Protests', 'type-protests'],
  ['Riots', 'type-riots'],
  ['Strategic developments', 'type-strategic'],
]);

/** The class of events of any other type, or of none. */
export const OTHER_TYPE_CLASS = 'type-other';

export const VERIFICATIONS = Object.freeze(Object.keys(VERIFICATION_WORDS));
export const STATUSES = Object.freeze(Object.keys(STATUS_WORDS));

const TYPE_CLASSES = new Map(EVENT_TYPES);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function verificationWords(code) {
  return VERIFICATION_WORDS[code] ?? (code ? String(code) : 'Unknown');
}

const MODALITY_WORDS = Object.freeze({ ASSERTED: 'happened', PLANNED: 'planned', POSSIBLE: 'possible', NEGATED: 'denied' });

/** How an event's modality reads: "planned", "possible", "denied" (what happened reads "happened"). */
export function modalityWords(code) {
  return MODALITY_WORDS[code] ?? (code ? String(code).toLowerCase() : 'happened');
}

export function statusWords(code) {
  return STATUS_WORDS[code] ?? (code ? String(code) : 'Unknown');
}

/** The CSS class colouring an ACLED event type ("Battles" -> "type-battles"); others share one neutral class. */
export function typeClass(type) {
  return TYPE_CLASSES.get(type) ?? OTHER_TYPE_CLASS;
}

/** "2022-09-20" -> "20 Sep 2022"; anything that is not yyyy-mm-dd is returned as it is. */
export function formatDay(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) {
    return iso ?? '';
  }
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** An event date ({value, from, to, precision}) as one line: "20 Sep 2022", "1–30 Sep 2022 (month)". */
export function formatEventDate(date) {
  if (!date) {
    return 'undated';
  }
  const { from, to, precision } = date;
  let span;
  if (from && to && from !== to) {
    span = `${formatDay(from)} – ${formatDay(to)}`;
  } else {
    span = formatDay(from || to || date.value);
  }
  const exact = { 1: 'day', 2: 'week', 3: 'month or more' }[precision];
  return exact && precision !== 1 ? `${span} (${exact})` : span;
}

/** ACLED's time precision in words. */
export function precisionWords(precision, kind = 'time') {
  if (kind === 'geo') {
    return { 1: 'exact place', 2: 'near the place', 3: 'region or larger' }[precision] ?? 'unknown';
  }
  return { 1: 'to the day', 2: 'to the week', 3: 'to the month or more' }[precision] ?? 'unknown';
}

/** A place as one line: "Bilohorivka, Luhansk, Ukraine". */
export function formatPlace(place) {
  if (!place) {
    return 'no place';
  }
  const parts = [place.name, place.admin1, place.countryName ?? place.country].filter(Boolean);
  return [...new Set(parts)].join(', ') || 'unnamed place';
}

/** A number of fatalities or other counts without a trailing ".0". */
export function formatCount(n) {
  if (n === null || n === undefined) {
    return '';
  }
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** "1 event", "3 events": a count and its noun, singular or plural. */
export function counted(n, noun, plural = `${noun}s`) {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** What a list shows for an article: its headline (title, or dateline and first words), else its title. */
export function headlineOf(item) {
  return item?.headline || item?.title || firstWords(item?.text) || 'Untitled article';
}

/** An untitled article's headline: its dateline (unless the text begins with it) and first words. */
export function datelineAndFirstWords(dateline, text) {
  const t = (text ?? '').trim();
  const d = (dateline ?? '').trim();
  return firstWords(d && !t.startsWith(d) ? `${d} ${t}` : t) || 'Untitled article';
}

/** The first words of a text, cut at a word before about 90 characters. */
export function firstWords(text) {
  const s = (text ?? '').replace(/\s+/g, ' ').trim();
  if (s.length <= 90) {
    return s;
  }
  const cut = s.lastIndexOf(' ', 90);
  return `${s.slice(0, cut > 45 ? cut : 90)} …`;
}

/** "SINGLE_SOURCE" -> "single source": an enum constant as lower-case words. */
export function constantWords(code) {
  return code ? String(code).toLowerCase().replaceAll('_', ' ') : '';
}

/**
 * A search snippet split at its matches: [{text, match}], in order. The matches are `marks` ([{start, end}], UTF-16
 * offsets, as GET /api/search gives them), so brackets in the text stay text ("an explosion [sic]"); without marks (an
 * older server) they are the [bracketed] passages, brackets removed, an unclosed bracket kept as text.
 */
export function splitSnippet(snippet, marks) {
  if (Array.isArray(marks)) {
    const s = snippet ?? '';
    const parts = [];
    let at = 0;
    for (const m of [...marks].sort((a, b) => a.start - b.start)) {
      const start = Math.max(at, Math.min(s.length, m.start));
      const end = Math.min(s.length, m.end);
      if (end <= start) {
        continue;
      }
      if (start > at) {
        parts.push({ text: s.slice(at, start), match: false });
      }
      parts.push({ text: s.slice(start, end), match: true });
      at = end;
    }
    if (at < s.length) {
      parts.push({ text: s.slice(at), match: false });
    }
    return parts;
  }
  return splitBracketed(snippet);
}

function splitBracketed(snippet) {
  const parts = [];
  const s = snippet ?? '';
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('[', i);
    const close = open < 0 ? -1 : s.indexOf(']', open + 1);
    if (open < 0 || close < 0) {
      parts.push({ text: s.slice(i), match: false });
      break;
    }
    if (open > i) {
      parts.push({ text: s.slice(i, open), match: false });
    }
    if (close > open + 1) {
      parts.push({ text: s.slice(open + 1, close), match: true });
    }
    i = close + 1;
  }
  return parts;
}
