// The article view's highlight segmentation (static/highlight.js): spans nest, split at the end of an enclosing span,
// and tile the text exactly; run with: node --test dateline-web/src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotations, nest } from '../../main/resources/org/dateline/web/static/highlight.js';

const span = (kind, id, start, end) => ({ kind, id, start, end, label: `${kind} ${id}` });

/** The tree as a compact string: [kind:id text] with nested brackets, to compare by eye. */
function show(text, nodes) {
  return nodes.map((n) => (n.type === 'text'
    ? text.slice(n.start, n.end)
    : `[${n.span.kind}:${n.span.id}${n.cont ? '+' : ''} ${show(text, n.children)}]`)).join('');
}

/** Every leaf in order: the text must come back whole. */
function flatten(text, nodes) {
  return nodes.map((n) => (n.type === 'text' ? text.slice(n.start, n.end) : flatten(text, n.children))).join('');
}

test('a span inside another nests', () => {
  const text = 'Mr Gaidai said Bilohorivka was retaken.';
  const tree = nest([span('event', 'ev1', 0, 39), span('place', 'p1', 15, 26)], 0, text.length);
  assert.equal(show(text, tree), '[event:ev1 Mr Gaidai said [place:p1 Bilohorivka] was retaken.]');
});

test('a span crossing the end of another is split there, the later piece marked as continuation', () => {
  const text = 'abcdefghij';
  const tree = nest([span('quote', 'q1', 0, 6), span('claim', 'c1', 3, 9)], 0, text.length);
  assert.equal(show(text, tree), '[quote:q1 abc[claim:c1 def]][claim:c1+ ghi]j');
});

test('the same characters: the outer kind is the one listed first in KINDS', () => {
  const text = 'Kyiv';
  const tree = nest([span('entity', 'e1', 0, 4), span('place', 'p1', 0, 4), span('event', 'ev1', 0, 4)], 0, 4);
  assert.equal(show(text, tree), '[event:ev1 [place:p1 [entity:e1 Kyiv]]]');
});

test('empty and out-of-range spans are left out of the record, and counted', () => {
  const record = {
    article: { text: 'Izium' },
    places: [{ id: 'p1', name: 'Izium', start: 0, end: 5 }, { id: 'p2', name: 'X', start: 3, end: 9 }],
    times: [{ id: 't1', text: '', type: 'DATE', start: 2, end: 2 }],
  };
  const { spans, dropped } = annotations(record);
  assert.deepEqual(spans.map((s) => s.id), ['p1']);
  assert.equal(dropped, 2);
});

test('markup in the text stays text: the segmentation only slices strings', () => {
  const text = '<script>alert(1)</script> <img src=x onerror=alert(2)>';
  const tree = nest([span('entity', 'e1', 0, 8)], 0, text.length);
  assert.equal(flatten(text, tree), text);
});

test('random spans always tile the text in order, children inside their parents', () => {
  let seed = Number(process.env.SEED ?? Date.now() % 100000);
  const startSeed = seed;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const kinds = ['event', 'claim', 'quote', 'place', 'entity', 'time'];
  for (let round = 0; round < 300; round++) {
    const text = 'x'.repeat(1 + Math.floor(random() * 60));
    const spans = [];
    for (let i = 0; i < Math.floor(random() * 12); i++) {
      const a = Math.floor(random() * text.length);
      const b = a + 1 + Math.floor(random() * (text.length - a));
      spans.push(span(kinds[i % kinds.length], `s${i}`, a, b));
    }
    const check = (nodes, lo, hi) => {
      let at = lo;
      for (const n of nodes) {
        assert.equal(n.start, at, `seed ${startSeed}: nodes must be contiguous`);
        assert.ok(n.end > n.start, `seed ${startSeed}: nodes must not be empty`);
        if (n.type === 'span') {
          check(n.children, n.start, n.end);
        }
        at = n.end;
      }
      assert.equal(at, hi, `seed ${startSeed}: nodes must reach the end`);
    };
    const tree = nest(spans, 0, text.length);
    check(tree, 0, text.length);
    const covered = (id) => {
      let n = 0;
      const walk = (nodes) => nodes.forEach((x) => {
        if (x.type === 'span') {
          if (x.span.id === id) {
            n += x.end - x.start;
          } else {
            walk(x.children);
          }
        }
      });
      walk(tree);
      return n;
    };
    for (const s of spans) {
      assert.equal(covered(s.id), s.end - s.start, `seed ${startSeed}: ${s.id} must cover exactly its characters`);
    }
  }
});
