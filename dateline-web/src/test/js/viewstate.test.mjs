// Views as URLs (static/viewstate.js); run with: node --test dateline-web/src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyFilter, formatView, parseView, sameFilter } from '../../main/resources/org/dateline/web/static/viewstate.js';

test('the plain desk is the plain URL', () => {
  assert.equal(formatView({ filter: emptyFilter(), sort: 'newest', window: null, map: null }), '');
  assert.deepEqual(parseView(''), { filter: emptyFilter(), sort: 'newest', window: null, map: null });
});

test('every filter, the order, the window and the map survive the round trip', () => {
  const view = {
    filter: {
      ...emptyFilter(), types: ['Battles', 'SHELLING'], actor: 'Gaidai', text: 'regained control', from: '2022-09-01',
      to: '2022-09-30', minSources: 2, verification: 'NOT_VERIFIED', status: 'CORROBORATED', background: true,
      modalities: ['NEGATED', 'PLANNED'], countries: ['RU', 'UA'], admin1: 'Luhansk', actor1: 'Military Forces of Russia',
      actor2: 'Civilians (Ukraine)', minFatalities: 5,
    },
    sort: 'fatalities',
    window: { from: '2022-08-01', to: '2022-10-31' },
    map: { lat: 49.2123, lon: 37.2567, zoom: 8.5 },
  };
  const query = formatView(view);
  const back = parseView(query);
  assert.deepEqual(back, view);
  assert.equal(formatView(back), query, 'formatting is stable');
  assert.ok(query.includes('type=Battles&type=SHELLING'), query);
  assert.ok(query.includes('map=49.2123%2C37.2567%2C8.5'), query);
});

test('no type ticked is not every type', () => {
  const none = parseView(formatView({ filter: { ...emptyFilter(), types: [] } }));
  assert.deepEqual(none.filter.types, []);
});

test('what cannot be read is left at its default, never thrown', () => {
  const v = parseView('?from=yesterday&minSources=-3&verification=MAYBE&modality=PLANNED,SOON&country=Ukraine,ua'
    + '&sort=random&map=91,0,5&window=..&background=yes');
  assert.equal(v.filter.from, '');
  assert.equal(v.filter.minSources, 0);
  assert.equal(v.filter.verification, '');
  assert.deepEqual(v.filter.modalities, ['PLANNED']);
  assert.deepEqual(v.filter.countries, ['UA']);
  assert.equal(v.sort, 'newest');
  assert.equal(v.map, null);
  assert.equal(v.window, null);
  assert.equal(v.filter.background, false);
});

test('the map and the window do not change which events are asked for', () => {
  const a = parseView('?type=Battles&map=1,2,3');
  const b = parseView('?type=Battles&window=2022-01-01..');
  assert.ok(sameFilter(a, b));
  assert.ok(!sameFilter(a, parseView('?type=Protests')));
  assert.ok(!sameFilter(a, parseView('?type=Battles&sort=oldest')));
});
