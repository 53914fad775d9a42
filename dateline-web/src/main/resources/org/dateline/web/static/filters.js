/*
 * The filter form: event types (ticked per ACLED type or per sub-type, built from GET /api/stats), actor, dates,
 * minimum sources, verification, corroboration, background and modalities. It reads the form into one filter object
 *   {types: null (any) | [code or type...], actor, text, from, to, minSources, verification, status, background,
 *    modalities: [] (what happened only) | ['PLANNED', 'POSSIBLE', 'NEGATED' ...]}
 * and calls onChange with it (text fields after a pause). api.js turns the object into query parameters.
 */
import { el, replace } from './dom.js';
import { STATUSES, VERIFICATIONS, statusWords, typeClass, verificationWords } from './format.js';

const PAUSE_MS = 350;

export class Filters {
  /**
   * @param ids      {form, types, actor, text, from, to, minSources, verification, status, background, modalities,
   *                 clearDates} element ids (modalities: the checkboxes of the modalities shown besides ASSERTED)
   * @param onChange called with the filter object whenever it changes
   * @param onError  called with a message when the form holds something that cannot be asked for
   */
  constructor(ids, onChange, onError) {
    const get = (id) => document.getElementById(id);
    this.form = get(ids.form);
    this.typeBox = get(ids.types);
    this.actor = get(ids.actor);
    this.text = get(ids.text);
    this.from = get(ids.from);
    this.to = get(ids.to);
    this.minSources = get(ids.minSources);
    this.verification = get(ids.verification);
    this.status = get(ids.status);
    this.background = get(ids.background);
    this.modalities = (ids.modalities ?? []).map(get);
    this.onChange = onChange;
    this.onError = onError;
    this.timer = 0;
    this.groups = [];
    this.fillSelect(this.verification, VERIFICATIONS, verificationWords);
    this.fillSelect(this.status, STATUSES, statusWords);
    const now = () => this.changed(0);
    const later = () => this.changed(PAUSE_MS);
    this.actor.addEventListener('input', later);
    this.text.addEventListener('input', later);
    this.minSources.addEventListener('input', later);
    for (const input of [this.from, this.to, this.verification, this.status, this.background, ...this.modalities]) {
      input.addEventListener('change', now);
    }
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      now();
    });
    this.form.addEventListener('reset', () => setTimeout(() => {
      this.setAllTypes(true);
      this.clearDates();
    }));
    get(ids.clearDates).addEventListener('click', () => this.clearDates());
  }

  fillSelect(select, codes, words) {
    for (const code of codes) {
      select.append(el('option', { value: code }, words(code)));
    }
  }

  /** Builds the type checkboxes from the stats' types [{code, type, subtype, count}], grouped by ACLED type. */
  setTypes(types) {
    const byType = new Map();
    for (const t of types ?? []) {
      const key = t.type ?? '';
      if (!byType.has(key)) {
        byType.set(key, []);
      }
      byType.get(key).push(t);
    }
    this.groups = [];
    const blocks = [];
    for (const [type, subtypes] of byType) {
      const total = subtypes.reduce((n, s) => n + (s.count ?? 0), 0);
      const groupBox = el('input', { type: 'checkbox', checked: true, dataset: { typeGroup: type || 'other' } });
      const boxes = subtypes.map((s) => el('input', { type: 'checkbox', checked: true, value: s.code, dataset: { code: s.code } }));
      const group = { type, groupBox, boxes };
      this.groups.push(group);
      groupBox.addEventListener('change', () => {
        for (const b of boxes) {
          b.checked = groupBox.checked;
        }
        this.syncGroup(group);
        this.changed(0);
      });
      for (const b of boxes) {
        b.addEventListener('change', () => {
          this.syncGroup(group);
          this.changed(0);
        });
      }
      blocks.push(el('div', { class: 'type-group' },
        el('label', { class: 'type-label' }, groupBox, el('span', { class: ['swatch', typeClass(type)], 'aria-hidden': 'true' }),
          ` ${type || 'Other'} `, el('span', { class: 'count' }, String(total))),
        el('details', { class: 'subtypes' }, el('summary', {}, `${subtypes.length} sub-type${subtypes.length === 1 ? '' : 's'}`),
          el('ul', {}, subtypes.map((s, i) => el('li', {}, el('label', {}, boxes[i], ` ${s.subtype ?? s.code} `,
            el('span', { class: 'count' }, String(s.count ?? '')))))))));
    }
    replace(this.typeBox, blocks.length ? blocks : el('p', { class: 'muted' }, 'No events stored yet.'));
  }

  syncGroup(group) {
    const on = group.boxes.filter((b) => b.checked).length;
    group.groupBox.checked = on === group.boxes.length;
    group.groupBox.indeterminate = on > 0 && on < group.boxes.length;
  }

  /** Ticks or clears every type. */
  setAllTypes(checked) {
    for (const g of this.groups) {
      for (const b of g.boxes) {
        b.checked = checked;
      }
      this.syncGroup(g);
    }
    this.changed(0);
  }

  /** The types to ask for: null when every one is ticked, else whole ACLED types and single codes. */
  selectedTypes() {
    const all = this.groups.every((g) => g.boxes.every((b) => b.checked));
    if (all) {
      return null;
    }
    const out = [];
    for (const g of this.groups) {
      const on = g.boxes.filter((b) => b.checked);
      if (g.type && on.length === g.boxes.length) {
        out.push(g.type);
      } else {
        out.push(...on.map((b) => b.value));
      }
    }
    return out;
  }

  /** The filter the form holds. */
  value() {
    const min = Number.parseInt(this.minSources.value, 10);
    return {
      types: this.selectedTypes(),
      actor: this.actor.value.trim(),
      text: this.text.value.trim(),
      from: this.from.value,
      to: this.to.value,
      minSources: Number.isFinite(min) && min > 0 ? min : 0,
      verification: this.verification.value,
      status: this.status.value,
      background: this.background.checked,
      modalities: this.modalities.filter((b) => b.checked).map((b) => b.value),
    };
  }

  /** Sets the date range (from the timeline's brush) and reports the change. */
  setDates(from, to) {
    this.from.value = from || '';
    this.to.value = to || '';
    this.changed(0);
  }

  clearDates() {
    this.setDates('', '');
  }

  /** Sets the actor field (from an entity page) and reports the change. */
  setActor(name) {
    this.actor.value = name;
    this.changed(0);
  }

  changed(delay) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const f = this.value();
      if (f.from && f.to && f.from > f.to) {
        this.onError(`The first date (${f.from}) is after the last (${f.to}).`);
        return;
      }
      this.onChange(f);
    }, delay);
  }
}
