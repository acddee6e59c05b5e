// Narrative anchoring: expressions read against the story's current time, through the two stages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCtx, makeDoc } from '../core/index.js';
import type { Timex } from '../core/index.js';
import { makeTimexAnchorer, makeTimexFinder } from './index.js';

function anchored(text: string, published: string | null): readonly Timex[] {
  const ctx = makeCtx(published);
  const doc = makeDoc({ id: 't', text, meta: { published } });
  return makeTimexAnchorer().run(makeTimexFinder().run(doc, ctx), ctx).timexes;
}

function byText(timexes: readonly Timex[], text: string): Timex {
  const t = timexes.find((x) => x.text === text);
  assert.ok(t, `no "${text}" among ${JSON.stringify(timexes.map((x) => x.text))}`);
  return t;
}

const story =
  'In 1962, Algeria won its independence, and its leaders visited Havana that same year. ' +
  'Two decades later, the two signed a trade pact. In October of that year, Cuba sent doctors; ' +
  'by Christmas, three more teams had arrived, followed over the next few months by engineers. ' +
  'Nearly four years later, the programme ended.';

test('resolves "that same year" to the last year the story stated', () => {
  const t = byText(anchored(story, '2020-05-05'), 'that same year');
  assert.equal(t.value, '1962');
  assert.equal(t.derivation, 'narrative');
});

test('resolves "two decades later" against the previous narrative date, at year granularity', () => {
  const t = byText(anchored(story, '2020-05-05'), 'Two decades later');
  assert.equal(t.value, '1982');
  assert.equal(t.granularity, 'year');
});

test('reads "October of that year" in the narrative year', () => {
  assert.equal(byText(anchored(story, '2020-05-05'), 'October of that year').value, '1982-10');
});

test('makes "by Christmas" a range from the narrative month to December 25', () => {
  const t = byText(anchored(story, '2020-05-05'), 'by Christmas');
  assert.deepEqual(t.range, { start: '1982-10-01', end: '1982-12-25' });
  assert.equal(t.granularity, 'range');
});

test('makes "over the next few months" a range after the narrative time', () => {
  const t = byText(anchored(story, '2020-05-05'), 'over the next few months');
  assert.deepEqual(t.range, { start: '1982-12-26', end: '1983-06-30' });
});

test('counts "nearly four years later" from the narrative time', () => {
  const timexes = anchored(story, '2020-05-05');
  assert.equal(byText(timexes, 'Nearly four years later').value.slice(0, 4), '1986');
});

test('the finder alone values narrative expressions against the publication date; the anchorer fixes them', () => {
  const ctx = makeCtx('2020-05-05');
  const found = makeTimexFinder().run(makeDoc({ id: 't', text: story, meta: { published: '2020-05-05' } }), ctx);
  assert.notEqual(byText(found.timexes, 'that same year').value, '1962');
  assert.equal(byText(makeTimexAnchorer().run(found, ctx).timexes, 'that same year').value, '1962');
});

test('binds "barely a week after" to the date that follows it', () => {
  const t = byText(anchored('The envoy returned barely a week after the March 3, 2019 vote.', '2020-01-01'), 'barely a week after');
  assert.deepEqual(t.range, { start: '2019-03-04', end: '2019-03-10' });
});

test('"the following year" counts from the narrative year', () => {
  const t = byText(anchored('Peru broke off ties in 1992. The following year, it restored them.', '2020-01-01'), 'The following year');
  assert.equal(t.value, '1993');
});

test('a month without a year takes the year stated earlier in the sentence', () => {
  const timexes = anchored('In March of 2019 a warrant was issued; between April and June, two more followed.', '2023-06-15');
  assert.equal(byText(timexes, 'June').value, '2019-06');
});

test('without a publication date, "last week" stays unresolved', () => {
  const t = byText(anchored('Last week the ministry protested.', null), 'Last week');
  assert.equal(t.derivation, 'unresolved');
});

test('the finder skips boilerplate blocks', () => {
  const text = 'Photo taken on May 3, 2019.\nThe talks resumed in 2021.';
  const blocks = [
    { kind: 'block' as const, start: 0, end: 27, role: 'boilerplate' as const, reason: 'caption' },
    { kind: 'block' as const, start: 28, end: text.length, role: 'body' as const, reason: null },
  ];
  const ctx = makeCtx('2022-01-01');
  const doc = makeTimexFinder().run(makeDoc({ id: 't', text, meta: { published: '2022-01-01' }, blocks }), ctx);
  assert.deepEqual(doc.timexes.map((t) => t.value), ['2021']);
});

test('anchors the same whether it reuses the finder\'s matches or matches the timexes again', () => {
  const ctx = makeCtx('2021-03-10');
  const text = 'Officials said on Friday that talks would resume next Tuesday. Two weeks later, in April, the ministers met again; a year ago they had not.';
  const found = makeTimexFinder().run(makeDoc({ id: 't', text, meta: { published: '2021-03-10' } }), ctx);
  // A copied list carries no handoff from the finder: the anchorer matches each rule again.
  const rematched = makeTimexAnchorer().run({ ...found, timexes: [...found.timexes] }, ctx).timexes;
  const reused = makeTimexAnchorer().run(found, ctx).timexes;
  assert.ok(reused.length >= 4);
  assert.deepEqual(reused, rematched);
  // The handoff is taken once: anchoring the same list again matches afresh, with the same result.
  assert.deepEqual(makeTimexAnchorer().run(found, ctx).timexes, rematched);
});
