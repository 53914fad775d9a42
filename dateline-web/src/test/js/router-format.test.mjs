// Hash routes (static/router.js) and words on the page (static/format.js); run with:
// node --test dateline-web/src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleHash, entityHash, eventHash, parseHash } from '../../main/resources/org/dateline/web/static/router.js';
import {
  counted, firstWords, formatEventDate, headlineOf, splitSnippet, typeClass, verificationWords,
} from '../../main/resources/org/dateline/web/static/format.js';
import { filterParams } from '../../main/resources/org/dateline/web/static/api.js';

test('an event id with # survives the round trip through the hash', () => {
  const id = 'de6d458e264ae548#ev10';
  assert.equal(eventHash(id), '#/event/de6d458e264ae548%23ev10');
  assert.deepEqual(parseHash(eventHash(id)), { view: 'event', id, focus: null });
});

test('an article route may name the item to focus on', () => {
  const hash = articleHash('de6d458e264ae548', { kind: 'event', id: 'ev10' });
  assert.deepEqual(parseHash(hash), { view: 'article', id: 'de6d458e264ae548', focus: { kind: 'event', id: 'ev10' } });
});

test('entity names with spaces and slashes, and unknown routes', () => {
  assert.deepEqual(parseHash(entityHash('Serhiy Gaidai / AC')), { view: 'entity', id: 'Serhiy Gaidai / AC', focus: null });
  assert.equal(parseHash('#/nowhere/1').view, 'home');
  assert.equal(parseHash('').view, 'home');
  assert.equal(parseHash('#/event/').view, 'home');
});

test('verification in words', () => {
  assert.equal(verificationWords('NOT_VERIFIED'), 'Not independently verified');
  assert.equal(verificationWords('CLAIMED'), 'Claimed by a source');
  assert.equal(verificationWords('REPORTED'), 'Reported by the outlet');
});

test('types have classes, unknown ones share the neutral class', () => {
  assert.equal(typeClass('Battles'), 'type-battles');
  assert.equal(typeClass('Explosions/Remote violence'), 'type-explosions');
  assert.equal(typeClass(undefined), 'type-other');
});

test('event dates: a day, or a span with its precision', () => {
  assert.equal(formatEventDate({ value: '2022-09-20', from: '2022-09-20', to: '2022-09-20', precision: 1 }), '20 Sep 2022');
  assert.equal(formatEventDate({ value: '2022-09', from: '2022-09-01', to: '2022-09-30', precision: 3 }),
    '1 Sep 2022 – 30 Sep 2022 (month or more)');
});

test('snippets: bracketed words are matches, the rest text, markup untouched', () => {
  assert.deepEqual(splitSnippet('…the [mass] [grave] near <b>Izium'), [
    { text: '…the ', match: false }, { text: 'mass', match: true }, { text: ' ', match: false },
    { text: 'grave', match: true }, { text: ' near <b>Izium', match: false }]);
  assert.deepEqual(splitSnippet('open [bracket'), [{ text: 'open [bracket', match: false }]);
});

test('with marks, brackets in the text stay text', () => {
  assert.deepEqual(splitSnippet('an explosion [sic] shook the city', [{ start: 19, end: 24 }]), [
    { text: 'an explosion [sic] ', match: false }, { text: 'shook', match: true },
    { text: ' the city', match: false }]);
  assert.deepEqual(splitSnippet('ab', [{ start: 5, end: 9 }]), [{ text: 'ab', match: false }], 'marks past the end');
  assert.deepEqual(splitSnippet('abc', []), [{ text: 'abc', match: false }]);
});

test('counts read right, and untitled articles show their first words', () => {
  assert.equal(counted(1, 'event'), '1 event');
  assert.equal(counted(2, 'event'), '2 events');
  assert.equal(headlineOf({ title: null, headline: 'IZIUM, Ukraine - Forces found …' }), 'IZIUM, Ukraine - Forces found …');
  assert.equal(headlineOf({ title: 'Rally' }), 'Rally');
  assert.equal(headlineOf({ text: 'KYIV - Drones hit the capital.' }), 'KYIV - Drones hit the capital.');
  assert.ok(firstWords('word '.repeat(40)).endsWith(' …'));
});

test('filters become query parameters; dates can be left out for the timeline', () => {
  const f = { types: ['Battles', 'SHELLING'], actor: 'Gaidai', from: '2022-09-01', to: '2022-09-30', minSources: 2,
    verification: 'NOT_VERIFIED', status: 'SINGLE_SOURCE', background: true };
  assert.equal(filterParams(f).toString(), 'type=Battles&type=SHELLING&actor=Gaidai&from=2022-09-01&to=2022-09-30'
    + '&minSources=2&verification=NOT_VERIFIED&status=SINGLE_SOURCE&background=true');
  assert.equal(filterParams(f, { dates: false }).has('from'), false);
  assert.equal(filterParams({ types: null }).toString(), '');
});

test('events are read page by page until the server has no next page, or the cap is reached', async () => {
  const { getEvents } = await import('../../main/resources/org/dateline/web/static/api.js');
  const all = Array.from({ length: 2500 }, (_, i) => ({ id: `a#ev${i}` }));
  const asked = [];
  globalThis.fetch = async (url) => {
    const q = new URL(url, 'http://desk').searchParams;
    asked.push(`${q.get('limit')}@${q.get('offset') ?? 0}`);
    const limit = Number(q.get('limit'));
    const offset = Number(q.get('offset') ?? 0);
    const items = all.slice(offset, offset + limit);
    const next = offset + limit < all.length ? offset + limit : null;
    return new Response(JSON.stringify({ items, limit, offset, next }), { status: 200 });
  };
  const whole = await getEvents({ types: null }, 5000);
  assert.equal(whole.events.length, 2500);
  assert.equal(whole.truncated, false);
  assert.deepEqual(asked, ['1000@0', '1000@1000', '1000@2000']);
  const capped = await getEvents({ types: null }, 1500);
  assert.equal(capped.events.length, 1500);
  assert.equal(capped.truncated, true);
});

test('an API error carries the server message and status', async () => {
  const { getStats, ApiError } = await import('../../main/resources/org/dateline/web/static/api.js');
  globalThis.fetch = async () => new Response(JSON.stringify({ error: 'the store is locked', status: 503 }), { status: 503 });
  await assert.rejects(getStats(), (e) => e instanceof ApiError && e.message === 'the store is locked' && e.status === 503);
});
