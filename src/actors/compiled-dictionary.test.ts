import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCtx, makeDoc } from '../core/index.js';
import { makeTextSegmenter } from '../ingest/index.js';
import { buildDictionary } from './build-dictionary.js';
import type { ActorDictionary } from './build-dictionary.js';
import { readCompiledDictionary, roundTrip } from './compiled-dictionary.js';
import { findMentions } from './find-mentions.js';

// Never used to find mentions: finding caches each hit's record on the hit, which a read-back lacks.
const built = buildDictionary();

function mentions(dict: ActorDictionary, text: string): string[] {
  const doc = makeTextSegmenter().run(makeDoc({ id: 't', text, meta: { published: '2019-03-01' } }), makeCtx('2019-03-01'));
  return findMentions(dict, doc, '2019-03-01').map((m) => `${m.text}|${m.code}|${m.sector ?? ''}|${m.role?.title ?? ''}|${m.rule}`);
}

const sample = [
  'President López Obrador told reporters in Mexico City that the Mexican government would not break relations with Peru.',
  'The Israeli army and NATO-member Turkey were criticised by the UN Human Rights Council, while Washington stayed silent.',
  'Chad Johnson, a visitor from Georgia, ate turkey in Ankara before Chad’s foreign minister arrived.',
];

test('a dictionary written in the compiled layout and read back is the same dictionary', () => {
  const back = roundTrip(built);
  assert.deepEqual(back.records, built.records);
  assert.deepEqual(back.officeHolders, built.officeHolders);
  assert.deepEqual(back.ambiguity, built.ambiguity);
  assert.deepEqual(back.trie, built.trie);
  assert.deepEqual(back.lowerBits, built.lowerBits);
  assert.deepEqual(back.nameBits, built.nameBits);
  const other = buildDictionary();
  for (const text of sample) assert.deepEqual(mentions(back, text), mentions(other, text));
});

test('office holders read back share their role objects with the records, as when built', () => {
  const back = roundTrip(built);
  for (const [, list] of back.officeHolders) {
    for (const { id, role } of list) assert.ok(back.records.get(id)?.roles.includes(role), id);
  }
});

test('the shipped compiled dictionary, when its fingerprint matches the data, equals a fresh build', (t) => {
  const shipped = readCompiledDictionary();
  // A stale file is ignored at run time (the dictionary is built instead); the build step rewrites it.
  if (!shipped) return t.skip('data/actors/compiled-dictionary.json is missing or older than the data: run npm run build');
  assert.deepEqual(shipped.records, built.records);
  assert.deepEqual(shipped.trie, built.trie);
  assert.deepEqual(shipped.officeHolders, built.officeHolders);
});
