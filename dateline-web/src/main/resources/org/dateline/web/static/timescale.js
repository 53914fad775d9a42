/*
 * The timeline's arithmetic: days as UTC milliseconds, the interval a bin covers (a day, a week from its first day,
 * a calendar month or year), the linear scale from dates to pixels, which days a dragged pixel range selects (whole bins),
 * and where the axis labels go. Pure, no DOM.
 */

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2022-09-19" (or "2022-09", a month) as UTC milliseconds, or NaN. */
export function parseDay(iso) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso ?? '');
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1) : NaN;
}

/** UTC milliseconds as "yyyy-mm-dd". */
export function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso, days) {
  return isoDay(parseDay(iso) + days * DAY);
}

/** The first instant after the bin that starts at `ms`. */
export function binEnd(ms, unit) {
  if (unit === 'month' || unit === 'year') {
    const d = new Date(ms);
    return unit === 'month' ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  }
  return ms + (unit === 'week' ? 7 : 1) * DAY;
}

/**
 * The bins as {start, end, count, types, date} intervals in date order (types: events by ACLED type), dropping bins
 * with unreadable dates.
 */
export function intervals(bins, unit) {
  return (bins ?? [])
    .map((b) => ({ date: b.date, count: Number(b.count) || 0, types: b.types ?? {}, start: parseDay(b.date) }))
    .filter((b) => Number.isFinite(b.start))
    .map((b) => ({ ...b, end: binEnd(b.start, unit) }))
    .sort((a, b) => a.start - b.start);
}

/** A linear scale over [first bin's start, last bin's end) onto [0, width]; null when there are no bins. */
export function scale(ivs, width) {
  if (ivs.length === 0 || !(width > 0)) {
    return null;
  }
  const start = ivs[0].start;
  const end = Math.max(...ivs.map((b) => b.end));
  const k = width / (end - start);
  return {
    start,
    end,
    width,
    x: (ms) => (ms - start) * k,
    ms: (x) => start + x / k,
  };
}

/**
 * The days selected by dragging from pixel x0 to x1: from the first day of the first bin the drag touches to the
 * last day of the last one, as {from, to} ("yyyy-mm-dd", inclusive); null when it touches none.
 */
export function selectBins(ivs, sc, x0, x1) {
  if (!sc) {
    return null;
  }
  const lo = sc.ms(Math.max(0, Math.min(x0, x1)));
  const hi = sc.ms(Math.min(sc.width, Math.max(x0, x1)));
  const touched = ivs.filter((b) => b.end > lo && b.start <= hi);
  if (touched.length === 0) {
    return null;
  }
  return { from: isoDay(touched[0].start), to: isoDay(touched[touched.length - 1].end - DAY) };
}

/** The pixels a {from, to} selection covers (to is inclusive), clamped to the scale; null when outside it. */
export function selectionPixels(sc, from, to) {
  if (!sc) {
    return null;
  }
  const lo = from ? parseDay(from) : sc.start;
  const hi = to ? parseDay(to) + DAY : sc.end;
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi <= sc.start || lo >= sc.end || hi <= lo) {
    return null;
  }
  return [Math.max(0, sc.x(lo)), Math.min(sc.width, sc.x(hi))];
}

function label(ms, unit, withYear) {
  const d = new Date(ms);
  const month = MONTHS[d.getUTCMonth()];
  if (unit === 'year') {
    return String(d.getUTCFullYear());
  }
  if (unit === 'month') {
    return d.getUTCMonth() === 0 || withYear ? `${month} ${d.getUTCFullYear()}` : month;
  }
  const day = `${d.getUTCDate()} ${month}`;
  return withYear ? `${day} ${d.getUTCFullYear()}` : day;
}

/** Axis labels at bin starts at least `spacing` pixels apart: [{x, text}]; the year shows first and when it changes. */
export function ticks(ivs, sc, unit, spacing = 70) {
  const out = [];
  if (!sc) {
    return out;
  }
  let lastX = -Infinity;
  let lastYear = null;
  for (const b of ivs) {
    const x = sc.x(b.start);
    if (x - lastX < spacing || x > sc.width - 40) {
      continue;
    }
    const year = new Date(b.start).getUTCFullYear();
    out.push({ x, text: label(b.start, unit, year !== lastYear) });
    lastX = x;
    lastYear = year;
  }
  return out;
}
