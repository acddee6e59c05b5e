// The event dater on documents with events built inline (no events stage needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCtx, makeDoc } from '../core/index.js';
import type { Doc, Event, EventDate, Modality } from '../core/index.js';
import { makeEventDater, makeTimexAnchorer, makeTimexFinder } from './index.js';

/** A document whose events sit at the given trigger words. */
function datedEvents(text: string, published: string | null, triggers: readonly [string, Modality?][]): EventDate[] {
  const ctx = makeCtx(published);
  let doc: Doc = makeDoc({ id: 't', text, meta: { published } });
  doc = makeTimexAnchorer().run(makeTimexFinder().run(doc, ctx), ctx);
  const events = triggers.map(([word, modality], i): Event => {
    const start = text.indexOf(word);
    assert.ok(start >= 0, `trigger ${word} not in text`);
    const span = { start, end: start + word.length };
    return {
      kind: 'event', id: `e${i}`, type: 'recognize', plover: 'SUPPORT', cameo: null, source: [], target: [],
      date: { value: null, granularity: 'unknown', derivation: 'none', timex: null, announced: null },
      polarity: 'asserted', modality: modality ?? 'actual', evidence: { ...span, text: word }, trigger: span, sentence: -1,
      pattern: 'test', confidence: 1, content: null, level: null,
    };
  });
  return makeEventDater().run({ ...doc, events }, ctx).events.map((e) => e.date);
}

test('takes the date in the same clause', () => {
  const [d] = datedEvents('In 1975, Mexico established relations with the PLO.', '2023-06-15', [['established']]);
  assert.equal(d?.value, '1975');
  assert.equal(d?.granularity, 'year');
  assert.equal(d?.derivation, 'explicit');
});

test('carries the narrative time into a sentence without a date', () => {
  const dates = datedEvents('In 2010 Brazil recognised the state. Argentina followed suit.', '2023-06-15', [['followed']]);
  assert.equal(dates[0]?.value, '2010');
  assert.equal(dates[0]?.derivation, 'narrative');
});

test('dates an ongoing state with the publication date', () => {
  const [d] = datedEvents('The two states have no diplomatic relations.', '2025-05-23', [['have', 'ongoing']]);
  assert.equal(d?.value, '2025-05-23');
  assert.equal(d?.derivation, 'publication');
});

test('keeps announced and effective dates apart', () => {
  const [d] = datedEvents('Norway announced on May 22 that it will recognise Palestine on May 28.', '2024-05-23', [['recognise', 'intended']]);
  assert.equal(d?.value, '2024-05-28');
  assert.equal(d?.announced, '2024-05-22');
});

test('a "last week" statement gets the week as a range of days', () => {
  const [d] = datedEvents('Last week the government recognised the state.', '2023-06-15', [['recognised']]);
  assert.equal(d?.value, '2023-06-05/2023-06-11');
  assert.equal(d?.granularity, 'range');
  assert.equal(d?.derivation, 'publication-relative');
});

test('prefers the date attached to the clause over a farther one', () => {
  const [d] = datedEvents('After talks in 2019, Chile opened an embassy in March 2021.', '2023-06-15', [['opened']]);
  assert.equal(d?.value, '2021-03');
});

test('a range from "by Christmas" dates the event as a range', () => {
  const dates = datedEvents('In December of 2010 Brazil acted; by Christmas, Bolivia had followed suit.', '2023-06-15', [['followed']]);
  assert.equal(dates[0]?.value, '2010-12-01/2010-12-25');
});

test('without a publication date a relative date stays unresolved', () => {
  const [d] = datedEvents('Last week the government recognised the state.', null, [['recognised']]);
  assert.equal(d?.value, null);
  assert.equal(d?.derivation, 'unresolved');
});

test('an event with no time anywhere has no date', () => {
  const [d] = datedEvents('Diplomatic visits were exchanged.', '2023-06-15', [['exchanged']]);
  assert.equal(d?.value, null);
  assert.equal(d?.derivation, 'none');
});

test('"earlier this week on May 21st" dates the event by the day, not the week', () => {
  const [d] = datedEvents('Earlier this week on May 21st, soldiers fired on a convoy of diplomats.', '2025-05-23', [['fired']]);
  assert.equal(d?.value, '2025-05-21');
  assert.equal(d?.granularity, 'day');
});

test('a date given before "announced that" is the announcement, the one after it the act', () => {
  const [d] = datedEvents('On June 2, the ministry announced that, as of the first of the month, it had upgraded the mission.', '2023-06-15', [['upgraded']]);
  assert.equal(d?.value, '2023-06-01');
  assert.equal(d?.announced, '2023-06-02');
});

test('a new paragraph without a date returns from a background year to the story day', () => {
  const text = 'On Monday, Peru expelled the ambassador. The two broke ties in 1998.\n\nLima then recalled its envoy.';
  const [d] = datedEvents(text, '2024-03-14', [['recalled']]);
  assert.equal(d?.value, '2024-03-11');
  assert.equal(d?.derivation, 'narrative');
});

test('"shortly afterwards" opening a paragraph goes on from the day just told', () => {
  const text = 'Peru expelled the ambassador on 2 February 2019.\n\nShortly afterwards, Lima recalled its envoy.';
  const [d] = datedEvents(text, '2024-03-14', [['recalled']]);
  assert.equal(d?.value, '2019-02-02');
  assert.equal(d?.derivation, 'narrative');
});

test('a plan for later does not date the past acts told after it', () => {
  const text = 'In 2019 Peru expelled the ambassador. The two will meet in 2031. Lima recalled its envoy.';
  const [actual, planned] = datedEvents(text, '2024-03-14', [['recalled'], ['recalled', 'intended']]);
  assert.equal(actual?.value, '2019');
  assert.equal(planned?.value, '2031');
});

test('the events of one document get the dates each would get alone', () => {
  const text =
    'In 2010 Brazil recognised the state. Argentina followed suit.\n\nOn Monday, Chile, which had opened a consulate in 2012, announced that it will upgrade it on June 2. Peru denies it.';
  const triggers: [string, Modality?][] = [['recognised'], ['followed'], ['opened'], ['announced'], ['upgrade', 'intended'], ['denies']];
  const together = datedEvents(text, '2024-05-20', triggers);
  const alone = triggers.map((t) => datedEvents(text, '2024-05-20', [t])[0]);
  assert.deepEqual(together, alone);
  assert.equal(together[1]?.value, '2010');
});
