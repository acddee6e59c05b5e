import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorPost, eventLocations } from './annotate-report.js';
import { makeAnalysedDoc } from './make-analysed-doc.js';

const TEXT = 'Peru expelled the Mexican ambassador. Chile opened an embassy in Ramallah. Kenya raised its office in Mexico City to an embassy.';

const doc = makeAnalysedDoc('d', TEXT, '2022-12-21', [
  { type: 'expel_diplomat', sentence: 'Peru expelled the Mexican ambassador.', source: ['PER'], target: ['MEX'], names: { PER: 'Peru', MEX: 'Mexican' } },
  { type: 'upgrade_mission', sentence: 'Kenya raised its office in Mexico City to an embassy.', source: ['KEN'], target: ['MEX'], names: { KEN: 'Kenya', MEX: 'Mexico' } },
]);

test('an actor followed by "ambassador" names a post; a plain state does not', () => {
  const [expel] = doc.events;
  assert.equal(actorPost(doc, expel.target[0]), 'ambassador-actor');
  assert.equal(actorPost(doc, expel.source[0]), null);
});

test('"in Mexico City" places the act in Mexico', () => {
  assert.deepEqual(eventLocations(doc, doc.events[1]), ['MEX']);
  assert.deepEqual(eventLocations(doc, doc.events[0]), []);
});
