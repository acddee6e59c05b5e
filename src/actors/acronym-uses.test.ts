import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../core/index.js';
import type { Doc, Mention, Sentence } from '../core/index.js';
import { findAcronymUses } from './acronym-uses.js';
import type { AcronymDefinition } from './define-acronyms.js';
import { makeSpanIndex } from './span-index.js';

const template: AcronymDefinition['template'] = {
  kind: 'mention', code: 'ORG:FNL', state: null, sector: 'POL', name: 'National Liberation Front', entity: 'acronym:FNL',
  actorType: 'org', via: 'acronym', role: null, rule: 'acronym-definition', confidence: 0.6,
};
const defs: AcronymDefinition[] = [{ acronym: 'FNL', template, longForm: null }];

function docWith(text: string, sentences: [number, number][]): Doc {
  const spans: Sentence[] = sentences.map(([start, end]) => ({ kind: 'sentence', start, end, block: 0 }));
  return { ...makeDoc({ id: 't', text }), sentences: spans };
}

function usesIn(doc: Doc): [number, number][] {
  const out: Mention[] = [];
  findAcronymUses(doc, defs, makeSpanIndex([]), out);
  return out.map((m) => [m.start, m.end]);
}

test('finds each use inside the sentences, none between them', () => {
  const text = 'The FNL met. FNL gap. Later the FNL left.';
  const doc = docWith(text, [[0, 12], [22, text.length]]);
  assert.deepEqual(usesIn(doc), [[4, 7], [32, 35]]);
});

test('a sentence cut inside a word reads its word boundaries as its own text would', () => {
  // Cut so that "xFNL" loses its "x": as its own text, the sentence starts with a whole word "FNL".
  const text = 'xFNL signed. The FNLs and FNL2 do not count.';
  const doc = docWith(text, [[1, 12], [13, text.length]]);
  assert.deepEqual(usesIn(doc), [[1, 4]]);
});

test('a use already covered by a mention is not added again', () => {
  const text = 'The FNL met the FNL.';
  const out: Mention[] = [];
  findAcronymUses(docWith(text, [[0, text.length]]), defs, makeSpanIndex([{ start: 4, end: 7 }]), out);
  assert.deepEqual(out.map((m) => m.start), [16]);
  assert.equal(out[0]?.rule, 'acronym-use');
  assert.equal(out[0]?.code, 'ORG:FNL');
});
