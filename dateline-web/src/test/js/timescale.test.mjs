// The timeline's arithmetic (static/timescale.js): bins as intervals, the pixel scale, and which days a brush
// selects; run with: node --test dateline-web/src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays, intervals, scale, selectBins, selectionPixels, ticks,
} from '../../main/resources/org/dateline/web/static/timescale.js';

const days = [{ date: '2022-09-19', count: 3 }, { date: '2022-09-20', count: 5 }, { date: '2022-09-22', count: 1 }];

test('a day bin covers one day, a week seven, a month the calendar month', () => {
  const [d] = intervals([{ date: '2022-09-19', count: 1 }], 'day');
  assert.equal(d.end - d.start, 86_400_000);
  const [w] = intervals([{ date: '2022-09-19', count: 1 }], 'week');
  assert.equal(w.end - w.start, 7 * 86_400_000);
  const [m] = intervals([{ date: '2022-02-01', count: 1 }], 'month');
  assert.equal(m.end - m.start, 28 * 86_400_000);
  const [short] = intervals([{ date: '2022-02', count: 1 }], 'month');
  assert.equal(short.start, m.start);
});

test('the scale runs from the first bin to the end of the last, gaps included', () => {
  const ivs = intervals(days, 'day');
  const sc = scale(ivs, 400);
  assert.equal(sc.x(ivs[0].start), 0);
  assert.equal(sc.x(ivs[2].end), 400);
  assert.equal(sc.x(ivs[1].start), 100); // four days over 400 px
});

test('a drag selects whole bins: from the first touched bin start to the last touched bin end', () => {
  const ivs = intervals(days, 'day');
  const sc = scale(ivs, 400);
  assert.deepEqual(selectBins(ivs, sc, 50, 150), { from: '2022-09-19', to: '2022-09-20' });
  assert.deepEqual(selectBins(ivs, sc, 150, 50), { from: '2022-09-19', to: '2022-09-20' }, 'either direction');
  assert.deepEqual(selectBins(ivs, sc, 120, 120), { from: '2022-09-20', to: '2022-09-20' }, 'a click selects a bin');
  assert.equal(selectBins(ivs, sc, 210, 290), null, 'the gap holds no bin');
});

test('a week selection ends on the last day of the week', () => {
  const ivs = intervals([{ date: '2022-09-12', count: 2 }, { date: '2022-09-19', count: 4 }], 'week');
  const sc = scale(ivs, 140);
  assert.deepEqual(selectBins(ivs, sc, 100, 100), { from: '2022-09-19', to: '2022-09-25' });
});

test('typed dates place the brush; to is inclusive; outside the bins there is none', () => {
  const ivs = intervals(days, 'day');
  const sc = scale(ivs, 400);
  assert.deepEqual(selectionPixels(sc, '2022-09-20', '2022-09-20'), [100, 200]);
  assert.deepEqual(selectionPixels(sc, '', '2022-09-19'), [0, 100]);
  assert.deepEqual(selectionPixels(sc, '2022-01-01', '2023-01-01'), [0, 400], 'clamped');
  assert.equal(selectionPixels(sc, '2023-01-01', ''), null);
});

test('ticks keep their distance and show the year first', () => {
  const many = Array.from({ length: 60 }, (_, i) => ({ date: addDays('2022-12-01', i), count: 1 }));
  const ivs = intervals(many, 'day');
  const t = ticks(ivs, scale(ivs, 600), 'day', 70);
  assert.ok(t.length >= 5 && t.length <= 9, `${t.length} ticks`);
  assert.equal(t[0].text, '1 Dec 2022');
  assert.ok(t.some((x) => x.text.endsWith('2023')), 'the new year is named');
  for (let i = 1; i < t.length; i++) {
    assert.ok(t[i].x - t[i - 1].x >= 70);
  }
});

test('no bins, no scale', () => {
  assert.equal(scale(intervals([], 'day'), 300), null);
  assert.equal(selectBins([], null, 0, 10), null);
});

test('a year bin covers the calendar year', () => {
  const ivs = intervals([{ date: '2020-01-01', count: 1 }, { date: '2021-01-01', count: 2 }], 'year');
  const sc = scale(ivs, 731);
  assert.deepEqual(selectBins(ivs, sc, 400, 400), { from: '2021-01-01', to: '2021-12-31' });
  assert.deepEqual(ticks(ivs, sc, 'year', 50).map((t) => t.text), ['2020', '2021']);
});
