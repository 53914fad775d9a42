/*
 * The filter form: event types (ticked per ACLED type or per sub-type, built from GET /api/stats), actor, words,
 * dates, minimum sources, verification, corroboration, background, modalities, country and first-level area, the
 * actor pair and minimum fatalities. It reads the form into one filter object (viewstate.js's emptyFilter() lists
 * its fields) and calls onChange with it (text fields after a pause); set() puts a filter back into the form (a view
 * restored from its URL) without calling onChange; setFacets() shows what each choice would count (GET
 * /api/summary). api.js turns the object into query parameters.
 */
import { el, replace } from './dom.js';
import { STATUSES, VERIFICATIONS, statusWords, typeClass, verificationWords } from './format.js';
import { emptyFilter } from './viewstate.js';

const PAUSE_MS = 350;

export class Filters {
  /**
   * @param ids      element ids: {form, types, actor, text, from, to, minSources, verification, status, background,
   *                 modalities (the checkboxes of the modalities shown besides ASSERTED), country, admin1, actor1,
   *                 actor2, actors1 and actors2 (their datalists), minFatalities, clearDates}
   * @param onChange called with the filter object whenever the user changes it
   * @param onError  called with a message when the form holds something that cannot be asked for
   */
  constructor(ids, onChange, onError) {
    const get = (id) => document.getElementById(id);
    this.form = get(ids.form);
    this.typeBox = get(ids.types);
    for (const name of ['actor', 'text', 'from', 'to', 'minSources', 'verification', 'status', 'background', 'country',
      'admin1', 'actor1', 'actor2', 'actors1', 'actors2', 'minFatalities']) {
      this[name] = get(ids[name]);
    }
    this.modalities = (ids.modalities ?? []).map(get);
    this.onChange = onChange;
    this.onError = onError;
    this.timer = 0;
    this.groups = [];
    this.pendingTypes = undefined;
    this.fillSelect(this.verification, VERIFICATIONS, verificationWords);
    this.fillSelect(this.status, STATUSES, statusWords);
    const now = () => this.changed(0);
    const later = () => this.changed(PAUSE_MS);
    for (const input of [this.actor, this.text, this.minSources, this.actor1, this.actor2, this.minFatalities]) {
      input.addEventListener('input', later);
    }
    for (const input of [this.from, this.to, this.verification, this.status, this.background, this.country,
      this.admin1, ...this.modalities]) {
      input.addEventListener('change', now);
    }
    this.country.addEventListener('change', () => {
      this.admin1.value = '';
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      now();
    });
    this.form.addEventListener('reset', () => setTimeout(() => {
      this.set(emptyFilter());
      this.changed(0);
    }));
    get(ids.clearDates).addEventListener('click', () => this.clearDates());
  }

  fillSelect(select, codes, words) {
    for (const code of codes) {
      select.append(el('option', { value: code }, words(code)));
    }
  }

