/*
 * The histogram under the map: one SVG bar per bin of GET /api/timeline, stacked by ACLED event type in the map's
 * colours, and a brush. Dragging across the bars (or
 * clicking one) selects whole bins and reports the days as {from, to}; the date inputs of the filter form are the
 * keyboard alternative and move the brush through setSelection. The arithmetic is in timescale.js.
 */
import { intervals, scale, selectBins, selectionPixels, ticks } from './timescale.js';
import { EVENT_TYPES, OTHER_TYPE_CLASS, formatDay } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
const MARGIN = { top: 14, right: 10, bottom: 18, left: 34 };
const UNIT_WORDS = { day: 'day', week: 'week', month: 'month', year: 'year' };

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) {
    node.setAttribute(k, String(v));
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** A bin's events by ACLED type, in ACLED's order (others last), as stacked parts [{name, cls, count}]. */
export function stack(bin) {
  const types = bin.types ?? {};
  const known = new Set(EVENT_TYPES.map(([name]) => name));
  const parts = EVENT_TYPES.filter(([name]) => types[name] > 0).map(([name, cls]) => ({ name, cls, count: types[name] }));
  const other = Object.entries(types).filter(([name]) => !known.has(name)).reduce((n, [, c]) => n + c, 0);
  const told = parts.reduce((n, p) => n + p.count, 0) + other;
  const rest = other + Math.max(0, (bin.count ?? 0) - told); // older servers give no types
  if (rest > 0) {
    parts.push({ name: 'Other', cls: OTHER_TYPE_CLASS, count: rest });
  }
  return parts;
}

export class Timeline {
  /**
   * @param container element the SVG fills
   * @param caption   element that says what a bar counts
   * @param onSelect  called with {from, to} ("yyyy-mm-dd", inclusive) when the user brushes
   */
  constructor(container, caption, onSelect) {
    this.container = container;
    this.caption = caption;
    this.onSelect = onSelect;
    this.unit = 'day';
    this.ivs = [];
    this.selection = { from: '', to: '' };
    this.drag = null;
    this.svg = svg('svg', { class: 'timeline-svg', role: 'img', 'aria-label': 'Events over time' });
    container.append(this.svg);
    this.svg.addEventListener('pointerdown', (e) => this.startDrag(e));
    this.svg.addEventListener('pointermove', (e) => this.moveDrag(e));
    this.svg.addEventListener('pointerup', (e) => this.endDrag(e));
    this.svg.addEventListener('pointercancel', () => this.cancelDrag());
    new ResizeObserver(() => this.draw()).observe(container);
  }

  /** Shows a GET /api/timeline answer. */
  setData(timeline) {
    this.unit = UNIT_WORDS[timeline?.unit] ?? 'day';
    this.ivs = intervals(timeline?.bins, this.unit);
    const total = this.ivs.reduce((n, b) => n + b.count, 0);
    const outside = [timeline?.earlier ? `${timeline.earlier} earlier` : null,
      timeline?.later ? `${timeline.later} later` : null].filter(Boolean).join(', ');
    this.caption.textContent = this.ivs.length
      ? `Events per ${this.unit}: ${total} from ${formatDay(this.ivs[0].date)}${outside ? ` (${outside}, not drawn)` : ''}`
        + ' — drag across the bars to select dates'
      : 'No dated events for these filters';
    this.draw();
  }

  /** Moves the brush to days chosen elsewhere (the date inputs); empty strings are open ends. */
  setSelection(from, to) {
    this.selection = { from: from || '', to: to || '' };
    this.drawBrush();
    this.markBars();
  }

  plotWidth() {
    return Math.max(0, this.container.clientWidth - MARGIN.left - MARGIN.right);
  }

  plotHeight() {
    return Math.max(0, this.container.clientHeight - MARGIN.top - MARGIN.bottom);
  }

  draw() {
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    this.svg.replaceChildren();
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.svg.setAttribute('width', width);
    this.svg.setAttribute('height', height);
    this.sc = scale(this.ivs, this.plotWidth());
    if (!this.sc || height <= 0) {
      return;
    }
    const h = this.plotHeight();
    const max = Math.max(1, ...this.ivs.map((b) => b.count));
    const plot = svg('g', { transform: `translate(${MARGIN.left},${MARGIN.top})` });
    plot.append(svg('rect', { class: 'plot-area', x: 0, y: 0, width: this.sc.width, height: h }));
    const bars = svg('g', { class: 'bars' });
    for (const b of this.ivs) {
      const x = this.sc.x(b.start);
      const w = Math.max(1, this.sc.x(b.end) - x - (this.sc.x(b.end) - x > 3 ? 1 : 0));
      const bar = svg('g', { class: 'bar', 'data-date': b.date, 'data-count': b.count });
      const parts = stack(b);
      const words = parts.map((p) => `${p.count} ${p.name}`).join(', ');
      bar.append(svg('title', {}, `${this.unit === 'day' ? '' : `${this.unit} of `}${formatDay(b.date)}: ${b.count} event${b.count === 1 ? '' : 's'}${words ? ` (${words})` : ''}`));
      let y = h;
      for (const p of parts) {
        const ph = (p.count / max) * h;
        y -= ph;
        bar.append(svg('rect', { class: `seg ${p.cls}`, x, y, width: w, height: ph, 'data-type': p.name, 'data-count': p.count }));
      }
      bars.append(bar);
    }
    plot.append(bars);
    const axis = svg('g', { class: 'axis' });
    axis.append(svg('line', { x1: 0, y1: h + 0.5, x2: this.sc.width, y2: h + 0.5 }));
    for (const t of ticks(this.ivs, this.sc, this.unit)) {
      axis.append(svg('line', { x1: t.x, y1: h, x2: t.x, y2: h + 4 }));
      axis.append(svg('text', { x: t.x + 2, y: h + 15, class: 'tick' }, t.text));
    }
    axis.append(svg('text', { x: -6, y: 4, class: 'tick max', 'text-anchor': 'end' }, String(max)));
    axis.append(svg('text', { x: -6, y: h, class: 'tick', 'text-anchor': 'end' }, '0'));
    plot.append(axis);
    this.brush = svg('rect', { class: 'brush', x: 0, y: 0, width: 0, height: h });
    plot.append(this.brush);
    this.svg.append(plot);
    this.barGroup = bars;
    this.drawBrush();
    this.markBars();
  }

  drawBrush(pixels) {
    if (!this.brush) {
      return;
    }
    const px = pixels ?? (this.selection.from || this.selection.to
      ? selectionPixels(this.sc, this.selection.from, this.selection.to)
      : null);
    this.brush.classList.toggle('hidden', !px);
    if (px) {
      this.brush.setAttribute('x', px[0]);
      this.brush.setAttribute('width', Math.max(1, px[1] - px[0]));
    }
  }

  markBars() {
    if (!this.barGroup) {
      return;
    }
    const { from, to } = this.selection;
    const any = Boolean(from || to);
    for (const bar of this.barGroup.children) {
      const date = bar.getAttribute('data-date');
      const i = this.ivs.find((b) => b.date === date);
      const end = i ? new Date(i.end - 1).toISOString().slice(0, 10) : date;
      const inside = any && (!from || end >= from) && (!to || date <= to);
      bar.classList.toggle('selected', inside);
      bar.classList.toggle('dimmed', any && !inside);
    }
  }

  localX(event) {
    const box = this.svg.getBoundingClientRect();
    return Math.max(0, Math.min(this.sc.width, event.clientX - box.left - MARGIN.left));
  }

  startDrag(event) {
    if (!this.sc || event.button !== 0) {
      return;
    }
    this.drag = { x0: this.localX(event) };
    this.svg.setPointerCapture(event.pointerId);
    event.preventDefault();
  }

  moveDrag(event) {
    if (!this.drag) {
      return;
    }
    const x = this.localX(event);
    this.drawBrush([Math.min(this.drag.x0, x), Math.max(this.drag.x0, x)]);
  }

  endDrag(event) {
    if (!this.drag) {
      return;
    }
    const x0 = this.drag.x0;
    const x1 = this.localX(event);
    this.drag = null;
    const range = selectBins(this.ivs, this.sc, x0, Math.abs(x1 - x0) < 3 ? x0 : x1);
    if (range) {
      this.setSelection(range.from, range.to);
      this.onSelect(range);
    } else {
      this.drawBrush();
    }
  }

  cancelDrag() {
    this.drag = null;
    this.drawBrush();
  }
}
