// The hand scanner of tense markers must read exactly what the marker patterns match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alternation } from './rule-kit.js';
import { breakers, joiningWords, markerScanner, participlePattern, scanSentenceMarks } from './tense-marks.js';
import { windowEnd, windowStart } from './mark-window.js';
import { TenseReader } from './tense-around.js';
import { timeLexicon } from './time-lexicon.js';

const sentences = [
  "the minister said they'll be closed by then, and talks are expected to resume as soon as possible.",
  'the embassy, which had been shut, will reopen next-to nothing; officials won\'t say why it was closed.',
  'negotiators plan to meet again — the accord signed earlier is set to lapse and was never ratified.',
  'a vote\u00a0scheduled for the spring is to be held after the reforms, lawmakers announced.',
];

const patternOf = (words: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}'])${alternation(words)}(?![\\p{L}])`, 'gu');
const spans = (marks: readonly { at: number; end: number }[]): string[] => marks.map((m) => `${m.at}-${m.end}`);

test('reads the same future and past markers and participles as the patterns', () => {
  const lex = timeLexicon('en');
  const future = markerScanner(lex.futureMarkers);
  const past = markerScanner(lex.pastMarkers);
  assert.ok(future && past);
  for (const s of sentences) {
    const marks = scanSentenceMarks(s, future, past, true);
    assert.deepEqual(spans(marks.future), [...s.matchAll(patternOf(lex.futureMarkers))].map((m) => `${m.index}-${m.index + m[0].length}`), s);
    assert.deepEqual(spans(marks.past), [...s.matchAll(patternOf(lex.pastMarkers))].map((m) => `${m.index}-${m.index + m[0].length}`), s);
    assert.deepEqual(spans(marks.participles), [...s.matchAll(participlePattern)].map((m) => `${m.index}-${m.index + m[0].length}`), s);
  }
});

test('counts a participle after an auxiliary for nothing, and one on its own as a past', () => {
  const lex = timeLexicon('en');
  const marks = scanSentenceMarks('the port will be reopened and the talks ended.', markerScanner([]) ?? assert.fail(), markerScanner(lex.pastMarkers) ?? assert.fail(), true);
  assert.deepEqual(marks.participles.map((m) => m.counts), [false, true]);
});

test('reads a window between two cuts as the whole sentence reads it there', () => {
  const lex = timeLexicon('en');
  const words = [...lex.futureMarkers, ...lex.pastMarkers];
  const ends = { breakers: breakers(words), joining: joiningWords(words) };
  const future = markerScanner(lex.futureMarkers) ?? assert.fail();
  const past = markerScanner(lex.pastMarkers) ?? assert.fail();
  for (const s of sentences)
    for (let at = 0; at < s.length; at += 7) {
      const from = windowStart(s, at - 10, ends);
      const to = windowEnd(s, at + 10, ends);
      const all = scanSentenceMarks(s, future, past, true);
      const part = scanSentenceMarks(s, future, past, true, from, to);
      const inside = (list: readonly { at: number; end: number }[]): string[] => spans(list.filter((m) => m.at >= from && m.at < to));
      assert.deepEqual(spans(part.future), inside(all.future), `${s} [${from}, ${to})`);
      assert.deepEqual(spans(part.past), inside(all.past), `${s} [${from}, ${to})`);
      assert.deepEqual(spans(part.participles), inside(all.participles), `${s} [${from}, ${to})`);
    }
});

test('gives one reader per document the answers of a reader per question', () => {
  const lex = timeLexicon('en');
  const text = 'The talks were held on Monday. The envoy will return on Friday. A vote is expected in June.';
  const reader = new TenseReader(text, lex);
  const answers = ['Monday', 'Friday', 'June'].map((w) => {
    const at = text.indexOf(w);
    assert.equal(reader.tenseAt(at, at + w.length), new TenseReader(text, lex).tenseAt(at, at + w.length), w);
    return reader.tenseAt(at, at + w.length);
  });
  assert.deepEqual(answers, ['past', 'future', 'future']);
});
