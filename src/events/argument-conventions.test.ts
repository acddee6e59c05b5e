// PLOVER's conventions for who the parties are: joint acts, people coded by where they live,
// groups of one state, agreements that bring relations about, and clauses that must not leak.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCtx } from '../core/index.js';
import { buildTestDoc } from './build-test-doc.js';
import { makeEventExtractor, makeEventRefiner } from './index.js';
import { UNDATED } from './extract-events.js';
import type { MentionSpec } from './build-test-doc.js';
import type { Doc, Event } from '../core/index.js';

const ctx = makeCtx('2024-06-01');

function events(text: string, mentions: readonly MentionSpec[]): Event[] {
  return [...makeEventRefiner().run(makeEventExtractor().run(buildTestDoc(text, mentions), ctx), ctx).events];
}

/** Type, then actors as code@state, then polarity and modality. */
const brief = (e: Event) => {
  const side = (a: Event['source']) => a.map((x) => (x.code.includes(':') ? `${x.code}@${x.state}` : x.code)).join(',');
  return `${e.type ?? e.plover} ${side(e.source)}>${side(e.target)} ${e.polarity} ${e.modality}`;
};

test('codes talks as a joint act with both parties as sources', () => {
  assert.deepEqual(events('Chile held talks with Norway in Oslo on Monday.', [['Chile', 'CHL'], ['Norway', 'NOR'], ['Oslo', 'NOR']]).map(brief), ['CONSULT CHL,NOR> asserted actual']);
});

test('keeps a telephone call by one envoy to another joint, once per state', () => {
  const out = events('The Kenyan foreign minister telephoned his Ugandan counterpart on Friday.', [
    { surface: 'Kenyan foreign minister', code: 'KEN', type: 'person', state: 'KEN', sector: 'GOV' },
    { surface: 'Ugandan counterpart', code: 'UGA', type: 'person', state: 'UGA', sector: 'GOV' },
  ]);
  assert.deepEqual(out.map(brief), ['CONSULT KEN,UGA> asserted actual']);
});

test('a mediation between two states targets both, past a relative clause', () => {
  const out = events('Qatar launched a mediation effort between Egypt and Sudan, whose ties have soured.', [['Qatar', 'QAT'], ['Egypt', 'EGY'], ['Sudan', 'SDN']]);
  assert.deepEqual(out.map(brief), ['CONSULT QAT>EGY,SDN asserted actual']);
});

test('codes "ethnic Hungarians" demonstrating in Slovakia as Slovakia\'s people', () => {
  const out = events('Ethnic Hungarians demonstrated on Sunday in Slovakia.', [{ surface: 'Hungarians', code: 'HUN', via: 'demonym' }, ['Slovakia', 'SVK']]);
  assert.deepEqual(out.map(brief), ['protest ORG:Hungarians@SVK>SVK asserted actual']);
});

test('codes ethnic people with no place after them by the other state the sentence names', () => {
  const out = events('Armenian troops shelled villages of ethnic Azeris near the border.', [{ surface: 'Armenian troops', code: 'ARM', type: 'org', state: 'ARM', sector: 'MIL' }, { surface: 'Azeris', code: 'AZE', via: 'demonym' }]);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.source[0]!.code, 'ARM');
  assert.deepEqual(out[0]!.target.map((a) => a.state), ['ARM']);
});

test('codes "Bosnian Croats" as people of Bosnia', () => {
  const out = events('Bosnian Croats demanded a new election law.', [{ surface: 'Bosnian', code: 'BIH', via: 'demonym' }, { surface: 'Croats', code: 'HRV', via: 'demonym' }]);
  assert.deepEqual(out.map((e) => e.source.map((a) => `${a.code}@${a.state}`)), [['ORG:Bosnian_Croats@BIH']]);
});

test('gives a group of no stated nationality the one state its sentence names', () => {
  const out = events('The Malian government accepted demands from Tuareg rebels.', [{ surface: 'Malian government', code: 'MLI', type: 'org', state: 'MLI', sector: 'GOV' }]);
  assert.deepEqual(out.map((e) => e.target.map((a) => a.state)), [['MLI']]);
});

test('leaves a group stateless when its sentence names two states', () => {
  const out = events('Tuareg rebels in Mali attacked a convoy bound for Niger.', [['Mali', 'MLI'], ['Niger', 'NER']]);
  assert.ok(out.length > 0);
  assert.ok(out.every((e) => e.source.every((a) => a.code !== 'ORG:rebels' || a.state === 'MLI')), 'the place right after the group decides');
});

test('codes relations agreed to be restored as restored, by both parties', () => {
  const out = events('Kenya and Somalia agreed to restore diplomatic relations.', [['Kenya', 'KEN'], ['Somalia', 'SOM']]);
  assert.deepEqual(out.map(brief), ['restore_relations KEN,SOM> asserted actual']);
});

test('keeps a promise to restore relations intended', () => {
  const out = events('Kenya will restore diplomatic relations with Somalia.', [['Kenya', 'KEN'], ['Somalia', 'SOM']]);
  assert.deepEqual(out.map(brief), ['restore_relations KEN>SOM asserted intended']);
});

test('a closed relative clause does not lend its head to the main verb', () => {
  const out = events('Unlike Bolivia and Chile, which recognised Kosovo long ago, Spain has refused to do so.', [['Bolivia', 'BOL'], ['Chile', 'CHL'], ['Kosovo', 'XKX'], ['Spain', 'ESP']]);
  const refusal = out.filter((e) => e.polarity === 'negated').map(brief);
  assert.deepEqual(refusal, ['recognize ESP>XKX negated actual']);
});

test('a demand past the demanders\' own protest governs the "that" clause only', () => {
  const text = 'Asked about the demand by students on a hunger strike that Colombia break relations with Russia, the president said no.';
  const out = events(text, [['Colombia', 'COL'], ['Russia', 'RUS']]).map(brief);
  assert.ok(out.includes('sever_relations COL>RUS asserted demanded'), out.join('; '));
  assert.ok(!out.some((e) => e.startsWith('sever_relations') && e.endsWith('actual')), out.join('; '));
});

test('never emits a diplomatic act by a state on itself', () => {
  const base = buildTestDoc('Palestine recognised Palestine.', [['Palestine', 'PSE'], { surface: 'Palestine', code: 'PSE', nth: 1 }]);
  const actor = (m: Doc['mentions'][number]) => ({ start: m.start, end: m.end, text: m.text, name: m.name, state: m.state, code: m.code, sector: m.sector });
  const self: Event = {
    kind: 'event', id: 'x0', type: 'recognize', plover: 'SUPPORT', cameo: '054', source: [actor(base.mentions[0]!)], target: [actor(base.mentions[1]!)],
    date: UNDATED, polarity: 'asserted', modality: 'actual', evidence: { start: 0, end: 31, text: base.text }, trigger: { start: 10, end: 20 },
    sentence: 0, pattern: 'recognize.verb', confidence: 0.7, content: null, level: null,
  };
  assert.deepEqual(makeEventRefiner().run({ ...base, events: [self] }, ctx).events, []);
});
