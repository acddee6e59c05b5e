import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEventData, loadEventData } from './load-event-data.js';
import { inflectVerb } from './inflect.js';

test('the shipped event data passes its check', () => {
  assert.deepEqual(checkEventData(), []);
});

test('every diplomatic subtype maps to a PLOVER type', () => {
  const { types } = loadEventData();
  assert.equal(types.types.length, 25);
  for (const t of types.types) assert.ok(t.plover in types.plover, t.id);
});

test('inflects regular, doubled and irregular verbs', () => {
  const forms = (lemma: string) => inflectVerb(lemma).map((f) => f.form);
  assert.ok(forms('recognize').includes('recognized') && forms('recognize').includes('recognizing'));
  assert.ok(forms('expel').includes('expelled'));
  assert.ok(forms('break').includes('broke'));
  assert.ok(forms('deny').includes('denied'));
});