  /** Builds the type checkboxes from the corpus's kinds [{code, type, subtype, count}], grouped by ACLED type. */
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
      const groupBox = el('input', { type: 'checkbox', checked: true, dataset: { typeGroup: type || 'other' } });
      const boxes = subtypes.map((s) => el('input', { type: 'checkbox', checked: true, value: s.code, dataset: { code: s.code } }));
      const counts = subtypes.map(() => el('span', { class: 'count' }, ''));
      const total = el('span', { class: 'count', dataset: { typeCount: type || 'Other' } }, '');
      const group = { type, groupBox, boxes, counts, total };
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
          ` ${type || 'Other'} `, total),
        el('details', { class: 'subtypes' }, el('summary', {}, `${subtypes.length} sub-type${subtypes.length === 1 ? '' : 's'}`),
          el('ul', {}, subtypes.map((s, i) => el('li', {}, el('label', {}, boxes[i], ` ${s.subtype ?? s.code} `, counts[i])))))));
    }
    replace(this.typeBox, blocks.length ? blocks : el('p', { class: 'muted' }, 'No events stored yet.'));
    if (this.pendingTypes !== undefined) {
      this.tickTypes(this.pendingTypes);
    }
  }

  /**
   * Shows what each choice would count under the other filters (GET /api/summary): the type boxes, the countries and
   * areas to choose from, the actors to suggest.
   */
  setFacets(summary) {
    const byCode = new Map((summary?.kinds ?? []).map((k) => [k.code, k.count]));
    for (const g of this.groups) {
      let sum = 0;
      g.boxes.forEach((b, i) => {
        const n = byCode.get(b.value) ?? 0;
        sum += n;
        g.counts[i].textContent = String(n);
      });
      g.total.textContent = String(sum);
    }
    const country = this.country.value;
    replace(this.country, el('option', { value: '' }, 'Any'), (summary?.countries ?? []).map((c) =>
      el('option', { value: c.code }, `${c.name ?? c.code} (${c.count})`)));
    this.keepChoice(this.country, country);
    const area = this.admin1.value;
    const areas = (summary?.areas ?? []).filter((a) => !this.country.value || a.country === this.country.value);
    replace(this.admin1, el('option', { value: '' }, 'Any'), areas.map((a) =>
      el('option', { value: a.name }, `${a.name}${this.country.value ? '' : `, ${a.country ?? '?'}`} (${a.count})`)));
    this.keepChoice(this.admin1, area);
    replace(this.actors1, (summary?.actors1 ?? []).map((a) => el('option', { value: a.name })));
    replace(this.actors2, (summary?.actors2 ?? []).map((a) => el('option', { value: a.name })));
  }

  /** Selects `value` in a select, adding it as an option when the list lacks it (a view from a URL). */
  keepChoice(select, value) {
    if (value && ![...select.options].some((o) => o.value === value)) {
      select.append(el('option', { value }, `${value} (0)`));
    }
    select.value = value;
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

  /** Ticks the types a filter names (null: all), without reporting a change. */
  tickTypes(types) {
    if (this.groups.length === 0) {
      this.pendingTypes = types;
      return;
    }
    this.pendingTypes = undefined;
    const wanted = types === null ? null : new Set(types.map((t) => t.toLowerCase()));
    for (const g of this.groups) {
      const whole = wanted === null || wanted.has((g.type ?? '').toLowerCase());
      for (const b of g.boxes) {
        b.checked = whole || wanted.has(b.value.toLowerCase());
      }
      this.syncGroup(g);
    }
  }

  /** The types to ask for: null when every one is ticked, else whole ACLED types and single codes. */
  selectedTypes() {
    if (this.groups.length === 0) {
      return this.pendingTypes ?? null;
    }
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
    const whole = (input) => {
      const n = Number.parseInt(input.value, 10);
      return Number.isFinite(n) && n > 0 ? n : 0;
    };
    return {
      types: this.selectedTypes(),
      actor: this.actor.value.trim(),
      text: this.text.value.trim(),
      from: this.from.value,
      to: this.to.value,
      minSources: whole(this.minSources),
      verification: this.verification.value,
      status: this.status.value,
      background: this.background.checked,
      modalities: this.modalities.filter((b) => b.checked).map((b) => b.value),
      countries: this.country.value ? [this.country.value] : [],
      admin1: this.admin1.value,
      actor1: this.actor1.value.trim(),
      actor2: this.actor2.value.trim(),
      minFatalities: whole(this.minFatalities),
    };
  }

  /** Puts a filter into the form (a view restored from its URL), without reporting a change. */
  set(filter) {
    const f = { ...emptyFilter(), ...filter };
    clearTimeout(this.timer);
    this.tickTypes(f.types);
    this.actor.value = f.actor;
    this.text.value = f.text;
    this.from.value = f.from;
    this.to.value = f.to;
    this.minSources.value = String(f.minSources);
    this.verification.value = f.verification;
    this.status.value = f.status;
    this.background.checked = f.background;
    for (const b of this.modalities) {
      b.checked = f.modalities.includes(b.value);
    }
    this.keepChoice(this.country, f.countries[0] ?? '');
    this.keepChoice(this.admin1, f.admin1);
    this.actor1.value = f.actor1;
    this.actor2.value = f.actor2;
    this.minFatalities.value = String(f.minFatalities);
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
